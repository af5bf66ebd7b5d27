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

class SystemClock final : public Clock {
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
    static const SystemClock &instance();
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
