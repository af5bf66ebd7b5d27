// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/PostgresChangeFeed.h"

#include "core/storage/PostgresSchema.h"
#include "core/storage/SqlDialect.h"

#include <QDeadlineTimer>
#include <QMutex>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>
#include <QWaitCondition>

#include <functional>

namespace loket {

namespace {
// How long stop() waits for the listening thread; one stuck on a hung server
// is left to end by itself when the socket does.
constexpr unsigned long kStopWaitMs = 1000;
} // namespace

struct PostgresChangeFeed::Shared {
    QMutex mutex;
    PostgresChangeFeed *feed = nullptr; // null once stopped: nothing more is posted to it
    QWaitCondition firstAnswer;
    bool firstAnswered = false;
    bool firstConnected = false;
    QString lastError; // the driver's words for the last connection that failed

    // Runs `f` on the feed, in the feed's thread, if the feed still follows.
    void post(std::function<void(PostgresChangeFeed *)> f)
    {
        QMutexLocker lock(&mutex);
        if (!feed)
            return;
        PostgresChangeFeed *target = feed; // deleted only after stop() cleared `feed` under this lock
        QMetaObject::invokeMethod(target, [target, f = std::move(f)] { f(target); }, Qt::QueuedConnection);
    }
};

struct PostgresChangeFeed::Listener : QObject {
    Listener(std::shared_ptr<Shared> shared, const PostgresChangeFeed &feed)
        : shared(std::move(shared))
        , location(feed.m_location)
        , options(feed.m_options)
        , dialect(feed.m_dialect)
        , name(feed.m_connectionName)
    {
    }

    ~Listener() override { close(); } // in its thread, as it ends

    // One check, in the listening thread: is the connection alive, and if not,
    // can it be made again. The answer goes to the feed's thread.
    void check(int id)
    {
        if (connected) {
            bool alive = false;
            {
                QSqlDatabase c = QSqlDatabase::database(name, false);
                QSqlQuery q(c);
                alive = q.exec(QStringLiteral("SELECT 1"));
            }
            if (!alive)
                close();
        }
        const bool reconnected = !connected && listen();
        {
            QMutexLocker lock(&shared->mutex);
            if (!shared->firstAnswered) {
                shared->firstAnswered = true;
                shared->firstConnected = connected;
                shared->firstAnswer.wakeAll();
            }
        }
        shared->post([id, now = connected, reconnected](PostgresChangeFeed *f) { f->checked(id, now, reconnected); });
    }

    bool listen()
    {
        QSqlDatabase c = dialect->open(name, location, options);
        if (!c.isOpen() || !c.driver()->subscribeToNotification(QString::fromLatin1(postgres::kChangeChannel))) {
            {
                QMutexLocker lock(&shared->mutex);
                shared->lastError = c.lastError().text();
            }
            c = QSqlDatabase();
            close();
            return false;
        }
        // Delivered by the driver in this thread; the feed says it in its own.
        connect(c.driver(), &QSqlDriver::notification, this,
                [s = shared](const QString &, QSqlDriver::NotificationSource, const QVariant &) {
                    s->post([](PostgresChangeFeed *f) { Q_EMIT f->changed(); });
                });
        connected = true;
        return true;
    }

