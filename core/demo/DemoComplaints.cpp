// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/DemoComplaints.h"

#include "core/auth/UserService.h"
#include "core/complaints/ComplaintService.h"

#include <QSqlQuery>

#include <algorithm>
#include <functional>

namespace loket::demo {

namespace {

struct Topic {
    const char *summary;
    const char *details;
    ComplaintType type;
    ComplaintTier tier;
};

const Topic kTopics[] = {
    {"Antrian perekaman KTP-el terlalu lama", "Datang pukul 08.00, baru dipanggil pukul 11.30. Tidak ada informasi perkiraan waktu tunggu.",
        ComplaintType::Pengaduan, ComplaintTier::Ringan},
    {"Petugas loket kurang ramah", "Petugas menjawab dengan nada tinggi ketika saya menanyakan persyaratan.",
        ComplaintType::Pengaduan, ComplaintTier::Normatif},
    {"Persyaratan KK berbeda dengan yang diumumkan", "Di papan pengumuman tidak disebut surat pengantar RT/RW, tetapi di loket diminta.",
        ComplaintType::Pengaduan, ComplaintTier::Normatif},
    {"Diminta biaya untuk legalisir", "Petugas meminta uang Rp20.000 untuk legalisir, padahal di maklumat tertulis gratis.",
        ComplaintType::Pengaduan, ComplaintTier::BerkadarPengawasan},
    {"Toilet ruang tunggu kotor dan tidak ada air", "Sudah dua minggu toilet di ruang tunggu tidak bisa dipakai.",
        ComplaintType::Pengaduan, ComplaintTier::Ringan},
    {"Mohon informasi syarat surat keterangan pindah", "Saya akan pindah ke Kabupaten Bandung, dokumen apa saja yang dibawa?",
        ComplaintType::PermintaanInformasi, ComplaintTier::Ringan},
    {"Usul layanan dibuka hari Sabtu", "Warga yang bekerja sulit datang pada hari kerja. Mohon dibuka Sabtu pagi.",
        ComplaintType::Aspirasi, ComplaintTier::Ringan},
    {"IUMK belum selesai lewat jangka waktu", "Berkas IUMK diserahkan tiga minggu lalu, dijanjikan lima hari kerja.",
        ComplaintType::Pengaduan, ComplaintTier::TidakBerkadarPengawasan},
    {"Kursi ruang tunggu kurang untuk lansia", "Banyak lansia berdiri menunggu karena kursi penuh.",
        ComplaintType::Aspirasi, ComplaintTier::Ringan},
    {"Nomor antrian terlewat tanpa dipanggil suara", "Layar menampilkan nomor saya tetapi suara panggilan tidak terdengar.",
        ComplaintType::Pengaduan, ComplaintTier::Ringan},
};

const IntakeChannel kChannels[] = {IntakeChannel::Langsung, IntakeChannel::Langsung, IntakeChannel::Langsung,
    IntakeChannel::WhatsApp, IntakeChannel::WhatsApp, IntakeChannel::Surat, IntakeChannel::Telepon,
    IntakeChannel::MediaSosial, IntakeChannel::KotakSaran, IntakeChannel::Lapor, IntakeChannel::Email,
    IntakeChannel::Website};

const char *kNames[] = {"Asep Sunandar", "Euis Kurniasih", "Dadang Hermawan", "Neneng Suryani", "Ujang Saepudin",
    "Lilis Karlina", "Iwan Setiawan", "Tati Rohayati"};

const char *kNotes[] = {"Konfirmasi ke petugas loket terkait.", "Dibahas dalam rapat koordinasi pagi.",
    "Menghubungi pelapor melalui telepon.", "Meminta keterangan Kasi Pelayanan.", "Cek rekaman antrian hari itu."};

const char *kResponses[] = {"Terima kasih atas laporannya. Petugas yang bersangkutan telah dibina dan jadwal piket diperbaiki.",
    "Persyaratan di papan pengumuman telah disesuaikan dengan standar pelayanan yang berlaku.",
    "Layanan tersebut tidak dipungut biaya. Oknum telah diperiksa oleh atasan langsung dan uang dikembalikan.",
    "Perbaikan telah dilakukan; kami mohon maaf atas ketidaknyamanannya.",
    "Informasi persyaratan kami kirimkan melalui WhatsApp; silakan datang dengan membawa dokumen tersebut."};

} // namespace

void Timeline::check(const Status &s)
{
    if (!s && failure.ok() && s.error().code != ErrorCode::Nothing && s.error().code != ErrorCode::InvalidState)
        failure = s.error();
}

Result<int> writeComplaints(const DatabasePtr &db, QDate first, QDate last, qint64 nowUtcMs, QRandomGenerator &random,
                            const TimelinePlan &plan)
{
    ManualClock clock(QDateTime::fromMSecsSinceEpoch(nowUtcMs, Qt::UTC));
    ComplaintService complaints(db, clock);
    auto lifeResult = complaints.lifecycle();
    if (!lifeResult)
        return lifeResult.error();
    const ComplaintLifecycle life = lifeResult.value();
    const WorkingCalendar &cal = life.calendar();
    const OfficeTime zone = life.officeTime();
    auto users = UserService(db).listUsers(Actor::system());
    if (!users)
        return users.error();
    QList<Actor> officers, team, supervisors;
    for (const User &u : users.value()) {
        if (u.role == Role::Officer)
            officers << u.actor();
        else if (u.role == Role::FollowUp)
            team << u.actor();
        else if (u.role == Role::Supervisor)
            supervisors << u.actor();
    }
    if (officers.isEmpty() || team.isEmpty() || supervisors.isEmpty())
        return 0;
    QList<qint64> services;
    {
        QSqlQuery q(db->connection());
        q.exec(QStringLiteral("SELECT id FROM services WHERE active = TRUE ORDER BY sort_order"));
        while (q.next())
            services << q.value(0).toLongLong();
    }
    auto at = [&](QDate day, int minutes) { return zone.utcOf(day, QTime(7, 30).addSecs(minutes * 60)).toMSecsSinceEpoch(); };
    auto later = [&](QDate day, int workingDays) { return cal.addWorkingDays(day, workingDays); };

    Timeline timeline;
    std::vector<TimedStep> &actions = timeline.steps;
    int &order = timeline.order;
    Status &failure = timeline.failure;
    QList<qint64> ids;
    int logged = 0;
    auto check = [&](const auto &result) {
        // A step the state no longer allows (closed by itself first) is simply skipped.
        if (!result)
            timeline.check(result.error());
    };
    for (QDate day = first; day <= last; day = day.addDays(1)) {
        if (!cal.isWorkingDay(day))
            continue;
        // About three a week.
        if (random.bounded(100) >= 60)
            continue;
        const int index = int(ids.size());
        ids << 0;
        const Topic &topic = kTopics[random.bounded(int(std::size(kTopics)))];
        ComplaintIntake in;
        in.channel = kChannels[random.bounded(int(std::size(kChannels)))];
        in.type = topic.type;
        in.tier = topic.tier;
        in.summary = QString::fromUtf8(topic.summary);
        in.details = QString::fromUtf8(topic.details);
        in.serviceId = services.isEmpty() ? 0 : services.at(random.bounded(int(services.size())));
        if (in.channel == IntakeChannel::Lapor)
            in.laporNumber = QStringLiteral("LAPOR-%1").arg(2600000 + random.bounded(99999));
        const int kind = random.bounded(100);
        in.anonymous = kind < 12;
        in.confidential = !in.anonymous && kind < 25;
        ComplaintIdentity person;
        if (!in.anonymous) {
            person.name = QString::fromUtf8(kNames[random.bounded(int(std::size(kNames)))]);
            person.phone = QStringLiteral("08%1").arg(1200000000 + random.bounded(899999999));
        }
        const qint64 receivedMs = at(day, 30 + random.bounded(420));
        if (receivedMs > nowUtcMs)
            break;
        in.receivedAt = QDateTime::fromMSecsSinceEpoch(receivedMs, Qt::UTC);
        // Told at the counter: the ticket being served then.
        if (in.channel == IntakeChannel::Langsung && in.serviceId > 0) {
            QSqlQuery t(db->connection());
            t.prepare(QStringLiteral("SELECT id FROM tickets WHERE service_day = ? AND service_id = ? AND status = 'done' "
                                     "AND finished_at <= ? ORDER BY finished_at DESC LIMIT 1"));
            t.addBindValue(day.toString(Qt::ISODate));
            t.addBindValue(in.serviceId);
            t.addBindValue(receivedMs);
            if (t.exec() && t.next())
                in.ticketId = t.value(0).toLongLong();
        }
        const Actor logger = officers.at(random.bounded(int(officers.size())));
        const Actor worker = team.at(random.bounded(int(team.size())));
        const Actor boss = supervisors.at(random.bounded(int(supervisors.size())));
        // A letter is logged the next morning with its real receipt time.
        const qint64 loggedMs = in.channel == IntakeChannel::Surat ? at(later(day, 1), 15) : receivedMs + 5 * 60 * 1000;
        qint64 previous = loggedMs;
        // Each step of a complaint comes after the one before it.
        auto after = [&previous](qint64 ms) {
            previous = std::max(previous + 10 * 60 * 1000, ms);
            return previous;
        };
        actions.push_back({loggedMs, order++, [&, in, person, logger, index] {
            auto c = complaints.add(logger, in, person);
            check(c);
            if (c) {
                ids[index] = c->id;
                ++logged;
            }
        }});
        // How this one goes: 80 % in time, 10 % late, 10 % left hanging (overdue if old enough).
        // A few of the last weeks' are still waiting for their verification (and some are overdue);
        // older ones were all followed up, a tenth of them late.
        const int fate = random.bounded(100);
        const bool recent = day.daysTo(last) <= 21;
        if (recent && fate >= 85)
            continue;
        const QDate verifyDay = later(day, (in.channel == IntakeChannel::Surat ? 1 : 0) + random.bounded(2));
        const bool incomplete = random.bounded(100) < 10;
        const QString verifyNote = incomplete ? QStringLiteral("Bukti pendukung belum dilampirkan; pelapor diminta melengkapi.")
                                              : QStringLiteral("Berkas lengkap.");
        actions.push_back({after(at(verifyDay, 60 + random.bounded(300))), order++, [&, worker, index, incomplete, verifyNote] {
            if (ids[index])
                check(complaints.verify(worker, ids[index], incomplete ? VerifyOutcome::Incomplete : VerifyOutcome::Complete, verifyNote));
        }});
        QDate next = verifyDay;
        if (incomplete) {
            next = later(verifyDay, 1 + random.bounded(4));
            actions.push_back({after(at(next, 30)), order++, [&, worker, index] {
                if (ids[index])
                    check(complaints.resume(worker, ids[index], QStringLiteral("Pelapor melengkapi bukti.")));
            }});
        }
        actions.push_back({after(at(next, 400)), order++, [&, boss, worker, index] {
            if (ids[index])
                check(complaints.assign(boss, ids[index], worker.userId));
        }});
        // The settling days count from the receipt: an answer in time falls within them (after the
        // verification, and later by the days the complaint waited); a late one a few days after.
        const int settle = life.policy().settleDays(in.tier);
        const int waited = cal.workingDaysBetween(verifyDay, next);
        const int answerIn = fate < 80 ? 1 + random.bounded(settle) : settle + 1 + random.bounded(4);
        const QDate answerDay = std::max(later(next, answerIn > settle ? 1 : 0), later(day, answerIn + waited));
        // The first note comes on the day of the assignment or the next, never after the answer.
        const QDate noteDay = std::min(answerDay, later(next, random.bounded(2)));
        const QString note = QString::fromUtf8(kNotes[random.bounded(int(std::size(kNotes)))]);
        actions.push_back({after(at(noteDay, 90 + random.bounded(200))), order++, [&, worker, index, note] {
            if (ids[index])
                check(complaints.addNote(worker, ids[index], note));
        }});
        const QString response = QString::fromUtf8(kResponses[random.bounded(int(std::size(kResponses)))]);
        actions.push_back({after(at(answerDay, 120 + random.bounded(240))), order++, [&, worker, index, response] {
            if (ids[index])
                check(complaints.respond(worker, ids[index], response));
        }});
        // Most are closed by a supervisor after the complainant answers; the rest close by themselves.
        if (random.bounded(100) < 70) {
            const QDate closeDay = later(answerDay, 1 + random.bounded(5));
            actions.push_back({after(at(closeDay, 420)), order++, [&, boss, index] {
                if (ids[index])
                    check(complaints.close(boss, ids[index], QStringLiteral("Pelapor menyatakan puas.")));
            }});
        }
    }
    if (plan)
        plan(timeline, clock);
    std::sort(actions.begin(), actions.end(),
              [](const TimedStep &a, const TimedStep &b) { return a.atMs != b.atMs ? a.atMs < b.atMs : a.order < b.order; });
    // In one transaction: thousands of small writes (survey responses) without a commit each.
    Status ran = db->transaction([&]() -> Status {
        QDate autoClosedThrough;
        for (const TimedStep &a : actions) {
            if (a.atMs > nowUtcMs)
                break;
            // Before the first step of a new day, the days before it are closed.
            const QDate day = zone.localDateOfMs(a.atMs);
            if (autoClosedThrough != day.addDays(-1)) {
                clock.set(QDateTime::fromMSecsSinceEpoch(zone.dayStartUtcMs(day), Qt::UTC));
                check(complaints.autoClose(Actor::system(), day.addDays(-1)));
                autoClosedThrough = day.addDays(-1);
            }
            clock.set(QDateTime::fromMSecsSinceEpoch(a.atMs, Qt::UTC));
            a.run();
            if (!failure)
                return failure;
        }
        clock.set(QDateTime::fromMSecsSinceEpoch(nowUtcMs, Qt::UTC));
        check(complaints.autoCloseOverdue(Actor::system()));
        return failure;
    });
    if (!ran)
        return ran.error();
    return logged;
}

} // namespace loket::demo
