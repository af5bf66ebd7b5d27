// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/complaints/Complaint.h"
#include "ui/common/Session.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace loket::ui {

// Writing down a complaint: at the counter (the ticket being served and its
// service filled in, the channel "in person"), or a letter, call or message
// entered later with its real time of receipt. The short part (channel,
// service, summary, who) comes first, so a complaint told at the desk is
// logged in under a minute; the rest is optional.
class ComplaintFormDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ComplaintFormDialog(Session session, QWidget *parent = nullptr);

    // The ticket being served at the counter (its service is taken too).
    void setTicket(qint64 ticketId, const QString &ticketNumber, qint64 serviceId);
    // The complaint logged when the dialog was accepted.
    const Complaint &logged() const { return m_logged; }

    // For tests: the fields.
    QLineEdit *summaryEdit() const { return m_summary; }
    QLineEdit *nameEdit() const { return m_name; }
    QCheckBox *confidentialBox() const { return m_confidential; }
    QComboBox *channelBox() const { return m_channel; }
    QLabel *errorLabel() const { return m_error; }
    void save();

private:
    void addAttachment();
    void updateIdentity();

    Session m_session;
    Complaint m_logged;
    qint64 m_ticketId = 0;
    QComboBox *m_channel = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_tier = nullptr;
    QComboBox *m_service = nullptr;
    QComboBox *m_component = nullptr;
    QDateTimeEdit *m_received = nullptr;
    QLineEdit *m_summary = nullptr;
    QPlainTextEdit *m_details = nullptr;
    QLineEdit *m_loss = nullptr;
    QLineEdit *m_remedy = nullptr;
    QLineEdit *m_lapor = nullptr;
    QLabel *m_ticket = nullptr;
    QCheckBox *m_anonymous = nullptr;
    QCheckBox *m_confidential = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_address = nullptr;
    QListWidget *m_files = nullptr;
    QList<ComplaintAttachmentFile> m_attachments;
    QLabel *m_error = nullptr;
    int m_offsetSeconds = 7 * 3600;
};

} // namespace loket::ui
