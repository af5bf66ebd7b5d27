// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/Session.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace loket::ui {

// Settings › Suggestion boxes: from which day of the month the supervisor is
// reminded of a box not yet opened, and the pattern of the minutes' number.
class SuggestionSettingsTab : public QWidget
{
    Q_OBJECT
public:
    explicit SuggestionSettingsTab(Session session, QWidget *parent = nullptr);

    // For tests.
    QSpinBox *reminderDay() const { return m_day; }
    QLineEdit *pattern() const { return m_pattern; }
    QPushButton *saveButton() const { return m_save; }
    QString message() const;

private:
    void preview();
    void save();

    Session m_session;
    QSpinBox *m_day = nullptr;
    QLineEdit *m_pattern = nullptr;
    QLabel *m_example = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace loket::ui
