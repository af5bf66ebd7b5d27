// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/complaints/Complaint.h"
#include "ui/common/Session.h"
#include "ui/complaints/ComplaintStepDialog.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTextBrowser;

namespace loket::ui {

// One complaint's file: what was received, the deadlines, the timeline of
// its events, the attachments, the steps its state allows, and the
// complainant behind "Lihat identitas" for those allowed (the view is logged).
class ComplaintFileView : public QWidget
{
    Q_OBJECT
public:
    ComplaintFileView(Session session, QWidget *parent = nullptr);

    void show(qint64 complaintId);
    void clear();
    // Shows it again when the list's copy says its state or deadlines moved.
    void refreshIfChanged(const Complaint &fromList);
    qint64 complaintId() const { return m_complaint.id; }

    // For tests.
    QPushButton *stepButton(ComplaintStepDialog::Step step) const;
    QPushButton *identityButton() const { return m_identityButton; }
    QPushButton *letterButton() const { return m_letter; }
    QLabel *identityLabel() const { return m_identity; }
    QString timelineText() const;
    void revealIdentity();

Q_SIGNALS:
    void changed(const Complaint &complaint);

private:
    void runStep(ComplaintStepDialog::Step step);
    void openAttachment(int row);
    void addAttachments();
    void updateButtons();

    Session m_session;
    Complaint m_complaint;
    QList<ComplaintAttachment> m_files;
    int m_offsetSeconds = 7 * 3600;
    QLabel *m_title = nullptr;
    QLabel *m_facts = nullptr;
    QLabel *m_deadlines = nullptr;
    QLabel *m_identity = nullptr;
    QPushButton *m_identityButton = nullptr;
    QTextBrowser *m_timeline = nullptr;
    QListWidget *m_attachments = nullptr;
    QLabel *m_error = nullptr;
    QMap<ComplaintStepDialog::Step, QPushButton *> m_steps;
    QPushButton *m_receipt = nullptr;
    QPushButton *m_letter = nullptr;
    QPushButton *m_attach = nullptr;
};

} // namespace loket::ui
