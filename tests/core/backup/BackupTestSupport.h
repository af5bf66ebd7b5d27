// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers shared by the backup and restore tests.
#pragma once

#include "core/backup/Backup.h"
#include "core/backup/BackupRetention.h"
#include "core/storage/Migrations.h"
#include "core/storage/SettingsStore.h"
#include "tests/support/TempDatabase.h"
#include <catch2/catch.hpp>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QUuid>
#include <unistd.h>

#include <string>

namespace loket::test::backup {

using loket::test::fileBytes;
using loket::test::TempDatabase;


const QDateTime kNow(QDate(2026, 11, 22), QTime(13, 30, 15), Qt::UTC);

inline QVariant scalarIn(const QString &path, const QString &sql)
{
    const QString name = QStringLiteral("scalar-") + QUuid::createUuid().toString(QUuid::Id128);
    QVariant out;
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        c.setDatabaseName(path);
        c.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        REQUIRE(c.open());
        QSqlQuery q(c);
        if (!q.exec(sql))
            FAIL(QString(sql + QStringLiteral(": ") + q.lastError().text()).toStdString());
        if (q.next())
            out = q.value(0);
        q.finish();
        c.close();
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

inline QVariant scalarOf(const DatabasePtr &db, const QString &sql)
{
    QSqlQuery q(db->connection());
    if (!q.exec(sql))
        FAIL(QString(sql + QStringLiteral(": ") + q.lastError().text()).toStdString());
    return q.next() ? q.value(0) : QVariant();
}

inline void execOn(const DatabasePtr &db, const QString &sql)
{
    QSqlQuery q(db->connection());
    if (!q.exec(sql))
        FAIL(QString(sql + QStringLiteral(": ") + q.lastError().text()).toStdString());
}

inline void rawSql(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("raw-") + QUuid::createUuid().toString(QUuid::Id128);
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        c.setDatabaseName(path);
        REQUIRE(c.open());
        QSqlQuery q(c);
        for (const QString &s : statements)
            REQUIRE(q.exec(s));
        c.close();
    }
    QSqlDatabase::removeDatabase(name);
}

inline void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

inline QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

// For comparing file lists with a readable message.
inline std::string names(const QStringList &list)
{
    return list.join(QStringLiteral(", ")).toStdString();
}

// A closed Loket database at `path` holding `statements`, for restores
// (which need every connection of this process to it closed).
inline void makeDatabase(const QString &path, const QStringList &statements)
{
    auto db = Database::open(path);
    REQUIRE(db.ok());
    for (const QString &s : statements)
        execOn(db.value(), s);
}

// A backup file of a closed database holding `statements`.
inline QString makeBackup(const QTemporaryDir &dir, const QString &name, const QStringList &statements)
{
    const QString source = dir.filePath(name + QStringLiteral(".source.db"));
    const QString backup = dir.filePath(name);
    auto db = Database::open(source);
    REQUIRE(db.ok());
    for (const QString &s : statements)
        execOn(db.value(), s);
    auto made = Backup::create(*db.value(), backup);
    if (!made)
        FAIL(made.error().message.toStdString());
    return backup;
}

inline QString language(const DatabasePtr &db)
{
    return scalarOf(db, QStringLiteral("SELECT value FROM settings WHERE key = 'ui.language'")).toString();
}

// A tmpfs of `kib` KiB mounted on a folder, unmounted when it goes.
class TinyDisk
{
public:
    explicit TinyDisk(const QString &folder, int kib)
        : m_folder(folder)
    {
        QDir().mkpath(folder);
        if (::geteuid() == 0) {
            m_mounted = QProcess::execute(QStringLiteral("mount"),
                            { QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                QStringLiteral("size=%1k").arg(kib), QStringLiteral("tmpfs"), folder })
                == 0;
        }
    }
    ~TinyDisk()
    {
        if (m_mounted)
            QProcess::execute(QStringLiteral("umount"), { m_folder });
    }
    bool mounted() const { return m_mounted; }

private:
    QString m_folder;
    bool m_mounted = false;
};


} // namespace loket::test::backup