    void close()
    {
        connected = false;
        if (!QSqlDatabase::contains(name))
            return;
        {
            QSqlDatabase c = QSqlDatabase::database(name, false);
            if (c.isOpen() && c.driver())
                c.driver()->unsubscribeFromNotification(QString::fromLatin1(postgres::kChangeChannel));
            c.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    std::shared_ptr<Shared> shared;
    DatabaseLocation location;
    DatabaseOptions options;
    std::shared_ptr<const SqlDialect> dialect;
    QString name;
    bool connected = false;
};

PostgresChangeFeed::PostgresChangeFeed(const Database &db, int checkIntervalMs, int answerTimeoutMs, QObject *parent)
    : ChangeFeed(parent)
    , m_location(db.location())
    , m_options(db.options())
    , m_dialect(db.dialectPtr())
    , m_connectionName(QStringLiteral("loket-changefeed-") + QUuid::createUuid().toString(QUuid::Id128))
    , m_answerTimeoutMs(std::max(10, answerTimeoutMs))
{
    m_timer.setParent(this);
    m_timer.setInterval(std::max(10, checkIntervalMs));
    connect(&m_timer, &QTimer::timeout, this, &PostgresChangeFeed::sendCheck);
    m_watchdog.setParent(this);
    m_watchdog.setSingleShot(true);
    connect(&m_watchdog, &QTimer::timeout, this, [this] {
        // No answer yet: a pulled cable or a hung server. The screens say so
        // now; the check goes on waiting in its thread.
        if (m_running && m_inFlight != 0 && !m_announcedLost)
            announceLost();
    });
}

PostgresChangeFeed::~PostgresChangeFeed()
{
    stop();
}

Status PostgresChangeFeed::start()
{
    if (m_running)
        return {};
    // Running even when the server cannot be reached now: it is tried again
    // at every check, and connectionRestored() and changed() follow.
    m_running = true;
    m_everConnected = m_announcedLost = false;
    m_inFlight = m_answeredInStart = 0;
    m_shared = std::make_shared<Shared>();
    m_shared->feed = this;
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("loket-changefeed"));
    m_listener = new Listener(m_shared, *this);
    m_listener->moveToThread(m_thread);
    m_thread->start();
    m_timer.start();
    sendCheck();

    bool answered = false, connected = false;
    QString detail;
    {
        QMutexLocker lock(&m_shared->mutex);
        QDeadlineTimer deadline(kStartWaitMs);
        while (!m_shared->firstAnswered && m_shared->firstAnswer.wait(&m_shared->mutex, deadline)) {
        }
        answered = m_shared->firstAnswered;
        connected = m_shared->firstConnected;
        detail = m_shared->lastError;
    }
    if (!answered)
        return {}; // followed as soon as the server answers
    m_answeredInStart = m_inFlight;
    m_inFlight = 0;
    m_watchdog.stop();
    m_everConnected = connected;
    if (connected)
        return {};
    QTimer::singleShot(0, this, [this] {
        if (m_running && !m_announcedLost)
            announceLost();
    });
    Error e = makeError(ErrorCode::Unreachable,
        tr("Cannot reach the database server %1 to follow changes: live updates wait until it is back.")
            .arg(m_location.display()));
    e.detail = detail;
    return e;
}

void PostgresChangeFeed::sendCheck()
{
    if (!m_running || m_inFlight != 0)
        return; // the last one is still waiting for the server
    const int id = ++m_lastCheck;
    m_inFlight = id;
    m_watchdog.start(m_answerTimeoutMs);
    Listener *listener = m_listener;
    QMetaObject::invokeMethod(listener, [listener, id] { listener->check(id); }, Qt::QueuedConnection);
}

void PostgresChangeFeed::checked(int id, bool connected, bool reconnected)
{
    if (!m_running)
        return;
    if (id == m_inFlight) {
        m_inFlight = 0;
        m_watchdog.stop();
    }
    if (id == m_answeredInStart) {
        m_answeredInStart = 0; // start() has taken this answer already
        return;
    }
    if (!connected) {
        if (!m_announcedLost)
            announceLost();
        return;
    }
    if (reconnected && m_everConnected && !m_announcedLost)
        announceLost(); // the server restarted between two checks
    const bool firstLate = reconnected && !m_everConnected;
    m_everConnected = true;
    if (m_announcedLost) {
        m_announcedLost = false;
        Database::setServerAway(m_location.display(), false);
        Q_EMIT connectionRestored();
        Q_EMIT changed(); // what others saved meanwhile
    } else if (firstLate) {
        Q_EMIT changed(); // followed only now: what was saved since start() is unknown
    }
}

void PostgresChangeFeed::announceLost()
{
    m_announcedLost = true;
    Database::serverWentAway(m_location.display());
    Database::setServerAway(m_location.display(), true);
    Q_EMIT connectionLost();
}

void PostgresChangeFeed::stop()
{
    m_timer.stop();
    m_watchdog.stop();
    m_running = false;
    if (std::exchange(m_announcedLost, false))
        Database::setServerAway(m_location.display(), false); // this feed no longer says so
    if (!m_thread)
        return;
    {
        QMutexLocker lock(&m_shared->mutex);
        m_shared->feed = nullptr;
    }
    m_shared.reset();
    Listener *listener = std::exchange(m_listener, nullptr);
    QThread *thread = std::exchange(m_thread, nullptr);
    QMetaObject::invokeMethod(listener, [listener] { listener->close(); }, Qt::QueuedConnection);
    connect(thread, &QThread::finished, listener, &QObject::deleteLater);
    thread->quit();
    if (thread->wait(kStopWaitMs))
        delete thread;
    else
        connect(thread, &QThread::finished, thread, &QObject::deleteLater); // stuck on a hung server
}

} // namespace loket
