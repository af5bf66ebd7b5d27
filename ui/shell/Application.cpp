// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/Application.h"

#include "core/auth/UserService.h"
#include "core/common/PrivateFiles.h"
#include "core/storage/Database.h"
#include "core/backup/WalRescue.h"
#include "core/storage/SettingsStore.h"
#include "translations/Language.h"
#include "ui/shell/LoginDialog.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Pages.h"
#include "ui/shell/StartupTasks.h"
#include "ui/common/Style.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDebug>
#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTextStream>

#include <optional>

namespace loket::ui {

namespace {

struct Options {
    QString database;
    QString mode;
    QString language;
    QString username;
    QString counters; // --counter: the survey screen's counters, "1" or "1,2"
};

// "1,2" → {1, 2}; nullopt when a part is not a counter number.
std::optional<QList<int>> counterNumbers(const QString &text)
{
    QList<int> out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int n = part.trimmed().toInt(&ok);
        if (!ok || n <= 0)
            return std::nullopt;
        out << n;
    }
    return out;
}

// The language asked for on the command line (--lang en, --lang=en) or in
// LOKET_LANG, read before anything is printed; empty when none.
QString languageArgument(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arguments.at(i).startsWith(QLatin1String("--lang=")))
            return arguments.at(i).mid(7);
    }
    return qEnvironmentVariable("LOKET_LANG");
}

struct Parser {
    QCommandLineParser parser;
    QCommandLineOption database { QStringList { QStringLiteral("database"), QStringLiteral("d") },
        QCoreApplication::translate("loket", "The database file (default: %1).").arg(Database::defaultPath()),
        QStringLiteral("FILE") };
    QCommandLineOption mode { QStringLiteral("mode"),
        QCoreApplication::translate("loket", "Start one screen only: %1.").arg(modeNames().join(QStringLiteral(", "))),
        QStringLiteral("MODE"), QStringLiteral("main") };
    QCommandLineOption language { QStringLiteral("lang"),
        QCoreApplication::translate("loket", "Language: id (Indonesian, the default) or en (English)."),
        QStringLiteral("LANG") };
    QCommandLineOption user { QStringLiteral("user"),
        QCoreApplication::translate("loket", "Fill in this username at sign-in."), QStringLiteral("NAME") };
    QCommandLineOption counter { QStringLiteral("counter"),
        QCoreApplication::translate("loket", "With --mode survey: the counter (loket number) whose served tickets this "
                                             "survey screen takes, e.g. 2 or 1,2 (default: every counter)."),
        QStringLiteral("N") };
    QCommandLineOption help { QStringList { QStringLiteral("h"), QStringLiteral("help") },
        QCoreApplication::translate("loket", "Show this help and quit.") };
    QCommandLineOption version { QStringList { QStringLiteral("v"), QStringLiteral("version") },
        QCoreApplication::translate("loket", "Show the version and quit.") };

    Parser()
    {
        parser.setApplicationDescription(QCoreApplication::translate(
            "loket", "Loket: the public-service counter of an Indonesian government office."));
        parser.addOptions({ help, version, database, mode, language, user, counter });
    }
};

Options parseOptions(const QStringList &arguments)
{
    Parser p;
    p.parser.parse(arguments);
    Options o;
    o.database = p.parser.isSet(p.database) ? p.parser.value(p.database) : Database::defaultPath();
    o.mode = p.parser.value(p.mode);
    o.language = p.parser.value(p.language);
    if (o.language.isEmpty())
        o.language = qEnvironmentVariable("LOKET_LANG");
    o.username = p.parser.value(p.user);
    o.counters = p.parser.value(p.counter);
    return o;
}

enum class Missing { Create, Choose, Quit };

// There is no database at `path` yet (or an empty file): ask before making one.
Missing askToCreate(const QString &path, bool emptyFile)
{
    const QString shown = QDir::toNativeSeparators(path);
    QMessageBox box(QMessageBox::Question, QCoreApplication::translate("loket", "Create a new Loket database?"),
                    emptyFile ? QCoreApplication::translate("loket", "The file %1 is empty: it is not a Loket database yet.")
                                    .arg(shown)
                              : QCoreApplication::translate("loket", "There is no Loket database at %1 yet.").arg(shown));
    box.setInformativeText(QCoreApplication::translate(
        "loket", "Create a new, empty database there? Loket then asks for the office and its first administrator. "
                 "If the office's database is somewhere else (another folder, a USB drive), choose that file instead."));
    auto *create = box.addButton(QCoreApplication::translate("loket", "Create a new database"), QMessageBox::AcceptRole);
    auto *choose = box.addButton(QCoreApplication::translate("loket", "Choose another file…"), QMessageBox::ActionRole);
    box.addButton(QCoreApplication::translate("loket", "Quit"), QMessageBox::RejectRole);
    box.setDefaultButton(create);
    box.exec();
    if (box.clickedButton() == create)
        return Missing::Create;
    return box.clickedButton() == choose ? Missing::Choose : Missing::Quit;
}

