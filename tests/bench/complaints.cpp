// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// What the complaint log costs on a large history.
//
//   complaints [--complaints N] [--years Y] [--adds A] [--dir FOLDER]
//
// Fills a log with N complaints (default 50000) spread over Y years (default
// 5) ending today: 95 % closed, the rest open in every state, each with its
// received event (chained), status and text index row. Then times, each as
// its own call on the big log: logging a complaint (ComplaintService::add,
// with identity, its own durable commit; the same on an empty log as the
// baseline of this run), full-text search (20 queries, common and rare
// words), and the follow-up team's work lists (open, mine, overdue, due
// soon, all), and the monthly report (ComplaintReport::month, 20 times each
// on the last full month; the same month on the empty log as the baseline).
#include "core/catalog/HolidayService.h"
#include "core/complaints/ComplaintChain.h"
#include "core/complaints/ComplaintReport.h"
#include "core/complaints/ComplaintService.h"
#include "core/storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
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

void print(const char *what, const std::vector<qint64> &ns)
{
    std::vector<qint64> s = ns;
    std::sort(s.begin(), s.end());
    std::printf("%-46s n=%-4zu median %8.3f ms   p90 %8.3f ms   max %8.3f ms\n", what, s.size(), median(s),
        s.at(std::min(s.size() - 1, s.size() * 9 / 10)) / 1e6, s.back() / 1e6);
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

const char *kWords[] = {"antrian", "lambat", "petugas", "ramah", "biaya", "legalisir", "toilet", "kotor", "persyaratan",
    "pengantar", "kursi", "lansia", "parkir", "sempit", "informasi", "pindah", "sabtu", "suara", "panggilan", "layar",
    "jadwal", "piket", "pungutan", "liar", "berkas", "hilang", "tanda", "tangan", "camat", "surat", "keterangan",
    "domisili", "usaha", "ahli", "waris", "nikah", "kartu", "keluarga", "akta", "kelahiran"};

struct Bench {
    QTemporaryDir dir;
    DatabasePtr db;
    ManualClock clock {QDateTime(QDate(2026, 11, 30), QTime(3, 0), Qt::UTC)}; // Monday 10.00 WIB
    Actor officer, team, boss;

    explicit Bench(const QString &base)
        : dir(base.isEmpty() ? QString() : base + QStringLiteral("/bench-XXXXXX"))
    {
        auto opened = Database::open(dir.filePath(QStringLiteral("loket.db")), DatabaseOptions {.createIfMissing = true});
        if (!opened) {
            std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
            std::exit(2);
        }
        db = opened.value();
        exec(QStringLiteral("INSERT INTO office (id, name, time_zone) VALUES (1, 'Kecamatan Bench', 'WIB')"));
        for (int weekday = 1; weekday <= 5; ++weekday)
            exec(QStringLiteral("INSERT INTO office_hours VALUES (%1, '07:30', '16:00')").arg(weekday));
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
        q.prepare(QStringLiteral("INSERT INTO users (username, full_name, role, password_hash, created_at) VALUES (?, ?, ?, 'x', 0)"));
        q.addBindValue(name);
        q.addBindValue(name);
        q.addBindValue(roleCode(role));
        q.exec();
        Actor a;
        a.userId = q.lastInsertId().toLongLong();
        a.username = name;
        a.fullName = name;
        a.role = role;
        return a;
    }

    // N complaints over `years` years before the clock's day, straight into the tables.
    void fill(int n, int years, QRandomGenerator &random)
    {
        const qint64 end = clock.nowMs() - 24LL * 3600 * 1000;
        const qint64 span = qint64(years) * 365 * 24 * 3600 * 1000;
        QStringList states {QStringLiteral("received"), QStringLiteral("verified"), QStringLiteral("assigned"),
            QStringLiteral("in_follow_up"), QStringLiteral("waiting"), QStringLiteral("responded")};
        Status s = db->transaction([&]() -> Status {
            QSqlQuery c(db->connection()), e(db->connection()), st(db->connection()), fts(db->connection());
            c.prepare(QStringLiteral("INSERT INTO complaints (number, number_year, number_seq, channel, type, tier, service_id, "
                                     "received_at, received_day, summary, details, created_at, created_by) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            e.prepare(QStringLiteral("INSERT INTO complaint_events (complaint_id, at, user_id, username, kind, detail, note, seq, hash) "
                                     "VALUES (?, ?, ?, 'siti', 'received', ?, '', ?, ?)"));
            st.prepare(QStringLiteral("INSERT INTO complaint_status (complaint_id, state, open, assignee_id, verify_due, "
                                      "follow_up_due, settle_due, next_due, verified_at, first_follow_up_at, responded_at, closed_at, closed_how, "
                                      "last_event_id, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            fts.prepare(QStringLiteral("INSERT INTO complaint_text (rowid, summary, body) VALUES (?, ?, ?)"));
            ChainLink link;
            QHash<int, int> seqOfYear;
            for (int i = 0; i < n; ++i) {
                const qint64 at = end - span + span * i / n;
                const QDate day = QDateTime::fromMSecsSinceEpoch(at + 7 * 3600 * 1000, Qt::UTC).date();
                auto words = [&](int k) {
                    QStringList w;
                    for (int j = 0; j < k; ++j)
                        w << QLatin1String(kWords[random.bounded(int(std::size(kWords)))]);
                    return w.join(QLatin1Char(' '));
                };
                const QString summary = words(5), details = words(25);
                const int seq = ++seqOfYear[day.year()];
                const QString number = QStringLiteral("ADU/%1/%2").arg(day.year()).arg(seq, 5, 10, QLatin1Char('0'));
                const qint64 serviceId = 1 + random.bounded(8);
                // Channels, types and tiers spread as the monthly report meets them.
                const QList<IntakeChannel> channels = allChannels();
                const IntakeChannel channel = channels.at(random.bounded(int(channels.size())));
                const ComplaintType type = allTypes().at(random.bounded(int(allTypes().size())));
                const ComplaintTier tier = allTiers().at(random.bounded(int(allTiers().size())));
                c.addBindValue(number);
                c.addBindValue(day.year());
                c.addBindValue(seq);
                c.addBindValue(channelCode(channel));
                c.addBindValue(typeCode(type));
                c.addBindValue(tierCode(tier));
                c.addBindValue(serviceId);
                c.addBindValue(at);
                c.addBindValue(day.toString(Qt::ISODate));
                c.addBindValue(summary);
                c.addBindValue(details);
                c.addBindValue(at);
                c.addBindValue(officer.userId);
                if (!c.exec())
                    return db->sqlError(c.lastError(), QStringLiteral("fill"));
                const qint64 id = c.lastInsertId().toLongLong();
                ComplaintIntake in;
                in.channel = channel;
                in.type = type;
                in.tier = tier;
                in.serviceId = serviceId;
                in.receivedAt = QDateTime::fromMSecsSinceEpoch(at, Qt::UTC);
                in.summary = summary;
                in.details = details;
                const QString detail = QString::fromUtf8(QJsonDocument(QJsonObject {{QStringLiteral("intake"),
                    ComplaintStore::intakeRecord(number, in, day, officer.userId)}}).toJson(QJsonDocument::Compact));
                const QVariantList values {id, at, officer.userId, QStringLiteral("siti"), QStringLiteral("received"),
                    detail, QString()};
                link = complaintChain().follow(link, values, at);
                for (const QVariant &v : {QVariant(id), QVariant(at), QVariant(officer.userId), QVariant(detail)})
                    e.addBindValue(v);
                e.addBindValue(link.seq);
                e.addBindValue(link.hash);
                if (!e.exec())
                    return db->sqlError(e.lastError(), QStringLiteral("fill"));
                // The newest 5 % are still open; the rest are closed.
                const bool open = i >= n - n / 20;
                const QString due = day.addDays(7).toString(Qt::ISODate);
                st.addBindValue(id);
                st.addBindValue(open ? states.at(random.bounded(int(states.size()))) : QStringLiteral("closed"));
                st.addBindValue(open);
                st.addBindValue(open && random.bounded(2) ? QVariant(team.userId) : QVariant(QMetaType::fromType<qint64>()));
                st.addBindValue(due);
                st.addBindValue(due);
                st.addBindValue(due);
                st.addBindValue(open ? QVariant(due) : QVariant(QMetaType::fromType<QString>()));
                // A closed one was verified within the hour and answered within 0–20 days.
                const QVariant none(QMetaType::fromType<qint64>());
                const qint64 answered = at + qint64(random.bounded(20 * 24)) * 3600 * 1000;
                st.addBindValue(open ? none : QVariant(at + 3600 * 1000));
                st.addBindValue(open ? none : QVariant(answered));
                st.addBindValue(open ? none : QVariant(answered));
                st.addBindValue(open ? none : QVariant(answered + 3600 * 1000));
                st.addBindValue(open ? QStringLiteral("") : QStringLiteral("resolved"));
                st.addBindValue(e.lastInsertId());
                st.addBindValue(at);
                if (!st.exec())
                    return db->sqlError(st.lastError(), QStringLiteral("fill"));
                fts.addBindValue(id);
                fts.addBindValue(summary);
                fts.addBindValue(details);
                if (!fts.exec())
                    return db->sqlError(fts.lastError(), QStringLiteral("fill"));
            }
            return writeComplaintAnchor(*db, link, end);
        });
        if (!s) {
            std::fprintf(stderr, "%s\n", qPrintable(s.error().detail));
            std::exit(2);
        }
    }
};

std::vector<qint64> timeAdds(Bench &b, int adds)
{
    ComplaintService service(b.db, b.clock);
    return timed(adds, [&](int i) {
        ComplaintIntake in;
        in.channel = IntakeChannel::Langsung;
        in.serviceId = 1 + i % 8;
        in.summary = QStringLiteral("Antrian lambat di loket %1").arg(i % 4 + 1);
        in.details = QStringLiteral("Menunggu lebih dari dua jam tanpa kejelasan dari petugas.");
        b.clock.advanceMs(1000);
        auto c = service.add(b.officer, in, ComplaintIdentity {QStringLiteral("Warga %1").arg(i), QStringLiteral("0812345678")});
        if (!c) {
            std::fprintf(stderr, "%s\n", qPrintable(c.error().message));
            std::exit(2);
        }
    });
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption nOption(QStringLiteral("complaints"), QString(), QStringLiteral("N"), QStringLiteral("50000"));
    const QCommandLineOption yearsOption(QStringLiteral("years"), QString(), QStringLiteral("Y"), QStringLiteral("5"));
    const QCommandLineOption addsOption(QStringLiteral("adds"), QString(), QStringLiteral("A"), QStringLiteral("200"));
    const QCommandLineOption dirOption(QStringLiteral("dir"), QString(), QStringLiteral("FOLDER"));
    parser.addOptions({nOption, yearsOption, addsOption, dirOption});
    parser.process(app);
    const int n = parser.value(nOption).toInt();
    const int adds = parser.value(addsOption).toInt();

    Bench empty(parser.value(dirOption));
    const auto baseline = timeAdds(empty, adds);

    Bench big(parser.value(dirOption));
    QRandomGenerator random(7);
    QElapsedTimer fillTimer;
    fillTimer.start();
    big.fill(n, parser.value(yearsOption).toInt(), random);
    std::printf("filled %d complaints over %s years in %.1f s\n", n, qPrintable(parser.value(yearsOption)),
        fillTimer.elapsed() / 1000.0);

    const auto onBig = timeAdds(big, adds);
    print("log a complaint, empty log (baseline)", baseline);
    print("log a complaint, large log", onBig);
    std::printf("%-46s %.2f\n", "ratio large / empty (medians)", median(onBig) / median(baseline));

    ComplaintService service(big.db, big.clock);
    const QStringList queries {QStringLiteral("antrian"), QStringLiteral("lambat petugas"), QStringLiteral("legal"),
        QStringLiteral("toilet kotor"), QStringLiteral("ahli waris"), QStringLiteral("pungutan liar camat"),
        QStringLiteral("kartu keluarga hilang"), QStringLiteral("domisili"), QStringLiteral("xyzzy"),
        QStringLiteral("surat keterangan usaha")};
    std::vector<qint64> search;
    for (int round = 0; round < 2; ++round) {
        for (const QString &q : queries) {
            QElapsedTimer t;
            t.start();
            auto r = service.search(big.team, q, 100);
            search.push_back(t.nsecsElapsed());
            if (!r)
                return 2;
        }
    }
    print("full-text search, 100 best hits", search);

    for (const auto &[label, view, who] : {std::tuple {"work list: open", ComplaintFilter::View::Open, big.team},
             {"work list: mine", ComplaintFilter::View::Mine, big.team},
             {"work list: unassigned", ComplaintFilter::View::Unassigned, big.team},
             {"work list: overdue", ComplaintFilter::View::Overdue, big.team},
             {"work list: due soon", ComplaintFilter::View::DueSoon, big.team},
             {"work list: all (newest 500)", ComplaintFilter::View::All, big.boss}}) {
        ComplaintFilter f;
        f.view = view;
        std::size_t rows = 0;
        const auto times = timed(20, [&](int) {
            auto r = service.list(who, f);
            if (r)
                rows = r->size();
        });
        std::printf("(%zu rows) ", rows);
        print(label, times);
    }
    // The monthly report: the last full month before the clock's (October 2026
    // on the big log; November on the empty one, which holds only the adds).
    auto reportTimes = [](Bench &b, QDate month, qint64 *received) {
        ComplaintReport report(b.db, b.clock);
        return timed(20, [&](int) {
            auto r = report.month(b.boss, month);
            if (!r) {
                std::fprintf(stderr, "%s\n", qPrintable(r.error().message));
                std::exit(2);
            }
            *received = r->received;
        });
    };
    qint64 emptyReceived = 0, bigReceived = 0;
    const auto reportEmpty = reportTimes(empty, QDate(2026, 11, 1), &emptyReceived);
    const auto reportBig = reportTimes(big, QDate(2026, 10, 1), &bigReceived);
    std::printf("(%lld in the month) ", static_cast<long long>(emptyReceived));
    print("monthly report, empty log (baseline)", reportEmpty);
    std::printf("(%lld in the month) ", static_cast<long long>(bigReceived));
    print("monthly report, 5 years", reportBig);
    std::printf("%-46s %.2f\n", "ratio 5 years / empty (medians)", median(reportBig) / median(reportEmpty));

    QElapsedTimer v;
    v.start();
    auto report = verifyComplaintChain(*big.db);
    std::printf("%-46s %.1f ms (%lld events, %s)\n", "verify the whole history chain", v.nsecsElapsed() / 1e6,
        report ? static_cast<long long>(report->count) : -1LL, report && report->intact() ? "intact" : "broken");
    return 0;
}
