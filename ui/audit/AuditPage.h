// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/Session.h"

#include <QTimeZone>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QTableView;

namespace loket::ui {

class AuditTableModel;

// Read-only view of the audit log in the user's language, filtered by
// period, user, action and outcome in the database, read page by page.
class AuditPage : public QWidget
{
    Q_OBJECT
public:
    AuditPage(Session session, QTimeZone officeZone, QWidget *parent = nullptr);
    void reload();

    // For tests and the screenshot: pick a user ("" = all) and an action code ("" = all).
    void setFilter(const QString &username, const QString &action);
    AuditTableModel *model() const { return m_model; }
    QString chainText() const; // for tests

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fillPeople();
    void updateStatus();
    void updateChain();

    Session m_session;
    QTimeZone m_zone;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_action = nullptr;
    QComboBox *m_user = nullptr;
    QComboBox *m_outcome = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_chain = nullptr; // the hash chain's state, above the filters
    AuditTableModel *m_model = nullptr;
    bool m_peopleFilled = false;
};

} // namespace loket::ui
