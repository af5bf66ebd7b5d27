// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

namespace loket {

// Domain code reads the time only through a Clock, so tests can fix it.
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
    qint64 nowMs() const { return nowUtc().toMSecsSinceEpoch(); }
};

// The computer's clock (or, for tests driving a process, the moment in
// LOKET_TEST_CLOCK, ticking from the process's start).
class SystemClock final : public Clock {
public:
    SystemClock();
    QDateTime nowUtc() const override;
    static const SystemClock &instance();

private:
    qint64 m_offsetMs = 0;
};

// A clock that shows a set time and moves only when told to.
class ManualClock final : public Clock {
public:
    explicit ManualClock(QDateTime utc) : m_now(utc.toUTC()) {}
    QDateTime nowUtc() const override { return m_now; }
    void set(const QDateTime &utc) { m_now = utc.toUTC(); }
    void advanceSecs(qint64 s) { m_now = m_now.addSecs(s); }
    void advanceMs(qint64 ms) { m_now = m_now.addMSecs(ms); }

private:
    QDateTime m_now;
};

} // namespace loket
