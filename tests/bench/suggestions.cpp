// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// What the suggestion boxes cost on a long history.
//
//   suggestions [--years Y] [--boxes B] [--slips S] [--dir FOLDER]
//
// Fills Y years (default 10) of monthly openings of B boxes (default 4),
// each with S slips (default 40) of every kind and decision, all signed,
// straight into the tables. Then times, each as its own call: entering a
// slip in a draft (SuggestionService::addSlip, its own durable commit: the
// counter's "Enter"), the session summary before signing, signing an opening
// of 50 slips of which 10 become complaints, reading a signed session's
// slips, the monthly review (12 months, services, themes, open decisions),
// and the reminders. The same on a database with one year of history is the
// baseline of the run: the cost should follow the month, not the history.
#include "core/catalog/HolidayService.h"
#include "core/catalog/OfficeService.h"
#include "core/storage/Database.h"
#include "core/suggestions/SuggestionService.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace loket;

namespace {

double median(std::vector<qint64> ns)
{
    std::sort(ns.begin(), ns.end());
    return ns.at(ns.size() / 2) / 1e6;
}

void print(const char *what, const std::vector<qint64> &ns, double baseline = 0)
{
    std::vector<qint64> s = ns;
    std::sort(s.begin(), s.end());
    std::printf("%-44s n=%-4zu median %8.3f ms   p90 %8.3f ms", what, s.size(), median(s),
                s.at(std::min(s.size() - 1, s.size() * 9 / 10)) / 1e6);
    if (baseline > 0)
        std::printf("   x%.2f of 1 year", median(s) / baseline);
    std::printf("\n");
}

std::vector<qint64> timed(int n, const std::function<void(int)> &work)
{
    std::vector<qint64> out;
    for (int i = 0; i < n; ++i) {
        QElapsedTimer t;
        t.start();
        work(i);
        out.push_back(t.nsecsElapsed());
    }
    return out;
}

template <typename R>
void must(const R &r, const char *what)
{
    if (!r) {
        std::fprintf(stderr, "%s: %s\n", what, qPrintable(r.error().message));
        std::exit(2);
    }
}

const char *kKinds[] = {"pengaduan", "saran", "apresiasi", "pertanyaan", "kosong"};
const char *kDecisions[] = {"tindak_lanjut", "dijawab", "arsip", "lapor", "bukan_kewenangan"};

struct Bench {
    QTemporaryDir dir;
    DatabasePtr db;
    ManualClock clock {QDateTime(QDate(2026, 11, 30), QTime(3, 0), Qt::UTC)}; // Monday 10.00 WIB
    Actor officer, team, boss;
    qint64 box = 0;

