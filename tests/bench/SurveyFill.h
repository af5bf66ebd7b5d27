// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A year of survey responses for the benchmarks (bench_survey, bench_survey_report):
// six services, N responses over the working hours of 2026 (about 3 % of
// answers left out), 400 tickets served per working day (100,000 in the year).
#pragma once

#include "core/storage/Database.h"
#include "core/common/SurveyElements.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

#include <vector>

namespace loket::bench {

inline Status fill(const Database &db, int responses)
{
    QSqlQuery q(db.connection());
    const QStringList setup = {
        QStringLiteral("INSERT INTO office (id, name) VALUES (1, 'Disdukcapil Contoh')"),
        QStringLiteral("INSERT INTO services (id, code, prefix, name, sort_order) VALUES "
                       "(1,'ktp','A','KTP-el',1),(2,'kk','B','Kartu Keluarga',2),(3,'kia','C','KIA',3),"
                       "(4,'pindah','D','Surat pindah',4),(5,'akta','E','Akta kelahiran',5),"
                       "(6,'legal','F','Legalisasi',6)"),
    };
    for (const QString &s : setup) {
        if (!q.exec(s))
            return db.sqlError(q.lastError(), QStringLiteral("setup"));
    }
    // 250 working days from 2 January 2026.
    std::vector<QDate> days;
    for (QDate d(2026, 1, 2); days.size() < 250; d = d.addDays(1)) {
        if (d.dayOfWeek() <= 5)
            days.push_back(d);
    }
    auto *rng = QRandomGenerator::global();
    return db.transaction([&]() -> Status {
        QSqlQuery t(db.connection());
        t.prepare(QStringLiteral("INSERT INTO tickets (service_day, issued_service_id, seq, number, service_id, "
                                 "status, issued_at) VALUES (?, ?, ?, ?, ?, 'done', ?)"));
        for (size_t i = 0; i < days.size(); ++i) {
            const qint64 open = QDateTime(days[i], QTime(0, 30), Qt::UTC).toMSecsSinceEpoch();
            for (int n = 1; n <= 400; ++n) {
                const int service = 1 + (n % 6);
                t.addBindValue(days[i].toString(Qt::ISODate));
                t.addBindValue(service);
                t.addBindValue(n);
                t.addBindValue(QStringLiteral("X-%1").arg(n));
                t.addBindValue(service);
                t.addBindValue(open + qint64(n) * 60000);
                if (!t.exec())
                    return db.sqlError(t.lastError(), QStringLiteral("filling tickets"));
            }
        }
        QSqlQuery r(db.connection());
        r.prepare(QStringLiteral("INSERT INTO survey_responses (version, service_id, answered_at, channel, gender, "
                                 "age, education, occupation, entered_at) VALUES (1, ?, ?, ?, ?, ?, 'SMA', 'SWASTA', ?)"));
        QSqlQuery a(db.connection());
        a.prepare(QStringLiteral("INSERT INTO survey_answers (response_id, element, value) VALUES (?, ?, ?)"));
        const QStringList codes = SurveyElements::codes();
        for (int i = 0; i < responses; ++i) {
            const QDate day = days[size_t(rng->bounded(int(days.size())))];
            const qint64 at = QDateTime(day, QTime(0, 30), Qt::UTC).toMSecsSinceEpoch()
                + qint64(rng->bounded(8 * 3600)) * 1000;
            r.addBindValue(1 + int(rng->bounded(6)));
            r.addBindValue(at);
            r.addBindValue(i % 3 == 0 ? QStringLiteral("paper") : QStringLiteral("kiosk"));
            r.addBindValue(i % 2 ? QStringLiteral("L") : QStringLiteral("P"));
            r.addBindValue(18 + int(rng->bounded(60)));
            r.addBindValue(at);
            if (!r.exec())
                return db.sqlError(r.lastError(), QStringLiteral("filling responses"));
            const qint64 id = r.lastInsertId().toLongLong();
            for (const QString &code : codes) {
                if (rng->bounded(100) < 3)
                    continue; // left out
                a.addBindValue(id);
                a.addBindValue(code);
                a.addBindValue(rng->bounded(100) < 70 ? 3 + int(rng->bounded(2)) : 1 + int(rng->bounded(4)));
                if (!a.exec())
                    return db.sqlError(a.lastError(), QStringLiteral("filling answers"));
            }
        }
        return {};
    });
}

} // namespace loket::bench
