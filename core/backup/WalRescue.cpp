// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/backup/WalRescue.h"

#include "core/common/Tr.h"
#include "core/backup/Backup.h"
#include "core/storage/SettingsStore.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace loket {

namespace {

QString newestBackupText(const DatabasePtr &db)
{
    const QString folder = Backup::folder(db);
    auto listed = Backup::list(folder);
    if (!listed || listed->isEmpty()) {
        return QCoreApplication::translate("loket", "There is no backup in %1 to compare with.")
            .arg(QDir::toNativeSeparators(folder));
    }
    const BackupInfo &b = listed->first();
    return QCoreApplication::translate("loket", "Compare with the newest backup from before: %1 (saved %2).")
        .arg(QDir::toNativeSeparators(b.path),
            QLocale().toString(b.savedAtUtc.toLocalTime(), QStringLiteral("d MMM yyyy HH.mm")));
}

QString message(const DatabasePtr &db, bool torn, int droppedCommits, const QString &copy)
{
    const QString shownCopy = QDir::toNativeSeparators(copy);
    if (torn) {
        return QCoreApplication::translate("loket",
            "The database's write-ahead log was cut off in its last write (normal after a power cut or a "
            "crash): the change being saved at that moment was not saved. A copy of the log was kept as %1.")
            .arg(shownCopy);
    }
    const QString lost = droppedCommits < 0
        ? QCoreApplication::translate("loket", "everything saved in it since the last checkpoint")
        : QCoreApplication::translate("loket", "%n change(s) saved after the damage", nullptr, droppedCommits);
    return QCoreApplication::translate("loket",
        "Warning: the database's write-ahead log was damaged, so %1 could not be read and is missing "
        "from the database (tickets issued then may be issued again under the same numbers). A copy of "
        "the log was kept as %2 for a technician. %3")
        .arg(lost, shownCopy, newestBackupText(db));
}

QJsonObject stored(const DatabasePtr &db)
{
    const QString json = SettingsStore(db).stringValue(QLatin1String(SettingKey::WalDamage));
    return json.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(json.toUtf8()).object();
}

} // namespace

QString walRescueMessage(const DatabasePtr &db, const Database::WalRescue &rescue)
{
    return message(db, rescue.check.state == WalCheck::State::Torn, rescue.check.droppedCommits, rescue.copyPath);
}

QString storedWalDamageMessage(const DatabasePtr &db)
{
    const QJsonObject o = stored(db);
    if (o.isEmpty())
        return {};
    return message(db, o.value(QStringLiteral("state")).toString() == QLatin1String("torn"),
        o.value(QStringLiteral("dropped_commits")).toInt(), o.value(QStringLiteral("copy")).toString());
}

bool storedWalDamageIsSerious(const DatabasePtr &db)
{
    return stored(db).value(QStringLiteral("state")).toString() == QLatin1String("damaged");
}

} // namespace loket
