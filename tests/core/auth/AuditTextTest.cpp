// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The audit log as a person reads it: in their language, with no raw codes,
// filtered in the database and read page by page.
#include "core/auth/AuditText.h"
#include "core/auth/Authenticator.h"
#include "core/auth/UserService.h"
#include "core/demo/DemoGenerator.h"
#include "tests/support/TempDatabase.h"
#include "translations/Language.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>
#include <QSqlQuery>

#include <set>

using namespace loket;

namespace {

const QTimeZone kWib(7 * 3600);

// Installs a language for one test and goes back to English (the tests' language) after.
struct Language {
    explicit Language(const QString &lang) { installLanguage(lang); }
    ~Language()
    {
        installLanguage(QStringLiteral("en"));
        QLocale::setDefault(QLocale(QLocale::English));
    }
};

AuditEntry entry(const QString &action, const QString &detail, const QString &outcome = QStringLiteral("ok"))
{
    AuditEntry e;
    e.action = action;
    e.detail = detail;
    e.outcome = outcome;
    e.username = QStringLiteral("budi");
    return e;
}

struct Office {
    test::TempDatabase t;
    ManualClock clock { QDateTime(QDate(2026, 11, 23), QTime(1, 0), Qt::UTC) };
    Actor admin;

    Office()
    {
        NewUser budi;
        budi.username = QStringLiteral("budi");
        budi.fullName = QStringLiteral("Budi Santoso");
        budi.password = QStringLiteral("budi-kecamatan-2026");
        auto created = UserService(t.db(), clock).createFirstAdmin(budi);
        REQUIRE(created.ok());
        admin = created->actor();
    }

    QList<AuditEntry> list(AuditFilter filter = {}) const
    {
        auto got = AuditLog(t.db(), clock).list(admin, filter);
        REQUIRE(got.ok());
        return got.value();
    }
};

// Codes as they are written: "word.word_word" or "word_word".
const QRegularExpression kRawCode(QStringLiteral("\\b[a-z]+(_[a-z]+)+\\b|\\b[a-z]+\\.[a-z_]+\\b"));

} // namespace

TEST_CASE("a wrong password reads as a sentence in Indonesian and in English")
{
    Office o;
    auto wrong = Authenticator(o.t.db(), o.clock).authenticate(QStringLiteral("budi"), QStringLiteral("salah"));
    REQUIRE_FALSE(wrong.ok());
    const QList<AuditEntry> entries = o.list({ .action = QStringLiteral("login") });
    REQUIRE(entries.size() == 1);
    const AuditEntry &e = entries.first();
    // Kept as data, not as English text.
    CHECK_FALSE(e.detail.contains(QLatin1String("wrong password")));
    {
        Language id(QStringLiteral("id"));
        const AuditText text(kWib);
        CHECK(text.detail(e) == QLatin1String("kata sandi salah (1 dari 5)"));
        CHECK(AuditText::action(e.action) == QLatin1String("Masuk"));
        CHECK(AuditText::outcome(e.outcome) == QLatin1String("gagal"));
    }
    const AuditText text(kWib);
    CHECK(text.detail(e) == QLatin1String("wrong password (1 of 5)"));
}

TEST_CASE("rows written as English text before details were data read the same way")
{
    Language id(QStringLiteral("id"));
    const AuditText text(kWib);
    CHECK(text.detail(entry(QStringLiteral("login"), QStringLiteral("wrong password 2 of 5"), QStringLiteral("failed")))
        == QLatin1String("kata sandi salah (2 dari 5)"));
    // The lock's end in the office's time: 01:15 UTC is 08.15 WIB.
    CHECK(text.detail(entry(QStringLiteral("login"),
              QStringLiteral("wrong password 5 of 5, account locked until 2026-11-23T01:15:00Z")))
        == QLatin1String("kata sandi salah (5 dari 5); akun dikunci sampai 23 Nov 2026 08.15"));
    // Written the same office day: the hour is enough.
    AuditEntry sameDay = entry(QStringLiteral("login"), QStringLiteral("account locked until 2026-11-23T01:15:00Z"));
    sameDay.at = QDateTime(QDate(2026, 11, 23), QTime(1, 0), Qt::UTC);
    CHECK(text.detail(sameDay) == QLatin1String("akun terkunci sampai 08.15"));
    CHECK(text.detail(entry(QStringLiteral("user.add"), QStringLiteral("missing permission manage_users"),
              QStringLiteral("refused")))
        == QLatin1String("tidak berhak mengelola pengguna"));
    const QString review = text.detail(
        entry(QStringLiteral("standard.review_add"), QStringLiteral("service 3, 2026-11-02, no_change")));
    CHECK(review == QLatin1String("layanan 3, 2 Nov 2026: tidak perlu perubahan"));
    CHECK(text.detail(entry(QStringLiteral("user.update"), QStringLiteral("full name, role officer -> supervisor")))
              .toStdString()
        == "nama lengkap, peran Petugas loket → Supervisor");
    // Free text that is only data (a name, a reason) is shown as it is.
    CHECK(text.detail(entry(QStringLiteral("queue.cancel"), QStringLiteral("berkas tidak lengkap")))
        == QLatin1String("berkas tidak lengkap"));
}

