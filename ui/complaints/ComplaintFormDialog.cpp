// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/complaints/ComplaintFormDialog.h"

#include "core/catalog/CalendarRepository.h"
#include "core/catalog/ServiceCatalog.h"
#include "core/complaints/ComplaintService.h"
#include "core/standards/StandardComponent.h"
#include "ui/common/Style.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace loket::ui {

ComplaintFormDialog::ComplaintFormDialog(Session session, QWidget *parent)
    : QDialog(parent)
    , m_session(std::move(session))
{
    setWindowTitle(tr("Log a complaint"));
    setMinimumWidth(1040);
    if (auto zone = CalendarRepository(m_session.db).officeTime())
        m_offsetSeconds = zone->offsetSeconds();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makeHint(tr("Fields with * are needed. The complainant gets the register number (and the "
                                  "receipt) as soon as it is saved."), this));
    auto *columns = new QHBoxLayout;
    layout->addLayout(columns, 1);

    // Left: what the complaint is.
    auto *what = new QGroupBox(tr("The complaint"), this);
    auto *form = new QFormLayout(what);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_channel = new QComboBox(what);
    for (IntakeChannel c : allChannels())
        m_channel->addItem(channelName(c), channelCode(c));
    m_type = new QComboBox(what);
    for (ComplaintType t : allTypes())
        m_type->addItem(typeName(t), typeCode(t));
    m_type->setCurrentIndex(m_type->findData(typeCode(ComplaintType::Pengaduan)));
    m_tier = new QComboBox(what);
    for (ComplaintTier t : allTiers())
        m_tier->addItem(tierName(t), tierCode(t));
    m_tier->setCurrentIndex(m_tier->findData(tierCode(ComplaintTier::Normatif)));
    m_service = new QComboBox(what);
    m_service->addItem(tr("(no particular service)"), 0);
    if (auto services = ServiceCatalog(m_session.db, *m_session.clock).list()) {
        for (const Service &s : services.value())
            m_service->addItem(s.name, s.id);
    }
    m_component = new QComboBox(what);
    m_component->addItem(tr("(not known)"), QString());
    for (StandardComponent c : allStandardComponents())
        m_component->addItem(standardComponentName(c), standardComponentCode(c));
    m_received = new QDateTimeEdit(what);
    m_received->setDisplayFormat(QStringLiteral("dd-MM-yyyy HH:mm"));
    m_received->setCalendarPopup(true);
    const QDateTime nowLocal = m_session.clock->nowUtc().addSecs(m_offsetSeconds);
    m_received->setDateTime(QDateTime(nowLocal.date(), QTime(nowLocal.time().hour(), nowLocal.time().minute())));
    m_received->setMaximumDateTime(QDateTime(nowLocal.date(), QTime(23, 59)));
    m_summary = new QLineEdit(what);
    m_summary->setPlaceholderText(tr("e.g. Waited two hours, no officer at counter 2"));
    m_summary->setMaxLength(300);
    m_details = new QPlainTextEdit(what);
    m_details->setPlaceholderText(tr("What happened, when and where"));
    m_details->setTabChangesFocus(true);
    m_loss = new QLineEdit(what);
    m_remedy = new QLineEdit(what);
    m_lapor = new QLineEdit(what);
    m_lapor->setPlaceholderText(tr("only when it came from or goes to SP4N-LAPOR!"));
    m_ticket = new QLabel(tr("none"), what);
    form->addRow(tr("Channel *"), m_channel);
    form->addRow(tr("Service"), m_service);
    form->addRow(tr("Summary *"), m_summary);
    form->addRow(tr("What happened"), m_details);
    form->addRow(tr("Received at *"), m_received);
    form->addRow(tr("Type"), m_type);
    form->addRow(tr("Tier"), m_tier);
    form->addRow(tr("Standard component"), m_component);
    form->addRow(tr("Loss suffered"), m_loss);
    form->addRow(tr("Remedy asked for"), m_remedy);
    form->addRow(tr("SP4N-LAPOR! number"), m_lapor);
    form->addRow(tr("Ticket"), m_ticket);
    columns->addWidget(what, 4);

    // Right: who, and the evidence.
    auto *right = new QVBoxLayout;
    auto *who = new QGroupBox(tr("The complainant"), this);
    auto *whoForm = new QFormLayout(who);
    whoForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_anonymous = new QCheckBox(tr("Anonymous: the person is not known"), who);
    m_confidential = new QCheckBox(tr("Confidential: only the follow-up team sees who it is"), who);
    m_name = new QLineEdit(who);
    m_phone = new QLineEdit(who);
    m_phone->setPlaceholderText(tr("phone or WhatsApp"));
    m_email = new QLineEdit(who);
    m_address = new QLineEdit(who);
    whoForm->addRow(m_anonymous);
    whoForm->addRow(m_confidential);
    whoForm->addRow(tr("Name"), m_name);
    whoForm->addRow(tr("Phone"), m_phone);
    whoForm->addRow(tr("Email"), m_email);
    whoForm->addRow(tr("Address"), m_address);
    whoForm->addRow(makeHint(tr("Ask only for what is needed to answer (UU 27/2022)."), who));
    right->addWidget(who);
    auto *evidence = new QGroupBox(tr("Evidence"), this);
    auto *evidenceLayout = new QVBoxLayout(evidence);
    m_files = new QListWidget(evidence);
    m_files->setMaximumHeight(90);
    auto *add = new QPushButton(tr("Add a photo or scan…"), evidence);
    evidenceLayout->addWidget(m_files);
    evidenceLayout->addWidget(add);
    right->addWidget(evidence);
    right->addStretch(1);
    columns->addLayout(right, 3);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #9B1C1C; font-weight: 600;"));
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("Save and give the number"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &ComplaintFormDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, &ComplaintFormDialog::addAttachment);
    connect(m_anonymous, &QCheckBox::toggled, this, &ComplaintFormDialog::updateIdentity);
    m_summary->setFocus();
}

