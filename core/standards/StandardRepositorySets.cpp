// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// StandardRepository: the versions of every service at once, with their
// content read set-wise (a few statements, not a few per service: on a
// database server each statement is a round trip).
#include "core/standards/StandardRepository.h"

#include <QSqlError>
#include <QSqlQuery>

namespace loket {

Status StandardRepository::loadContents(QList<StandardVersion> &versions) const
{
    if (versions.isEmpty())
        return {};
    QHash<qint64, StandardContent *> byId;
    QStringList ids;
    for (StandardVersion &v : versions) {
        StandardContent &c = v.content;
        c.requirements.clear();
        c.procedure.clear();
        c.products.clear();
        c.complaintChannels.clear();
        byId.insert(v.id, &c);
        ids << QString::number(v.id); // ids read from the table: integers
    }
    const QString in = ids.join(QLatin1Char(','));
    const QString what = tr("reading a service standard");
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    auto read = [&](const QString &columns, const QString &table, const std::function<void(StandardContent &)> &add) {
        if (!q.exec(QStringLiteral("SELECT version_id, %1 FROM %2 WHERE version_id IN (%3) ORDER BY version_id, position")
                        .arg(columns, table, in)))
            return false;
        while (q.next()) {
            if (StandardContent *c = byId.value(q.value(0).toLongLong()))
                add(*c);
        }
        q.finish();
        return true;
    };
    const bool ok = read(QStringLiteral("name, form, count, notes"), QStringLiteral("standard_requirements"),
                         [&](StandardContent &c) {
                             c.requirements << Requirement {q.value(1).toString(),
                                 documentFormFromCode(q.value(2).toString()).value_or(DocumentForm::Copy),
                                 q.value(3).toInt(), q.value(4).toString()};
                         })
        && read(QStringLiteral("description, performer"), QStringLiteral("standard_procedure_steps"),
                [&](StandardContent &c) { c.procedure << ProcedureStep {q.value(1).toString(), q.value(2).toString()}; })
        && read(QStringLiteral("name"), QStringLiteral("standard_products"),
                [&](StandardContent &c) { c.products << q.value(1).toString(); })
        && read(QStringLiteral("channel, contact"), QStringLiteral("standard_complaint_channels"), [&](StandardContent &c) {
               c.complaintChannels << ComplaintChannel {q.value(1).toString(), q.value(2).toString()};
           });
    if (!ok)
        return m_db->sqlError(q.lastError(), what);
    return {};
}

Result<std::map<qint64, StandardVersion>> StandardRepository::byService(const QString &where,
                                                                       const QVariantList &binds) const
{
    auto found = many(where, binds, false);
    if (!found)
        return found.error();
    if (Status s = loadContents(found.value()); !s)
        return s.error();
    std::map<qint64, StandardVersion> out;
    // Ordered by service and version: the newest of a service's rows wins, as one() does.
    for (const StandardVersion &v : found.value())
        out[v.service.id] = v;
    return out;
}

Result<std::map<qint64, StandardVersion>> StandardRepository::inForceByService(QDate date) const
{
    const QString day = date.toString(Qt::ISODate);
    return byService(QStringLiteral("v.status <> 'draft' AND v.effective_from <= ? "
                                    "AND (v.effective_to IS NULL OR v.effective_to >= ?)"),
                     {day, day});
}

Result<std::map<qint64, StandardVersion>> StandardRepository::draftsByService() const
{
    return byService(QStringLiteral("v.status = 'draft'"), {});
}

} // namespace loket
