// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/Database.h"

#include <QMetaObject>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QThread;
class QTimer;

namespace loket::ui {

// The survey screen's database work, on a thread of its own with its own
// connection, one job after another: a database that is locked, slow or gone
// never freezes the screen the citizen touches. A job that has not answered
// after kSlowMs is reported by slow(), so the screen can say so in words.
class SurveyWorker : public QObject
{
    Q_OBJECT
public:
    static constexpr int kSlowMs = 6000;

    explicit SurveyWorker(DatabasePtr db, QObject *parent = nullptr);
    // Waits for the job under way (its answer is dropped), then closes the thread's connection.
    ~SurveyWorker() override;

    // Runs `job` on the worker thread; `done` then runs on this object's
    // thread with its result (never after this object is gone).
    template <typename T>
    void run(std::function<T()> job, std::function<void(const T &)> done)
    {
        started();
        QPointer<SurveyWorker> self(this);
        QMetaObject::invokeMethod(
            m_context,
            [self, job = std::move(job), done = std::move(done), relay = m_relay] {
                auto result = std::make_shared<T>(job());
                QMetaObject::invokeMethod(
                    relay,
                    [self, result, done] {
                        if (!self)
                            return;
                        self->finished();
                        done(*result);
                    },
                    Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
    }

    bool busy() const { return m_running > 0; }

Q_SIGNALS:
    void slow();

private:
    void started();
    void finished();

    DatabasePtr m_db;
    QThread *m_thread = nullptr;
    QObject *m_context = nullptr; // lives on m_thread: the jobs run in its event loop
    QObject *m_relay = nullptr;   // lives here: the answers come back through it
    QTimer *m_watchdog = nullptr;
    int m_running = 0;
};

} // namespace loket::ui
