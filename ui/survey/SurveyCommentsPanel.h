// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/survey/SurveyPlan.h"
#include "ui/common/Session.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace loket::ui {

class SurveyPlanItemDialog;

// The respondents' comments of the period shown (their own words, newest
// first), and what staff decide about each: a follow-up item of the plan, a
// complaint for the follow-up team (anonymous, received when the response
// was given), or nothing to do. The decisions (ManageSurvey) go through core,
// which audits them; a comment that became a complaint names its number.
class SurveyCommentsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SurveyCommentsPanel(Session session, QWidget *parent = nullptr);

    // Read on the results page's thread.
    static Result<QList<SurveyComment>> load(const Session &session, const SurveyPeriod &period);
    void setData(const SurveyPeriod &period, const QList<SurveyComment> &comments);

    QTableWidget *table() const { return m_table; }
    QPushButton *planButton() const { return m_toPlan; }
    QPushButton *complaintButton() const { return m_toComplaint; }
    QPushButton *dismissButton() const { return m_dismiss; }
    QLabel *messageLabel() const { return m_message; }

    SurveyPlanItemDialog *openToPlan(int row); // nullptr when not allowed
    Status toComplaint(int row);
    Status dismiss(int row);

Q_SIGNALS:
    void changed();

private:
    void updateButtons();
    void said(const Status &status, const QString &done);
    Session m_session;
    bool m_manage = false;
    SurveyPeriod m_period;
    QList<SurveyComment> m_comments;
    QLabel *m_summary = nullptr;
    QLabel *m_message = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_toPlan = nullptr;
    QPushButton *m_toComplaint = nullptr;
    QPushButton *m_dismiss = nullptr;
};

} // namespace loket::ui
