// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/DemoOffice.h"

#include "core/storage/SqlText.h"

#include "core/auth/UserService.h"
#include "core/catalog/HolidayService.h"
#include "core/catalog/OfficeService.h"

#include <QSqlError>
#include <QSqlQuery>

namespace loket::demo {

namespace {

struct DemoService {
    const char *code;
    const char *prefix;
    const char *name;
    int unit;            // index into kUnits
    int targetMinutes;
    double share;
};

const char *const kUnits[] = {"Seksi Pelayanan Umum", "Seksi Pemerintahan", "Seksi Kesejahteraan Sosial"};

const DemoService kServices[] = {
    {"KTP", "A", "KTP-el (perekaman dan pencetakan)", 0, 15, 0.24},
    {"KK", "B", "Kartu Keluarga", 0, 20, 0.19},
    {"KIA", "C", "Kartu Identitas Anak", 0, 10, 0.09},
    {"PINDAH", "D", "Surat Pindah / Datang", 1, 20, 0.08},
    {"SKD", "E", "Surat Keterangan Domisili", 1, 10, 0.12},
    {"SKTM", "F", "Surat Keterangan Tidak Mampu", 2, 10, 0.11},
    {"AHLIWARIS", "G", "Surat Keterangan Ahli Waris", 1, 30, 0.05},
    {"LEGAL", "H", "Legalisasi Dokumen", 0, 5, 0.12},
};

struct DemoCounter {
    int number;
    const char *name;
    QList<int> services; // indexes into kServices
};

struct DemoUser {
    const char *username;
    const char *fullName;
    const char *nip;
    Role role;
    const char *password;
};

const DemoUser kUsers[] = {
    {"admin", "Rudi Hartono, S.Kom.", "198703122010011004", Role::Admin, "admin123"},
    {"camat", "Drs. H. Ahmad Fauzi, M.Si.", "197205141998031007", Role::Supervisor, "camat123"},
    {"sekcam", "Hj. Nurhayati, S.Sos., M.AP.", "197811092003122002", Role::Supervisor, "sekcam123"},
    {"petugas1", "Siti Rahmawati", "199001152015032001", Role::Officer, "petugas123"},
    {"petugas2", "Dedi Kurniawan", "198809232014021003", Role::Officer, "petugas123"},
    {"petugas3", "Ayu Lestari, A.Md.", "199304022019032012", Role::Officer, "petugas123"},
    {"petugas4", "Bambang Sutrisno", "198112172009011002", Role::Officer, "petugas123"},
    {"petugas5", "Rina Marlina, S.E.", "199107282017082001", Role::Officer, "petugas123"},
    {"petugas6", "Yusuf Maulana", "199512052020121005", Role::Officer, "petugas123"},
    {"tl1", "Wahyu Hidayat, S.H.", "198606302011011008", Role::FollowUp, "tindak123"},
    {"tl2", "Fitri Handayani, S.IP.", "199202142016022004", Role::FollowUp, "tindak123"},
};

Status exec(QSqlQuery &q, const DatabasePtr &db)
{
    if (!q.exec())
        return db->sqlError(q.lastError(), QCoreApplication::translate("loket", "writing the demo office"));
    return {};
}

} // namespace

Result<OfficeOutput> writeOffice(const DatabasePtr &db, const Clock &clock, int counterSets)
{
    OfficeOutput out;
    UserService users(db, clock);
    for (const DemoUser &u : kUsers) {
        NewUser n;
        n.username = QLatin1String(u.username);
        n.fullName = QString::fromUtf8(u.fullName);
        n.nip = QLatin1String(u.nip);
        n.role = u.role;
        n.password = QLatin1String(u.password);
        auto made = users.hasAnyUser() ? users.addUser(Actor::system(), n) : users.createFirstAdmin(n);
        if (!made)
            return made.error();
        ++out.users;
        if (u.role == Role::Officer)
            out.history.officerIds << made->id;
    }

    OfficeProfile profile;
    profile.name = QStringLiteral("Kecamatan Sukamaju");
    profile.parentAgency = QStringLiteral("Pemerintah Kabupaten Bandung");
    profile.address = QStringLiteral("Jl. Raya Sukamaju No. 17, Desa Sukamaju");
    profile.city = QStringLiteral("Kabupaten Bandung");
    profile.province = QStringLiteral("Jawa Barat");
    profile.postalCode = QStringLiteral("40375");
    profile.phone = QStringLiteral("(022) 5950123");
    profile.email = QStringLiteral("kec.sukamaju@bandungkab.go.id");
    profile.website = QStringLiteral("sukamaju.bandungkab.go.id");
    profile.headName = QStringLiteral("Drs. H. Ahmad Fauzi, M.Si.");
    profile.headTitle = QStringLiteral("Camat Sukamaju");
    profile.headNip = QStringLiteral("197205141998031007");
    profile.timeZone = OfficeTimeZone::WIB;
    profile.hours = WorkingCalendar::defaultSchedule();
    profile.hours.day(5).close = QTime(16, 30); // Friday: longer, after the Friday prayer break
    if (Status s = OfficeService(db, clock).save(Actor::system(), profile); !s)
        return s.error();
    auto holidays = HolidayService(db, clock).list();
    if (!holidays)
        return holidays.error();
    if (holidays->isEmpty()) {
        if (auto loaded = HolidayService(db, clock).loadBundledHolidays(); !loaded)
            return loaded.error();
        holidays = HolidayService(db, clock).list();
    }
    const bool cutiClosed = HolidayService(db, clock).cutiBersamaIsHoliday();
    for (const Holiday &h : holidays.value()) {
        if (h.kind != HolidayKind::CutiBersama || cutiClosed)
            out.history.closedDays.insert(h.date);
    }

    Status written = db->transaction([&]() -> Status {
        QSqlQuery q(db->connection());
        QList<qint64> unitIds;
        q.prepare(QStringLiteral("INSERT INTO units (name) VALUES (?) RETURNING id"));
        for (const char *name : kUnits) {
            q.addBindValue(QString::fromUtf8(name));
            if (Status s = exec(q, db); !s)
                return s;
            unitIds << returnedId(q);
        }
        q.prepare(QStringLiteral("INSERT INTO services (code, prefix, name, unit_id, target_minutes, sort_order) "
                                 "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
        int order = 0;
        for (const DemoService &s : kServices) {
            q.addBindValue(QLatin1String(s.code));
            q.addBindValue(QLatin1String(s.prefix));
            q.addBindValue(QString::fromUtf8(s.name));
            q.addBindValue(unitIds[s.unit]);
            q.addBindValue(s.targetMinutes);
            q.addBindValue(++order);
            if (Status st = exec(q, db); !st)
                return st;
            out.history.services << ServiceSpec{returnedId(q), QLatin1String(s.prefix),
                                                s.targetMinutes, s.share};
        }
        const DemoCounter counters[] = {
            {1, "Loket 1 — KTP-el dan KIA", {0, 2}},
            {2, "Loket 2 — Kartu Keluarga dan Pindah", {1, 3}},
            {3, "Loket 3 — Surat Keterangan", {4, 5, 6}},
            {4, "Loket 4 — Umum dan Legalisasi", {7, 0, 1, 4}},
        };
        QSqlQuery link(db->connection());
        link.prepare(QStringLiteral("INSERT INTO counter_services (counter_id, service_id) VALUES (?, ?)"));
        q.prepare(QStringLiteral("INSERT INTO counters (number, name) VALUES (?, ?) RETURNING id"));
        for (int set = 0; set < std::max(1, counterSets); ++set)
        for (const DemoCounter &c : counters) {
            const int number = c.number + set * int(std::size(counters));
            QString name = QString::fromUtf8(c.name);
            if (set > 0)
                name = QStringLiteral("Loket %1").arg(number) + name.mid(name.indexOf(QStringLiteral(" —")));
            q.addBindValue(number);
            q.addBindValue(name);
            if (Status st = exec(q, db); !st)
                return st;
            CounterSpec spec;
            spec.id = returnedId(q);
            for (int s : c.services) {
                spec.serviceIds << out.history.services[s].id;
                link.addBindValue(spec.id);
                link.addBindValue(out.history.services[s].id);
                if (Status st = exec(link, db); !st)
                    return st;
            }
            out.history.counters << spec;
        }
        q.prepare(QStringLiteral("SELECT id FROM priority_reasons WHERE active = TRUE ORDER BY sort_order"));
        if (Status st = exec(q, db); !st)
            return st;
        while (q.next())
            out.history.priorityReasonIds << q.value(0).toLongLong();
        return {};
    });
    if (!written)
        return written.error();
    return out;
}

Status openCountersForToday(const DatabasePtr &db, const HistoryInput &input, qint64 nowUtcMs)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(nowUtcMs, Qt::UTC).addSecs(input.utcOffsetSeconds);
    const QTime t = local.time();
    const bool open = local.date() == input.last && local.date().dayOfWeek() <= 5
        && !input.closedDays.contains(local.date()) && t >= QTime(7, 30) && t < QTime(16, 0);
    QSqlQuery q(db->connection());
    q.prepare(QStringLiteral("UPDATE counters SET state = ?, officer_id = ?, state_changed_at = ? WHERE id = ?"));
    const int dayIndex = int(input.first.daysTo(input.last));
    for (int k = 0; k < input.counters.size(); ++k) {
        q.addBindValue(open ? QStringLiteral("open") : QStringLiteral("closed"));
        q.addBindValue(open && !input.officerIds.isEmpty()
                           ? QVariant(input.officerIds[(k + dayIndex) % input.officerIds.size()])
                           : QVariant());
        q.addBindValue(nowUtcMs);
        q.addBindValue(input.counters[k].id);
        if (Status st = exec(q, db); !st)
            return st;
    }
    return {};
}

} // namespace loket::demo
