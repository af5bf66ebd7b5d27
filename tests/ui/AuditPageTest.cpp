// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The audit page as a supervisor reads it, and `loket --help` with no display.
#include "core/auth/AuditText.h"
#include "core/auth/Authenticator.h"
#include "core/auth/UserService.h"
#include "tests/support/TempDatabase.h"
#include "translations/Language.h"
#include "ui/audit/AuditPage.h"
#include "ui/audit/AuditTableModel.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QFileInfo>
#include <QProcess>

using namespace loket;
using namespace loket::ui;

namespace {

struct Office {
    test::TempDatabase t;
    ManualClock clock { QDateTime(QDate(2026, 11, 23), QTime(2, 0), Qt::UTC) };
    Actor admin;

    Office()
    {
        NewUser budi { .username = QStringLiteral("budi"), .fullName = QStringLiteral("Budi Santoso"),
            .password = QStringLiteral("budi-kecamatan-2026") };
        auto created = UserService(t.db(), clock).createFirstAdmin(budi);
        REQUIRE(created.ok());
        admin = created->actor();
    }
};

QString cell(const AuditTableModel &m, int row, int column)
{
    return m.data(m.index(row, column), Qt::DisplayRole).toString();
}

struct Indonesian {
    Indonesian() { installLanguage(QStringLiteral("id")); }
    ~Indonesian() { installLanguage(QStringLiteral("en")); }
};

} // namespace

TEST_CASE("the audit page shows the log in Indonesian and filters by user and action")
{
    Indonesian id;
    Office o;
    o.clock.advanceSecs(60);
    REQUIRE_FALSE(Authenticator(o.t.db(), o.clock).authenticate(QStringLiteral("budi"), QStringLiteral("salah")).ok());
    o.clock.advanceSecs(60);
    REQUIRE(AuditLog(o.t.db(), o.clock).record(Actor::system(), QStringLiteral("queue.close_day")).ok());

    AuditPage page(Session { o.t.db(), o.admin, &o.clock }, QTimeZone(7 * 3600));
    page.resize(1200, 700);
    page.show();
    AuditTableModel &m = *page.model();
    REQUIRE(m.rowCount() == 3);
    CHECK(cell(m, 0, AuditTableModel::User) == QLatin1String("Sistem Loket"));
    CHECK(cell(m, 0, AuditTableModel::Action) == QLatin1String("Hari antrean ditutup"));
    CHECK(cell(m, 1, AuditTableModel::Action) == QLatin1String("Masuk"));
    CHECK(cell(m, 1, AuditTableModel::Detail) == QLatin1String("kata sandi salah (1 dari 5)"));
    CHECK(cell(m, 1, AuditTableModel::Outcome) == QLatin1String("gagal"));
    CHECK(cell(m, 1, AuditTableModel::At) == QLatin1String("23 Nov 2026 09.01.00"));

    // Loket itself closed the day and made the first administrator.
    page.setFilter(QStringLiteral("system"), QString());
    REQUIRE(m.rowCount() == 2);
    CHECK(cell(m, 1, AuditTableModel::User) == QLatin1String("Sistem Loket"));
    page.setFilter(QString(), QStringLiteral("user."));
    REQUIRE(m.rowCount() == 1);
    CHECK(cell(m, 0, AuditTableModel::Action) == QLatin1String("Pengguna ditambahkan"));
    CHECK(cell(m, 0, AuditTableModel::Detail) == QLatin1String("administrator pertama"));
    page.setFilter(QStringLiteral("budi"), QStringLiteral("queue."));
    CHECK(m.rowCount() == 0);
    // The user filter offers people by name, and Loket itself.
    auto *users = page.findChildren<QComboBox *>().at(0);
    QStringList offered;
    for (int i = 0; i < users->count(); ++i)
        offered << users->itemText(i);
    CHECK(offered.contains(QStringLiteral("Budi Santoso (budi)")));
    CHECK(offered.contains(QStringLiteral("Sistem Loket")));
}

