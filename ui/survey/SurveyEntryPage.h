// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/survey/Survey.h"
#include "ui/common/Session.h"

#include <QTimeZone>
#include <QWidget>

#include <array>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace loket::ui {

class MessageBar;

// Paper survey forms typed by staff, keyboard only. The service and the date
// stay from form to form (a stack is one day and one service); the nine
// answers are single keys in the order printed on the form (U1 … U7, U9, U8):
// 1–4, or 0 / space for an element left unanswered, the focus moving on by
// itself; then the gender (L/P), the age, the education and the occupation
// (by number or first letter of the configured lists), and the comment
// written on the form, if any (typed as it is). The form is shown
// back as it will be saved; Enter saves and starts the next form. A response
// cannot be changed once saved.
class SurveyEntryPage : public QWidget
{
    Q_OBJECT
public:
    // The typed fields, in the order the focus walks them.
    enum Field { Answer1 = 0, Gender = 9, Age, Education, Occupation, FieldCount };

    explicit SurveyEntryPage(Session session, QWidget *parent = nullptr);

    // Saves the form; false (with the reason next to its field) when core refused.
    bool save();
    // Empties the answers and the profile (the service and the date stay).
    void clearForm();

    void setService(qint64 serviceId);
    void setDate(QDate day);
    qint64 serviceId() const;
    QDate date() const;
    // What will be saved, as shown on the page.
    SurveyEntry entry() const;
    int savedCount() const { return m_saved; }

    QLineEdit *field(int f) const { return m_fields.at(std::size_t(f)); }
    QLineEdit *commentEdit() const { return m_comment; }
    QLabel *fieldError(int f) const;
    QLabel *preview() const { return m_preview; }
    QLabel *countLabel() const { return m_count; }
    QListWidget *savedList() const { return m_savedList; }
    MessageBar *messageBar() const { return m_message; }
    QComboBox *serviceBox() const { return m_service; }

Q_SIGNALS:
    void saved(const SurveyResponse &response);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    bool typeKey(int f, const QString &text);
    void focusField(int f);
    void focusNext(int f);
    bool fieldEnabled(int f) const;
    void showField(int f);
    void refreshPreview();
    void clearErrors();
    void showError(const Error &error);
    QStringList choices(int f) const;
    QDateTime answeredAt() const;

    Session m_session;
    QTimeZone m_zone;
    SurveySettings m_settings;
    Questionnaire m_questionnaire;
    QStringList m_order; // U1 … U7, U9, U8

    // What was typed: 0 = nothing typed, -1 = typed as unanswered, 1 … 4.
    std::array<int, 9> m_answers {};
    QString m_gender;
    QString m_age;
    int m_education = -1; // index in the settings' list
    int m_occupation = -1;
    int m_saved = 0;

    QComboBox *m_service = nullptr;
    QDateEdit *m_date = nullptr;
    std::array<QLineEdit *, FieldCount> m_fields {};
    QLineEdit *m_comment = nullptr; // the respondent's own words, after the profile
    QLabel *m_answersError = nullptr;
    QLabel *m_profileError = nullptr;
    QLabel *m_topError = nullptr;
    QLabel *m_preview = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_keysHint = nullptr;
    QListWidget *m_savedList = nullptr;
    QPushButton *m_save = nullptr;
    MessageBar *m_message = nullptr;
};

} // namespace loket::ui
