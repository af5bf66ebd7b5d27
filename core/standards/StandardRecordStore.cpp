// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/standards/StandardRecordStore.h"

#include "core/standards/StandardRepository.h"
#include "core/storage/SqlText.h"

#include <QSqlError>
#include <QSqlQuery>

namespace loket {

namespace {

QVariant optionalInt(const std::optional<int> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Int));
}

} // namespace

StandardRecordStore::StandardRecordStore(DatabasePtr db)
    : m_db(std::move(db))
{ }

Status StandardRecordStore::deleteById(const char *table, qint64 id, const QString &what) const
{
    QSqlQuery q(m_db->connection());
    // `table` is one of the literals of this file.
    q.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(QLatin1String(table)));
    q.addBindValue(id);
    if (!q.exec())
        return m_db->sqlError(q.lastError(), what);
    if (q.numRowsAffected() == 0)
        return makeError(ErrorCode::NotFound, tr("The entry was already removed. Reload the list."));
    return {};
}

Result<QList<Consultation>> StandardRecordStore::consultations(qint64 serviceId) const
{
    const QString what = tr("reading the public consultations");
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT c.id, c.held_on, c.place, c.summary, c.minutes_name, "
                             "coalesce(length(c.minutes), 0) FROM standard_consultations c "
                             "WHERE ? = 0 OR EXISTS (SELECT 1 FROM standard_consultation_services cs "
                             "WHERE cs.consultation_id = c.id AND cs.service_id = ?) ORDER BY c.held_on, c.id"));
    q.addBindValue(serviceId);
    q.addBindValue(serviceId);
    if (!q.exec())
        return m_db->sqlError(q.lastError(), what);
    QList<Consultation> out;
    while (q.next()) {
        Consultation c;
        c.id = q.value(0).toLongLong();
        c.date = dateFromSql(q.value(1));
        c.place = q.value(2).toString();
        c.summary = q.value(3).toString();
        c.minutesName = q.value(4).toString();
        c.minutesSize = q.value(5).toLongLong();
        out << c;
    }
    // In the catalog's order, so an export lists them the same way each time.
    q.prepare(QStringLiteral("SELECT cs.service_id FROM standard_consultation_services cs "
                             "JOIN services s ON s.id = cs.service_id WHERE cs.consultation_id = ? "
                             "ORDER BY s.sort_order, s.code"));
    for (Consultation &c : out) {
        q.addBindValue(c.id);
        if (!q.exec())
            return m_db->sqlError(q.lastError(), what);
        while (q.next())
            c.serviceIds << q.value(0).toLongLong();
    }
    q.prepare(QStringLiteral("SELECT group_name, participants, names FROM standard_consultation_groups "
                             "WHERE consultation_id = ? ORDER BY position"));
    for (Consultation &c : out) {
        q.addBindValue(c.id);
        if (!q.exec())
            return m_db->sqlError(q.lastError(), what);
        while (q.next()) {
            ConsultationGroup g;
            g.group = q.value(0).toString();
            if (!q.value(1).isNull())
                g.participants = q.value(1).toInt();
            const QString names = q.value(2).toString();
            if (!names.isEmpty())
                g.names = names.split(QLatin1Char('\n'));
            c.groups << g;
        }
    }
    return out;
}

Result<QByteArray> StandardRecordStore::consultationMinutes(qint64 consultationId) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT minutes FROM standard_consultations WHERE id = ?"));
    q.addBindValue(consultationId);
    if (!q.exec())
        return m_db->sqlError(q.lastError(), tr("reading the minutes of a public consultation"));
    if (!q.next())
        return makeError(ErrorCode::NotFound, tr("The public consultation was removed meanwhile."));
    return q.value(0).toByteArray();
}