TEST_CASE("the audit page reads a long log page by page as it scrolls")
{
    Office o;
    AuditLog audit(o.t.db(), o.clock);
    for (int i = 0; i < 450; ++i) {
        o.clock.advanceMs(100);
        REQUIRE(audit.record(o.admin, QStringLiteral("settings.change"), QStringLiteral("setting"),
                             QString::number(i)).ok());
    }
    AuditPage page(Session { o.t.db(), o.admin, &o.clock }, QTimeZone(7 * 3600));
    page.show();
    AuditTableModel &m = *page.model();
    CHECK(m.rowCount() == AuditTableModel::PageSize);
    CHECK(m.canFetchMore({}));
    m.fetchMore({});
    m.fetchMore({});
    CHECK(m.rowCount() == 451);
    CHECK_FALSE(m.canFetchMore({}));
    CHECK(m.entry(0).entityId == QLatin1String("449"));
    CHECK(m.entry(449).entityId == QLatin1String("0"));
}

namespace {
struct Help {
    int exitCode = -1;
    QString out;
    QString err;
};

Help loketHelp(const QStringList &args)
{
    const QString program = QStringLiteral(LOKET_BINARY_DIR "/app/loket/loket");
    REQUIRE(QFileInfo(program).isExecutable());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // No display at all, as on a server or over ssh.
    for (const char *name : { "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "LOKET_LANG" })
        env.remove(QString::fromLatin1(name));
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    REQUIRE(p.waitForFinished(20000));
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    return Help { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
        QString::fromUtf8(p.readAllStandardError()) };
}
} // namespace

TEST_CASE("loket --help prints without a display, in Indonesian unless --lang en")
{
    const Help id = loketHelp({ QStringLiteral("--help") });
    INFO(id.err.toStdString());
    CHECK(id.exitCode == 0);
    CHECK(id.out.contains(QLatin1String("--database")));
    CHECK(id.out.contains(QLatin1String("Penggunaan:")));
    CHECK(id.out.contains(QLatin1String("Bahasa: id (Indonesia, bawaan)")));
    CHECK_FALSE(id.err.contains(QLatin1String("display")));

    const Help en = loketHelp({ QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help") });
    CHECK(en.exitCode == 0);
    CHECK(en.out.contains(QLatin1String("Usage:")));
    CHECK(en.out.contains(QLatin1String("Language: id (Indonesian, the default)")));

    const Help version = loketHelp({ QStringLiteral("--version") });
    CHECK(version.exitCode == 0);
    CHECK(version.out.startsWith(QLatin1String("loket ")));

    // A wrong option or mode is told as text too, not in a window that cannot open.
    const Help wrong = loketHelp({ QStringLiteral("--mode"), QStringLiteral("kantin") });
    CHECK(wrong.exitCode == 1);
    CHECK(wrong.err.contains(QLatin1String("kantin")));
}

TEST_CASE("the audit page says whether the log's chain is intact, and names the first broken entry")
{
    Indonesian id;
    Office o;
    for (int i = 0; i < 3; ++i) {
        o.clock.advanceSecs(60);
        REQUIRE(AuditLog(o.t.db(), o.clock).record(o.admin, QStringLiteral("settings.office")).ok());
    }
    {
        AuditPage page(Session { o.t.db(), o.admin, &o.clock }, QTimeZone(7 * 3600));
        page.show();
        CHECK(page.chainText().startsWith(QStringLiteral("Rantai log audit utuh: ")));
    }
    // Changed behind Loket's back with the sqlite3 tool.
    QProcess p;
    p.start(QStringLiteral("sqlite3"),
        { o.t.path(),
            QStringLiteral("DROP TRIGGER audit_log_no_update; UPDATE audit_log SET detail = 'x' WHERE seq = 2") });
    REQUIRE(p.waitForFinished(30000));
    REQUIRE(p.exitCode() == 0);
    const qint64 id2 = o.t.scalar(QStringLiteral("SELECT id FROM audit_log WHERE seq = 2")).toLongLong();
    AuditPage page(Session { o.t.db(), o.admin, &o.clock }, QTimeZone(7 * 3600));
    page.show();
    INFO(page.chainText().toStdString());
    CHECK(page.chainText().startsWith(QStringLiteral("Peringatan")));
    CHECK(page.chainText().contains(QStringLiteral("entri %1 ").arg(id2)));
    // Named as the table shows it: the office's time (09.01 WIB, 02.01 UTC) and the action's label, not its code.
    const QString label = AuditText::action(QStringLiteral("settings.office"));
    REQUIRE(label != QLatin1String("settings.office"));
    CHECK(page.chainText().contains(QStringLiteral("(23 Nov 2026 09.01, %1)").arg(label)));
    CHECK_FALSE(page.chainText().contains(QStringLiteral("settings.office")));
}
