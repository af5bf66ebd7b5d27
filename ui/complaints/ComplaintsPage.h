// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/complaints/ComplaintService.h"
#include "ui/common/Session.h"

#include <QWidget>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace loket::ui {

class ComplaintFileView;
class ComplaintListModel;

// The follow-up team's work list: mine, unassigned, due soon, overdue, open,
// all; each row with its working days left, coloured; a search box over the
// complaints' texts; filters by channel, service and state. The selected
// complaint's file is on the right.
class ComplaintsPage : public QWidget
{
    Q_OBJECT
public:
    ComplaintsPage(Session session, QWidget *parent = nullptr);

    void reload();
    void setView(ComplaintFilter::View view);
    void setSearch(const QString &text);
    void select(qint64 complaintId);
    void logComplaint();

    ComplaintListModel *model() const { return m_model; }
    ComplaintFileView *file() const { return m_file; }
    QLabel *status() const { return m_status; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateCounts();

    Session m_session;
    ComplaintFilter::View m_view = ComplaintFilter::View::Open;
    QButtonGroup *m_views = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_channel = nullptr;
    QComboBox *m_service = nullptr;
    QComboBox *m_state = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_status = nullptr;
    ComplaintListModel *m_model = nullptr;
    ComplaintFileView *m_file = nullptr;
    QTimer *m_searchDelay = nullptr;
};

} // namespace loket::ui
