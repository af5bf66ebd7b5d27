// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/queue/CounterService.h"

#include "core/queue/OfficeDay.h"
#include "core/queue/TicketStore.h"
#include "core/storage/SqlText.h"

#include <QSqlQuery>

namespace loket {

namespace {

const QString kSelect
    = QStringLiteral("SELECT c.id, c.number, c.name, c.active, c.state, c.state_reason, c.officer_id, u.full_name, "
                     "c.state_changed_at FROM counters c LEFT JOIN users u ON u.id = c.officer_id ");

QString officerLabel(const Actor &actor)
{
    return actor.fullName.isEmpty() ? actor.username : actor.fullName;
}

} // namespace

CounterService::CounterService(DatabasePtr db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
    , m_audit(m_db, clock)
{ }

static Result<QList<QueueCounter>> readCounters(const Database &db, const QString &condition, const QVariantList &binds)
{
    QSqlQuery q(db.connection());
    q.prepare(kSelect + QStringLiteral("WHERE ") + condition + QStringLiteral(" ORDER BY c.number"));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return db.sqlError(q.lastError(), QCoreApplication::translate("loket", "reading the counters"));
    QList<QueueCounter> out;
    while (q.next()) {
        QueueCounter c;
        c.id = q.value(0).toLongLong();
        c.number = q.value(1).toInt();
        c.name = q.value(2).toString();
        c.active = q.value(3).toBool();
        c.state = counterStateFromCode(q.value(4).toString()).value_or(CounterState::Closed);
        c.stateReason = q.value(5).toString();
        c.officerId = q.value(6).toLongLong();
        c.officerName = q.value(7).toString();
        if (!q.value(8).isNull())
            c.stateChangedAt = QDateTime::fromMSecsSinceEpoch(q.value(8).toLongLong(), Qt::UTC);
        out << c;
    }
    if (out.isEmpty())
        return out;
    // One query for every counter's services: the board asks for all counters at once.
    QSqlQuery s(db.connection());
    if (!s.exec(QStringLiteral("SELECT counter_id, service_id FROM counter_services ORDER BY service_id")))
        return db.sqlError(s.lastError(), QCoreApplication::translate("loket", "reading the counters' services"));
    while (s.next()) {
        const qint64 counterId = s.value(0).toLongLong();
        for (QueueCounter &c : out) {
            if (c.id == counterId)
                c.serviceIds << s.value(1).toLongLong();
        }
    }
    return out;
}

Result<QList<QueueCounter>> CounterService::counters() const
{
    return readCounters(*m_db, QStringLiteral("c.active = TRUE"), {});
}

Result<QueueCounter> CounterService::counter(qint64 id) const
{
    auto rows = readCounters(*m_db, QStringLiteral("c.id = ?"), { id });
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return makeError(ErrorCode::NotFound, tr("The counter does not exist (any more). Choose another counter."));
    return rows->first();
}

Result<QueueCounter> CounterService::counterByNumber(int number) const
{
    auto rows = readCounters(*m_db, QStringLiteral("c.number = ?"), { number });
    if (!rows)
        return rows.error();
    if (rows->isEmpty()) {
        return makeError(ErrorCode::NotFound,
            tr("There is no loket %1. Check the counter number in the list of counters.").arg(number));
    }
    return rows->first();
}

Result<std::optional<QueueCounter>> CounterService::counterOf(qint64 userId) const
{
    auto rows = readCounters(*m_db, QStringLiteral("c.officer_id = ? AND c.active = TRUE"), { userId });
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<QueueCounter>();
    return std::optional<QueueCounter>(rows->first());
}

Status CounterService::checkStaffedBy(const QueueCounter &counter, const Actor &actor)
{
    if (actor.isSystem() || counter.officerId == actor.userId)
        return {};
    if (counter.officerId == 0) {
        return makeError(
            ErrorCode::InvalidState, tr("Nobody is signed in at loket %1. Sign in to it first.").arg(counter.number));
    }
    return makeError(ErrorCode::InvalidState,
        tr("Loket %1 is staffed by %2. Work at the counter you are signed in at.")
            .arg(counter.number)
            .arg(counter.officerName));
}

Status CounterService::checkMayOperate(const QueueCounter &counter, const Actor &actor) const
{
    if (actor.isSystem() || counter.officerId == 0 || counter.officerId == actor.userId
        || actor.can(Permission::MonitorQueue))
        return {};
    return makeError(ErrorCode::InvalidState,
        tr("Loket %1 is staffed by %2: only they or a supervisor can open, pause or close it.")
            .arg(counter.number)
            .arg(counter.officerName));
}

Status CounterService::checkNotBusy(const QueueCounter &counter, const QString &refusal) const
{
    auto office = OfficeDay::load(*m_db);
    if (!office)
        return office.error();
    const QDate today = office->dayOf(m_clock.nowMs());
    auto busy = TicketStore(*m_db).select(QStringLiteral("t.counter_id = ? AND t.service_day = ? AND t.status IN "
                                                         "('called', 'serving')"),
        { counter.id, today.toString(Qt::ISODate) }, QStringLiteral("t.id"), 1);
    if (!busy)
        return busy.error();
    if (!busy->isEmpty())
        return makeError(ErrorCode::InvalidState, refusal.arg(counter.number).arg(busy->first().number));
    return {};
}

Status CounterService::write(const QueueCounter &c) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("UPDATE counters SET state = ?, state_reason = ?, officer_id = ?, state_changed_at = ? "
                             "WHERE id = ?"));
    q.addBindValue(counterStateCode(c.state));
    q.addBindValue(sqlText(c.stateReason));
    q.addBindValue(c.officerId > 0 ? QVariant(c.officerId) : QVariant());
    q.addBindValue(c.stateChangedAt.isValid() ? QVariant(c.stateChangedAt.toMSecsSinceEpoch()) : QVariant());
    q.addBindValue(c.id);
    if (!q.exec())
        return m_db->sqlError(q.lastError(), tr("saving loket %1").arg(c.number));
    return {};
}

