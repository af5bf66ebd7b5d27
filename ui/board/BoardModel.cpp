// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/board/BoardModel.h"

#include "core/catalog/OfficeService.h"
#include "core/queue/QueueReader.h"
#include "core/standards/StandardRegister.h"
#include "core/storage/SettingsStore.h"
#include "core/voice/RunningTextDefault.h"

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
    if (m_runningText.isEmpty())
        m_runningText = defaultRunningText(m_db, m_clock);
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

    // Now calling: the newest call whose ticket is still at the counter that called it.
    std::optional<RecentCall> current;
    for (const RecentCall &c : snapshot->recentCalls) {
        const bool stillThere = std::any_of(snapshot->counters.cbegin(), snapshot->counters.cend(),
            [&c](const CounterView &v) {
                return v.counter.id == c.counterId && v.current && v.current->id == c.ticketId
                    && (v.current->status == TicketStatus::Called || v.current->status == TicketStatus::Serving);
            });
        if (stillThere) {
            current = c;
            break;
        }
    }
    // Previous calls: each ticket once, at its latest call.
    QList<RecentCall> previous;
    QSet<qint64> listed;
    if (current)
        listed.insert(current->ticketId);
    for (const RecentCall &c : snapshot->recentCalls) {
        if (previous.size() >= previousRows)
            break;
        if (listed.contains(c.ticketId))
            continue;
        listed.insert(c.ticketId);
        previous << c;
    }

    beginResetModel();
    m_calls = snapshot->recentCalls;
    m_current = current;
    m_previous = previous;
    m_services = snapshot->services;
    endResetModel();
    return fresh;
}

QString BoardModel::defaultRunningText(const DatabasePtr &db, const Clock &clock)
{
    auto office = OfficeService(db, clock).get();
    if (!office)
        return {};
    auto maklumat = StandardRegister(db, clock).maklumat();
    return loket::defaultRunningText(office->name, office->hours, maklumat ? maklumat->text : QString());
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
    return parent.isValid() ? 0 : int(m_previous.size());
}

int BoardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BoardModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_previous.size())
        return {};
    const RecentCall &c = m_previous.at(index.row());
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
