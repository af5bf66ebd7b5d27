// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/Database.h"
#include "core/voice/VoiceStatus.h"

#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>

namespace loket::ui {

// Writes the board's voice status (board.voice_status) for staff, from a
// thread of its own: a write may wait for another program's write lock, and
// the board's screen must not. Only the latest status is written.
class VoiceStatusPublisher
{
public:
    explicit VoiceStatusPublisher(DatabasePtr db);
    ~VoiceStatusPublisher(); // writes what is pending, then ends the thread

    void publish(const VoiceStatus &status); // never blocks
    // Tests: waits until nothing is pending (true) or timeoutMs passed.
    bool waitUntilWritten(int timeoutMs);

private:
    void run();

    DatabasePtr m_db;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_written;
    std::optional<VoiceStatus> m_pending;
    bool m_writing = false;
    bool m_stop = false;
    std::thread m_thread;
};

} // namespace loket::ui
