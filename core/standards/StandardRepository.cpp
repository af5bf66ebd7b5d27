// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/standards/StandardRepository.h"

#include "core/storage/SqlText.h"

#include <QSqlError>
#include <QSqlQuery>

namespace loket {

namespace {

const QLatin1String kVersionColumns(
    "v.id, v.service_id, s.code, s.name, s.active, v.version, v.status, v.service_time_amount, "
    "v.service_time_unit, v.cost_rupiah, v.cost_legal_basis, v.legal_basis, v.facilities, v.competence, "
    "v.internal_supervision, v.staffing, v.service_guarantee, v.security_guarantee, v.performance_evaluation, "
    "v.decree_number, v.decree_date, v.effective_from, v.effective_to, v.created_at, v.created_by, v.updated_at, "
    "v.set_at, v.set_by FROM standard_versions v JOIN services s ON s.id = v.service_id");

QDateTime msToUtc(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

StandardVersion readVersion(const QSqlQuery &q)
{
    StandardVersion v;
    v.id = q.value(0).toLongLong();
    v.service.id = q.value(1).toLongLong();
    v.service.code = q.value(2).toString();
    v.service.name = q.value(3).toString();
    v.service.active = q.value(4).toBool();
    v.number = q.value(5).toInt();
    v.status = versionStatusFromCode(q.value(6).toString()).value_or(VersionStatus::Draft);
    v.content.serviceTime.amount = q.value(7).toInt();
    v.content.serviceTime.unit = timeUnitFromCode(q.value(8).toString()).value_or(TimeUnit::Minutes);
    if (!q.value(9).isNull())
        v.content.costRupiah = q.value(9).toLongLong();
    v.content.costLegalBasis = q.value(10).toString();
    v.content.legalBasis = q.value(11).toString();
    v.content.facilities = q.value(12).toString();
    v.content.competence = q.value(13).toString();
    v.content.internalSupervision = q.value(14).toString();
    v.content.staffing = q.value(15).toString();
    v.content.serviceGuarantee = q.value(16).toString();
    v.content.securityGuarantee = q.value(17).toString();
    v.content.performanceEvaluation = q.value(18).toString();
    v.decreeNumber = q.value(19).toString();
    v.decreeDate = dateFromSql(q.value(20));
    v.effectiveFrom = dateFromSql(q.value(21));
    v.effectiveTo = dateFromSql(q.value(22));
    v.createdAt = msToUtc(q.value(23));
    v.createdBy = q.value(24).toString();
    v.updatedAt = msToUtc(q.value(25));
    v.setAt = msToUtc(q.value(26));
    v.setBy = q.value(27).toString();
    return v;
}

QVariant optionalCost(const StandardContent &c)
{
    return c.costRupiah ? QVariant(*c.costRupiah) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

QVariant sqlDate(QDate date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

QDate dateFromSql(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

StandardRepository::StandardRepository(DatabasePtr db)
    : m_db(std::move(db))
{ }

Result<std::optional<ServiceRef>> StandardRepository::serviceById(qint64 id) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT id, code, name, active FROM services WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return m_db->sqlError(q.lastError(), tr("reading the services"));
    if (!q.next())
        return std::optional<ServiceRef>();
    return std::optional<ServiceRef>(
        ServiceRef { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toBool() });
}

Result<std::optional<ServiceRef>> StandardRepository::serviceByCode(const QString &code) const
{
    QSqlQuery q(m_db->connection());
    // Codes are typed by people ("kk" for "KK"): match regardless of case.
    q.prepare(QStringLiteral("SELECT id, code, name, active FROM services WHERE lower(code) = lower(?) "
                             "ORDER BY code = ? DESC LIMIT 1"));
    q.addBindValue(code.trimmed());
    q.addBindValue(code.trimmed());
    if (!q.exec())
        return m_db->sqlError(q.lastError(), tr("reading the services"));
    if (!q.next())
        return std::optional<ServiceRef>();
    return std::optional<ServiceRef>(
        ServiceRef { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toBool() });
}

Result<QList<ServiceRef>> StandardRepository::services() const
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(QStringLiteral("SELECT id, code, name, active FROM services ORDER BY sort_order, code")))
        return m_db->sqlError(q.lastError(), tr("reading the services"));
    QList<ServiceRef> out;
    while (q.next())
        out << ServiceRef { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toBool() };
    return out;
}

Result<QList<StandardVersion>> StandardRepository::many(
    const QString &where, const QVariantList &binds, bool withContent) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT ") + kVersionColumns + QStringLiteral(" WHERE ") + where
        + QStringLiteral(" ORDER BY v.service_id, v.version"));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return m_db->sqlError(q.lastError(), tr("reading the service standards"));
    QList<StandardVersion> out;
    while (q.next())
        out << readVersion(q);
    q.finish();
    if (withContent) {
        for (StandardVersion &v : out) {
            if (Status st = loadContent(v); !st)
                return st.error();
        }
    }
    return out;
}

Result<std::optional<StandardVersion>> StandardRepository::one(const QString &where, const QVariantList &binds) const
{
    auto found = many(where, binds, true);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<StandardVersion>();
    return std::optional<StandardVersion>(found->last());
}

Status StandardRepository::loadContent(StandardVersion &v) const
{
    QSqlQuery q(m_db->connection());
    const QString what = tr("reading a service standard");
    StandardContent &c = v.content;
    c.requirements.clear();
    c.procedure.clear();
    c.products.clear();
    c.complaintChannels.clear();

    q.prepare(QStringLiteral("SELECT name, form, count, notes FROM standard_requirements "
                             "WHERE version_id = ? ORDER BY position"));
    q.addBindValue(v.id);
    if (!q.exec())
        return m_db->sqlError(q.lastError(), what);
    while (q.next()) {
        c.requirements << Requirement { q.value(0).toString(),
            documentFormFromCode(q.value(1).toString()).value_or(DocumentForm::Copy), q.value(2).toInt(),
            q.value(3).toString() };
    }
    q.prepare(QStringLiteral("SELECT description, performer FROM standard_procedure_steps "
                             "WHERE version_id = ? ORDER BY position"));
    q.addBindValue(v.id);
    if (!q.exec())
        return m_db->sqlError(q.lastError(), what);
    while (q.next())
        c.procedure << ProcedureStep { q.value(0).toString(), q.value(1).toString() };

    q.prepare(QStringLiteral("SELECT name FROM standard_products WHERE version_id = ? ORDER BY position"));
    q.addBindValue(v.id);
    if (!q.exec())
        return m_db->sqlError(q.lastError(), what);
    while (q.next())
        c.products << q.value(0).toString();

    q.prepare(QStringLiteral("SELECT channel, contact FROM standard_complaint_channels "
                             "WHERE version_id = ? ORDER BY position"));
    q.addBindValue(v.id);
    if (!q.exec())
        return m_db->sqlError(q.lastError(), what);
    while (q.next())
        c.complaintChannels << ComplaintChannel { q.value(0).toString(), q.value(1).toString() };
    return {};
}

Result<QList<StandardVersion>> StandardRepository::versions(qint64 serviceId, bool withContent) const
{
    return many(QStringLiteral("v.service_id = ?"), { serviceId }, withContent);
}

Result<std::optional<StandardVersion>> StandardRepository::versionById(qint64 versionId) const
{
    return one(QStringLiteral("v.id = ?"), { versionId });
}

Result<std::optional<StandardVersion>> StandardRepository::versionByNumber(qint64 serviceId, int number) const
{
    return one(QStringLiteral("v.service_id = ? AND v.version = ?"), { serviceId, number });
}

Result<std::optional<StandardVersion>> StandardRepository::draft(qint64 serviceId) const
{
    return one(QStringLiteral("v.service_id = ? AND v.status = 'draft'"), { serviceId });
}

Result<std::optional<StandardVersion>> StandardRepository::setVersion(qint64 serviceId) const
{
    return one(QStringLiteral("v.service_id = ? AND v.status = 'set'"), { serviceId });
}

Result<std::optional<StandardVersion>> StandardRepository::latest(qint64 serviceId) const
{
    return one(QStringLiteral("v.service_id = ? AND v.version = "
                              "(SELECT max(version) FROM standard_versions WHERE service_id = ?)"),
        { serviceId, serviceId });
}

Result<std::optional<StandardVersion>> StandardRepository::inForce(qint64 serviceId, QDate date) const
{
    const QString day = date.toString(Qt::ISODate);
    // ISO dates compare correctly as text. Should periods ever overlap, the
    // newest version wins (one() keeps the last row).
    return one(QStringLiteral("v.service_id = ? AND v.status <> 'draft' AND v.effective_from <= ? "
                              "AND (v.effective_to IS NULL OR v.effective_to >= ?)"),
        { serviceId, day, day });
}

Result<int> StandardRepository::nextVersionNumber(qint64 serviceId) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT coalesce(max(version), 0) + 1 FROM standard_versions WHERE service_id = ?"));
    q.addBindValue(serviceId);
    if (!q.exec() || !q.next())
        return m_db->sqlError(q.lastError(), tr("numbering a new version of a standard"));
    return q.value(0).toInt();
}