TEST_CASE("every action has a label, Loket itself has a name, and unknown codes still read well")
{
    Language id(QStringLiteral("id"));
    CHECK(AuditText::action(QStringLiteral("maklumat.publication_add")) == QLatin1String("Publikasi maklumat dicatat"));
    CHECK(AuditText::user(QStringLiteral("system")) == QLatin1String("Sistem Loket"));
    CHECK(AuditText::user(QStringLiteral("siti")) == QLatin1String("siti"));
    // A code from a newer Loket: its family translated, its words without underscores.
    CHECK(AuditText::action(QStringLiteral("user.send_reminder")) == QLatin1String("Pengguna: send reminder"));
    CHECK(AuditText::action(QStringLiteral("poll.publish")) == QLatin1String("poll: publish"));
    CHECK(AuditText::action(QStringLiteral("complaint.close")) == QLatin1String("Pengaduan ditutup"));
    const AuditText text(kWib);
    AuditEntry newer = entry(QStringLiteral("user.send_reminder"), auditDetail(QStringLiteral("user.reminder_sent"),
                                                                      { { QStringLiteral("days_left"), 3 } }));
    CHECK(text.detail(newer) == QLatin1String("reminder sent, days left 3"));
    // The filter lists every labelled action, each with a translated text, under its family.
    std::set<QString> codes;
    for (const AuditText::Choice &c : AuditText::actionChoices()) {
        INFO(c.code.toStdString());
        CHECK_FALSE(c.label.isEmpty());
        CHECK_FALSE(kRawCode.match(c.label).hasMatch());
        CHECK(codes.insert(c.code).second);
    }
    CHECK(codes.count(QStringLiteral("maklumat.")) == 1);
    CHECK(codes.count(QStringLiteral("maklumat.publication_add")) == 1);
}

TEST_CASE("a demo office's whole audit log reads without a raw code")
{
    test::TempDatabase t;
    DemoOptions options;
    options.days = 3;
    options.until = QDate(2026, 11, 23);
    REQUIRE(generateDemo(t.db(), options).ok());
    // A refused and a failed attempt, as an office has them.
    Actor officer;
    officer.userId = 99;
    officer.username = QStringLiteral("petugas1");
    officer.role = Role::Officer;
    (void)AuditLog(t.db()).require(officer, Permission::ManageSettings, QStringLiteral("settings.office"));
    (void)Authenticator(t.db(), SystemClock::instance()).authenticate(QStringLiteral("camat"), QStringLiteral("salah"));

    auto entries = AuditLog(t.db()).list(Actor::system(), { .limit = 100000 });
    REQUIRE(entries.ok());
    REQUIRE(entries->size() > 10);
    Language id(QStringLiteral("id"));
    const AuditText text(kWib);
    for (const AuditEntry &e : entries.value()) {
        const QString shown = QStringList { AuditText::user(e.username), AuditText::action(e.action), text.record(e),
            AuditText::outcome(e.outcome), text.detail(e) }
                                  .join(QStringLiteral(" | "));
        INFO(e.action.toStdString() << " " << e.detail.toStdString() << " -> " << shown.toStdString());
        CHECK_FALSE(shown.contains(e.action));
        CHECK_FALSE(shown.contains(QLatin1String("system")));
        CHECK_FALSE(kRawCode.match(text.detail(e)).hasMatch());
    }
}

