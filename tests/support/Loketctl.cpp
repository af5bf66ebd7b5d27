// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/Loketctl.h"

#include <catch2/catch.hpp>

#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>

namespace loket::test {

QDateTime defaultTestMoment()
{
    return QDateTime(QDate(2026, 11, 23), QTime(1, 0), Qt::UTC);
}

QString loketctlProgram()
{
    const QString program = QStringLiteral(LOKET_BINARY_DIR "/app/loketctl/loketctl");
    INFO("loketctl is built by the loketctl target: " << program.toStdString());
    REQUIRE(QFileInfo(program).isExecutable());
    return program;
}

QProcessEnvironment processEnvironment(const QDateTime &moment)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : { "LOKET_USER", "LOKET_DATABASE", "LOKET_PASSWORD", "LOKET_NEW_PASSWORD", "LOKET_TEST_CLOCK" })
        env.remove(QString::fromLatin1(name));
    if (moment.isValid())
        env.insert(QStringLiteral("LOKET_TEST_CLOCK"), moment.toUTC().toString(Qt::ISODateWithMs));
    return env;
}

QJsonObject CliRun::json() const
{
    return QJsonDocument::fromJson(outBytes).object();
}

CliRun runLoketctl(const CliCall &call)
{
    QProcessEnvironment env = processEnvironment(call.moment);
    if (!call.password.isNull())
        env.insert(QStringLiteral("LOKET_PASSWORD"), call.password);
    for (const auto &[name, value] : call.env)
        env.insert(name, value);
    QStringList all;
    if (!call.database.isEmpty())
        all << QStringLiteral("--database") << call.database;
    if (!call.user.isEmpty())
        all << QStringLiteral("--user") << call.user;
    QProcess p;
    p.setProcessEnvironment(env);
    if (call.input.isEmpty())
        p.setStandardInputFile(QProcess::nullDevice()); // not a terminal: nothing may be prompted for
    p.start(loketctlProgram(), all + call.args);
    INFO("loketctl " << (all + call.args).join(QLatin1Char(' ')).toStdString());
    REQUIRE(p.waitForStarted(30000));
    if (!call.input.isEmpty()) {
        p.write(call.input);
        p.closeWriteChannel();
    }
    const bool finished = p.waitForFinished(call.timeoutMs);
    if (!finished) {
        p.kill();
        p.waitForFinished();
    }
    REQUIRE(finished);
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    CliRun r;
    r.exitCode = p.exitCode();
    r.outBytes = p.readAllStandardOutput();
    r.out = QString::fromUtf8(r.outBytes);
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace loket::test