    explicit Bench(const QString &base)
        : dir(base.isEmpty() ? QString() : base + QStringLiteral("/bench-XXXXXX"))
    {
        auto opened = Database::open(dir.filePath(QStringLiteral("loket.db")), DatabaseOptions {.createIfMissing = true});
        must(opened, "open");
        db = opened.value();
        OfficeProfile p;
        p.name = QStringLiteral("Kecamatan Bench");
        p.city = QStringLiteral("Bench");
        p.headName = QStringLiteral("Camat Bench");
        p.headTitle = QStringLiteral("Camat");
        must(OfficeService(db, clock).setupOffice(p), "office");
        for (int i = 1; i <= 8; ++i)
            exec(QStringLiteral("INSERT INTO services (code, prefix, name) VALUES ('S%1', '%2', 'Layanan %1')").arg(i).arg(QChar('A' + i)));
        (void)HolidayService(db, clock).loadBundledHolidays();
        officer = user(QStringLiteral("siti"), Role::Officer);
        team = user(QStringLiteral("dewi"), Role::FollowUp);
        boss = user(QStringLiteral("sari"), Role::Supervisor);
    }
    void exec(const QString &sql)
    {
        QSqlQuery q(db->connection());
        if (!q.exec(sql)) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(sql), qPrintable(q.lastError().text()));
            std::exit(2);
        }
    }
    Actor user(const QString &name, Role role)
    {
        QSqlQuery q(db->connection());
        q.prepare(QStringLiteral("INSERT INTO users (username, full_name, role, password_hash, created_at) VALUES (?, ?, ?, 'x', 0) RETURNING id"));
        q.addBindValue(name);
        q.addBindValue(name);
        q.addBindValue(roleCode(role));
        q.exec();
        q.next();
        Actor a;
        a.userId = q.value(0).toLongLong();
        a.username = name;
        a.fullName = name;
        a.role = role;
        return a;
    }

    // `years` years of monthly openings of `boxes` boxes, `slips` slips each, signed, before this month.
    int fill(int years, int boxes, int slips, QRandomGenerator &random)
    {
        int total = 0;
        Status s = db->transaction([&]() -> Status {
            QSqlQuery q(db->connection());
            QList<qint64> ids;
            for (int b = 1; b <= boxes; ++b) {
                q.exec(QStringLiteral("INSERT INTO suggestion_boxes (name, name_key, location, created_at) VALUES "
                                      "('Kotak %1', 'kotak %1', 'Lantai %1', 0) RETURNING id").arg(b));
                q.next();
                ids << q.value(0).toLongLong();
            }
            box = ids.first();
            QSqlQuery sess(db->connection()), slip(db->connection()), sign(db->connection());
            sess.prepare(QStringLiteral("INSERT INTO suggestion_sessions (box_id, opened_on, opened_time, place, period_from, "
                                        "period_to, seal, created_at) VALUES (?, ?, '14:00', 'Ruang tunggu', ?, ?, 'utuh', 0) RETURNING id"));
            slip.prepare(QStringLiteral("INSERT INTO suggestion_slips (session_id, number, summary, kind, service_id, element, "
                                        "decision, owner_id, target_day, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)"));
            sign.prepare(QStringLiteral("UPDATE suggestion_sessions SET state = 'signed', number = ?, number_year = ?, "
                                        "number_month = ?, number_seq = ?, signed_at = 0 WHERE id = ?"));
            const QDate thisMonth(2026, 11, 1);
            for (QDate m = thisMonth.addMonths(-12 * years); m < thisMonth; m = m.addMonths(1)) {
                const QDate last = m.addMonths(1).addDays(-1);
                for (int b = 0; b < boxes; ++b) {
                    for (const QVariant &v : QVariantList {ids.at(b), last.toString(Qt::ISODate), m.toString(Qt::ISODate),
                                                           last.toString(Qt::ISODate)})
                        sess.addBindValue(v);
                    if (!sess.exec() || !sess.next())
                        return makeError(ErrorCode::Io, sess.lastError().text());
                    const qint64 id = sess.value(0).toLongLong();
                    sess.finish();
                    for (int i = 1; i <= slips; ++i) {
                        const int k = int(random.bounded(5));
                        const int d = k == 2 || k == 4 ? 2 : int(random.bounded(5));
                        slip.addBindValue(id);
                        slip.addBindValue(i);
                        slip.addBindValue(QStringLiteral("Lembar saran nomor %1 tentang pelayanan").arg(i));
                        slip.addBindValue(QLatin1String(kKinds[k]));
                        slip.addBindValue(random.bounded(3) ? QVariant(qint64(1 + random.bounded(8))) : QVariant());
                        slip.addBindValue(random.bounded(2) ? QStringLiteral("U%1").arg(1 + random.bounded(9)) : QString(QLatin1String("")));
                        slip.addBindValue(QLatin1String(kDecisions[d]));
                        slip.addBindValue(team.userId);
                        slip.addBindValue(last.addDays(14).toString(Qt::ISODate));
                        if (!slip.exec())
                            return makeError(ErrorCode::Io, slip.lastError().text());
                        ++total;
                    }
                    for (const QVariant &v : QVariantList {QStringLiteral("BA/KS/%1/%2/%3").arg(m.year()).arg(m.month()).arg(b + 1),
                                                           m.year(), m.month(), b + 1, id})
                        sign.addBindValue(v);
                    if (!sign.exec())
                        return makeError(ErrorCode::Io, sign.lastError().text());
                }
            }
            return {};
        });
        must(s, "fill");
        return total;
    }
};