Result<qint64> StandardRepository::insertVersion(const StandardVersion &v, qint64 nowMs) const
{
    const StandardContent &c = v.content;
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral(
        "INSERT INTO standard_versions (service_id, version, status, service_time_amount, service_time_unit, "
        "cost_rupiah, cost_legal_basis, legal_basis, facilities, competence, internal_supervision, staffing, "
        "service_guarantee, security_guarantee, performance_evaluation, decree_number, decree_date, effective_from, "
        "effective_to, created_at, created_by, updated_at, set_at, set_by) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(v.service.id);
    q.addBindValue(v.number);
    q.addBindValue(versionStatusCode(v.status));
    q.addBindValue(c.serviceTime.amount);
    q.addBindValue(timeUnitCode(c.serviceTime.unit));
    q.addBindValue(optionalCost(c));
    q.addBindValue(sqlText(c.costLegalBasis));
    q.addBindValue(sqlText(c.legalBasis));
    q.addBindValue(sqlText(c.facilities));
    q.addBindValue(sqlText(c.competence));
    q.addBindValue(sqlText(c.internalSupervision));
    q.addBindValue(sqlText(c.staffing));
    q.addBindValue(sqlText(c.serviceGuarantee));
    q.addBindValue(sqlText(c.securityGuarantee));
    q.addBindValue(sqlText(c.performanceEvaluation));
    q.addBindValue(sqlText(v.decreeNumber));
    q.addBindValue(sqlDate(v.decreeDate));
    q.addBindValue(sqlDate(v.effectiveFrom));
    q.addBindValue(sqlDate(v.effectiveTo));
    q.addBindValue(v.createdAt.isValid() ? v.createdAt.toMSecsSinceEpoch() : nowMs);
    q.addBindValue(sqlText(v.createdBy));
    q.addBindValue(nowMs);
    q.addBindValue(v.status == VersionStatus::Draft
            ? QVariant(QMetaType(QMetaType::LongLong))
            : QVariant(v.setAt.isValid() ? v.setAt.toMSecsSinceEpoch() : nowMs));
    q.addBindValue(sqlText(v.setBy));
    if (!q.exec())
        return m_db->sqlError(q.lastError(), tr("saving a service standard"));
    const qint64 id = returnedId(q);
    if (Status st = writeLists(id, c); !st)
        return st.error();
    return id;
}

Status StandardRepository::writeLists(qint64 versionId, const StandardContent &c) const
{
    QSqlQuery q(m_db->connection());
    const QString what = tr("saving a service standard");
    for (const char *table :
        { "standard_requirements", "standard_procedure_steps", "standard_products", "standard_complaint_channels" }) {
        // Table names are fixed literals above, never user input.
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE version_id = ?").arg(QLatin1String(table)));
        q.addBindValue(versionId);
        if (!q.exec())
            return m_db->sqlError(q.lastError(), what);
    }
    q.prepare(QStringLiteral("INSERT INTO standard_requirements (version_id, position, name, form, count, notes) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < c.requirements.size(); ++i) {
        const Requirement &r = c.requirements.at(i);
        q.addBindValue(versionId);
        q.addBindValue(int(i + 1));
        q.addBindValue(sqlText(r.name.trimmed()));
        q.addBindValue(documentFormCode(r.form));
        q.addBindValue(r.count);
        q.addBindValue(sqlText(r.notes));
        if (!q.exec())
            return m_db->sqlError(q.lastError(), what);
    }
    q.prepare(QStringLiteral("INSERT INTO standard_procedure_steps (version_id, position, description, performer) "
                             "VALUES (?, ?, ?, ?)"));
    for (qsizetype i = 0; i < c.procedure.size(); ++i) {
        q.addBindValue(versionId);
        q.addBindValue(int(i + 1));
        q.addBindValue(sqlText(c.procedure.at(i).description.trimmed()));
        q.addBindValue(sqlText(c.procedure.at(i).performer));
        if (!q.exec())
            return m_db->sqlError(q.lastError(), what);
    }
    q.prepare(QStringLiteral("INSERT INTO standard_products (version_id, position, name) VALUES (?, ?, ?)"));
    for (qsizetype i = 0; i < c.products.size(); ++i) {
        q.addBindValue(versionId);
        q.addBindValue(int(i + 1));
        q.addBindValue(sqlText(c.products.at(i).trimmed()));
        if (!q.exec())
            return m_db->sqlError(q.lastError(), what);
    }
    q.prepare(QStringLiteral("INSERT INTO standard_complaint_channels (version_id, position, channel, contact) "
                             "VALUES (?, ?, ?, ?)"));
    for (qsizetype i = 0; i < c.complaintChannels.size(); ++i) {
        q.addBindValue(versionId);
        q.addBindValue(int(i + 1));
        q.addBindValue(sqlText(c.complaintChannels.at(i).channel.trimmed()));
        q.addBindValue(sqlText(c.complaintChannels.at(i).contact));
        if (!q.exec())
            return m_db->sqlError(q.lastError(), what);
    }
    return {};
}

Status StandardRepository::updateContent(qint64 versionId, const StandardContent &c, qint64 nowMs) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral(
        "UPDATE standard_versions SET service_time_amount = ?, service_time_unit = ?, cost_rupiah = ?, "
        "cost_legal_basis = ?, legal_basis = ?, facilities = ?, competence = ?, internal_supervision = ?, "
        "staffing = ?, service_guarantee = ?, security_guarantee = ?, performance_evaluation = ?, updated_at = ? "
        "WHERE id = ? AND status = 'draft'"));
    q.addBindValue(c.serviceTime.amount);
    q.addBindValue(timeUnitCode(c.serviceTime.unit));
    q.addBindValue(optionalCost(c));
    q.addBindValue(sqlText(c.costLegalBasis));
    q.addBindValue(sqlText(c.legalBasis));
    q.addBindValue(sqlText(c.facilities));
    q.addBindValue(sqlText(c.competence));
    q.addBindValue(sqlText(c.internalSupervision));
    q.addBindValue(sqlText(c.staffing));
    q.addBindValue(sqlText(c.serviceGuarantee));
    q.addBindValue(sqlText(c.securityGuarantee));
    q.addBindValue(sqlText(c.performanceEvaluation));
    q.addBindValue(nowMs);
    q.addBindValue(versionId);
    if (!q.exec())
        return m_db->sqlError(q.lastError(), tr("saving a service standard"));
    if (q.numRowsAffected() != 1) {
        return makeError(ErrorCode::InvalidState,
            tr("This version of the standard is no longer a draft, so it cannot be changed. "
               "Open the standard again and edit its draft."));
    }
    return writeLists(versionId, c);
}