TEST_CASE("the audit log is filtered by user, action, period and outcome in the database")
{
    Office o;
    AuditLog audit(o.t.db(), o.clock);
    Actor siti;
    siti.userId = 7;
    siti.username = QStringLiteral("siti");
    siti.role = Role::Officer;
    // Three days: 21, 22 and 23 November at 09.00 WIB.
    for (int day : { 21, 22, 23 }) {
        o.clock.set(QDateTime(QDate(2026, 11, day), QTime(2, 0), Qt::UTC));
        REQUIRE(audit.record(siti, QStringLiteral("counter.open"), QStringLiteral("counter"), QStringLiteral("1")).ok());
        REQUIRE(audit.record(o.admin, QStringLiteral("user.update"), QStringLiteral("user"), QStringLiteral("siti")).ok());
        (void)audit.require(siti, Permission::ManageUsers, QStringLiteral("user.add"));
    }
    const auto wibDay = [](int day) { return QDateTime(QDate(2026, 11, day), QTime(0, 0), kWib).toUTC(); };

    CHECK(o.list({ .username = QStringLiteral("siti") }).size() == 6);
    CHECK(o.list({ .action = QStringLiteral("user.") }).size() == 3 + 3 + 1); // update, refused add, first admin
    CHECK(o.list({ .action = QStringLiteral("user.add") }).size() == 3 + 1);
    CHECK(o.list({ .action = QStringLiteral("user.ad") }).empty()); // one action is matched exactly
    const auto day22 = o.list({ .fromUtc = wibDay(22), .toUtc = wibDay(23) });
    REQUIRE(day22.size() == 3);
    for (const AuditEntry &e : day22)
        CHECK(e.at.toTimeZone(kWib).date() == QDate(2026, 11, 22));
    const auto refused = o.list({ .fromUtc = wibDay(22), .username = QStringLiteral("siti"),
        .outcome = QStringLiteral("refused") });
    CHECK(refused.size() == 2);
}

TEST_CASE("pages of the audit log follow each other without a gap or a repeat")
{
    Office o;
    AuditLog audit(o.t.db(), o.clock);
    // 450 entries, ten to a millisecond: pages must not split a tie wrongly.
    for (int i = 0; i < 450; ++i) {
        if (i % 10 == 0)
            o.clock.advanceMs(1);
        REQUIRE(audit.record(o.admin, QStringLiteral("settings.change"), QStringLiteral("setting"),
                             QString::number(i)).ok());
    }
    const QList<AuditEntry> all = o.list({ .limit = 1000 });
    REQUIRE(all.size() == 451);
    QList<AuditEntry> paged;
    AuditFilter page { .limit = 100 };
    for (;;) {
        const QList<AuditEntry> got = o.list(page);
        paged += got;
        if (got.size() < page.limit)
            break;
        page.after(got.constLast());
    }
    REQUIRE(paged.size() == all.size());
    for (int i = 0; i < all.size(); ++i)
        CHECK(paged.at(i).id == all.at(i).id);
    // Newest first.
    CHECK(all.first().entityId == QLatin1String("449"));
}

TEST_CASE("a filtered page of the audit log walks the time index and sorts nothing", "[file]")
{
    test::TempDatabase t;
    for (const AuditFilter &filter : { AuditFilter {},
             AuditFilter { .fromUtc = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC),
                 .toUtc = QDateTime(QDate(2026, 2, 1), QTime(0, 0), Qt::UTC), .action = QStringLiteral("user."),
                 .username = QStringLiteral("siti"), .beforeAtMs = 1767225600000, .beforeId = 40 } }) {
        const AuditQuery query = auditListQuery(filter);
        QSqlQuery q(t.db()->connection());
        REQUIRE(q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + query.sql));
        for (const QVariant &v : query.binds)
            q.addBindValue(v);
        REQUIRE(q.exec());
        QStringList plan;
        while (q.next())
            plan << q.value(3).toString();
        INFO(plan.join(QStringLiteral("; ")).toStdString());
        CHECK(plan.join(QLatin1Char(' ')).contains(QLatin1String("audit_log_at")));
        CHECK_FALSE(plan.join(QLatin1Char(' ')).contains(QLatin1String("TEMP B-TREE")));
    }
}
