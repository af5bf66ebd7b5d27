// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/DatabaseLocation.h"

#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

namespace loket {

namespace {

// The client options an office may set in the URL (libpq's names).
const QStringList &knownOptions()
{
    static const QStringList names {
        QStringLiteral("sslmode"), QStringLiteral("service"), QStringLiteral("connect_timeout"),
        QStringLiteral("sslrootcert"), QStringLiteral("sslcert"), QStringLiteral("sslkey"),
        QStringLiteral("application_name"), QStringLiteral("target_session_attrs"),
    };
    return names;
}

} // namespace

bool DatabaseLocation::looksLikeUrl(const QString &text)
{
    const QString t = text.trimmed();
    return t.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || t.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

Result<DatabaseLocation> DatabaseLocation::parse(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("No database file was given."));
    DatabaseLocation out;
    if (!looksLikeUrl(t)) {
        if (t.contains(QLatin1String("://"))) {
            return makeError(ErrorCode::InvalidInput,
                tr("\"%1\" is not a database Loket can use: give a file, or a server as "
                   "postgresql://user@host:port/database.").arg(t));
        }
        out.file = QFileInfo(t).absoluteFilePath();
        return out;
    }
    const QUrl url(t, QUrl::StrictMode);
    if (!url.isValid()) {
        return makeError(ErrorCode::InvalidInput,
            tr("The database address \"%1\" is not valid (%2). Write it as postgresql://user@host:port/database.")
                .arg(t, url.errorString()));
    }
    if (!url.password().isEmpty()) {
        return makeError(ErrorCode::InvalidInput,
            tr("The database address holds a password. Leave it out: a password on a command line can be read by "
               "anyone on this PC. Put it in ~/.pgpass (or the file PGPASSFILE names), or let Loket ask for it."));
    }
    out.kind = Kind::Server;
    out.host = url.host();
    out.port = url.port(0);
    out.user = url.userName();
    out.databaseName = url.path().mid(1);
    if (out.databaseName.contains(QLatin1Char('/'))) {
        return makeError(ErrorCode::InvalidInput,
            tr("The database address \"%1\" names more than one database. Write it as "
               "postgresql://user@host:port/database.").arg(url.toDisplayString(QUrl::RemovePassword)));
    }
    QStringList options;
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (!knownOptions().contains(key)) {
            return makeError(ErrorCode::InvalidInput,
                tr("The database address has an option Loket does not know: \"%1\". Known: %2.")
                    .arg(key, knownOptions().join(QStringLiteral(", "))));
        }
        if (key == QLatin1String("password")) // not in the list; kept for clarity
            continue;
        if (value.contains(QLatin1Char(';')) || value.contains(QLatin1Char(' ')) || value.contains(QLatin1Char('\''))) {
            return makeError(ErrorCode::InvalidInput,
                tr("The option %1 of the database address has a value Loket cannot pass on: \"%2\".").arg(key, value));
        }
        options << key + QLatin1Char('=') + value;
    }
    out.options = options.join(QLatin1Char(';'));
    if (out.host.isEmpty() && out.databaseName.isEmpty() && !out.options.contains(QLatin1String("service="))) {
        return makeError(ErrorCode::InvalidInput,
            tr("The database address \"%1\" names no server, no database and no service. Write it as "
               "postgresql://user@host:port/database, or postgresql:///?service=name.").arg(t));
    }
    return out;
}

QString DatabaseLocation::display() const
{
    if (!isServer())
        return file;
    QString s = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        s += user + QLatin1Char('@');
    s += host;
    if (port > 0)
        s += QLatin1Char(':') + QString::number(port);
    s += QLatin1Char('/') + databaseName;
    if (!options.isEmpty())
        s += QLatin1Char('?') + QString(options).replace(QLatin1Char(';'), QLatin1Char('&'));
    return s;
}

} // namespace loket
