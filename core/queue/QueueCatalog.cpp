// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/queue/QueueCatalog.h"

#include "core/storage/Database.h"

#include <QSqlQuery>

namespace loket {

namespace {

const QString kColumns = QStringLiteral("SELECT id, code, prefix, name, active, target_minutes FROM services ");

QueueServiceInfo readService(const QSqlQuery &q)
{
    QueueServiceInfo s;
    s.id = q.value(0).toLongLong();
    s.code = q.value(1).toString();
    s.prefix = q.value(2).toString();
    s.name = q.value(3).toString();
    s.active = q.value(4).toBool();
    s.targetMinutes = q.value(5).toInt();
    return s;
}

} // namespace

Result<QueueServiceInfo> QueueCatalog::service(const Database &db, qint64 id)
{
    QSqlQuery &q = db.prepared(kColumns + QStringLiteral("WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return db.sqlError(q.lastError(), tr("reading a service"));
    if (!q.next()) {
        q.finish();
        return makeError(ErrorCode::NotFound, tr("The service does not exist (any more). Choose another service."));
    }
    auto service = readService(q);
    q.finish();
    return service;
}

Result<QueueServiceInfo> QueueCatalog::serviceByCode(const Database &db, const QString &code)
{
    QSqlQuery q(db.connection());
    q.prepare(kColumns
        + QStringLiteral("WHERE lower(code) = lower(?) OR lower(prefix) = lower(?) "
                         "ORDER BY lower(code) = lower(?) DESC LIMIT 1"));
    const QString c = code.trimmed();
    q.addBindValue(c);
    q.addBindValue(c);
    q.addBindValue(c);
    if (!q.exec())
        return db.sqlError(q.lastError(), tr("reading a service"));
    if (!q.next())
        return makeError(ErrorCode::NotFound,
            tr("There is no service with the code \"%1\". Check the code in the list of services.").arg(c));
    return readService(q);
}

Result<QList<QueueServiceInfo>> QueueCatalog::activeServices(const Database &db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(kColumns + QStringLiteral("WHERE active = TRUE ORDER BY sort_order, code")))
        return db.sqlError(q.lastError(), tr("reading the services"));
    QList<QueueServiceInfo> out;
    while (q.next())
        out << readService(q);
    return out;
}

} // namespace loket
