// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/SettingsStore.h"
#include "tests/core/queue/QueueFixture.h"
#include "tests/ui/WaitFor.h"
#include "translations/Language.h"
#include "ui/board/BoardModel.h"
#include "ui/board/BoardSettingsTab.h"
#include "ui/board/BoardWindow.h"
#include "ui/board/CallPanel.h"
#include "ui/board/RunningText.h"
#include "ui/board/ServiceStrip.h"
#include "ui/voice/Announcer.h"
#include "ui/voice/Chime.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>

using namespace loket;
using namespace loket::test;
using namespace loket::ui;

namespace {

// The board in tests: no voice (no speech engine is started) and a fixed clock.
void quietBoard(QueueFixture &f)
{
    REQUIRE(SettingsStore(f.t.db()).setValue(QLatin1String(SettingKey::BoardVoice), false).ok());
}

} // namespace

TEST_CASE("the board model shows the latest call after a call is made, and reports it once")
{
    QueueFixture f;
    const Ticket first = f.issue(f.ktp);
    f.issue(f.kk);
    BoardModel model(f.t.db(), f.clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);

    auto fresh = model.refresh();
    REQUIRE(fresh.ok());
    CHECK(fresh->isEmpty());
    CHECK_FALSE(model.latest().has_value());
    CHECK(model.rowCount() == 0);

    f.clock.advanceSecs(30);
    f.callNext(f.siti, f.loket1);
    fresh = model.refresh();
    REQUIRE(fresh.ok());
    REQUIRE(fresh->size() == 1);
    CHECK(fresh->first().number == QStringLiteral("A-001"));
    CHECK(fresh->first().counterNumber == 1);
    REQUIRE(model.current().has_value());
    CHECK(model.current()->number == QStringLiteral("A-001"));
    CHECK(model.rowCount() == 0); // the current call is the big one, not a row
    CHECK(model.phrase(model.latest().value())
        == QStringLiteral("Nomor antrian A nol nol satu, silakan menuju loket satu"));

    // Read again without a new call: nothing to announce.
    fresh = model.refresh();
    REQUIRE(fresh.ok());
    CHECK(fresh->isEmpty());

    // A recall is said again.
    f.clock.advanceSecs(60);
    REQUIRE(f.queue.recall(f.siti, f.loket1, first.id).ok());
    fresh = model.refresh();
    REQUIRE(fresh.ok());
    REQUIRE(fresh->size() == 1);
    CHECK(fresh->first().repeated);
}

TEST_CASE("a recall does not add a row to the previous calls, and a no-show leaves 'now calling'")
{
    QueueFixture f;
    const Ticket a1 = f.issue(f.ktp);
    f.issue(f.ktp);
    f.issue(f.kk);
    BoardModel model(f.t.db(), f.clock);
    REQUIRE(model.refresh().ok());

    f.clock.advanceSecs(10);
    f.callNext(f.siti, f.loket1); // A-001 at loket 1
    f.clock.advanceSecs(10);
    const Ticket a2 = f.callNext(f.budi, f.loket2); // A-002 at loket 2
    REQUIRE(a2.number == QStringLiteral("A-002"));
    REQUIRE(model.refresh().ok());
    REQUIRE(model.current().has_value());
    CHECK(model.current()->number == QStringLiteral("A-002"));
    REQUIRE(model.rowCount() == 1);
    CHECK(model.data(model.index(0, BoardModel::NumberColumn)).toString() == QStringLiteral("A-001"));

    // Loket 1 calls A-001 again twice: it is announced and becomes the current call, still one row per ticket.
    for (int i = 0; i < 2; ++i) {
        f.clock.advanceSecs(30);
        REQUIRE(f.queue.recall(f.siti, f.loket1, a1.id).ok());
        auto fresh = model.refresh();
        REQUIRE(fresh.ok());
        CHECK(fresh->size() == 1);
        REQUIRE(model.current().has_value());
        CHECK(model.current()->number == QStringLiteral("A-001"));
        REQUIRE(model.rowCount() == 1);
        CHECK(model.data(model.index(0, BoardModel::NumberColumn)).toString() == QStringLiteral("A-002"));
    }

    // A-001 does not come: it leaves "now calling", which goes back to A-002, still called at loket 2.
    f.clock.advanceSecs(60);
    REQUIRE(f.queue.noShow(f.siti, f.loket1, a1.id).ok());
    REQUIRE(model.refresh().ok());
    REQUIRE(model.current().has_value());
    CHECK(model.current()->number == QStringLiteral("A-002"));
    REQUIRE(model.rowCount() == 1);
    CHECK(model.data(model.index(0, BoardModel::NumberColumn)).toString() == QStringLiteral("A-001"));

    // A-002 does not come either: nobody is being called.
    REQUIRE(f.queue.noShow(f.budi, f.loket2, a2.id).ok());
    REQUIRE(model.refresh().ok());
    CHECK_FALSE(model.current().has_value());
    CHECK(model.latest().has_value()); // the last call of the day is still known…
    CHECK(model.rowCount() == 2); // …and listed among the previous calls
}

