// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/board/BoardModel.h"

#include "core/queue/QueueReader.h"
#include "core/storage/SettingsStore.h"

#include <QColor>

#include <algorithm>

namespace loket::ui {

namespace {

// Calls looked at for new ones: more than shown, so a burst of calls between
// two reads is still announced in full.
constexpr int kCallsRead = 20;

} // namespace

BoardModel::BoardModel(DatabasePtr db, const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
    , m_clock(clock)
{ }

QString BoardModel::key(const RecentCall &call)
{
    return QStringLiteral("%1@%2").arg(call.ticketId).arg(call.at.toMSecsSinceEpoch());
}

Result<QList<RecentCall>> BoardModel::refresh()
{
    QueueSnapshotOptions options;
    options.recentCalls = kCallsRead;
    auto snapshot = QueueReader(m_db, m_clock).snapshot(options);
    if (!snapshot)
        return snapshot.error();

    const SettingsStore settings(m_db);
    m_runningText = settings.stringValue(QLatin1String(SettingKey::BoardRunningText)).simplified();
    m_voiceEnabled = settings.boolValue(QLatin1String(SettingKey::BoardVoice));
    m_announcement = Announcement::fromSettings(settings);

    QList<RecentCall> fresh;
    QSet<QString> seen;
    for (const RecentCall &c : snapshot->recentCalls) {
        const QString k = key(c);
        seen.insert(k);
        if (m_primed && !m_seen.contains(k))
            fresh.prepend(c); // the snapshot lists newest first
    }
    // Only the calls still in the window are remembered; older ones cannot come back.
    m_seen = seen;
    m_primed = true;

    beginResetModel();
    m_calls = snapshot->recentCalls.mid(0, shownCalls);
    m_services = snapshot->services;
    endResetModel();
    return fresh;
}

std::optional<RecentCall> BoardModel::latest() const
{
    if (m_calls.isEmpty())
        return std::nullopt;
    return m_calls.first();
}

int BoardModel::waitingTotal() const
{
    int total = 0;
    for (const ServiceQueue &s : m_services)
        total += s.waiting;
    return total;
}

QString BoardModel::phrase(const RecentCall &call) const
{
    return m_announcement.phrase(call.number, call.counterNumber, call.serviceName);
}

int BoardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_calls.size());
}

int BoardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BoardModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_calls.size())
        return {};
    const RecentCall &c = m_calls.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NumberColumn:
            return c.number;
        case CounterColumn:
            return tr("Counter %1").arg(c.counterNumber);
        case ServiceColumn:
            return c.serviceName;
        default:
            break;
        }
    }
    if (role == Qt::TextAlignmentRole) {
        const Qt::Alignment h = index.column() == NumberColumn ? Qt::AlignLeft
            : index.column() == CounterColumn                  ? Qt::AlignRight
                                                               : Qt::AlignLeft;
        return int(Qt::AlignVCenter | h);
    }
    if (role == Qt::ForegroundRole && index.column() == CounterColumn)
        return QColor(0xff, 0xd1, 0x66); // the counter in the board's call colour
    if (role == Qt::UserRole)
        return c.ticketId;
    return {};
}

QVariant BoardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("Number");
    case CounterColumn:
        return tr("Counter");
    case ServiceColumn:
        return tr("Service");
    default:
        break;
    }
    return {};
}

} // namespace loket::ui