Result<qint64> StandardRecordStore::insertConsultation(
    const Consultation &c, const QString &username, qint64 nowMs) const
{
    const QString what = tr("saving a public consultation");
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("INSERT INTO standard_consultations (held_on, place, summary, minutes_name, minutes, "
                             "created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(sqlDate(c.date));
    q.addBindValue(sqlText(c.place));
    q.addBindValue(sqlText(c.summary));
    q.addBindValue(sqlText(c.minutesName));
    q.addBindValue(c.minutes.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(c.minutes));
    q.addBindValue(nowMs);
    q.addBindValue(sqlText(username));
    if (!q.exec())
        return m_db->sqlError(q.lastError(), what);
    const qint64 id = returnedId(q);
    q.prepare(QStringLiteral("INSERT INTO standard_consultation_services (consultation_id, service_id) "
                             "VALUES (?, ?) ON CONFLICT DO NOTHING"));
    for (qint64 serviceId : c.serviceIds) {
        q.addBindValue(id);
        q.addBindValue(serviceId);
        if (!q.exec())
            return m_db->sqlError(q.lastError(), what);
    }
    q.prepare(QStringLiteral("INSERT INTO standard_consultation_groups (consultation_id, position, group_name, "
                             "participants, names) VALUES (?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < c.groups.size(); ++i) {
        const ConsultationGroup &g = c.groups.at(i);
        q.addBindValue(id);
        q.addBindValue(int(i + 1));
        q.addBindValue(sqlText(g.group.trimmed()));
        q.addBindValue(optionalInt(g.participants));
        q.addBindValue(sqlText(g.names.join(QLatin1Char('\n'))));
        if (!q.exec())
            return m_db->sqlError(q.lastError(), what);
    }
    return id;
}

Status StandardRecordStore::deleteConsultation(qint64 id) const
{
    return deleteById("standard_consultations", id, tr("removing a public consultation"));
}

Result<QList<Publication>> StandardRecordStore::publications(qint64 serviceId) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT id, service_id, medium, published_on, location, sippn FROM standard_publications "
                             "WHERE ? = 0 OR service_id = ? ORDER BY published_on, id"));
    q.addBindValue(serviceId);
    q.addBindValue(serviceId);
    if (!q.exec())
        return m_db->sqlError(q.lastError(), tr("reading the publications of the standards"));
    QList<Publication> out;
    while (q.next()) {
        out << Publication { q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
            dateFromSql(q.value(3)), q.value(4).toString(), q.value(5).toBool() };
    }
    return out;
}

Result<qint64> StandardRecordStore::insertPublication(const Publication &p, const QString &username, qint64 nowMs) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("INSERT INTO standard_publications (service_id, medium, published_on, location, sippn, "
                             "created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(p.serviceId);
    q.addBindValue(sqlText(p.medium.trimmed()));
    q.addBindValue(sqlDate(p.date));
    q.addBindValue(sqlText(p.location));
    q.addBindValue(p.sippn || isSippnMedium(p.medium));
    q.addBindValue(nowMs);
    q.addBindValue(sqlText(username));
    if (!q.exec())
        return m_db->sqlError(q.lastError(), tr("saving a publication of a standard"));
    return returnedId(q);
}

Status StandardRecordStore::deletePublication(qint64 id) const
{
    return deleteById("standard_publications", id, tr("removing a publication of a standard"));
}

Result<QList<StandardReview>> StandardRecordStore::reviews(qint64 serviceId) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT id, service_id, reviewed_on, reviewer, outcome, notes FROM standard_reviews "
                             "WHERE ? = 0 OR service_id = ? ORDER BY reviewed_on, id"));
    q.addBindValue(serviceId);
    q.addBindValue(serviceId);
    if (!q.exec())
        return m_db->sqlError(q.lastError(), tr("reading the reviews of the standards"));
    QList<StandardReview> out;
    while (q.next()) {
        out << StandardReview { q.value(0).toLongLong(), q.value(1).toLongLong(), dateFromSql(q.value(2)),
            q.value(3).toString(), reviewOutcomeFromCode(q.value(4).toString()).value_or(ReviewOutcome::NoChange),
            q.value(5).toString() };
    }
    return out;
}

Result<qint64> StandardRecordStore::insertReview(const StandardReview &r, const QString &username, qint64 nowMs) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("INSERT INTO standard_reviews (service_id, reviewed_on, reviewer, outcome, notes, "
                             "created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(r.serviceId);
    q.addBindValue(sqlDate(r.date));
    q.addBindValue(sqlText(r.reviewer.trimmed()));
    q.addBindValue(reviewOutcomeCode(r.outcome));
    q.addBindValue(sqlText(r.notes));
    q.addBindValue(nowMs);
    q.addBindValue(sqlText(username));
    if (!q.exec())
        return m_db->sqlError(q.lastError(), tr("saving a review of a standard"));
    return returnedId(q);
}

