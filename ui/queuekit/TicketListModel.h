// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/queue/Ticket.h"
#include "ui/common/KeyedTableModel.h"

#include <QDateTime>

namespace loket::ui {

// A list of tickets in the order given (a counter's calling order, the held
// tickets, the whole waiting line). Refreshing keeps the selection: rows are
// moved, inserted and removed, never reset.
class TicketListModel : public KeyedTableModel<Ticket>
{
    Q_OBJECT
public:
    // Number comes first: column 0 must follow its row through moves (the model tester checks it);
    // views show Position first by moving the section.
    enum Column { Number, Position, Service, Priority, Waited, Note, ColumnCount };

    explicit TicketListModel(QObject *parent = nullptr);

    void setTickets(const QList<Ticket> &tickets);
    // The waits are counted up to `now`; called every few seconds, it only repaints the wait column.
    void setNow(const QDateTime &now);
    qint64 ticketId(int row) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

protected:
    qint64 keyOf(const Ticket &ticket) const override { return ticket.id; }

private:
    QDateTime m_now;
};

} // namespace loket::ui
