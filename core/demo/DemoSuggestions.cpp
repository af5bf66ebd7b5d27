// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/DemoSuggestions.h"

#include "core/auth/UserService.h"
#include "core/catalog/CalendarRepository.h"
#include "core/catalog/HolidayService.h"
#include "core/complaints/ComplaintService.h"
#include "core/suggestions/SuggestionService.h"

#include <QSqlQuery>

#include <memory>

namespace loket::demo {

namespace {

struct SlipTopic {
    SlipKind kind;
    const char *service; // a demo service code, or ""
    const char *element;
    const char *summary;
};

const SlipTopic kSlips[] = {
    {SlipKind::Pengaduan, "KTP", "U3", "Perekaman KTP-el menunggu lebih dari tiga jam"},
    {SlipKind::Pengaduan, "KK", "U7", "Petugas loket KK menjawab dengan ketus"},
    {SlipKind::Pengaduan, "SKTM", "U4", "Diminta uang administrasi untuk SKTM"},
    {SlipKind::Pengaduan, "KTP", "U7", "Petugas sering meninggalkan loket saat jam pelayanan"},
    {SlipKind::Pengaduan, "", "U9", "Toilet pengunjung kotor dan tidak ada air"},
    {SlipKind::Saran, "", "U9", "Tambah kursi di ruang tunggu, banyak yang berdiri"},
    {SlipKind::Saran, "KTP", "U2", "Sediakan nomor antrean daring untuk perekaman KTP-el"},
    {SlipKind::Saran, "", "U9", "Pasang kipas angin atau AC di ruang tunggu"},
    {SlipKind::Saran, "PINDAH", "U1", "Persyaratan surat pindah ditempel di papan pengumuman"},
    {SlipKind::Saran, "", "", "Perbaiki jalan menuju kantor kecamatan"},
    {SlipKind::Apresiasi, "KK", "U3", "Pelayanan KK cepat, selesai hari itu juga. Terima kasih"},
    {SlipKind::Apresiasi, "", "U7", "Petugas ramah dan sabar menjelaskan"},
    {SlipKind::Apresiasi, "KIA", "U3", "KIA anak saya jadi dalam 15 menit"},
    {SlipKind::Pertanyaan, "AHLIWARIS", "U1", "Apa saja syarat surat keterangan ahli waris?"},
    {SlipKind::Pertanyaan, "KTP", "U3", "Kapan KTP-el yang sudah direkam bisa diambil?"},
    {SlipKind::Pertanyaan, "LEGAL", "U4", "Apakah legalisasi dokumen dipungut biaya?"},
    {SlipKind::Kosong, "", "", ""},
    {SlipKind::Kosong, "", "", "Gambar dan coretan, tidak ada isi"},
};

SlipDecision decisionFor(SlipKind kind, int roll)
{
    switch (kind) {
    case SlipKind::Pengaduan: return roll < 80 ? SlipDecision::TindakLanjut : SlipDecision::Lapor;
    case SlipKind::Saran:
        return roll < 35 ? SlipDecision::TindakLanjut : (roll < 85 ? SlipDecision::Dijawab : SlipDecision::BukanKewenangan);
    case SlipKind::Apresiasi: return SlipDecision::Arsip;
    case SlipKind::Pertanyaan: return SlipDecision::Dijawab;
    case SlipKind::Kosong: return SlipDecision::Arsip;
    }
    return SlipDecision::Arsip;
}

const char *const kPublicWitnesses[] = {"H. Ahmad Fauzi (Ketua RW 05)", "Ibu Siti Khodijah (tokoh masyarakat)",
                                        "Bapak Rudi Hartono (pengunjung)", "Ibu Lestari (Ketua PKK)"};

} // namespace

void planSuggestions(const DatabasePtr &db, QDate first, QDate last, qint64 nowUtcMs, QRandomGenerator &random,
                     Timeline &timeline, const Clock &clock, std::shared_ptr<int> sessions)
{
    auto service = std::make_shared<SuggestionService>(db, clock);
    auto complaints = std::make_shared<ComplaintService>(db, clock);
    auto zoneResult = CalendarRepository(db).officeTime();
    const OfficeTime zone = zoneResult ? zoneResult.value() : OfficeTime();
    auto calendar = ComplaintService(db, clock).lifecycle();
    if (!calendar)
        return timeline.check(calendar.error());
    const WorkingCalendar cal = calendar->calendar();
    auto users = UserService(db).listUsers(Actor::system());
    if (!users)
        return timeline.check(users.error());
    QList<Actor> officers, team, supervisors;
    QHash<qint64, QString> nips;
    for (const User &u : users.value()) {
        nips.insert(u.id, u.nip);
        if (u.role == Role::Officer)
            officers << u.actor();
        else if (u.role == Role::FollowUp)
            team << u.actor();
        else if (u.role == Role::Supervisor)
            supervisors << u.actor();
    }
    if (officers.size() < 2 || team.isEmpty() || supervisors.isEmpty())
        return;
    QHash<QString, qint64> services;
    {
        QSqlQuery q(db->connection());
        q.exec(QStringLiteral("SELECT code, id FROM services"));
        while (q.next())
            services.insert(q.value(0).toString(), q.value(1).toLongLong());
    }
    const auto at = [&](QDate day, QTime t) { return zone.utcOf(day, t).toMSecsSinceEpoch(); };
    const Actor boss = supervisors.first();

    // The boxes, on the first morning.
    auto boxes = std::make_shared<QList<qint64>>();
    QDate firstDay = first;
    while (!cal.isWorkingDay(firstDay) && firstDay < last)
        firstDay = firstDay.addDays(1);
    timeline.add(at(firstDay, QTime(7, 40)), [=, &timeline] {
        for (const auto &[name, place] : {std::pair {"Kotak Saran 1", "Ruang tunggu lantai 1"},
                                          std::pair {"Kotak Saran 2", "Lobi pelayanan Disdukcapil"}}) {
            auto b = service->addBox(boss, QString::fromUtf8(name), QString::fromUtf8(place));
            if (!b)
                return timeline.check(b.error());
            *boxes << b->id;
        }
    });

    int n = 0;
    for (QDate month(first.year(), first.month(), 1); month <= last; month = month.addMonths(1)) {
        QDate day = month.addMonths(1).addDays(-1);
        while (!cal.isWorkingDay(day) && day > month)
            day = day.addDays(-1);
        if (day > last || day < firstDay || at(day, QTime(15, 30)) > nowUtcMs)
            continue;
        for (int b = 0; b < 2; ++b) {
            const qint64 openMs = at(day, b == 0 ? QTime(13, 30) : QTime(14, 15));
            auto sessionId = std::make_shared<qint64>(0);
            const Actor opener = officers.at((n + b) % officers.size());
            const Actor secretary = officers.at((n + b + 1) % officers.size());
            const Actor witnessStaff = team.at(n % team.size());
            const QString publicWitness = QString::fromUtf8(kPublicWitnesses[(n + b) % std::size(kPublicWitnesses)]);
            const bool broken = random.bounded(100) < 5;
            timeline.add(openMs, [=, &timeline] {
                if (boxes->size() < 2)
                    return;
                SessionDraft d;
                d.boxId = boxes->at(b);
                d.openedOn = day;
                d.openedTime = zone.localDateTime(QDateTime::fromMSecsSinceEpoch(openMs, Qt::UTC)).time();
                d.periodMonth = QDate(day.year(), day.month(), 1);
                d.seal = broken ? SealCondition::Rusak : SealCondition::Utuh;
                if (broken)
                    d.sealNote = QStringLiteral("Segel kertas sobek di sisi kiri; isi kotak tampak utuh.");
                auto s = service->open(boss, d);
                if (!s)
                    return timeline.check(s.error());
                *sessionId = s->id;
                for (const auto &[role, who, nip, teamRole] :
                     {std::tuple {MemberRole::Opener, opener.fullName, nips.value(opener.userId), QStringLiteral("Ketua")},
                      std::tuple {MemberRole::Opener, secretary.fullName, nips.value(secretary.userId), QStringLiteral("Sekretaris")},
                      std::tuple {MemberRole::Witness, witnessStaff.fullName, nips.value(witnessStaff.userId), QStringLiteral("Saksi")},
                      std::tuple {MemberRole::Witness, publicWitness, QString(), QString()}}) {
                    auto m = service->addMember(opener, s->id, role, who, nip.isEmpty() ? QString() : nip, teamRole);
                    if (!m)
                        return timeline.check(m.error());
                }
            });
            // The slips, entered by the opener in the quarter hour after.
            const int count = b == 0 ? 3 + int(random.bounded(7)) : int(random.bounded(5));
            for (int i = 0; i < count; ++i) {
                const SlipTopic &topic = kSlips[random.bounded(int(std::size(kSlips)))];
                const SlipDecision decision = decisionFor(topic.kind, int(random.bounded(100)));
                SlipEntry e;
                e.kind = topic.kind;
                e.summary = QString::fromUtf8(topic.summary);
                e.serviceId = services.value(QString::fromLatin1(topic.service));
                e.element = QString::fromLatin1(topic.element);
                e.decision = decision;
                if (decision == SlipDecision::TindakLanjut)
                    e.ownerId = team.at(random.bounded(int(team.size()))).userId;
                else if (decision != SlipDecision::Arsip)
                    e.ownerId = officers.at(random.bounded(int(officers.size()))).userId;
                if (decision != SlipDecision::Arsip)
                    e.target = cal.addWorkingDays(day, decision == SlipDecision::TindakLanjut ? 10 : 5);
                timeline.add(openMs + (1 + i) * 60 * 1000, [=, &timeline] {
                    if (*sessionId > 0) {
                        auto slip = service->addSlip(opener, *sessionId, e);
                        if (!slip)
                            timeline.check(slip.error());
                    }
                });
                // Most decisions other than the follow-up team's are carried out before their target.
                if (decision == SlipDecision::Dijawab || decision == SlipDecision::Lapor
                    || decision == SlipDecision::BukanKewenangan) {
                    if (random.bounded(100) < 80) {
                        const QDate doneDay = cal.addWorkingDays(day, 1 + int(random.bounded(4)));
                        const int number = i + 1;
                        const Actor owner = [&] {
                            for (const Actor &a : officers)
                                if (a.userId == e.ownerId)
                                    return a;
                            return boss;
                        }();
                        const QString note = decision == SlipDecision::Dijawab
                            ? QStringLiteral("Dijawab melalui papan pengumuman dan media sosial kecamatan.")
                            : (decision == SlipDecision::Lapor ? QStringLiteral("Diteruskan melalui SP4N-LAPOR!.")
                                                               : QStringLiteral("Diteruskan kepada dinas yang berwenang."));
                        timeline.add(at(doneDay, QTime(10, 0)), [=, &timeline] {
                            auto slips = service->slips(boss, *sessionId);
                            if (!slips)
                                return timeline.check(slips.error());
                            for (const SuggestionSlip &s : slips.value()) {
                                if (s.number == number) {
                                    auto done = service->markDone(owner, s.id, note);
                                    if (!done)
                                        timeline.check(done.error());
                                }
                            }
                        });
                    }
                }
            }
            // Signed by the Camat at 15.30; the complaints it creates are followed up.
            auto created = std::make_shared<QList<std::pair<qint64, Actor>>>();
            timeline.add(at(day, QTime(15, 30)) + b * 5 * 60 * 1000, [=, &timeline] {
                if (*sessionId <= 0)
                    return;
                auto s = service->sign(boss, *sessionId);
                if (!s)
                    return timeline.check(s.error());
                ++*sessions;
                auto slips = service->slips(boss, *sessionId);
                if (!slips)
                    return timeline.check(slips.error());
                for (const SuggestionSlip &slip : slips.value()) {
                    if (slip.complaintId <= 0)
                        continue;
                    Actor worker = team.first();
                    for (const Actor &a : team)
                        if (a.userId == slip.entry.ownerId)
                            worker = a;
                    created->append({slip.complaintId, worker});
                }
            });
            for (int k = 0; k < 4; ++k) {
                const int fate = int(random.bounded(100));
                const QDate noteDay = cal.addWorkingDays(day, 1 + int(random.bounded(2)));
                const QDate answerDay = cal.addWorkingDays(noteDay, 2 + int(random.bounded(5)));
                const QDate closeDay = cal.addWorkingDays(answerDay, 1 + int(random.bounded(3)));
                timeline.add(at(noteDay, QTime(9, 15 + k)), [=, &timeline] {
                    if (k < created->size())
                        if (auto r = complaints->addNote(created->at(k).second, created->at(k).first,
                                                         QStringLiteral("Ditindaklanjuti bersama kepala seksi pelayanan."));
                            !r)
                            timeline.check(r.error());
                });
                if (fate < 85)
                    timeline.add(at(answerDay, QTime(11, 0 + k)), [=, &timeline] {
                        if (k < created->size())
                            if (auto r = complaints->respond(created->at(k).second, created->at(k).first,
                                                             QStringLiteral("Terima kasih atas masukannya. Perbaikan sudah "
                                                                            "dilakukan dan diumumkan di papan informasi."));
                                !r)
                                timeline.check(r.error());
                    });
                if (fate < 65)
                    timeline.add(at(closeDay, QTime(14, 0 + k)), [=, &timeline] {
                        if (k < created->size())
                            if (auto r = complaints->close(boss, created->at(k).first, QStringLiteral("Selesai.")); !r)
                                timeline.check(r.error());
                    });
            }
        }
        ++n;
    }
}

} // namespace loket::demo
