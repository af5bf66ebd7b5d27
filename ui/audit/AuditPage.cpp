// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/audit/AuditPage.h"

#include "ui/audit/AuditTableModel.h"
#include "ui/common/Style.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace loket::ui {

AuditPage::AuditPage(Session session, QTimeZone officeZone, QWidget *parent)
    : QWidget(parent)
    , m_session(std::move(session))
    , m_zone(std::move(officeZone))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(10);
    layout->addWidget(makePageTitle(tr("Audit log"), this));
    layout->addWidget(makeHint(tr("Every change that matters and every refused attempt, newest first. "
                                  "Entries cannot be edited or deleted."),
                               this));

    const QDate today = m_session.clock->nowUtc().toTimeZone(m_zone).date();
    auto *filters = new QHBoxLayout;
    m_from = new QDateEdit(today.addDays(-30), this);
    m_to = new QDateEdit(today, this);
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    }
    m_action = new QLineEdit(this);
    m_action->setPlaceholderText(tr("Action, e.g. user."));
    m_user = new QLineEdit(this);
    m_user->setPlaceholderText(tr("Username"));
    m_outcome = new QComboBox(this);
    m_outcome->addItem(tr("All outcomes"), QString());
    m_outcome->addItem(tr("Done"), QStringLiteral("ok"));
    m_outcome->addItem(tr("Refused"), QStringLiteral("refused"));
    m_outcome->addItem(tr("Failed"), QStringLiteral("failed"));
    auto *apply = new QPushButton(tr("Show"), this);
    filters->addWidget(new QLabel(tr("From"), this));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to"), this));
    filters->addWidget(m_to);
    filters->addWidget(m_action, 1);
    filters->addWidget(m_user, 1);
    filters->addWidget(m_outcome);
    filters->addWidget(apply);
    layout->addLayout(filters);

    m_model = new AuditTableModel(this);
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(AuditTableModel::Detail, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);
    m_status = makeHint(QString(), this);
    layout->addWidget(m_status);

    connect(apply, &QPushButton::clicked, this, &AuditPage::reload);
    connect(m_action, &QLineEdit::returnPressed, this, &AuditPage::reload);
    connect(m_user, &QLineEdit::returnPressed, this, &AuditPage::reload);
}

void AuditPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

void AuditPage::reload()
{
    AuditFilter filter;
    filter.fromUtc = QDateTime(m_from->date(), QTime(0, 0), m_zone).toUTC();
    filter.toUtc = QDateTime(m_to->date().addDays(1), QTime(0, 0), m_zone).toUTC();
    filter.action = m_action->text().trimmed();
    filter.username = m_user->text().trimmed();
    filter.outcome = m_outcome->currentData().toString();
    filter.limit = 2000;
    AuditLog audit(m_session.db, *m_session.clock);
    auto entries = audit.list(m_session.actor, filter);
    if (!entries) {
        m_model->setEntries({}, m_zone);
        m_status->setText(entries.error().message);
        return;
    }
    const int count = int(entries->size());
    m_model->setEntries(std::move(entries).value(), m_zone);
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(AuditTableModel::Detail, QHeaderView::Stretch);
    m_status->setText(count >= filter.limit ? tr("Showing the newest %1 entries: narrow the filter to see older ones.")
                                                  .arg(filter.limit)
                                            : tr("%n entries", nullptr, count));
}

} // namespace loket::ui
