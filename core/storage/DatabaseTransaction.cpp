// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Database::transaction: a change saved whole or not at all, on either engine.
#include "core/storage/Database.h"

#include "core/storage/SqlDialect.h"

#include <QDir>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QThread>

namespace loket {

namespace {
thread_local const Database *t_inTransaction = nullptr;
} // namespace

bool Database::inTransaction() const
{
    return t_inTransaction == this;
}

namespace storage_detail {
// Set by sqlError when the failure was a serialization failure or a deadlock
// (a server's), so transaction() runs the change again instead of reporting it.
extern thread_local bool retryable;
} // namespace storage_detail

Status Database::transaction(const std::function<Status()> &work) const
{
    if (inTransaction())
        return runTransaction(work);
    if (isServer() && serverAway(m_path))
        return serverAwayError(tr("starting a change"));
    // A change that lost a race with another PC (a deadlock, a serialization
    // failure) is run again, a few times: a user never sees one. SQLite has
    // one writer at a time and never gives one.
    constexpr int kAttempts = 5;
    for (int attempt = 1;; ++attempt) {
        storage_detail::retryable = false;
        Status result = runTransaction(work);
        if (result || !storage_detail::retryable || attempt == kAttempts)
            return result;
        QThread::usleep(static_cast<unsigned long>(QRandomGenerator::global()->bounded(200, 2000 * attempt)));
    }
}

Status Database::runTransaction(const std::function<Status()> &work) const
{
    QSqlDatabase c = connection();
    QSqlQuery q(c);
    if (inTransaction()) {
        // Inside another change: a savepoint, so that this part is undone
        // alone when it fails and the whole is saved (or not) with the outer one.
        static thread_local int depth = 0;
        const QString name = QStringLiteral("loket_part_%1").arg(++depth);
        if (!q.exec(QStringLiteral("SAVEPOINT ") + name)) {
            --depth;
            return sqlError(q.lastError(), tr("starting a change"));
        }
        Status result = work();
        --depth;
        if (!result) {
            q.exec(QStringLiteral("ROLLBACK TO ") + name);
            q.exec(QStringLiteral("RELEASE ") + name);
            return result;
        }
        if (!q.exec(QStringLiteral("RELEASE ") + name))
            return sqlError(q.lastError(), tr("saving the change"));
        return {};
    }
    QSqlError busy;
    bool begun = m_dialect->beginWrite(q, m_options.writeWaitMs, m_options, &busy);
    if (!begun && m_dialect->classify(busy) == SqlDialect::Failure::Connection) {
        // Nothing was sent but BEGIN: on a server that came back, a new connection, once.
        q = QSqlQuery();
        c = QSqlDatabase();
        closeThreadConnection();
        c = connection();
        q = QSqlQuery(c);
        begun = c.isOpen() && m_dialect->beginWrite(q, m_options.writeWaitMs, m_options, &busy);
        if (!begun && !c.isOpen())
            busy = c.lastError();
    }
    if (!begun) {
        if (m_dialect->classify(busy) == SqlDialect::Failure::Busy) {
            return makeError(ErrorCode::Locked,
                             tr("The change could not be saved: Loket waited %1 seconds for its turn to write while "
                                "other counters or programs were saving. Nothing of this change was saved; try "
                                "again. If it keeps happening, an administrator should check which program keeps "
                                "%2 busy.")
                                 .arg(m_options.writeWaitMs / 1000)
                                 .arg(QDir::toNativeSeparators(m_path)),
                             QStringLiteral("%1 %2: %3").arg(m_dialect->engineName(), busy.nativeErrorCode(), busy.text()));
        }
        return sqlError(busy, tr("starting a change"));
    }
    const Database *outer = t_inTransaction;
    t_inTransaction = this;
    Status result = work();
    t_inTransaction = outer;
    if (!result) {
        q.exec(QStringLiteral("ROLLBACK"));
        return result;
    }
    if (!q.exec(QStringLiteral("COMMIT"))) {
        Error e = sqlError(q.lastError(), tr("saving the change"));
        q.exec(QStringLiteral("ROLLBACK"));
        return e;
    }
    return {};
}

} // namespace loket
