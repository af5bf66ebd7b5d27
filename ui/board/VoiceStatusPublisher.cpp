// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/board/VoiceStatusPublisher.h"

#include <QSqlDatabase>

#include <chrono>

namespace loket::ui {

VoiceStatusPublisher::VoiceStatusPublisher(DatabasePtr db)
    : m_db(std::move(db))
    , m_thread([this] { run(); })
{ }

VoiceStatusPublisher::~VoiceStatusPublisher()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void VoiceStatusPublisher::publish(const VoiceStatus &status)
{
    {
        std::lock_guard lock(m_mutex);
        m_pending = status;
    }
    m_wake.notify_all();
}

bool VoiceStatusPublisher::waitUntilWritten(int timeoutMs)
{
    std::unique_lock lock(m_mutex);
    return m_written.wait_for(
        lock, std::chrono::milliseconds(timeoutMs), [this] { return !m_pending && !m_writing; });
}

void VoiceStatusPublisher::run()
{
    bool connected = false;
    for (;;) {
        VoiceStatus status;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stop || m_pending; });
            if (!m_pending)
                break; // stopping, nothing left to write
            status = *m_pending;
            m_pending.reset();
            m_writing = true;
        }
        connected = true;
        if (Status written = VoiceStatus::write(m_db, status); !written)
            qWarning("loket: the board's voice status was not saved for staff: %s",
                qPrintable(written.error().message));
        {
            std::lock_guard lock(m_mutex);
            m_writing = false;
        }
        m_written.notify_all();
    }
    if (!connected)
        return;
    // This thread's connection goes with the thread (its id may be reused).
    const QString name = m_db->connection().connectionName();
    QSqlDatabase::database(name, false).close();
    QSqlDatabase::removeDatabase(name);
}

} // namespace loket::ui
