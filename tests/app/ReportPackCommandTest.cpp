// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The monthly report pack as a process: "loketctl report monthly --pdf --xlsx"
// (the PDF read back with pdftotext, the workbook's sheet XML through unzip),
// the refusals, and "report schedule" on a fake clock around the first
// working day of December 2026 after a holiday on the 1st.
#include "core/auth/UserService.h"
#include "tests/support/FileModes.h"
#include "tests/support/Loketctl.h"
#include "tests/support/TempDatabase.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace loket;

namespace {

const QString kSupervisorPassword = QStringLiteral("camat-sukamaju-26");
const QString kOfficerPassword = QStringLiteral("siti-loket-satu");

QDateTime wibMoment(QDate day, int hour, int minute = 0)
{
    return QDateTime(day, QTime(hour, minute), Qt::OffsetFromUTC, 7 * 3600);
}

struct Office {
    test::TempDatabase t;
    QTemporaryDir dir;
    Office()
    {
        t.exec(QStringLiteral("INSERT INTO office (id, name, city, head_title, head_name, head_nip, time_zone) VALUES "
                              "(1, 'Kecamatan Sukamaju', 'Sukamaju', 'Camat Sukamaju', 'Drs. Asep Mulyana', "
                              "'197205141998031007', 'WIB')"));
        for (int weekday = 1; weekday <= 5; ++weekday)
            t.exec(QStringLiteral("INSERT INTO office_hours VALUES (%1, '07:30', '16:00')").arg(weekday));
        UserService users(t.db());
        NewUser camat;
        camat.username = QStringLiteral("camat");
        camat.fullName = QStringLiteral("Drs. Asep Mulyana");
        camat.password = kSupervisorPassword;
        auto admin = users.createFirstAdmin(camat);
        REQUIRE(admin.ok());
        NewUser siti;
        siti.username = QStringLiteral("siti");
        siti.fullName = QStringLiteral("Siti Rahma");
        siti.role = Role::Officer;
        siti.password = kOfficerPassword;
        REQUIRE(users.addUser(admin->actor(), siti).ok());

        t.exec(QStringLiteral("INSERT INTO services (id, code, prefix, name, target_minutes) VALUES "
                              "(1, 'ktp', 'A', 'KTP-el', 10), (2, 'kk', 'B', 'Kartu Keluarga', 20)"));
        t.exec(QStringLiteral("INSERT INTO counters (id, number, name) VALUES (1, 1, 'Loket 1')"));
        // November 2026: 7 KTP-el (6 served), 5 KK (4 served, 1 no-show); October: 4 + 1; November 2025: 2 + 0.
        int seq = 0;
        const auto tickets = [&](int service, QDate day, int n, int served) {
            for (int i = 0; i < n; ++i) {
                ++seq;
                const qint64 issued = wibMoment(day, 8, i * 3).toMSecsSinceEpoch();
                const bool done = i < served;
                const qint64 called = issued + 4 * 60000LL;
                t.exec(QStringLiteral("INSERT INTO tickets (service_day, issued_service_id, seq, number, service_id, status, "
                                      "issued_at, first_called_at, started_at, finished_at, counter_id) "
                                      "VALUES ('%1', %2, %3, 'X-%3', %2, '%4', %5, %6, %7, %8, 1)")
                           .arg(day.toString(Qt::ISODate))
                           .arg(service)
                           .arg(seq)
                           .arg(done ? QStringLiteral("done") : QStringLiteral("no_show"))
                           .arg(issued)
                           .arg(called)
                           .arg(done ? QString::number(called + 60000) : QStringLiteral("NULL"))
                           .arg(done ? QString::number(called + 6 * 60000) : QStringLiteral("NULL")));
            }
        };
        tickets(1, QDate(2026, 11, 2), 4, 4);
        tickets(1, QDate(2026, 11, 20), 3, 2);
        tickets(2, QDate(2026, 11, 20), 5, 4);
        tickets(1, QDate(2026, 10, 15), 4, 4);
        tickets(2, QDate(2026, 10, 15), 1, 1);
        tickets(1, QDate(2025, 11, 10), 2, 2);
    }
    test::CliRun run(const QString &user, const QStringList &args, const QDateTime &moment = test::defaultTestMoment())
    {
        return test::runLoketctl({.database = t.path(),
                                  .args = args,
                                  .user = user,
                                  .password = user == QLatin1String("siti") ? kOfficerPassword : kSupervisorPassword,
                                  .moment = moment,
                                  .env = {{QStringLiteral("LOKET_LANG"), QStringLiteral("id")}}});
    }
    QString file(const QString &name) const { return dir.filePath(name); }
    qint64 count(const QString &sql) const { return t.scalar(sql).toLongLong(); }
};

QString tool(const QString &name)
{
    const QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty())
        WARN(QString(name + QStringLiteral(" is not installed: the file's contents are not checked")).toStdString());
    return path;
}

