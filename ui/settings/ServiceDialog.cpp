// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/ServiceDialog.h"

#include "ui/common/Style.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVBoxLayout>

namespace loket::ui {

ServiceDialog::ServiceDialog(const Service &service, const QList<Unit> &units, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
{
    setWindowTitle(service.id ? tr("Edit service %1").arg(service.code) : tr("New service"));
    setMinimumWidth(480);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_code = new QLineEdit(service.code, this);
    m_code->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z0-9_-]{0,20}")),
                                                         m_code));
    m_code->setPlaceholderText(tr("e.g. KTP"));
    m_prefix = new QLineEdit(service.prefix, this);
    m_prefix->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z]{0,2}")),
                                                           m_prefix));
    m_prefix->setMaximumWidth(80);
    m_name = new QLineEdit(service.name, this);
    m_name->setPlaceholderText(tr("e.g. Perekaman KTP-el"));
    m_unit = new QComboBox(this);
    m_unit->addItem(tr("(no unit)"), qint64(0));
    for (const Unit &u : units)
        m_unit->addItem(u.name, u.id);
    m_unit->setCurrentIndex(std::max(0, m_unit->findData(service.unitId)));
    m_target = new QSpinBox(this);
    m_target->setRange(1, 24 * 60);
    m_target->setSuffix(tr(" minutes"));
    m_target->setValue(service.targetMinutes);
    m_order = new QSpinBox(this);
    m_order->setRange(0, 999);
    m_order->setValue(service.sortOrder);
    m_active = new QCheckBox(tr("Offered (shown on the kiosk)"), this);
    m_active->setChecked(service.active);
    form->addRow(tr("Code *"), m_code);
    form->addRow(tr("Ticket letter *"), m_prefix);
    form->addRow(QString(), makeHint(tr("Tickets of this service are numbered %1-001, %1-002, …")
                                         .arg(service.prefix.isEmpty() ? QStringLiteral("A") : service.prefix),
                                     this));
    form->addRow(tr("Name *"), m_name);
    form->addRow(tr("Unit"), m_unit);
    form->addRow(tr("Service-time target"), m_target);
    form->addRow(tr("Order on the kiosk"), m_order);
    form->addRow(QString(), m_active);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole)->setDefault(true);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

Service ServiceDialog::service() const
{
    Service s = m_service;
    s.code = m_code->text().trimmed().toUpper();
    s.prefix = m_prefix->text().trimmed().toUpper();
    s.name = m_name->text().trimmed();
    s.unitId = m_unit->currentData().toLongLong();
    s.targetMinutes = m_target->value();
    s.sortOrder = m_order->value();
    s.active = m_active->isChecked();
    return s;
}

void ServiceDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace loket::ui
