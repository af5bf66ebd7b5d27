// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/ServicesTab.h"

#include "core/queue/QueueReader.h"
#include "core/standards/StandardTargets.h"
#include "ui/settings/ServiceDialog.h"
#include "ui/common/Style.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace loket::ui {

ServicesTab::ServicesTab(Session session, QWidget *parent)
    : QWidget(parent)
    , m_session(std::move(session))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);

    auto *servicesBox = new QGroupBox(tr("Services"), this);
    auto *sv = new QVBoxLayout(servicesBox);
    auto *sb = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add service…"), servicesBox);
    add->setObjectName(QStringLiteral("primary"));
    auto *edit = new QPushButton(tr("Edit…"), servicesBox);
    sb->addWidget(add);
    sb->addWidget(edit);
    sb->addStretch(1);
    sv->addLayout(sb);
    m_table = new QTableWidget(servicesBox);
    m_table->setColumnCount(7);
    m_table->setHorizontalHeaderLabels({tr("Code"), tr("Letter"), tr("Name"), tr("Unit"), tr("Target"),
        tr("Target from"), tr("State")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    sv->addWidget(m_table, 1);
    m_message = makeHint(QString(), servicesBox);
    sv->addWidget(m_message);

    auto *unitsBox = new QGroupBox(tr("Units"), this);
    auto *uv = new QVBoxLayout(unitsBox);
    m_unitList = new QListWidget(unitsBox);
    auto *addUnit = new QPushButton(tr("Add unit…"), unitsBox);
    auto *renameUnit = new QPushButton(tr("Rename…"), unitsBox);
    auto *toggleUnit = new QPushButton(tr("Deactivate / activate"), unitsBox);
    uv->addWidget(m_unitList, 1);
    uv->addWidget(addUnit);
    uv->addWidget(renameUnit);
    uv->addWidget(toggleUnit);

    layout->addWidget(servicesBox, 3);
    layout->addWidget(unitsBox, 1);

    connect(add, &QPushButton::clicked, this, [this] { editService(true); });
    connect(edit, &QPushButton::clicked, this, [this] { editService(false); });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] { editService(false); });
    connect(addUnit, &QPushButton::clicked, this, &ServicesTab::addUnit);
    connect(renameUnit, &QPushButton::clicked, this, &ServicesTab::renameUnit);
    connect(toggleUnit, &QPushButton::clicked, this, &ServicesTab::toggleUnit);
    reload();
}

void ServicesTab::reload()
{
    auto services = ServiceCatalog(m_session.db, *m_session.clock).list(true);
    auto units = UnitCatalog(m_session.db, *m_session.clock).list(true);
    if (!services || !units) {
        m_message->setText(!services ? services.error().message : units.error().message);
        return;
    }
    m_services = services.value();
    m_units = units.value();
    auto unitName = [this](qint64 id) {
        for (const Unit &u : m_units) {
            if (u.id == id)
                return u.name;
        }
        return QString();
    };
    // The target the counter's timer, the kiosk and the statistics use today (core/standards/StandardTargets).
    auto day = QueueReader(m_session.db, *m_session.clock).today();
    const QDate today = day ? day.value() : QDate::currentDate();
    m_table->setRowCount(int(m_services.size()));
    for (int r = 0; r < m_services.size(); ++r) {
        const Service &s = m_services[r];
        auto target = serviceTarget(m_session.db, s.id, today);
        const int minutes = target ? target->minutes : s.targetMinutes;
        const QStringList cells = {s.code, s.prefix, s.name, unitName(s.unitId), tr("%n min", nullptr, minutes),
                                   target ? target->sourceText(false) : target.error().message,
                                   s.active ? tr("Offered") : tr("Not offered")};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c == 2)
                item->setToolTip(s.name);
            if (c == 5 && target)
                item->setToolTip(target->sourceText(true));
            if (!s.active)
                item->setForeground(QColor(0x8a, 0x94, 0x9e));
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    // The name takes the room; the unit and the target's source wrap onto two lines when long.
    m_table->setWordWrap(true);
    m_table->setColumnWidth(3, qMin(m_table->columnWidth(3), 170));
    m_table->setColumnWidth(5, qMin(m_table->columnWidth(5), 230));
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->resizeRowsToContents();
    m_unitList->clear();
    for (const Unit &u : m_units) {
        auto *item = new QListWidgetItem(u.active ? u.name : tr("%1 (inactive)").arg(u.name), m_unitList);
        item->setData(Qt::UserRole, u.id);
    }
}

void ServicesTab::editService(bool isNew)
{
    Service current;
    if (!isNew) {
        const int row = m_table->currentRow();
        if (row < 0 || row >= m_services.size())
            return;
        current = m_services[row];
    } else {
        current.sortOrder = int(m_services.size()) + 1;
    }
    QList<Unit> activeUnits;
    for (const Unit &u : m_units) {
        if (u.active || u.id == current.unitId)
            activeUnits << u;
    }
    ServiceDialog dialog(current, activeUnits, this);
    while (dialog.exec() == QDialog::Accepted) {
        ServiceCatalog catalog(m_session.db, *m_session.clock);
        const Service s = dialog.service();
        Status st;
        if (isNew) {
            auto added = catalog.add(m_session.actor, s);
            st = added ? Status{} : Status{added.error()};
        } else {
            st = catalog.update(m_session.actor, s);
        }
        if (st) {
            m_message->setText(tr("Service %1 saved.").arg(s.code));
            reload();
            return;
        }
        dialog.showError(st.error().message);
    }
}

void ServicesTab::report(const Status &status, const QString &done)
{
    if (!status) {
        QMessageBox::warning(this, tr("Units"), status.error().message);
        return;
    }
    m_message->setText(done);
    reload();
}

void ServicesTab::addUnit()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New unit"), tr("Name of the unit:"), QLineEdit::Normal,
                                               QString(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    auto added = UnitCatalog(m_session.db, *m_session.clock).add(m_session.actor, name.trimmed());
    report(added ? Status{} : Status{added.error()}, tr("Unit %1 added.").arg(name.trimmed()));
}

void ServicesTab::renameUnit()
{
    auto *item = m_unitList->currentItem();
    if (!item)
        return;
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    QString oldName;
    for (const Unit &u : m_units) {
        if (u.id == id)
            oldName = u.name;
    }
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename unit"), tr("New name:"), QLineEdit::Normal, oldName, &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    report(UnitCatalog(m_session.db, *m_session.clock).rename(m_session.actor, id, name.trimmed()),
           tr("Unit renamed."));
}

void ServicesTab::toggleUnit()
{
    auto *item = m_unitList->currentItem();
    if (!item)
        return;
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    for (const Unit &u : m_units) {
        if (u.id == id) {
            report(UnitCatalog(m_session.db, *m_session.clock).setActive(m_session.actor, id, !u.active),
                   u.active ? tr("Unit %1 deactivated.").arg(u.name) : tr("Unit %1 activated.").arg(u.name));
            return;
        }
    }
}

} // namespace loket::ui