QString output(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    REQUIRE(p.waitForFinished(30000));
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The cell's XML in a sheet (<c r="C2" …>…</c>), empty when absent.
QString cell(const QString &sheetXml, const QString &ref)
{
    const QRegularExpression re(QStringLiteral("<c r=\"%1\"[^>]*>.*?</c>").arg(ref));
    return re.match(sheetXml).captured(0);
}

// A number cell's value: not a string (no t="s" / t="str" / t="inlineStr"), the <v> read as a number.
double numberCell(const QString &sheetXml, const QString &ref)
{
    const QString c = cell(sheetXml, ref);
    INFO(ref.toStdString() << ": " << c.toStdString());
    REQUIRE(!c.isEmpty());
    const QRegularExpression type(QStringLiteral("\\st=\"([a-zA-Z]+)\""));
    const auto m = type.match(c.left(c.indexOf(QLatin1Char('>'))));
    REQUIRE((!m.hasMatch() || m.captured(1) == QLatin1String("n")));
    const QRegularExpression v(QStringLiteral("<v>([^<]*)</v>"));
    bool ok = false;
    const double value = v.match(c).captured(1).toDouble(&ok);
    REQUIRE(ok);
    return value;
}

const char *kNovember = "service_day BETWEEN '2026-11-01' AND '2026-11-30'";

} // namespace

