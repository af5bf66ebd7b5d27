// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Backup::contents: what a backup holds, for the person about to restore it.
#include "core/backup/Backup.h"
#include "core/storage/DatabaseFileReader.h"
#include "core/storage/ServerArchive.h"

#include <QFileInfo>
#include <QLocale>
#include <QSqlQuery>

namespace loket {

BackupContents Backup::contents(const QString &file)
{
    BackupContents out;
    if (ServerArchive::isArchive(file))
        return out; // a server's dump: read by the server's tools, not here
    const DatabaseFileReader reader(file);
    if (reader.isOpen()) {
        out.readable = true;
        QSqlQuery q(reader.connection());
        // Each on its own: a backup of an older version may lack a table.
        auto one = [&](const QString &sql) -> QVariant {
            if (q.exec(sql) && q.next()) {
                const QVariant v = q.value(0);
                q.finish();
                return v;
            }
            return {};
        };
        out.officeName = one(QStringLiteral("SELECT name FROM office WHERE id = 1")).toString().trimmed();
        out.lastTicketDay = QDate::fromString(one(QStringLiteral("SELECT max(service_day) FROM tickets")).toString(), Qt::ISODate);
        out.tickets = one(QStringLiteral("SELECT count(*) FROM tickets")).toLongLong();
        out.users = one(QStringLiteral("SELECT count(*) FROM users")).toLongLong();
        out.standards = one(QStringLiteral("SELECT count(DISTINCT service_id) FROM standard_versions")).toLongLong();
    }
    return out;
}

QString Backup::contentsText(const BackupContents &c)
{
    const QLocale locale;
    QStringList lines;
    if (c.isEmpty()) {
        lines << tr("This backup is empty: it has no office, no tickets, no users and no service standards. "
                    "Restoring it replaces everything in the database with nothing.");
    }
    lines << tr("Office: %1").arg(c.officeName.isEmpty() ? tr("(not set up)") : c.officeName);
    lines << tr("Last ticket day: %1")
                 .arg(c.lastTicketDay.isValid() ? locale.toString(c.lastTicketDay, QStringLiteral("d MMMM yyyy"))
                                                : tr("(no tickets)"));
    lines << tr("Tickets: %1; users: %2; services with a standard: %3")
                 .arg(locale.toString(c.tickets), locale.toString(c.users), locale.toString(c.standards));
    return lines.join(QLatin1Char('\n'));
}

} // namespace loket
