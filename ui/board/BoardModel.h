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

namespace loket::ui {

// What the display board shows, read from the queue: the last calls (one row
// each, newest first), the line of each service, and the board's settings.
// refresh() also tells which calls are new since the last read, so each call
// is announced once — a recall is a new call and is announced again.
class BoardModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // Identifies one call (a recall is a new call).
    static QString key(const RecentCall &call);
    enum Column { NumberColumn, CounterColumn, ServiceColumn, ColumnCount };
    static constexpr int shownCalls = 6; // the current call and five before it

    BoardModel(DatabasePtr db, const Clock &clock, QObject *parent = nullptr);

    // Re-reads the queue and the settings. Returns the calls made since the
    // previous refresh, oldest first; the first refresh returns none, so
    // calls made before the board started are not announced again.
    Result<QList<RecentCall>> refresh();

    std::optional<RecentCall> latest() const;
    const QList<RecentCall> &calls() const { return m_calls; }
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
    QList<RecentCall> m_calls;
    QList<ServiceQueue> m_services;
    QString m_runningText;
    bool m_voiceEnabled = true;
    Announcement m_announcement;
    bool m_primed = false;
    QSet<QString> m_seen; // calls already reported, by ticket and time
};

} // namespace loket::ui