Status StandardRepository::markSet(qint64 versionId, const Decree &decree, const QString &username, qint64 nowMs) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("UPDATE standard_versions SET status = 'set', decree_number = ?, decree_date = ?, "
                             "effective_from = ?, effective_to = NULL, set_at = ?, set_by = ?, updated_at = ? "
                             "WHERE id = ? AND status = 'draft'"));
    q.addBindValue(sqlText(decree.number.trimmed()));
    q.addBindValue(sqlDate(decree.date));
    q.addBindValue(sqlDate(decree.effectiveFrom));
    q.addBindValue(nowMs);
    q.addBindValue(sqlText(username));
    q.addBindValue(nowMs);
    q.addBindValue(versionId);
    if (!q.exec())
        return m_db->sqlError(q.lastError(), tr("setting a service standard"));
    if (q.numRowsAffected() != 1) {
        return makeError(ErrorCode::InvalidState,
            tr("This version of the standard is no longer a draft: someone else set it meanwhile."));
    }
    return {};
}

Status StandardRepository::markSuperseded(qint64 versionId, QDate effectiveTo, qint64 nowMs) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("UPDATE standard_versions SET status = 'superseded', effective_to = ?, updated_at = ? "
                             "WHERE id = ? AND status = 'set'"));
    q.addBindValue(sqlDate(effectiveTo));
    q.addBindValue(nowMs);
    q.addBindValue(versionId);
    if (!q.exec())
        return m_db->sqlError(q.lastError(), tr("closing the previous version of a standard"));
    return {};
}

Status StandardRepository::deleteVersion(qint64 versionId) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("DELETE FROM standard_versions WHERE id = ?"));
    q.addBindValue(versionId);
    if (!q.exec())
        return m_db->sqlError(q.lastError(), tr("removing a version of a standard"));
    return {};
}

} // namespace loket
