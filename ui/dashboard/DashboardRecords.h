// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/complaints/Complaint.h"
#include "core/queue/Ticket.h"

#include <QDialog>
#include <QTimeZone>

class QLabel;
class QTableWidget;

namespace loket::ui {

// The records behind a figure of the dashboard: a list of tickets (number,
// service, day, times, outcome, counter, priority), read-only.
class DashboardRecords : public QDialog
{
    Q_OBJECT
public:
    // Times in the office's zone.
    DashboardRecords(const QString &title, const QList<Ticket> &tickets, bool truncated, const QTimeZone &zone,
                     QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    int rowCount() const;

private:
    QTableWidget *m_table = nullptr;
};

// The complaints behind a complaint chart's bar (number, received, service,
// type, state, first response, summary), read-only. No identities: the
// complainant is seen only in the complaint's own file, where it is logged.
class DashboardComplaints : public QDialog
{
    Q_OBJECT
public:
    DashboardComplaints(const QString &title, const QList<Complaint> &complaints, bool truncated, const QTimeZone &zone,
                        QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }
    int rowCount() const;

private:
    QTableWidget *m_table = nullptr;
};

} // namespace loket::ui