TEST_CASE("calls made before the board starts are shown but not announced again")
{
    QueueFixture f;
    f.issue(f.ktp);
    f.issue(f.ktp);
    f.callNext(f.siti, f.loket1);
    f.clock.advanceSecs(10);
    f.callNext(f.budi, f.loket2);
    BoardModel model(f.t.db(), f.clock);
    auto fresh = model.refresh();
    REQUIRE(fresh.ok());
    CHECK(fresh->isEmpty());
    REQUIRE(model.current().has_value());
    CHECK(model.current()->number == QStringLiteral("A-002"));
    CHECK(model.current()->counterNumber == 2);
    CHECK(model.rowCount() == 1);
}

TEST_CASE("several calls between two reads are all announced, oldest first")
{
    QueueFixture f;
    f.issue(f.ktp);
    f.issue(f.ktp);
    BoardModel model(f.t.db(), f.clock);
    REQUIRE(model.refresh().ok());
    f.callNext(f.siti, f.loket1);
    f.clock.advanceSecs(5);
    f.callNext(f.budi, f.loket2);
    auto fresh = model.refresh();
    REQUIRE(fresh.ok());
    REQUIRE(fresh->size() == 2);
    CHECK(fresh->at(0).counterNumber == 1);
    CHECK(fresh->at(1).counterNumber == 2);
}

TEST_CASE("the board window shows and announces a new call, with the lines and the running text")
{
    QueueFixture f;
    quietBoard(f);
    REQUIRE(SettingsStore(f.t.db())
                .setValue(QLatin1String(SettingKey::BoardRunningText), QStringLiteral("Layanan KTP-el gratis"))
                .ok());
    f.issue(f.ktp);
    f.issue(f.ktp);
    f.issue(f.kk);
    BoardWindow board(f.t.db(), f.clock);
    board.resize(1366, 768);
    board.show();
    CHECK(board.callPanel()->numberText() == QStringLiteral("–"));
    CHECK(board.serviceStrip()->tileTexts() == QStringList { QStringLiteral("A 2"), QStringLiteral("B 1") });
    CHECK(board.runningText()->text() == QStringLiteral("Layanan KTP-el gratis"));
    CHECK(board.runningText()->isVisible());

    QSignalSpy started(board.announcer(), &Announcer::started);
    QSignalSpy finished(board.announcer(), &Announcer::finished);
    f.clock.advanceSecs(20);
    f.callNext(f.budi, f.loket2);
    board.refresh();

    REQUIRE(started.count() == 1);
    CHECK(started.first().at(0).toString() == QStringLiteral("Nomor antrian A nol nol satu, silakan menuju loket dua"));
    CHECK(board.callPanel()->numberText() == QStringLiteral("A-001"));
    CHECK(board.callPanel()->counterText() == QStringLiteral("Counter 2"));
    CHECK(board.callPanel()->isFlashing());
    CHECK(board.serviceStrip()->tileTexts() == QStringList { QStringLiteral("A 1"), QStringLiteral("B 1") });
    // Without a voice the call is shown and chimed, and the board goes on at once.
    REQUIRE(finished.wait(3000));
    CHECK_FALSE(finished.first().at(1).toBool());
}

