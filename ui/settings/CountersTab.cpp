// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/CountersTab.h"

#include "core/settings/OfficeSettings.h"
#include "core/storage/SettingsStore.h"
#include "ui/common/Style.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace loket::ui {

CountersTab::CountersTab(Session session, QWidget *parent)
    : QWidget(parent)
    , m_session(std::move(session))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->addWidget(makeHint(tr("Each counter calls only the services it serves. The number is what the display "
                                  "board announces: \"silakan menuju loket 2\"."),
                               this));
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add counter…"), this);
    add->setObjectName(QStringLiteral("primary"));
    auto *edit = new QPushButton(tr("Edit…"), this);
    buttons->addWidget(add);
    buttons->addWidget(edit);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_table = new QTableWidget(this);
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Number"), tr("Name"), tr("Services"), tr("State")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table, 1);
    // How a counter's day runs (queue.start_on_call).
    m_startOnCall = new QCheckBox(tr("Start the service when the citizen is called (one key per citizen)"), this);
    m_startOnCall->setChecked(
        OfficeSettings(m_session.db, *m_session.clock).value(QLatin1String(SettingKey::QueueStartOnCall)).toBool());
    layout->addWidget(m_startOnCall);
    layout->addWidget(makeHint(tr("On: F1 finishes the citizen at the counter and calls the next, whose service "
                                  "starts at once; the service time then includes the walk to the counter. "
                                  "Off: the officer presses F3 when the citizen arrives."),
        this));
    m_message = makeHint(QString(), this);
    layout->addWidget(m_message);
    connect(m_startOnCall, &QCheckBox::toggled, this, [this](bool on) {
        Status st = OfficeSettings(m_session.db, *m_session.clock)
                        .set(m_session.actor, QLatin1String(SettingKey::QueueStartOnCall), on);
        m_message->setText(st ? (on ? tr("Saved: calling a ticket now starts its service.")
                                    : tr("Saved: the officer starts each service with F3."))
                              : st.error().message);
    });
    connect(add, &QPushButton::clicked, this, [this] { editCounter(true); });
    connect(edit, &QPushButton::clicked, this, [this] { editCounter(false); });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] { editCounter(false); });
    reload();
}

void CountersTab::reload()
{
    auto counters = CounterCatalog(m_session.db, *m_session.clock).list(true);
    auto services = ServiceCatalog(m_session.db, *m_session.clock).list(true);
    if (!counters || !services) {
        m_message->setText(!counters ? counters.error().message : services.error().message);
        return;
    }
    m_counters = counters.value();
    m_services = services.value();
    m_table->setRowCount(int(m_counters.size()));
    for (int r = 0; r < m_counters.size(); ++r) {
        const Counter &c = m_counters[r];
        QStringList served;
        for (const Service &s : m_services) {
            if (c.serviceIds.contains(s.id))
                served << s.code;
        }
        const QStringList cells = {QString::number(c.number), c.name, served.join(QStringLiteral(", ")),
                                   c.active ? tr("In use") : tr("Not in use")};
        for (int col = 0; col < cells.size(); ++col)
            m_table->setItem(r, col, new QTableWidgetItem(cells[col]));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
}

void CountersTab::editCounter(bool isNew)
{
    Counter c;
    if (!isNew) {
        const int row = m_table->currentRow();
        if (row < 0 || row >= m_counters.size())
            return;
        c = m_counters[row];
    } else {
        int highest = 0;
        for (const Counter &x : m_counters)
            highest = std::max(highest, x.number);
        c.number = highest + 1;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(isNew ? tr("New counter") : tr("Edit counter %1").arg(c.number));
    dialog.setMinimumWidth(440);
    auto *layout = new QVBoxLayout(&dialog);
    auto *form = new QFormLayout;
    auto *number = new QSpinBox(&dialog);
    number->setRange(1, 999);
    number->setValue(c.number);
    auto *name = new QLineEdit(c.name, &dialog);
    name->setPlaceholderText(tr("e.g. Loket 2 — Kartu Keluarga"));
    auto *active = new QCheckBox(tr("In use"), &dialog);
    active->setChecked(c.active);
    auto *services = new QListWidget(&dialog);
    for (const Service &s : m_services) {
        auto *item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(s.code, s.name), services);
        item->setData(Qt::UserRole, s.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(c.serviceIds.contains(s.id) ? Qt::Checked : Qt::Unchecked);
    }
    form->addRow(tr("Number *"), number);
    form->addRow(tr("Name"), name);
    form->addRow(QString(), active);
    form->addRow(tr("Serves"), services);
    auto *error = new QLabel(&dialog);
    error->setObjectName(QStringLiteral("errorLabel"));
    error->setWordWrap(true);
    error->hide();
    auto *buttons = new QDialogButtonBox(&dialog);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole)->setDefault(true);
    layout->addLayout(form);
    layout->addWidget(error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    while (dialog.exec() == QDialog::Accepted) {
        c.number = number->value();
        c.name = name->text().trimmed();
        c.active = active->isChecked();
        c.serviceIds.clear();
        for (int i = 0; i < services->count(); ++i) {
            if (services->item(i)->checkState() == Qt::Checked)
                c.serviceIds << services->item(i)->data(Qt::UserRole).toLongLong();
        }
        CounterCatalog catalog(m_session.db, *m_session.clock);
        Status st;
        if (isNew) {
            auto added = catalog.add(m_session.actor, c);
            st = added ? Status{} : Status{added.error()};
        } else {
            st = catalog.update(m_session.actor, c);
        }
        if (st) {
            m_message->setText(tr("Counter %1 saved.").arg(c.number));
            reload();
            return;
        }
        error->setText(st.error().message);
        error->show();
    }
}

} // namespace loket::ui
