// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/Session.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace loket::ui {

// Settings › Survey (ManageSurvey): the period the results are given for,
// the weighting of the index, and the respondent's education and occupation
// choices (one a line; an empty list: the question is not asked). Saved
// through SurveyService::setSettings, which checks and audits them.
class SurveySettingsTab : public QWidget
{
    Q_OBJECT
public:
    explicit SurveySettingsTab(Session session, QWidget *parent = nullptr);

    bool save();
    QComboBox *periodBox() const { return m_period; }
    QComboBox *weightingBox() const { return m_weighting; }
    QPlainTextEdit *educationEdit() const { return m_education; }
    QPlainTextEdit *occupationEdit() const { return m_occupation; }
    QLabel *messageLabel() const { return m_message; }

private:
    Session m_session;
    QComboBox *m_period = nullptr;
    QComboBox *m_weighting = nullptr;
    QPlainTextEdit *m_education = nullptr;
    QPlainTextEdit *m_occupation = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace loket::ui