TEST_CASE("report monthly --pdf --xlsx: the pack with the summary, the tables' numbers and the NIP", "[reports][loketctl]")
{
    test::Umask umask(022);
    Office o;
    const QString pdf = o.file(QStringLiteral("november.pdf")), xlsx = o.file(QStringLiteral("november.xlsx"));
    auto r = o.run(QStringLiteral("camat"), {QStringLiteral("--json"), QStringLiteral("report"), QStringLiteral("monthly"),
                                              QStringLiteral("--month"), QStringLiteral("2026-11"), QStringLiteral("--pdf"), pdf,
                                              QStringLiteral("--xlsx"), xlsx});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.json().value(QStringLiteral("pdf")).toString() == QFileInfo(pdf).absoluteFilePath());
    CHECK(r.json().value(QStringLiteral("pages")).toInt() >= 2);
    CHECK(test::fileBytes(pdf).startsWith("%PDF"));
    CHECK(test::ownerOnly(pdf));
    CHECK(test::ownerOnly(xlsx));
    // The charts are painted as paths and text, not embedded pictures (the office has no logo).
    CHECK_FALSE(test::fileBytes(pdf).contains("/Subtype /Image"));

    const qint64 issued = o.count(QStringLiteral("SELECT COUNT(*) FROM tickets WHERE %1").arg(QLatin1String(kNovember)));
    const qint64 before = o.count(QStringLiteral("SELECT COUNT(*) FROM tickets WHERE service_day LIKE '2026-10-%'"));
    const qint64 lastYear = o.count(QStringLiteral("SELECT COUNT(*) FROM tickets WHERE service_day LIKE '2025-11-%'"));
    const qint64 served = o.count(QStringLiteral("SELECT COUNT(*) FROM tickets WHERE status = 'done' AND %1").arg(QLatin1String(kNovember)));
    REQUIRE(issued == 12);
    REQUIRE(before == 5);

    if (const QString pdftotext = tool(QStringLiteral("pdftotext")); !pdftotext.isEmpty()) {
        const QString words = output(pdftotext, {pdf, QStringLiteral("-")}).simplified();
        CHECK(words.contains(QStringLiteral("LAPORAN BULANAN PELAYANAN PUBLIK")));
        CHECK(words.contains(QStringLiteral("Bulan November 2026")));
        // 12 against 5: +140 %.
        const long change = std::lround((double(issued) - double(before)) / double(before) * 100.0);
        CHECK(words.contains(QStringLiteral("Jumlah pengunjung naik %1 % dibanding bulan lalu (%2).").arg(change).arg(before)));
        CHECK(words.contains(QStringLiteral("kantor menerima %1 pengunjung, %2 di antaranya telah dilayani").arg(issued).arg(served)));
        CHECK(words.contains(QStringLiteral("NIP. 19720514 199803 1 007")));
        CHECK(words.contains(QStringLiteral("Drs. Asep Mulyana")));
        // The services table: KTP-el 7 issued, 6 served.
        const qint64 ktp = o.count(QStringLiteral("SELECT COUNT(*) FROM tickets WHERE service_id = 1 AND %1").arg(QLatin1String(kNovember)));
        const qint64 ktpServed = o.count(QStringLiteral("SELECT COUNT(*) FROM tickets WHERE service_id = 1 AND status = 'done' AND %1")
                                             .arg(QLatin1String(kNovember)));
        CHECK(words.contains(QStringLiteral("KTP-el %1 %2").arg(ktp).arg(ktpServed)));
        CHECK_FALSE(words.contains(QStringLiteral("turun")));
    }

    if (const QString unzip = tool(QStringLiteral("unzip")); !unzip.isEmpty()) {
        const QString strings = output(unzip, {QStringLiteral("-p"), xlsx, QStringLiteral("xl/sharedStrings.xml")});
        CHECK(strings.contains(QStringLiteral("Diterbitkan")));
        CHECK(strings.contains(QStringLiteral("Pengunjung (nomor antrian diterbitkan)")));
        // Sheet 1, the summary: row 7 the visitors, November 2026 | October 2026 | November 2025.
        const QString summary = output(unzip, {QStringLiteral("-p"), xlsx, QStringLiteral("xl/worksheets/sheet1.xml")});
        CHECK(numberCell(summary, QStringLiteral("B7")) == issued);
        CHECK(numberCell(summary, QStringLiteral("C7")) == before);
        CHECK(numberCell(summary, QStringLiteral("D7")) == lastYear);
        CHECK(numberCell(summary, QStringLiteral("B8")) == served);
        // Sheet 2, the services: row 2 KTP-el, row 3 Kartu Keluarga; C issued, D served, E no-show.
        const QString services = output(unzip, {QStringLiteral("-p"), xlsx, QStringLiteral("xl/worksheets/sheet2.xml")});
        for (int service : {1, 2}) {
            const QString row = QString::number(service + 1);
            const QString where = QStringLiteral("service_id = %1 AND %2").arg(service).arg(QLatin1String(kNovember));
            CHECK(numberCell(services, QStringLiteral("C") + row) == o.count(QStringLiteral("SELECT COUNT(*) FROM tickets WHERE %1").arg(where)));
            CHECK(numberCell(services, QStringLiteral("D") + row)
                  == o.count(QStringLiteral("SELECT COUNT(*) FROM tickets WHERE status = 'done' AND %1").arg(where)));
            CHECK(numberCell(services, QStringLiteral("E") + row)
                  == o.count(QStringLiteral("SELECT COUNT(*) FROM tickets WHERE status = 'no_show' AND %1").arg(where)));
        }
        CHECK(numberCell(services, QStringLiteral("C4")) == issued); // the total
    }
}