// The office's database server (several PCs share it): its address, with
// no password (the server's ~/.pgpass, or the prompt below). Empty when cancelled.
QString askServer(const QString &from)
{
    bool ok = false;
    const QString url = QInputDialog::getText(nullptr,
        QCoreApplication::translate("loket", "Connect to the office's database server"),
        QCoreApplication::translate("loket", "The server's database, as postgresql://user@host:port/database "
                                             "(ask the administrator; docs/deployment.md). The password is asked "
                                             "for when the server wants one."),
        QLineEdit::Normal,
        DatabaseLocation::looksLikeUrl(from) ? from : QStringLiteral("postgresql://loket@server:5432/loket"), &ok);
    return ok ? url.trimmed() : QString();
}

// The server wants a password ~/.pgpass does not hold: asked, kept in memory only.
bool askServerPassword(const QString &url, const QString &why)
{
    bool ok = false;
    const QString password = QInputDialog::getText(nullptr,
        QCoreApplication::translate("loket", "Password for the database server"),
        why + QStringLiteral("\n\n") + QCoreApplication::translate("loket", "Password for %1:").arg(url),
        QLineEdit::Password, QString(), &ok);
    if (!ok || password.isEmpty())
        return false;
    Database::setServerPassword(password);
    return true;
}

// Opens the database; on failure explains why and lets the user pick another
// file or a server, or quit. Nothing is written to a file that failed to open,
// and a new database is made only when the user says so.
DatabasePtr openDatabase(QString path)
{
    auto chooseFile = [](const QString &from) {
        return QFileDialog::getOpenFileName(
            nullptr, QCoreApplication::translate("loket", "Choose a Loket database"), QFileInfo(from).absolutePath(),
            QCoreApplication::translate("loket", "Loket database (*.db *.sqlite);;All files (*)"));
    };
    for (;;) {
        // The default location's folder is Loket's own: made (private) when
        // the user agrees to a new database there.
        const bool defaultFolderMissing = path == Database::defaultPath() && !DatabaseLocation::looksLikeUrl(path)
            && !QFileInfo::exists(QFileInfo(path).absolutePath());
        DatabaseOptions existing;
        existing.createIfMissing = false;
        Result<DatabasePtr> opened = defaultFolderMissing
            ? Result<DatabasePtr>(makeError(ErrorCode::NotFound, QString()))
            : Database::open(path, existing);
        if (!opened && opened.error().code == ErrorCode::NotFound) {
            const bool empty = QFileInfo::exists(path);
            switch (askToCreate(path, empty)) {
            case Missing::Create:
                if (defaultFolderMissing)
                    privatefiles::makePrivateFolder(QFileInfo(path).absolutePath());
                opened = Database::open(path);
                break;
            case Missing::Choose: {
                const QString next = chooseFile(path);
                if (next.isEmpty())
                    return nullptr;
                path = next;
                continue;
            }
            case Missing::Quit:
                return nullptr;
            }
        }
        if (!opened && opened.error().code == ErrorCode::AuthenticationFailed && DatabaseLocation::looksLikeUrl(path)
            && askServerPassword(path, opened.error().message))
            continue;
        if (opened) {
            DatabasePtr db = opened.value();
            if (db->walRescue())
                qWarning().noquote() << "loket:" << walRescueMessage(db, *db->walRescue());
            if (const QStringList open = db->filesReadableByOthers(); !open.isEmpty())
                qWarning().noquote() << "loket: others may read" << open.join(QLatin1Char(' '))
                                     << "- fix:" << privatefiles::chmodCommand(open);
            return db;
        }
        QMessageBox box(QMessageBox::Critical, QCoreApplication::translate("loket", "Loket cannot open its database"),
                        opened.error().message);
        box.setInformativeText(DatabaseLocation::looksLikeUrl(path)
                ? QCoreApplication::translate("loket", "Nothing was changed on the server.")
                : QCoreApplication::translate("loket", "The file was not changed."));
        auto *again = DatabaseLocation::looksLikeUrl(path)
            ? box.addButton(QCoreApplication::translate("loket", "Try again"), QMessageBox::AcceptRole)
            : nullptr;
        auto *choose = box.addButton(QCoreApplication::translate("loket", "Choose another file…"),
                                     QMessageBox::AcceptRole);
        auto *server = box.addButton(QCoreApplication::translate("loket", "Connect to a server…"),
                                     QMessageBox::ActionRole);
        box.addButton(QCoreApplication::translate("loket", "Quit"), QMessageBox::RejectRole);
        box.exec();
        if (again && box.clickedButton() == again)
            continue;
        if (box.clickedButton() == server) {
            const QString url = askServer(path);
            if (url.isEmpty())
                return nullptr;
            path = url;
            continue;
        }
        if (box.clickedButton() != choose)
            return nullptr;
        const QString next = chooseFile(path);
        if (next.isEmpty())
            return nullptr;
        path = next;
    }
}

} // namespace