struct Figures {
    double add = 0, summary = 0, sign = 0, read = 0, review = 0, reminders = 0;
};

Figures run(Bench &b, const char *label, double base[6])
{
    SuggestionService s(b.db, b.clock);
    Figures f;
    std::printf("-- %s\n", label);
    // Entering slips in a draft.
    SessionDraft d;
    d.boxId = b.box;
    d.openedOn = QDate(2026, 11, 30);
    d.openedTime = QTime(9, 0);
    d.periodMonth = QDate(2026, 11, 1);
    auto open = s.open(b.boss, d);
    must(open, "open");
    for (const auto &[role, name] : {std::pair {MemberRole::Opener, "A"}, {MemberRole::Witness, "B"}, {MemberRole::Witness, "C"}})
        must(s.addMember(b.officer, open->id, role, QLatin1String(name), {}), "member");
    QRandomGenerator random(7);
    auto add = timed(50, [&](int i) {
        SlipEntry e;
        e.summary = QStringLiteral("Saran nomor %1 dari kotak").arg(i + 1);
        e.kind = i % 5 == 0 ? SlipKind::Pengaduan : SlipKind::Saran;
        e.decision = i % 5 == 0 ? SlipDecision::TindakLanjut : SlipDecision::Dijawab;
        e.serviceId = 1 + i % 8;
        e.ownerId = b.team.userId;
        must(s.addSlip(b.officer, open->id, e), "slip");
    });
    print("slip entered (addSlip, 50 in a draft)", add, base[0]);
    auto summary = timed(20, [&](int) { must(s.summary(b.boss, open->id), "summary"); });
    print("session summary (50 slips)", summary, base[1]);
    auto sign = timed(1, [&](int) { must(s.sign(b.boss, open->id), "sign"); });
    print("sign (50 slips, 10 complaints made)", sign, base[2]);
    auto read = timed(20, [&](int) { must(s.slips(b.officer, open->id), "slips"); });
    print("slips of a signed session (50)", read, base[3]);
    auto review = timed(20, [&](int) { must(s.review(b.boss, QDate(2026, 11, 1)), "review"); });
    print("monthly review (12 months)", review, base[4]);
    b.clock.set(QDateTime(QDate(2026, 12, 21), QTime(3, 0), Qt::UTC));
    auto reminders = timed(20, [&](int) { must(s.reminders(b.boss), "reminders"); });
    print("reminders", reminders, base[5]);
    f = {median(add), median(summary), median(sign), median(read), median(review), median(reminders)};
    return f;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption years(QStringLiteral("years"), QString(), QStringLiteral("Y"), QStringLiteral("10"));
    const QCommandLineOption boxes(QStringLiteral("boxes"), QString(), QStringLiteral("B"), QStringLiteral("4"));
    const QCommandLineOption slips(QStringLiteral("slips"), QString(), QStringLiteral("S"), QStringLiteral("40"));
    const QCommandLineOption dir(QStringLiteral("dir"), QString(), QStringLiteral("FOLDER"));
    parser.addOptions({years, boxes, slips, dir});
    parser.process(app);
    QRandomGenerator random(2026);
    double none[6] = {};
    Bench small(parser.value(dir));
    const int smallSlips = small.fill(1, parser.value(boxes).toInt(), parser.value(slips).toInt(), random);
    std::printf("baseline: 1 year, %d slips\n", smallSlips);
    const Figures base = run(small, "1 year of history", none);
    Bench large(parser.value(dir));
    QElapsedTimer t;
    t.start();
    const int largeSlips = large.fill(parser.value(years).toInt(), parser.value(boxes).toInt(), parser.value(slips).toInt(), random);
    std::printf("large: %d years, %d slips (filled in %.1f s)\n", parser.value(years).toInt(), largeSlips, t.elapsed() / 1000.0);
    double b[6] = {base.add, base.summary, base.sign, base.read, base.review, base.reminders};
    run(large, "long history", b);
    return 0;
}
