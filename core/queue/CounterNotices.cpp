// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// CounterService: what an officer is told when signing in — outside opening
// hours, or already working at a counter in another window.
// (The counters' states are in CounterService.cpp.)
#include "core/queue/CounterService.h"

#include "core/catalog/CalendarRepository.h"
#include "core/storage/SettingsStore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSysInfo>
#include <QUuid>

namespace loket {

namespace {

QString clockText(QTime t)
{
    return t.toString(QStringLiteral("HH.mm"));
}

QString dayText(QDate d)
{
    return QLocale().toString(d, QStringLiteral("dddd d MMMM"));
}

// A window is forgotten after this long without being claimed again: a PC
// that crashed overnight does not warn the next morning.
constexpr qint64 kWindowLifetimeMs = 14LL * 3600 * 1000;

bool processAlive(qint64 pid)
{
#ifdef Q_OS_LINUX
    return pid > 0 && QFileInfo::exists(QStringLiteral("/proc/%1").arg(pid));
#else
    return pid > 0;
#endif
}

QJsonObject toJson(const OfficerWindow &w)
{
    return QJsonObject { { QStringLiteral("token"), w.token }, { QStringLiteral("host"), w.host },
        { QStringLiteral("pid"), w.pid }, { QStringLiteral("counter"), w.counterId },
        { QStringLiteral("number"), w.counterNumber }, { QStringLiteral("since"), w.since.toMSecsSinceEpoch() } };
}

OfficerWindow fromJson(const QJsonObject &o)
{
    OfficerWindow w;
    w.token = o.value(QStringLiteral("token")).toString();
    w.host = o.value(QStringLiteral("host")).toString();
    w.pid = o.value(QStringLiteral("pid")).toInteger();
    w.counterId = o.value(QStringLiteral("counter")).toInteger();
    w.counterNumber = o.value(QStringLiteral("number")).toInt();
    w.since = QDateTime::fromMSecsSinceEpoch(o.value(QStringLiteral("since")).toInteger(), Qt::UTC);
    return w;
}

// Every officer's windows, by user id, without the ones that are gone.
QHash<qint64, QList<OfficerWindow>> readWindows(const DatabasePtr &db, qint64 nowMs)
{
    const QString thisHost = QSysInfo::machineHostName();
    QHash<qint64, QList<OfficerWindow>> out;
    const QJsonObject all = QJsonDocument::fromJson(
        SettingsStore(db).stringValue(QLatin1String(SettingKey::QueueCounterWindows)).toUtf8())
                                .object();
    for (auto it = all.begin(); it != all.end(); ++it) {
        for (const QJsonValue &v : it.value().toArray()) {
            const OfficerWindow w = fromJson(v.toObject());
            if (nowMs - w.since.toMSecsSinceEpoch() > kWindowLifetimeMs)
                continue;
            if (w.host == thisHost && !processAlive(w.pid))
                continue;
            out[it.key().toLongLong()] << w;
        }
    }
    return out;
}

Status writeWindows(const DatabasePtr &db, const QHash<qint64, QList<OfficerWindow>> &windows)
{
    QJsonObject all;
    for (auto it = windows.begin(); it != windows.end(); ++it) {
        QJsonArray list;
        for (const OfficerWindow &w : it.value())
            list << toJson(w);
        if (!list.isEmpty())
            all.insert(QString::number(it.key()), list);
    }
    const QString text
        = all.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Compact));
    return SettingsStore(db).setValue(QLatin1String(SettingKey::QueueCounterWindows), text);
}

std::optional<OfficerWindow> another(const QList<OfficerWindow> &windows, const QString &token)
{
    for (const OfficerWindow &w : windows) {
        if (w.token != token)
            return w;
    }
    return std::nullopt;
}

} // namespace

Result<std::optional<QString>> CounterService::outOfHours() const
{
    const CalendarRepository repository(m_db);
    auto calendar = repository.load();
    if (!calendar)
        return calendar.error();
    auto officeTime = repository.officeTime();
    if (!officeTime)
        return officeTime.error();
    const QDateTime local = officeTime->localDateTime(m_clock.nowUtc());
    const QDate today = local.date();
    const QTime now = local.time();
    const QDate next = calendar->nextWorkingDay(today);
    const QString reopens = next.isValid()
        ? tr("It opens again on %1 at %2.").arg(dayText(next), clockText(calendar->hoursOn(next).open))
        : QString();
    auto join = [](const QString &a, const QString &b) { return b.isEmpty() ? a : a + QLatin1Char(' ') + b; };
    if (!calendar->isWorkingDay(today)) {
        const QString holiday = calendar->holidayName(today);
        if (!holiday.isEmpty()) {
            return std::optional<QString>(
                join(tr("Note: today is a holiday (%1) and the office is closed.").arg(holiday), reopens));
        }
        return std::optional<QString>(
            join(tr("Note: the office is closed on %1.").arg(QLocale().dayName(today.dayOfWeek())), reopens));
    }
    const DayHours hours = calendar->hoursOn(today);
    if (now < hours.open) {
        return std::optional<QString>(
            tr("Note: the office opens at %1 today; it is %2 now.").arg(clockText(hours.open), clockText(now)));
    }
    if (now >= hours.close) {
        return std::optional<QString>(
            join(tr("Note: the office closed at %1 today; it is %2 now.").arg(clockText(hours.close), clockText(now)),
                reopens));
    }
    return std::optional<QString>();
}

OfficerWindow CounterService::thisWindow()
{
    OfficerWindow w;
    w.token = QUuid::createUuid().toString(QUuid::WithoutBraces);
    w.host = QSysInfo::machineHostName();
    w.pid = QCoreApplication::applicationPid();
    return w;
}

Result<std::optional<OfficerWindow>> CounterService::claimWindow(
    const Actor &actor, qint64 counterId, const OfficerWindow &window)
{
    if (actor.isSystem() || actor.userId <= 0 || window.token.isEmpty())
        return std::optional<OfficerWindow>();
    std::optional<OfficerWindow> other;
    Status done = m_db->transaction([&]() -> Status {
        auto c = counter(counterId);
        if (!c)
            return c.error();
        const qint64 now = m_clock.nowMs();
        auto windows = readWindows(m_db, now);
        QList<OfficerWindow> &mine = windows[actor.userId];
        OfficerWindow me = window;
        me.counterId = c->id;
        me.counterNumber = c->number;
        me.since = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
        bool found = false;
        for (OfficerWindow &w : mine) {
            if (w.token == me.token) {
                w = me;
                found = true;
            }
        }
        if (!found)
            mine << me;
        other = another(mine, me.token);
        return writeWindows(m_db, windows);
    });
    if (!done)
        return done.error();
    return other;
}

Result<std::optional<OfficerWindow>> CounterService::otherWindow(const Actor &actor, const OfficerWindow &window) const
{
    if (actor.isSystem() || actor.userId <= 0)
        return std::optional<OfficerWindow>();
    return another(readWindows(m_db, m_clock.nowMs()).value(actor.userId), window.token);
}

Status CounterService::releaseWindow(const Actor &actor, const OfficerWindow &window)
{
    if (actor.isSystem() || actor.userId <= 0)
        return {};
    return m_db->transaction([&]() -> Status {
        auto windows = readWindows(m_db, m_clock.nowMs());
        QList<OfficerWindow> &mine = windows[actor.userId];
        const qsizetype before = mine.size();
        mine.removeIf([&](const OfficerWindow &w) { return w.token == window.token; });
        if (mine.size() == before)
            return {};
        return writeWindows(m_db, windows);
    });
}

} // namespace loket
