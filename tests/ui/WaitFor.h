// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDeadlineTimer>
#include <QTest>

#include <functional>

namespace loket::test {

// Runs the event loop until `condition` holds or `timeoutMs` passes; for
// Catch2 checks (QTRY_* macros report to QTest, not to Catch2).
inline bool waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(20);
    }
    return true;
}

} // namespace loket::test
