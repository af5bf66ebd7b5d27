// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/queue/QueueSnapshot.h"
#include "core/storage/Database.h"
#include "core/voice/Announcement.h"

#include <QAbstractTableModel>
#include <QSet>

#include <optional>

namespace loket {
class SettingsStore;
}

namespace loket::ui {

// What the display board shows, read from the queue, with no drawing:
// - current(): "Now calling", the newest call whose citizen is still expected
//   or served at that counter; a no-show, cancellation, hold, transfer or
//   finished service takes it off (the call panel then shows the idle line);
// - the rows: "Previous calls", one row per ticket (a recall moves the ticket
//   up, it adds no row), newest first, without the current one;
// - the line of each service, and the board's settings; the running text
//   falls back to defaultRunningText() when the office has written none.
// refresh() also tells which calls are new since the last read, so each call
// is announced once — a recall is a new call and is announced again.
class BoardModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // Identifies one call (a recall is a new call).
    static QString key(const RecentCall &call);
    enum Column { NumberColumn, CounterColumn, ServiceColumn, ColumnCount };
    static constexpr int previousRows = 5; // the calls listed beside the current one

    BoardModel(DatabasePtr db, const Clock &clock, QObject *parent = nullptr);

    // The running text shown when the office has written none (defaultRunningText()).
    static QString defaultRunningText(const DatabasePtr &db, const Clock &clock);

    // Re-reads the queue and the settings. Returns the calls made since the
    // previous refresh, oldest first; the first refresh returns none, so
    // calls made before the board started are not announced again.
    Result<QList<RecentCall>> refresh();

    // The newest call of the day, whatever became of it.
    std::optional<RecentCall> latest() const;
    // The call in the big panel, if its citizen is still called or served.
    std::optional<RecentCall> current() const { return m_current; }
    // "Previous calls", one per ticket, newest first.
    const QList<RecentCall> &previous() const { return m_previous; }
    const QList<ServiceQueue> &services() const { return m_services; }
    int waitingTotal() const;
    QString runningText() const { return m_runningText; }
    bool voiceEnabled() const { return m_voiceEnabled; }
    const Announcement &announcement() const { return m_announcement; }
    QString phrase(const RecentCall &call) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:

    DatabasePtr m_db;
    const Clock &m_clock;
    QList<RecentCall> m_calls; // today's last calls, newest first, as read
    std::optional<RecentCall> m_current;
    QList<RecentCall> m_previous;
    QList<ServiceQueue> m_services;
    QString m_runningText;
    bool m_voiceEnabled = true;
    Announcement m_announcement;
    bool m_primed = false;
    QSet<QString> m_seen; // calls already reported, by ticket and time
};

} // namespace loket::ui
