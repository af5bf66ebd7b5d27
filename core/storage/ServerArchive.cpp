// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A server database's backup: pg_dump's custom-format archive, written and
// restored by pg_dump and pg_restore (Debian's postgresql-client).
#include "core/storage/ServerArchive.h"

#include "core/common/Error.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>

namespace loket {

namespace {

// A custom-format archive begins with these five bytes.
constexpr char kMagic[] = "PGDMP";

QString quoted(const QString &value)
{
    QString v = value;
    v.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    v.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}

} // namespace

QString ServerArchive::fileSuffix()
{
    return QStringLiteral(".dump");
}

bool ServerArchive::isArchive(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    return f.read(5) == QByteArray(kMagic);
}

QString ServerArchive::connectionString(const DatabaseLocation &where)
{
    // libpq's key='value' form: the same server, database, user and options
    // (sslmode, service, …) the application connects with.
    QStringList parts;
    auto add = [&](const char *key, const QString &value) {
        if (!value.isEmpty())
            parts << QLatin1String(key) + QLatin1Char('=') + quoted(value);
    };
    add("host", where.host);
    if (where.port > 0)
        add("port", QString::number(where.port));
    add("dbname", where.databaseName);
    add("user", where.user);
    for (const QString &option : where.options.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const qsizetype eq = option.indexOf(QLatin1Char('='));
        if (eq > 0)
            parts << option.left(eq) + QLatin1Char('=') + quoted(option.mid(eq + 1));
    }
    if (!where.options.contains(QLatin1String("connect_timeout=")))
        parts << QStringLiteral("connect_timeout=10");
    parts << QStringLiteral("application_name='loket-backup'");
    return parts.join(QLatin1Char(' '));
}

ServerArchive::ToolRun ServerArchive::run(const QString &tool, const QStringList &args, int timeoutMs)
{
    ToolRun r;
    const QString program = QStandardPaths::findExecutable(tool);
    if (program.isEmpty())
        return r;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString password = Database::serverPassword();
    if (!password.isEmpty())
        env.insert(QStringLiteral("PGPASSWORD"), password);
    // Messages in plain English for the log (the user sees Loket's own words).
    env.insert(QStringLiteral("LC_MESSAGES"), QStringLiteral("C"));
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForStarted(10000))
        return r;
    r.started = true;
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        r.timedOut = true;
        p.kill();
        p.waitForFinished(5000);
        return r;
    }
    r.out = p.readAllStandardOutput();
    r.err = QString::fromLocal8Bit(p.readAllStandardError()).trimmed();
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return r;
}

Error ServerArchive::toolError(const QString &tool, const ToolRun &run, const QString &what)
{
    if (!run.started) {
        return makeError(ErrorCode::Io,
            tr("%1 needs the program %2, which is not installed on this PC (Debian package postgresql-client). "
               "Install it, then try again.").arg(what, tool));
    }
    if (run.timedOut) {
        return makeError(ErrorCode::Unreachable,
            tr("%1 did not finish in time: the database server may be unreachable or very busy. Nothing was "
               "changed; try again later.").arg(what));
    }
    const QString detail = QStringLiteral("%1 exit %2: %3").arg(tool).arg(run.exitCode).arg(run.err);
    qCWarning(lcErrorDetail, "%s", qUtf8Printable(detail));
    if (run.err.contains(QLatin1String("could not connect"), Qt::CaseInsensitive)
        || run.err.contains(QLatin1String("connection to server"), Qt::CaseInsensitive)) {
        return makeError(ErrorCode::Unreachable,
            tr("%1 failed: the database server cannot be reached. Check that it is on and on the network, then try "
               "again.").arg(what), detail);
    }
    if (run.err.contains(QLatin1String("password authentication failed"), Qt::CaseInsensitive)
        || run.err.contains(QLatin1String("no password supplied"), Qt::CaseInsensitive)) {
        return makeError(ErrorCode::PermissionDenied,
            tr("%1 failed: the database server refused the login. Put the password in ~/.pgpass of this PC's "
               "user, then try again.").arg(what), detail);
    }
    if (run.err.contains(QLatin1String("permission denied"), Qt::CaseInsensitive)) {
        return makeError(ErrorCode::PermissionDenied,
            tr("%1 failed: the server's role may not read every table. Run it as the database's owner (the role "
               "of \"loketctl db init\"), not as the PCs' role.").arg(what), detail);
    }
    if (run.err.contains(QLatin1String("No space left"), Qt::CaseInsensitive)) {
        return makeError(ErrorCode::DiskFull,
            tr("%1 failed: the disk is full. Free some space, then try again.").arg(what), detail);
    }
    return makeError(ErrorCode::Io, tr("%1 failed (%2).").arg(what, run.err.section(QLatin1Char('\n'), 0, 0)), detail);
}

