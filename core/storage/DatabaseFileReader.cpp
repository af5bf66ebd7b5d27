// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/DatabaseFileReader.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>
#include <QtEndian>

namespace loket {

namespace {

// SQLite's file format: the 100-byte header.
constexpr char kSqliteMagic[] = "SQLite format 3";
constexpr int kHeaderSize = 100;
constexpr int kUserVersionOffset = 60;
constexpr int kApplicationIdOffset = 68;
constexpr int kReadVersionOffset = 18; // 2 = the file is in WAL mode

QString uniqueName(const char *what)
{
    return QStringLiteral("loket-%1-").arg(QLatin1String(what)) + QUuid::createUuid().toString(QUuid::Id128);
}

} // namespace

DatabaseFileHeader readDatabaseFileHeader(const QString &path)
{
    DatabaseFileHeader h;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return h;
    const QByteArray bytes = f.read(kHeaderSize);
    if (bytes.size() < kHeaderSize || !bytes.startsWith(QByteArray(kSqliteMagic)))
        return h;
    h.isDatabase = true;
    h.applicationId = qFromBigEndian<quint32>(bytes.constData() + kApplicationIdOffset);
    h.schemaVersion = static_cast<int>(qFromBigEndian<quint32>(bytes.constData() + kUserVersionOffset));
    h.writeAheadLog = static_cast<unsigned char>(bytes.at(kReadVersionOffset)) == 2;
    return h;
}

DatabaseFileReader::DatabaseFileReader(const QString &path)
    : m_name(uniqueName("read"))
{
    QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    QUrl uri = QUrl::fromLocalFile(path);
    uri.setQuery(QStringLiteral("immutable=1"));
    c.setDatabaseName(uri.toString(QUrl::FullyEncoded));
    c.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    c.open();
}

DatabaseFileReader::~DatabaseFileReader()
{
    {
        QSqlDatabase c = QSqlDatabase::database(m_name, false);
        c.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

bool DatabaseFileReader::isOpen() const
{
    return connection().isOpen();
}

QString DatabaseFileReader::errorText() const
{
    return connection().lastError().text();
}

QSqlDatabase DatabaseFileReader::connection() const
{
    return QSqlDatabase::database(m_name, false);
}

QString DatabaseFileReader::integrityProblem() const
{
    const QString engine = QStringLiteral("SQLite integrity check: ");
    if (!isOpen())
        return engine + errorText();
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return engine + q.lastError().text();
    if (!q.next())
        return engine + QStringLiteral("no answer");
    const QString answer = q.value(0).toString();
    return answer == QLatin1String("ok") ? QString() : engine + answer;
}

void checkpointDatabaseFile(const QString &path)
{
    const QString name = uniqueName("checkpoint");
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        c.setDatabaseName(path);
        c.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000"));
        if (c.open()) {
            QSqlQuery q(c);
            q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            q.finish();
            c.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace loket