TEST_CASE("the board shows the office's date and time in Indonesian")
{
    QueueFixture f;
    quietBoard(f);
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia));
    BoardWindow board(f.t.db(), f.clock); // 08.00 WIB on Monday 23 November 2026
    const QString date = board.dateText();
    const QString time = board.clockText();
    QLocale::setDefault(before);
    CHECK(date == QStringLiteral("Senin, 23 November 2026"));
    CHECK(time == QStringLiteral("08.00"));
}

TEST_CASE("the announcer says queued calls one after another and never waits on a silent voice")
{
    Announcer announcer;
    announcer.setVoiceEnabled(false);
    QSignalSpy finished(&announcer, &Announcer::finished);
    announcer.announce(QStringLiteral("Nomor antrian A nol nol satu, silakan menuju loket satu"));
    announcer.announce(QStringLiteral("Nomor antrian B nol nol satu, silakan menuju loket dua"));
    CHECK(announcer.isBusy());
    CHECK(announcer.pending() == 1);
    REQUIRE(waitFor([&] { return finished.count() == 2; }, 8000));
    CHECK(finished.at(0).at(0).toString().contains(QStringLiteral("A nol nol satu")));
    CHECK(finished.at(1).at(0).toString().contains(QStringLiteral("B nol nol satu")));
    CHECK(waitFor([&] { return !announcer.isBusy(); }, 3000));
}

TEST_CASE("the chime is a short two-tone WAV")
{
    const QByteArray wav = Chime::wav();
    REQUIRE(wav.size() > 44);
    CHECK(wav.left(4) == QByteArray("RIFF"));
    CHECK(wav.mid(8, 8) == QByteArray("WAVEfmt "));
    const qint64 samples = (wav.size() - 44) / 2;
    const double seconds = double(samples) / Chime::sampleRate;
    CHECK(seconds > 1.0);
    CHECK(seconds < 2.0);
}

TEST_CASE("board settings: the wording is checked, previewed and saved")
{
    QueueFixture f;
    BoardSettingsTab tab(Session { f.t.db(), f.admin, &f.clock });
    CHECK(tab.previewText().contains(QStringLiteral("Nomor antrian A satu nol satu, silakan menuju loket dua")));

    tab.readingBox()->setCurrentIndex(tab.readingBox()->findData(QStringLiteral("words")));
    CHECK(tab.previewText().contains(QStringLiteral("A seratus satu")));

    tab.templateEdit()->setText(QStringLiteral("Silakan ke loket {loket}"));
    CHECK_FALSE(tab.save());
    CHECK(tab.message().contains(QStringLiteral("{nomor}")));
    CHECK(SettingsStore(f.t.db()).stringValue(QLatin1String(SettingKey::BoardAnnouncementTemplate)).isEmpty());

    tab.templateEdit()->setText(QStringLiteral("Antrian {nomor} ke loket {loket}"));
    tab.runningTextEdit()->setPlainText(QStringLiteral("Selamat datang"));
    REQUIRE(tab.save());
    const SettingsStore stored(f.t.db());
    CHECK(stored.stringValue(QLatin1String(SettingKey::BoardAnnouncementTemplate))
        == QStringLiteral("Antrian {nomor} ke loket {loket}"));
    CHECK(stored.stringValue(QLatin1String(SettingKey::BoardNumberReading)) == QStringLiteral("words"));
    CHECK(stored.stringValue(QLatin1String(SettingKey::BoardRunningText)) == QStringLiteral("Selamat datang"));

    BoardSettingsTab officer(Session { f.t.db(), f.siti, &f.clock });
    officer.runningTextEdit()->setPlainText(QStringLiteral("Tutup"));
    CHECK_FALSE(officer.save());
}