TEST_CASE("report monthly --pdf is refused to an officer and for a month not begun, and writes nothing", "[reports][loketctl]")
{
    Office o;
    const QString pdf = o.file(QStringLiteral("r.pdf")), xlsx = o.file(QStringLiteral("r.xlsx"));
    const QStringList november {QStringLiteral("report"), QStringLiteral("monthly"), QStringLiteral("--month"),
                                QStringLiteral("2026-11"), QStringLiteral("--pdf"), pdf, QStringLiteral("--xlsx"), xlsx};
    auto officer = o.run(QStringLiteral("siti"), november);
    CHECK(officer.exitCode != 0);
    CHECK_FALSE(QFileInfo::exists(pdf));
    CHECK_FALSE(QFileInfo::exists(xlsx));

    QStringList december = november;
    december[3] = QStringLiteral("2026-12");
    auto early = o.run(QStringLiteral("camat"), december); // on 23 November
    CHECK(early.exitCode != 0);
    CHECK_FALSE(QFileInfo::exists(pdf));
    CHECK_FALSE(QFileInfo::exists(xlsx));
    CHECK(QDir(o.dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

TEST_CASE("report schedule writes last month's pack once, on the first working day after a holiday", "[reports][loketctl]")
{
    Office o;
    // Tuesday 1 December 2026 is a holiday: the first working day is Wednesday the 2nd.
    o.t.exec(QStringLiteral("INSERT INTO holidays (date, kind, name) VALUES ('2026-12-01', 'libur_lokal', 'Hari jadi kabupaten')"));
    const QString folder = o.file(QStringLiteral("laporan"));
    REQUIRE(QDir().mkpath(folder));
    const QStringList args {QStringLiteral("--json"), QStringLiteral("report"), QStringLiteral("schedule"), QStringLiteral("--folder"), folder};
    const QString pdf = QDir(folder).filePath(QStringLiteral("laporan-bulanan-2026-11.pdf"));
    const QString xlsx = QDir(folder).filePath(QStringLiteral("laporan-bulanan-2026-11.xlsx"));

    // Still November (a first run catches up with October, once), and nothing for November yet.
    auto late = o.run(QStringLiteral("camat"), args, wibMoment(QDate(2026, 11, 30), 23, 30));
    INFO(late.err.toStdString());
    REQUIRE(late.exitCode == 0);
    CHECK(late.json().value(QStringLiteral("month")).toString() == QLatin1String("2026-10"));
    CHECK_FALSE(QFileInfo::exists(pdf));

    // 00.30 WIB on the 2nd is still the 1st in UTC: the office's day counts. At 10.00 on the 1st, a holiday: not due.
    auto holiday = o.run(QStringLiteral("camat"), args, wibMoment(QDate(2026, 12, 1), 10));
    INFO(holiday.err.toStdString());
    REQUIRE(holiday.exitCode == 0);
    CHECK_FALSE(holiday.json().value(QStringLiteral("written")).toBool());
    CHECK(holiday.json().value(QStringLiteral("due_from")).toString() == QLatin1String("2026-12-02"));
    CHECK_FALSE(QFileInfo::exists(pdf));

    auto officer = o.run(QStringLiteral("siti"), args, wibMoment(QDate(2026, 12, 2), 7, 45));
    CHECK(officer.exitCode != 0);
    CHECK_FALSE(QFileInfo::exists(pdf));

    auto due = o.run(QStringLiteral("camat"), args, wibMoment(QDate(2026, 12, 2), 0, 30)); // 1 December 17.30 UTC
    INFO(due.err.toStdString());
    REQUIRE(due.exitCode == 0);
    CHECK(due.json().value(QStringLiteral("written")).toBool());
    CHECK(due.json().value(QStringLiteral("month")).toString() == QLatin1String("2026-11"));
    CHECK(test::fileBytes(pdf).startsWith("%PDF"));
    CHECK(test::ownerOnly(pdf));
    CHECK(test::ownerOnly(xlsx));
    const QDateTime written = QFileInfo(pdf).lastModified();
    CHECK(o.count(QStringLiteral("SELECT COUNT(*) FROM settings WHERE key = 'reports.pack_last_month' AND value = '2026-11'")) == 1);

    auto again = o.run(QStringLiteral("camat"), args, wibMoment(QDate(2026, 12, 3), 7, 45));
    REQUIRE(again.exitCode == 0);
    CHECK_FALSE(again.json().value(QStringLiteral("written")).toBool());
    CHECK(again.json().value(QStringLiteral("already_done")).toBool());
    CHECK(QFileInfo(pdf).lastModified() == written);
}

TEST_CASE("report schedule --save-folder keeps the office's report folder, and report schedule then uses it", "[reports][loketctl]")
{
    Office o;
    const QString folder = o.file(QStringLiteral("laporan"));
    REQUIRE(QDir().mkpath(folder));
    const QString pdf = QDir(folder).filePath(QStringLiteral("laporan-bulanan-2026-11.pdf"));
    const QDateTime due = wibMoment(QDate(2026, 12, 1), 7, 45); // Tuesday, the month's first working day

    // An officer may not choose it; a folder that does not exist is refused in words.
    auto officer = o.run(QStringLiteral("siti"), {QStringLiteral("report"), QStringLiteral("schedule"),
                                                  QStringLiteral("--save-folder"), folder}, due);
    CHECK(officer.exitCode != 0);
    auto missing = o.run(QStringLiteral("camat"), {QStringLiteral("report"), QStringLiteral("schedule"),
                                                   QStringLiteral("--save-folder"), o.file(QStringLiteral("nowhere"))}, due);
    CHECK(missing.exitCode != 0);
    INFO(missing.err.toStdString());
    CHECK(missing.err.contains(QStringLiteral("nowhere"))); // the folder named, in words
    CHECK(o.count(QStringLiteral("SELECT COUNT(*) FROM settings WHERE key = 'reports.pack_folder' AND value <> ''")) == 0);

    auto saved = o.run(QStringLiteral("camat"), {QStringLiteral("--json"), QStringLiteral("report"), QStringLiteral("schedule"),
                                                 QStringLiteral("--save-folder"), folder}, due);
    INFO(saved.err.toStdString());
    REQUIRE(saved.exitCode == 0);
    CHECK(saved.json().value(QStringLiteral("folder")).toString() == QFileInfo(folder).absoluteFilePath());
    CHECK(o.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'report.schedule' AND outcome = 'ok'")) == 1);

    // What the application runs at start (MonthlyReportPack::runSchedule) is tried in the dashboard's widget test:
    // painting a PDF needs a GUI application. Here: report schedule without --folder uses the saved folder.
    auto scheduled = o.run(QStringLiteral("camat"), {QStringLiteral("--json"), QStringLiteral("report"), QStringLiteral("schedule")}, due);
    INFO(scheduled.err.toStdString());
    REQUIRE(scheduled.exitCode == 0);
    CHECK(scheduled.json().value(QStringLiteral("month")).toString() == QLatin1String("2026-11"));
    CHECK(test::fileBytes(pdf).startsWith("%PDF"));

    // Without --folder, report schedule uses the saved folder; --off forgets it.
    auto off = o.run(QStringLiteral("camat"), {QStringLiteral("report"), QStringLiteral("schedule"), QStringLiteral("--off")}, due);
    REQUIRE(off.exitCode == 0);
    CHECK(o.count(QStringLiteral("SELECT COUNT(*) FROM settings WHERE key = 'reports.pack_folder' AND value <> ''")) == 0);
    auto usage = o.run(QStringLiteral("camat"), {QStringLiteral("report"), QStringLiteral("schedule")}, due);
    CHECK(usage.exitCode != 0);
}
