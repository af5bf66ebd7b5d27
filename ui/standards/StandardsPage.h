// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/Session.h"
#include "ui/standards/StandardRegisterModel.h"

#include <QWidget>

class QButtonGroup;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace loket::ui {

class StandardEditor;
class StandardPanel;

// "Standar Pelayanan": the register of every service's standard, the
// standard of one service, and (for supervisors) the editor. Everyone with
// ViewStandards reads; the edit and record actions need ManageStandards.
class StandardsPage : public QWidget
{
    Q_OBJECT
public:
    explicit StandardsPage(Session session, QWidget *parent = nullptr);

    enum class View { Register, Standard, Editor };

    void reload();
    void setFilter(RegisterFilter filter);
    bool openService(qint64 serviceId); // the standard of one service
    bool editService(qint64 serviceId); // the editor; needs ManageStandards
    void showRegister();
    View view() const;

    StandardRegisterModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    StandardPanel *panel() const { return m_panel; }
    StandardEditor *editor() const { return m_editor; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildRegister();
    qint64 selectedService() const;
    void updateSelection();
    void updateFilterLabels();

    Session m_session;
    QStackedWidget *m_stack = nullptr;
    StandardRegisterModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QButtonGroup *m_filters = nullptr;
    QLabel *m_detail = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_edit = nullptr;
    StandardPanel *m_panel = nullptr;
    StandardEditor *m_editor = nullptr;
};

} // namespace loket::ui
