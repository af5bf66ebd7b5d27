// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/DemoSurvey.h"

#include "core/auth/UserService.h"
#include "core/catalog/CalendarRepository.h"
#include "core/complaints/ComplaintService.h"
#include "core/queue/QueueService.h"
#include "core/survey/SurveyPlan.h"
#include "core/survey/SurveyService.h"

#include <QSqlQuery>

#include <array>
#include <memory>

namespace loket::demo {

namespace {

// How often each answer 1 … 4 is given, per element (in code order U1 … U9),
// out of 100: free services (U4), a slow wait (U3), complaint handling (U8)
// and the waiting room (U9) weaker than the staff's conduct (U6, U7).
constexpr std::array<std::array<int, 4>, 9> kAnswerWeights {{
    {1, 6, 60, 33},  // U1 Persyaratan
    {1, 8, 62, 29},  // U2 Prosedur
    {3, 18, 58, 21}, // U3 Waktu
    {0, 2, 18, 80},  // U4 Biaya
    {1, 5, 62, 32},  // U5 Produk
    {0, 4, 58, 38},  // U6 Kompetensi
    {0, 3, 50, 47},  // U7 Perilaku
    {3, 12, 60, 25}, // U8 Pengaduan
    {2, 14, 60, 24}, // U9 Sarana
}};
// The KK service is slow: its U3 answers.
constexpr std::array<int, 4> kSlowWait {9, 34, 46, 11};

int weighted(QRandomGenerator &random, const int *weights, int n)
{
    int total = 0;
    for (int i = 0; i < n; ++i)
        total += weights[i];
    int r = int(random.bounded(total));
    for (int i = 0; i < n; ++i) {
        if (r < weights[i])
            return i;
        r -= weights[i];
    }
    return n - 1;
}

// What respondents write under "Saran/komentar" on a paper form.
const char *const kComments[] = {
    "Kursi di ruang tunggu kurang, banyak yang berdiri",
    "Petugas ramah dan sabar, terima kasih",
    "Antrean KK terlalu lama, mohon tambah petugas",
    "Toilet pengunjung perlu dibersihkan lebih sering",
    "Persyaratan sebaiknya ditempel di depan loket",
    "Pelayanan cepat, selesai hari itu juga",
    "Mohon sediakan antrean daring",
    "Diminta uang oleh oknum untuk mempercepat surat, padahal katanya gratis",
    "Kipas angin di ruang tunggu rusak",
    "Sudah bagus, pertahankan",
};

struct Answers {
    QMap<QString, int> answers;
    RespondentProfile profile;
};

Answers randomAnswers(QRandomGenerator &random, bool slowService, const SurveySettings &settings)
{
    Answers a;
    for (int e = 0; e < 9; ++e) {
        // Most answer everything; U8 (complaint handling) is the one most often left out.
        if (random.bounded(100) < (e == 7 ? 9 : 2))
            continue;
        const auto &w = (e == 2 && slowService) ? kSlowWait : kAnswerWeights[size_t(e)];
        a.answers.insert(QStringLiteral("U%1").arg(e + 1), 1 + weighted(random, w.data(), 4));
    }
    if (a.answers.isEmpty())
        a.answers.insert(QStringLiteral("U7"), 4);
    if (random.bounded(100) < 12)
        return a; // the profile skipped
    a.profile.gender = random.bounded(100) < 53 ? QStringLiteral("P") : QStringLiteral("L");
    a.profile.age = 17 + int(random.bounded(30)) + int(random.bounded(30));
    static const int educationWeights[] = {10, 18, 42, 9, 17, 3, 1};
    static const int occupationWeights[] = {7, 1, 1, 34, 27, 30};
    if (!settings.educationOptions.isEmpty())
        a.profile.education = settings.educationOptions.value(
            weighted(random, educationWeights, int(std::min<qsizetype>(7, settings.educationOptions.size()))));
    if (!settings.occupationOptions.isEmpty())
        a.profile.occupation = settings.occupationOptions.value(
            weighted(random, occupationWeights, int(std::min<qsizetype>(6, settings.occupationOptions.size()))));
    return a;
}

// After each quarter: the supervisor reads the index, plans the follow-up of
// the two weakest elements (and of any element graded D), publishes the
// result on four media, holds the public forum; the items are done five and
// nine weeks later, so the last quarter's are still open.
void planFollowUp(const DatabasePtr &db, QDate first, QDate last, qint64 nowUtcMs, Timeline &timeline, const Clock &clock,
                  const OfficeTime &zone, const WorkingCalendar &cal, const Actor &boss, std::shared_ptr<SurveyCounts> counts)
{
    auto survey = std::make_shared<SurveyService>(db, clock);
    auto plan = std::make_shared<SurveyPlanService>(db, clock);
    const auto at = [&](QDate day, QTime t) { return zone.utcOf(day, t).toMSecsSinceEpoch(); };
    const auto working = [&](QDate day, int n) { return cal.addWorkingDays(day, n); };
    for (SurveyPeriod p = SurveyPeriod::containing(SurveyPeriod::Kind::Quarter, first); p.to() < last; p = p.next()) {
        if (p.from() < first)
            continue; // a quarter the demo has only the end of
        const QString code = p.code();
        const QDate planDay = working(p.to(), 6);
        const qint64 planMs = at(planDay, QTime(10, 0));
        if (planMs > nowUtcMs)
            continue;
        auto ids = std::make_shared<QList<qint64>>();
        const QDate target = p.to().addMonths(2);
        timeline.add(planMs, [=, &timeline] {
            auto index = survey->index(boss, p);
            if (!index)
                return timeline.check(index.error());
            QList<const IkmElement *> elements;
            for (const IkmElement &e : index->office.ikm.elements)
                if (e.convertedCenti)
                    elements << &e;
            std::sort(elements.begin(), elements.end(),
                      [](const IkmElement *a, const IkmElement *b) { return *a->convertedCenti < *b->convertedCenti; });
            auto proposals = plan->proposals(boss, index.value(), code);
            if (!proposals)
                return timeline.check(proposals.error());
            QList<PlanItemEntry> entries;
            for (const PlanProposal &d : proposals.value())
                entries << PlanItemEntry {code, d.element,
                                          QStringLiteral("Perbaiki %1 pada layanan %2: bahas penyebabnya dengan petugas dan "
                                                         "masyarakat, lalu tindak lanjuti")
                                              .arg(SurveyElements::label(d.element), d.serviceId ? d.serviceName : QStringLiteral("kantor")),
                                          QStringLiteral("Kasi Pelayanan Umum"), target, PlanOrigin::LowElement};
            static const QHash<QString, const char *> actions {
                {QStringLiteral("U3"), "Tambah satu petugas perekaman KTP-el pada jam sibuk (08.00–11.00) dan umumkan perkiraan waktu tunggu di papan antrean"},
                {QStringLiteral("U8"), "Tempel alur pengaduan dan nomor WhatsApp pengaduan di ruang tunggu; jawab setiap pengaduan dalam 5 hari kerja"},
                {QStringLiteral("U9"), "Tambah 20 kursi ruang tunggu dan perbaiki toilet pengunjung"},
                {QStringLiteral("U2"), "Sederhanakan alur layanan KK: satu meja verifikasi berkas sebelum antre"},
                {QStringLiteral("U1"), "Cetak dan tempel persyaratan setiap layanan di depan loket"},
            };
            for (int i = 0; i < std::min<qsizetype>(2, elements.size()); ++i) {
                const QString element = elements.at(i)->code;
                bool already = false;
                for (const PlanItemEntry &x : entries)
                    already = already || x.element == element;
                if (already)
                    continue;
                entries << PlanItemEntry {code, element,
                                          QString::fromUtf8(actions.value(element, "Bahas penyebab nilai rendah dengan petugas dan perbaiki")),
                                          i == 0 ? QStringLiteral("Kasi Pelayanan Umum") : QStringLiteral("Sekretaris Camat"),
                                          target, PlanOrigin::Staff};
            }
            // The quarter's comments: a bribe is a complaint, thanks need nothing, the rest are read in the plan.
            auto comments = plan->comments(boss, p.from(), p.to());
            if (!comments)
                return timeline.check(comments.error());
            for (const SurveyComment &c : comments.value()) {
                if (c.text.startsWith(QStringLiteral("Diminta uang"))) {
                    if (auto made = plan->commentToComplaint(boss, c.responseId); !made)
                        timeline.check(made.error());
                } else if (c.text.contains(QStringLiteral("terima kasih"), Qt::CaseInsensitive) || c.text.contains(QStringLiteral("bagus"))
                         || c.text.contains(QStringLiteral("cepat")))
                    timeline.check(plan->dismissComment(boss, c.responseId));
            }
            for (const PlanItemEntry &e : entries) {
                auto item = plan->addItem(boss, e);
                if (!item)
                    return timeline.check(item.error());
                *ids << item->id;
                ++counts->planItems;
            }
        });
        const char *media[] = {"Papan pengumuman kantor", "Website kecamatan", "Instagram kecamatan", "Banner ruang tunggu"};
        for (int m = 0; m < 4; ++m) {
            const QDate day = working(planDay, 2 + m * 2);
            if (at(day, QTime(9, 0)) > nowUtcMs)
                break;
            timeline.add(at(day, QTime(9, 0)), [=, &timeline] {
                auto pub = plan->addPublication(boss, code, QString::fromUtf8(media[m]), day);
                if (!pub)
                    return timeline.check(pub.error());
                ++counts->publications;
            });
        }
        const QDate forum = working(planDay, 9);
        if (at(forum, QTime(13, 0)) <= nowUtcMs)
            timeline.add(at(forum, QTime(13, 0)), [=, &timeline] { timeline.check(plan->setForumDate(boss, code, forum)); });
        for (int weeks : {5, 9}) {
            const QDate day = working(planDay, weeks * 5);
            if (at(day, QTime(14, 0)) > nowUtcMs)
                continue;
            // Week 5: the first item done, the others under way; week 9: all done.
            timeline.add(at(day, QTime(14, 0)), [=, &timeline] {
                for (qsizetype i = 0; i < ids->size(); ++i) {
                    const bool done = weeks == 9 || i == 0;
                    auto r = plan->setStatus(boss, ids->at(i), done ? PlanStatus::Done : PlanStatus::InProgress,
                                             done ? QStringLiteral("Foto kegiatan dan notulen rapat evaluasi (arsip Seksi Pelayanan)")
                                                  : QString());
                    if (!r)
                        timeline.check(r.error()); // an item already done is skipped (InvalidState)
                }
            });
        }
    }
}

} // namespace

void planSurvey(const DatabasePtr &db, QDate first, QDate last, qint64 nowUtcMs, QRandomGenerator &random,
                Timeline &timeline, const Clock &clock, std::shared_ptr<SurveyCounts> counts, double visitorScale)
{
    auto survey = std::make_shared<SurveyService>(db, clock);
    const SurveySettings settings = survey->settings();
    auto zoneResult = CalendarRepository(db).officeTime();
    const OfficeTime zone = zoneResult ? zoneResult.value() : OfficeTime();
    auto lifecycle = ComplaintService(db, clock).lifecycle();
    if (!lifecycle)
        return timeline.check(lifecycle.error());
    const WorkingCalendar cal = lifecycle->calendar();
    auto users = UserService(db).listUsers(Actor::system());
    if (!users)
        return timeline.check(users.error());
    QList<Actor> officers, supervisors;
    for (const User &u : users.value()) {
        if (u.role == Role::Officer)
            officers << u.actor();
        else if (u.role == Role::Supervisor)
            supervisors << u.actor();
    }
    if (officers.isEmpty() || supervisors.isEmpty())
        return;
    QHash<qint64, bool> slow;
    QList<qint64> serviceIds;
    {
        QSqlQuery q(db->connection());
        q.exec(QStringLiteral("SELECT id, code FROM services WHERE active = TRUE ORDER BY sort_order"));
        while (q.next()) {
            serviceIds << q.value(0).toLongLong();
            slow.insert(q.value(0).toLongLong(), q.value(1).toString() == QLatin1String("KK"));
        }
    }
    if (serviceIds.isEmpty())
        return;

    // On the survey screen: about one citizen in five, 1 to 4 minutes after the service.
    {
        QSqlQuery q(db->connection());
        q.prepare(QStringLiteral("SELECT id, service_id, finished_at FROM tickets WHERE status = 'done' "
                                 "AND finished_at >= ? AND finished_at < ? ORDER BY finished_at"));
        q.addBindValue(zone.dayStartUtcMs(first));
        q.addBindValue(std::min(zone.dayEndUtcMs(last), nowUtcMs));
        q.exec();
        while (q.next()) {
            if (random.bounded(100) >= 21)
                continue;
            // A busier office (demo --visitors) gets about as many answers a day as the default one:
            // enough for the sample, without the demo spending its time on the survey.
            if (visitorScale > 1.0 && random.generateDouble() * visitorScale >= 1.0)
                continue;
            const qint64 ticket = q.value(0).toLongLong();
            const qint64 at = q.value(2).toLongLong() + 60'000 + qint64(random.bounded(180)) * 1000;
            if (at > nowUtcMs)
                continue;
            Answers a = randomAnswers(random, slow.value(q.value(1).toLongLong()), settings);
            timeline.add(at, [=, &timeline] {
                SurveyEntry entry;
                entry.channel = SurveyChannel::Kiosk;
                entry.ticketId = ticket;
                entry.answers = a.answers;
                entry.profile = a.profile;
                auto r = survey->addResponse(QueueService::kioskActor(), entry);
                if (!r)
                    return timeline.check(r.error());
                ++counts->kiosk;
            });
        }
    }

    // Paper forms: 15–30 a month, typed in on the month's last working day by an officer.
    for (QDate month(first.year(), first.month(), 1); month <= last; month = month.addMonths(1)) {
        QDate entryDay = month.addMonths(1).addDays(-1);
        while (!cal.isWorkingDay(entryDay) && entryDay > month)
            entryDay = entryDay.addDays(-1);
        const qint64 startMs = zone.utcOf(entryDay, QTime(10, 0)).toMSecsSinceEpoch();
        if (entryDay > last || entryDay < first || startMs > nowUtcMs)
            continue;
        const Actor officer = officers.value(int(random.bounded(int(officers.size()))));
        const int forms = 15 + int(random.bounded(16));
        for (int i = 0; i < forms; ++i) {
            QDate day = month.addDays(random.bounded(month.daysInMonth()));
            while (!cal.isWorkingDay(day) && day < entryDay)
                day = day.addDays(1);
            if (day < first || day >= entryDay)
                continue;
            const qint64 service = serviceIds.value(int(random.bounded(int(serviceIds.size()))));
            const QDateTime answered = zone.utcOf(day, QTime(8, 0).addSecs(int(random.bounded(7 * 3600))));
            Answers a = randomAnswers(random, slow.value(service), settings);
            const QString comment = random.bounded(100) < 30
                ? QString::fromUtf8(kComments[random.bounded(int(std::size(kComments)))])
                : QString();
            timeline.add(startMs + qint64(i) * 25'000, [=, &timeline] {
                SurveyEntry entry;
                entry.channel = SurveyChannel::Paper;
                entry.serviceId = service;
                entry.answeredAt = answered;
                entry.answers = a.answers;
                entry.profile = a.profile;
                entry.comment = comment;
                auto r = survey->addResponse(officer, entry);
                if (!r)
                    return timeline.check(r.error());
                ++counts->paper;
            });
        }
    }

    planFollowUp(db, first, last, nowUtcMs, timeline, clock, zone, cal, supervisors.first(), counts);
}

} // namespace loket::demo