void ComplaintFormDialog::setTicket(qint64 ticketId, const QString &ticketNumber, qint64 serviceId)
{
    m_ticketId = ticketId;
    m_ticket->setText(ticketNumber.isEmpty() ? tr("none") : tr("%1 (being served)").arg(ticketNumber));
    m_channel->setCurrentIndex(m_channel->findData(channelCode(IntakeChannel::Langsung)));
    const int i = m_service->findData(serviceId);
    if (i >= 0)
        m_service->setCurrentIndex(i);
}

void ComplaintFormDialog::updateIdentity()
{
    const bool known = !m_anonymous->isChecked();
    for (QWidget *w : {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_phone), static_cast<QWidget *>(m_email),
             static_cast<QWidget *>(m_address), static_cast<QWidget *>(m_confidential)})
        w->setEnabled(known);
    if (!known) {
        m_name->clear();
        m_phone->clear();
        m_email->clear();
        m_address->clear();
        m_confidential->setChecked(false);
    }
}

void ComplaintFormDialog::addAttachment()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Add evidence"), QString(),
                                                            tr("Photos and scans (*.jpg *.jpeg *.png *.pdf)"));
    for (const QString &path : paths) {
        auto file = ComplaintAttachmentFile::read(path);
        if (!file) {
            m_error->setText(file.error().message);
            m_error->show();
            continue;
        }
        m_files->addItem(file->name);
        m_attachments << file.value();
    }
}

void ComplaintFormDialog::save()
{
    ComplaintIntake in;
    in.channel = channelFromCode(m_channel->currentData().toString()).value_or(IntakeChannel::Langsung);
    in.type = typeFromCode(m_type->currentData().toString()).value_or(ComplaintType::Pengaduan);
    in.tier = tierFromCode(m_tier->currentData().toString()).value_or(ComplaintTier::Normatif);
    in.serviceId = m_service->currentData().toLongLong();
    in.component = m_component->currentData().toString();
    const QDateTime local = m_received->dateTime();
    in.receivedAt = QDateTime(local.date(), local.time(), Qt::UTC).addSecs(-m_offsetSeconds);
    in.summary = m_summary->text();
    in.details = m_details->toPlainText();
    in.loss = m_loss->text();
    in.remedy = m_remedy->text();
    in.laporNumber = m_lapor->text();
    in.ticketId = m_ticketId;
    in.anonymous = m_anonymous->isChecked();
    in.confidential = m_confidential->isChecked();
    const ComplaintIdentity person {m_name->text(), m_phone->text(), m_email->text(), m_address->text()};
    auto added = ComplaintService(m_session.db, *m_session.clock).add(m_session.actor, in, person, m_attachments);
    if (!added) {
        m_error->setText(added.error().message);
        m_error->show();
        return;
    }
    m_logged = added.value();
    accept();
}

} // namespace loket::ui