Result<QueueCounter> CounterService::change(
    const Actor &actor, qint64 counterId, const QString &action, const std::function<Status(QueueCounter &)> &work)
{
    if (Status allowed
        = m_audit.require(actor, Permission::ServeQueue, action, QStringLiteral("counter"), QString::number(counterId));
        !allowed)
        return allowed.error();
    Status done = m_db->transaction([&]() -> Status {
        auto c = counter(counterId);
        if (!c)
            return c.error();
        QueueCounter updated = c.value();
        if (!updated.active) {
            return makeError(ErrorCode::InvalidState,
                tr("Loket %1 is no longer in use. Ask the administrator to reactivate it.").arg(updated.number));
        }
        if (Status st = work(updated); !st)
            return st;
        updated.stateChangedAt = m_clock.nowUtc();
        if (Status st = write(updated); !st)
            return st;
        return m_audit.record(
            actor, action, QStringLiteral("counter"), QString::number(updated.number), updated.stateReason);
    });
    if (!done)
        return done.error();
    return counter(counterId);
}

Result<QueueCounter> CounterService::open(const Actor &actor, qint64 counterId)
{
    return change(actor, counterId, QStringLiteral("counter.open"), [&](QueueCounter &c) -> Status {
        if (c.state == CounterState::Open)
            return makeError(ErrorCode::InvalidState, tr("Loket %1 is already open.").arg(c.number));
        if (Status st = checkMayOperate(c, actor); !st)
            return st;
        if (c.officerId == 0 && !actor.isSystem()) {
            auto elsewhere = counterOf(actor.userId);
            if (!elsewhere)
                return elsewhere.error();
            if (*elsewhere) {
                return makeError(ErrorCode::InvalidState,
                    tr("You are signed in at loket %1. Close it before opening loket %2.")
                        .arg((*elsewhere)->number)
                        .arg(c.number));
            }
            c.officerId = actor.userId;
        }
        c.state = CounterState::Open;
        c.stateReason.clear();
        return {};
    });
}

Result<QueueCounter> CounterService::pause(const Actor &actor, qint64 counterId, const QString &reason)
{
    return change(actor, counterId, QStringLiteral("counter.pause"), [&](QueueCounter &c) -> Status {
        if (reason.trimmed().isEmpty()) {
            return makeError(ErrorCode::InvalidInput,
                tr("Give the reason for pausing loket %1 (for example: prayer break).").arg(c.number));
        }
        if (c.state == CounterState::Paused)
            return makeError(ErrorCode::InvalidState, tr("Loket %1 is already paused.").arg(c.number));
        if (c.state == CounterState::Closed)
            return makeError(
                ErrorCode::InvalidState, tr("Loket %1 is closed: there is nothing to pause.").arg(c.number));
        if (Status st = checkMayOperate(c, actor); !st)
            return st;
        if (Status st = checkNotBusy(c,
                tr("Loket %1 is still busy with ticket %2. Finish it, mark it as not come, "
                   "or put it on hold before pausing."));
            !st)
            return st;
        c.state = CounterState::Paused;
        c.stateReason = reason.trimmed();
        return {};
    });
}

Result<QueueCounter> CounterService::close(const Actor &actor, qint64 counterId)
{
    return change(actor, counterId, QStringLiteral("counter.close"), [&](QueueCounter &c) -> Status {
        if (c.state == CounterState::Closed && c.officerId == 0)
            return makeError(ErrorCode::InvalidState, tr("Loket %1 is already closed.").arg(c.number));
        if (Status st = checkMayOperate(c, actor); !st)
            return st;
        if (Status st = checkNotBusy(c,
                tr("Loket %1 is still busy with ticket %2. Finish it, mark it as not come, "
                   "or put it on hold before closing."));
            !st)
            return st;
        c.state = CounterState::Closed;
        c.stateReason.clear();
        c.officerId = 0;
        return {};
    });
}

Result<QueueCounter> CounterService::signIn(const Actor &actor, qint64 counterId)
{
    return change(actor, counterId, QStringLiteral("counter.signin"), [&](QueueCounter &c) -> Status {
        if (actor.isSystem() || actor.userId <= 0)
            return makeError(ErrorCode::InvalidInput, tr("Only a person with an account can sign in at a counter."));
        if (c.officerId == actor.userId)
            return {};
        if (c.officerId != 0 && !actor.can(Permission::MonitorQueue)) {
            return makeError(ErrorCode::InvalidState,
                tr("%1 is signed in at loket %2. They must close it first, or a supervisor can take "
                   "it over.")
                    .arg(c.officerName)
                    .arg(c.number));
        }
        auto elsewhere = counterOf(actor.userId);
        if (!elsewhere)
            return elsewhere.error();
        if (*elsewhere) {
            return makeError(ErrorCode::InvalidState,
                tr("You are signed in at loket %1. Close it before signing in "
                   "at loket %2.")
                    .arg((*elsewhere)->number)
                    .arg(c.number));
        }
        c.officerId = actor.userId;
        c.officerName = officerLabel(actor);
        return {};
    });
}

} // namespace loket
