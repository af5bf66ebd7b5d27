// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/Session.h"

#include <QTimeZone>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;

namespace loket::ui {

class AuditTableModel;

// Read-only view of the audit log with filters.
class AuditPage : public QWidget
{
    Q_OBJECT
public:
    AuditPage(Session session, QTimeZone officeZone, QWidget *parent = nullptr);
    void reload();

protected:
    void showEvent(QShowEvent *event) override;

private:
    Session m_session;
    QTimeZone m_zone;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLineEdit *m_action = nullptr;
    QLineEdit *m_user = nullptr;
    QComboBox *m_outcome = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_status = nullptr;
    AuditTableModel *m_model = nullptr;
};

} // namespace loket::ui