Status StandardRecordStore::deleteReview(qint64 id) const
{
    return deleteById("standard_reviews", id, tr("removing a review of a standard"));
}

Result<Maklumat> StandardRecordStore::maklumat() const
{
    const QString what = tr("reading the Maklumat Pelayanan");
    QSqlQuery q(m_db->connection());
    Maklumat m;
    if (!q.exec(QStringLiteral("SELECT text, decree_number, decree_date FROM maklumat WHERE id = 1")))
        return m_db->sqlError(q.lastError(), what);
    if (q.next()) {
        m.text = q.value(0).toString();
        m.decreeNumber = q.value(1).toString();
        m.decreeDate = dateFromSql(q.value(2));
    } else {
        m.text = defaultMaklumatText();
    }
    if (!q.exec(QStringLiteral("SELECT id, medium, published_on, location FROM maklumat_publications "
                               "ORDER BY published_on, id")))
        return m_db->sqlError(q.lastError(), what);
    while (q.next()) {
        m.publications << Publication { q.value(0).toLongLong(), 0, q.value(1).toString(), dateFromSql(q.value(2)),
            q.value(3).toString(), isSippnMedium(q.value(1).toString()) };
    }
    return m;
}

Status StandardRecordStore::saveMaklumat(const Maklumat &m, const QString &username, qint64 nowMs) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("INSERT INTO maklumat (id, text, decree_number, decree_date, updated_at, updated_by) "
                             "VALUES (1, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET text = excluded.text, "
                             "decree_number = excluded.decree_number, decree_date = excluded.decree_date, "
                             "updated_at = excluded.updated_at, updated_by = excluded.updated_by"));
    q.addBindValue(sqlText(m.text.trimmed()));
    q.addBindValue(sqlText(m.decreeNumber.trimmed()));
    q.addBindValue(sqlDate(m.decreeDate));
    q.addBindValue(nowMs);
    q.addBindValue(sqlText(username));
    if (!q.exec())
        return m_db->sqlError(q.lastError(), tr("saving the Maklumat Pelayanan"));
    return {};
}

Result<qint64> StandardRecordStore::insertMaklumatPublication(
    const Publication &p, const QString &username, qint64 nowMs) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("INSERT INTO maklumat_publications (medium, published_on, location, created_at, "
                             "created_by) VALUES (?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(sqlText(p.medium.trimmed()));
    q.addBindValue(sqlDate(p.date));
    q.addBindValue(sqlText(p.location));
    q.addBindValue(nowMs);
    q.addBindValue(sqlText(username));
    if (!q.exec())
        return m_db->sqlError(q.lastError(), tr("saving a publication of the Maklumat Pelayanan"));
    return returnedId(q);
}

Status StandardRecordStore::deleteMaklumatPublications() const
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(QStringLiteral("DELETE FROM maklumat_publications")))
        return m_db->sqlError(q.lastError(), tr("replacing the publications of the Maklumat Pelayanan"));
    return {};
}

Status StandardRecordStore::deleteMaklumatPublication(qint64 id) const
{
    return deleteById("maklumat_publications", id, tr("removing a publication of the Maklumat Pelayanan"));
}

Status StandardRecordStore::deleteServiceRegister(qint64 serviceId) const
{
    const QString what = tr("replacing the standard of a service");
    QSqlQuery q(m_db->connection());
    // Version lists and consultation groups go with their rows (ON DELETE CASCADE).
    for (const char *table :
        { "standard_versions", "standard_consultation_services", "standard_publications", "standard_reviews" }) {
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE service_id = ?").arg(QLatin1String(table)));
        q.addBindValue(serviceId);
        if (!q.exec())
            return m_db->sqlError(q.lastError(), what);
    }
    // A forum that discussed other services too stays for them.
    if (!q.exec(
            QStringLiteral("DELETE FROM standard_consultations WHERE NOT EXISTS (SELECT 1 FROM "
                           "standard_consultation_services cs WHERE cs.consultation_id = standard_consultations.id)")))
        return m_db->sqlError(q.lastError(), what);
    return {};
}

} // namespace loket
