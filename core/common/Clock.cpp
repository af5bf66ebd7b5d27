// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/Clock.h"

namespace loket {

namespace {

// Tests that drive a Loket process (loketctl, a screen) on a fixture's time set
// LOKET_TEST_CLOCK to an ISO 8601 moment; the process's clock then starts there
// and ticks. Nothing else sets it, and without it the clock is the computer's.
qint64 testClockOffsetMs()
{
    const QString text = qEnvironmentVariable("LOKET_TEST_CLOCK");
    if (text.isEmpty())
        return 0;
    const QDateTime start = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!start.isValid())
        return 0;
    return start.toMSecsSinceEpoch() - QDateTime::currentMSecsSinceEpoch();
}

} // namespace

SystemClock::SystemClock()
    : m_offsetMs(testClockOffsetMs())
{ }

QDateTime SystemClock::nowUtc() const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return m_offsetMs == 0 ? now : now.addMSecs(m_offsetMs);
}

const SystemClock &SystemClock::instance()
{
    static const SystemClock clock;
    return clock;
}

} // namespace loket
