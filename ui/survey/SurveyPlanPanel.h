// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/survey/SurveyPlan.h"
#include "ui/common/Session.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace loket::ui {

class SurveyPlanDoneDialog;
class SurveyPlanItemDialog;
class SurveyPublicationDialog;
class SurveyForumDialog;

// The follow-up plan of the period shown (rencana tindak lanjut): its items
// (overdue ones in red), the proposals (elements graded D without an item),
// the publications, and how it stands. Adding, marking done and recording a
// publication (ManageSurvey) go through dialogs; core checks and audits them.
class SurveyPlanPanel : public QWidget
{
    Q_OBJECT
public:
    // What the results page reads for the panel, on its thread.
    struct Data {
        QString periodCode;
        QList<PlanItem> items;
        QList<SurveyPublication> publications;
        PlanStanding standing;
        QList<PlanProposal> proposals;
    };
    static Result<Data> load(const Session &session, const SurveyIndexReport &report, const SurveyPeriod &period);

    explicit SurveyPlanPanel(Session session, QWidget *parent = nullptr);

    void setData(const SurveyPeriod &period, const Data &data);
    const Data &data() const { return m_data; }

    // The dialogs, opened without blocking (window-modal); nullptr when not allowed.
    SurveyPlanItemDialog *openAddItem(int proposalRow = -1);
    SurveyPlanDoneDialog *openMarkDone(int itemRow);
    SurveyPublicationDialog *openPublication();
    SurveyForumDialog *openForum();

    QTableWidget *itemsTable() const { return m_items; }
    QListWidget *proposalsList() const { return m_proposals; }
    QListWidget *publicationsList() const { return m_publications; }
    QLabel *standingLabel() const { return m_standing; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *doneButton() const { return m_done; }
    QPushButton *publishButton() const { return m_publish; }
    QPushButton *forumButton() const { return m_forum; }

Q_SIGNALS:
    // The plan was changed: the page reads it again.
    void changed();

private:
    void fill();
    void updateButtons();
    QDate today() const;

    Session m_session;
    bool m_manage = false;
    SurveyPeriod m_period;
    Data m_data;
    QLabel *m_standing = nullptr;
    QTableWidget *m_items = nullptr;
    QListWidget *m_proposals = nullptr;
    QListWidget *m_publications = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_plan = nullptr;
    QPushButton *m_done = nullptr;
    QPushButton *m_publish = nullptr;
    QPushButton *m_forum = nullptr;
};

} // namespace loket::ui
