// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QStringList>

namespace loket::test {

// The moment process tests run at unless they say otherwise: Monday
// 23 November 2026, 08.00 WIB, a working day in office hours (QueueFixture's).
QDateTime defaultTestMoment();

// The built loketctl; fails the test when it is missing.
QString loketctlProgram();

// The environment of a Loket process started by a test: none of the caller's
// user, database or password variables (the test's LOKET_LANG stays), and
// the clock set to `moment` (LOKET_TEST_CLOCK), so the process agrees with
// the test's fixture whatever the real date and hour.
QProcessEnvironment processEnvironment(const QDateTime &moment = defaultTestMoment());

struct CliRun {
    int exitCode = -1;
    QByteArray outBytes;
    QString out;
    QString err;
    QJsonObject json() const;
};

struct CliCall {
    QString database;
    QStringList args;
    QString user;     // empty: no --user (the kiosk, read commands)
    QString password; // given through LOKET_PASSWORD
    QDateTime moment = defaultTestMoment();
    QList<QPair<QString, QString>> env; // extra variables
    QByteArray input;                   // standard input; empty: /dev/null
    int timeoutMs = 30000;
};

// Runs loketctl to its end; fails the test when it hangs or crashes.
CliRun runLoketctl(const CliCall &call);

} // namespace loket::test