TEST_CASE("the call panel's lines fit its width: the idle line, long counter lines, at 1366 and 1920 px")
{
    installLanguage(QStringLiteral("id")); // the Indonesian idle line is the longer one
    for (const auto &[width, height] : { std::pair { 1366, 768 }, std::pair { 1920, 1080 } }) {
        CallPanel panel;
        // The panel's share of the board's width (3 of 5 beside the previous calls).
        panel.resize((width - 58) * 3 / 5, height * 55 / 100);
        panel.scaleTo(height);
        panel.show();
        panel.showCall(std::nullopt);
        QApplication::processEvents();
        INFO("board " << width << "x" << height << ": " << panel.counterText().toStdString());
        CHECK(panel.counterText() == QStringLiteral("Mohon menunggu panggilan"));
        CHECK(panel.textFits());
        RecentCall call;
        call.number = QStringLiteral("B-123");
        call.counterNumber = 12;
        call.serviceName = QStringLiteral("Surat Keterangan Tidak Mampu");
        panel.showCall(call);
        QApplication::processEvents();
        CHECK(panel.textFits());
    }
    installLanguage(QStringLiteral("en"));
}

TEST_CASE("the service names on the waiting tiles are readable from the back of the hall")
{
    ServiceStrip strip;
    strip.scaleTo(1080);
    CHECK(strip.namePixelSize() >= 28);
    strip.scaleTo(768);
    CHECK(strip.namePixelSize() >= 20);
}

TEST_CASE("without its own running text the board shows the office hours and the Maklumat's first line")
{
    QueueFixture f;
    quietBoard(f);
    BoardWindow board(f.t.db(), f.clock);
    const QString text = board.runningText()->text();
    CHECK(text.contains(QStringLiteral("Jam pelayanan: Senin–Jumat 07.30–16.00")));
    CHECK(text.contains(QStringLiteral("Maklumat Pelayanan: Dengan ini, kami menyatakan sanggup")));
    CHECK(board.runningText()->isVisibleTo(&board));

    // The office's own text replaces it.
    REQUIRE(SettingsStore(f.t.db())
                .setValue(QLatin1String(SettingKey::BoardRunningText), QStringLiteral("Layanan KTP-el gratis"))
                .ok());
    board.refresh();
    CHECK(board.runningText()->text() == QStringLiteral("Layanan KTP-el gratis"));
}

TEST_CASE("the board shows a recall once in the previous calls and drops a no-show from 'now calling'")
{
    QueueFixture f;
    quietBoard(f);
    const Ticket a1 = f.issue(f.ktp);
    f.issue(f.ktp);
    BoardWindow board(f.t.db(), f.clock);
    board.resize(1366, 768);
    board.show();
    f.clock.advanceSecs(10);
    f.callNext(f.siti, f.loket1);
    board.refresh();
    CHECK(board.callPanel()->numberText() == QStringLiteral("A-001"));
    f.clock.advanceSecs(10);
    f.callNext(f.budi, f.loket2);
    board.refresh();
    CHECK(board.callPanel()->numberText() == QStringLiteral("A-002"));
    f.clock.advanceSecs(30);
    REQUIRE(f.queue.recall(f.siti, f.loket1, a1.id).ok());
    board.refresh();
    CHECK(board.callPanel()->numberText() == QStringLiteral("A-001"));
    CHECK(board.model()->rowCount() == 1);
    f.clock.advanceSecs(60);
    REQUIRE(f.queue.noShow(f.siti, f.loket1, a1.id).ok());
    board.refresh();
    CHECK(board.callPanel()->numberText() == QStringLiteral("A-002"));
}
