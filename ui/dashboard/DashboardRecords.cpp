// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/DashboardRecords.h"

#include "ui/common/Style.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace loket::ui {

namespace {

QTableWidgetItem *cell(const QString &text, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    item->setTextAlignment(align);
    return item;
}

// A read-only list of records, one per row; `stretch` takes the width left.
QTableWidget *recordsTable(int rows, const QStringList &headers, int stretch, QWidget *parent)
{
    auto *table = new QTableWidget(rows, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setShowGrid(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(22);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(stretch, QHeaderView::Stretch);
    return table;
}

QString timeOf(const QDateTime &utc, const QTimeZone &zone)
{
    return utc.isValid() ? QLocale().toString(utc.toTimeZone(zone).time(), QStringLiteral("HH.mm")) : QStringLiteral("–");
}

QString minutesBetween(const QDateTime &from, const QDateTime &to)
{
    if (!from.isValid() || !to.isValid())
        return QStringLiteral("–");
    return QLocale().toString(from.msecsTo(to) / 60000.0, 'f', 1);
}

} // namespace

DashboardRecords::DashboardRecords(const QString &title, const QList<Ticket> &tickets, bool truncated, const QTimeZone &zone,
                                   QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(title);
    resize(1080, 560);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makePageTitle(title, this));
    layout->addWidget(makeHint(truncated ? tr("The first %1 tickets, by arrival.").arg(QLocale().toString(tickets.size()))
                                         : tr("%1 tickets, by arrival.").arg(QLocale().toString(tickets.size())),
                               this));
    m_table = recordsTable(int(tickets.size()),
                           {tr("Number"), tr("Service"), tr("Day"), tr("Taken"), tr("Called"), tr("Wait (min)"),
                            tr("Outcome"), tr("Counter"), tr("Priority")},
                           1, this);
    const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
    for (int row = 0; row < tickets.size(); ++row) {
        const Ticket &t = tickets.at(row);
        m_table->setItem(row, 0, cell(t.number));
        m_table->setItem(row, 1, cell(t.serviceName));
        m_table->setItem(row, 2, cell(QLocale().toString(t.serviceDay, QStringLiteral("ddd d MMM yyyy"))));
        m_table->setItem(row, 3, cell(timeOf(t.issuedAt, zone), right));
        m_table->setItem(row, 4, cell(timeOf(t.firstCalledAt, zone), right));
        m_table->setItem(row, 5, cell(minutesBetween(t.issuedAt, t.firstCalledAt), right));
        m_table->setItem(row, 6, cell(ticketStatusDisplayName(t.status)));
        m_table->setItem(row, 7, cell(t.counterNumber > 0 ? QString::number(t.counterNumber) : QStringLiteral("–"), right));
        m_table->setItem(row, 8, cell(t.priorityReasonName));
    }
    layout->addWidget(m_table, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

DashboardComplaints::DashboardComplaints(const QString &title, const QList<Complaint> &complaints, bool truncated,
                                         const QTimeZone &zone, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(title);
    resize(1080, 560);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makePageTitle(title, this));
    const QString n = QLocale().toString(complaints.size());
    layout->addWidget(makeHint(truncated ? tr("The first %1 complaints, by receipt.").arg(n)
                                         : tr("%1 complaints, by receipt.").arg(n),
                               this));
    m_table = recordsTable(int(complaints.size()),
                           {tr("Number"), tr("Received"), tr("Service"), tr("Type"), tr("State"), tr("First response"),
                            tr("Summary")},
                           6, this);
    const QString format = QStringLiteral("d MMM yyyy HH.mm");
    auto when = [&](const QDateTime &utc) {
        return utc.isValid() ? QLocale().toString(utc.toTimeZone(zone), format) : QStringLiteral("–");
    };
    for (int row = 0; row < complaints.size(); ++row) {
        const Complaint &c = complaints.at(row);
        m_table->setItem(row, 0, cell(c.number));
        m_table->setItem(row, 1, cell(when(c.intake.receivedAt)));
        m_table->setItem(row, 2, cell(c.serviceName.isEmpty() ? QStringLiteral("–") : c.serviceName));
        m_table->setItem(row, 3, cell(typeName(c.intake.type)));
        m_table->setItem(row, 4, cell(stateName(c.status.state)));
        m_table->setItem(row, 5, cell(when(c.status.respondedAt)));
        m_table->setItem(row, 6, cell(c.intake.summary));
    }
    layout->addWidget(m_table, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

int DashboardComplaints::rowCount() const
{
    return m_table->rowCount();
}

int DashboardRecords::rowCount() const
{
    return m_table->rowCount();
}

} // namespace loket::ui
