// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// loket-voice: the display board's voice, in a process of its own. The
// speech stack (Qt TextToSpeech over speech-dispatcher) can block for as long
// as the daemon hangs — even constructing QTextToSpeech does — so the board
// never calls it: it starts this program, talks to it over stdin/stdout and
// kills it when it does not answer in time (ui/voice/SpeechProcess).
//
// Protocol, one UTF-8 line each way:
//   loket-voice → board   "ready <locale>"            the Indonesian voice is ready
//                         "unavailable <reason> <detail>" then exits 3; reason is
//                                                     no_engine | no_indonesian | engine_error
//                         "done"                       the last sentence was spoken
//                         "error <detail>"             the last sentence failed
//   board → loket-voice   "say <sentence>"
//   end of input (the board closed it, or died): loket-voice exits at once.
#include <QCoreApplication>
#include <QLocale>
#include <QTextToSpeech>

#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>
#include <thread>

namespace {

QTextToSpeech *g_tts = nullptr; // set before the event loop runs the commands
bool g_speaking = false;

void reply(const QString &line)
{
    const QByteArray bytes = line.simplified().toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    app.setApplicationName(QStringLiteral("loket-voice"));

    // stdin is read by a thread from the start; each line is handed to the
    // event loop, which runs once the voice is ready.
    std::thread reader([&app] {
        std::string line;
        while (std::getline(std::cin, line)) {
            const QString command = QString::fromStdString(line);
            QMetaObject::invokeMethod(&app, [command] {
                if (!g_tts || !command.startsWith(QLatin1String("say ")))
                    return;
                g_speaking = true;
                g_tts->say(command.mid(4));
            });
        }
        // The board closed our input (it ended, or it is done with us): leave at
        // once, even while the main thread is stuck inside the speech stack.
        std::fflush(stdout);
        std::_Exit(0);
    });
    reader.detach();

    // Named: the order of availableEngines() changes between runs, and only
    // speech-dispatcher (with espeak-ng) speaks Indonesian.
    if (!QTextToSpeech::availableEngines().contains(QStringLiteral("speechd"))) {
        reply(QStringLiteral("unavailable no_engine"));
        std::_Exit(3); // not through the engine's teardown, which may block too
    }
    auto *tts = new QTextToSpeech(QStringLiteral("speechd"), &app);
    if (tts->state() == QTextToSpeech::Error) {
        reply(QStringLiteral("unavailable engine_error %1").arg(tts->errorString()));
        std::_Exit(3); // not through the engine's teardown, which may block too
    }
    QLocale indonesian;
    bool found = false;
    for (const QLocale &l : tts->availableLocales()) {
        if (l.language() == QLocale::Indonesian) {
            indonesian = l;
            found = true;
            break;
        }
    }
    if (!found) {
        reply(QStringLiteral("unavailable no_indonesian"));
        std::_Exit(3); // not through the engine's teardown, which may block too
    }
    tts->setLocale(indonesian);
    tts->setRate(-0.1); // a little slower: the hall echoes

    QObject::connect(tts, &QTextToSpeech::stateChanged, &app, [tts](QTextToSpeech::State state) {
        if (!g_speaking)
            return;
        if (state == QTextToSpeech::Ready) {
            g_speaking = false;
            reply(QStringLiteral("done"));
        } else if (state == QTextToSpeech::Error) {
            g_speaking = false;
            reply(QStringLiteral("error %1").arg(tts->errorString()));
        }
    });
    g_tts = tts;


    reply(QStringLiteral("ready %1").arg(indonesian.name()));
    return app.exec();
}