Status ServerArchive::write(const Database &db, const QString &file, int timeoutMs)
{
    if (!db.isServer())
        return makeError(ErrorCode::InvalidInput, tr("A database file is backed up as a file, not as a server's dump."));
    const ToolRun r = run(QStringLiteral("pg_dump"),
                          {QStringLiteral("--format=custom"), QStringLiteral("--no-password"),
                           QStringLiteral("--file=") + file, QStringLiteral("--dbname=") + connectionString(db.location())},
                          timeoutMs);
    if (r.exitCode != 0)
        return toolError(QStringLiteral("pg_dump"), r, tr("The server's backup"));
    return {};
}

Result<int> ServerArchive::schemaVersion(const QString &file)
{
    if (!isArchive(file))
        return makeError(ErrorCode::NotADatabase, tr("The file %1 is not a backup of a Loket server database.").arg(file));
    // The loket_schema table's rows, as the COPY block pg_restore would load.
    const ToolRun r = run(QStringLiteral("pg_restore"),
                          {QStringLiteral("--data-only"), QStringLiteral("--table=loket_schema"),
                           QStringLiteral("--file=-"), file},
                          120000);
    if (r.exitCode != 0) {
        if (!r.started || r.timedOut)
            return toolError(QStringLiteral("pg_restore"), r, tr("Checking the server's backup"));
        return makeError(ErrorCode::NotADatabase,
            tr("The backup %1 is damaged or incomplete (%2): it cannot be restored.")
                .arg(file, r.err.section(QLatin1Char('\n'), 0, 0)));
    }
    const QList<QByteArray> lines = r.out.split('\n');
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        const QByteArray &line = lines[i];
        if (!line.startsWith("COPY ") || !line.contains("loket_schema ("))
            continue;
        const qsizetype open = line.indexOf('('), close = line.indexOf(')');
        const QList<QByteArray> columns = line.mid(open + 1, close - open - 1).split(',');
        const QList<QByteArray> values = lines[i + 1].split('\t');
        for (qsizetype c = 0; c < columns.size() && c < values.size(); ++c) {
            if (columns[c].trimmed() == "version") {
                bool ok = false;
                const int version = values[c].trimmed().toInt(&ok);
                if (ok)
                    return version;
            }
        }
    }
    return makeError(ErrorCode::NotADatabase,
        tr("The file %1 is a server's dump, but not of a Loket database: it has no schema version.").arg(file));
}

Status ServerArchive::restore(const DatabaseLocation &target, const QString &file, int timeoutMs)
{
    const ToolRun r = run(QStringLiteral("pg_restore"),
                          {QStringLiteral("--no-owner"), QStringLiteral("--no-privileges"),
                           QStringLiteral("--single-transaction"), QStringLiteral("--exit-on-error"),
                           QStringLiteral("--no-password"), QStringLiteral("--dbname=") + connectionString(target), file},
                          timeoutMs);
    if (r.exitCode != 0)
        return toolError(QStringLiteral("pg_restore"), r, tr("Restoring the server's backup"));
    return {};
}

} // namespace loket