bool textOnlyStart(const QStringList &arguments)
{
    Parser p;
    if (!p.parser.parse(arguments))
        return true;
    return p.parser.isSet(p.help) || p.parser.isSet(p.version) || !modeNames().contains(p.parser.value(p.mode))
        || !counterNumbers(p.parser.value(p.counter));
}

int runTextOnly(QCoreApplication &app)
{
    const QString language = languageArgument(app.arguments());
    installLanguage(language.isEmpty() ? QStringLiteral("id") : language);
    Parser p; // after the language, so its texts are translated
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!p.parser.parse(app.arguments())) {
        err << "loket: " << p.parser.errorText() << Qt::endl
            << QCoreApplication::translate("loket", "Try \"loket --help\".") << Qt::endl;
        return 1;
    }
    if (!modeNames().contains(p.parser.value(p.mode))) {
        err << "loket: "
            << QCoreApplication::translate("loket", "Unknown mode \"%1\". Use one of: %2.")
                   .arg(p.parser.value(p.mode), modeNames().join(QStringLiteral(", ")))
            << Qt::endl;
        return 1;
    }
    if (!counterNumbers(p.parser.value(p.counter))) {
        err << "loket: "
            << QCoreApplication::translate("loket", "--counter takes loket numbers, e.g. 2 or 1,2; not \"%1\".")
                   .arg(p.parser.value(p.counter))
            << Qt::endl;
        return 1;
    }
    if (p.parser.isSet(p.version)) {
        out << "loket " << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    // Qt's own headings are not in every Qt translation: Loket translates them.
    QString help = p.parser.helpText();
    help.replace(QStringLiteral("Usage: "), QCoreApplication::translate("loket", "Usage: "));
    help.replace(QStringLiteral("\nOptions:\n"), QCoreApplication::translate("loket", "\nOptions:\n"));
    help.replace(QStringLiteral(" [options]"), QCoreApplication::translate("loket", " [options]"));
    out << help;
    out << QCoreApplication::translate("loket",
                                       "\nThe language is also taken from LOKET_LANG; without either, Indonesian.\n");
    return 0;
}

int runApplication(QApplication &app)
{
    applyStyle(app);
    const QString language = languageArgument(app.arguments());
    installLanguage(language.isEmpty() ? QStringLiteral("id") : language);
    const Options options = parseOptions(app.arguments());
    if (!modeNames().contains(options.mode)) {
        QMessageBox::critical(nullptr, QStringLiteral("Loket"),
                              QCoreApplication::translate("loket", "Unknown mode \"%1\". Use one of: %2.")
                                  .arg(options.mode, modeNames().join(QStringLiteral(", "))));
        return 1;
    }

    DatabasePtr db = openDatabase(options.database);
    if (!db)
        return 2;
    if (options.language.isEmpty())
        installLanguage(SettingsStore(db).stringValue(QLatin1String(SettingKey::Language)));

    runStartupTasks(db);

    if (!UserService(db).hasAnyUser()) {
        if (!runFirstRun(db))
            return 0;
    }
    return runMode(app, db, options.mode, options.username, counterNumbers(options.counters).value_or(QList<int>()));
}

} // namespace loket::ui
