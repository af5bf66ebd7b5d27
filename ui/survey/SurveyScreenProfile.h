// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/survey/Survey.h"

#include <QWidget>

class QButtonGroup;
class QGridLayout;
class QLabel;
class QPushButton;

namespace loket::ui {

// The respondent's optional profile in big touches: gender, age on a
// keypad, education and occupation from the office's lists. One touch on
// "Skip" sends the answers without it.
class SurveyProfilePage : public QWidget
{
    Q_OBJECT
public:
    explicit SurveyProfilePage(QWidget *parent = nullptr);

    // The configured lists; an empty list is not asked.
    void setChoices(const QStringList &education, const QStringList &occupation);
    void clear();
    RespondentProfile profile() const;
    // False, with the reason on the page, when the age typed is not 10 … 120.
    bool check();

    QPushButton *genderButton(const QString &code) const;        // "L" or "P"
    QPushButton *educationButton(const QString &choice) const;
    QPushButton *occupationButton(const QString &choice) const;
    QPushButton *digitButton(int digit) const;
    QPushButton *sendButton() const { return m_send; }
    QPushButton *skipButton() const { return m_skip; }
    QPushButton *backButton() const { return m_back; }
    QString ageText() const;
    QString errorText() const;

    void typeDigit(int digit);
    void eraseDigit();
    void retranslate();
    void scaleTo(int h);

Q_SIGNALS:
    void sendRequested();
    void skipRequested();
    void backRequested();

private:
    QPushButton *choice(const QString &text, QWidget *parent);
    void fillChoices(QGridLayout *grid, QButtonGroup *group, const QStringList &choices, bool education);
    void showAge();

    QLabel *m_title;
    QLabel *m_sub;
    QLabel *m_genderLabel;
    QLabel *m_educationLabel;
    QLabel *m_occupationLabel;
    QLabel *m_ageLabel;
    QLabel *m_age;
    QLabel *m_error;
    QPushButton *m_male;
    QPushButton *m_female;
    QButtonGroup *m_genders;
    QButtonGroup *m_educations;
    QButtonGroup *m_occupations;
    QGridLayout *m_educationGrid;
    QGridLayout *m_occupationGrid;
    QList<QPushButton *> m_digits; // 0 … 9
    QPushButton *m_erase;
    QPushButton *m_back;
    QPushButton *m_skip;
    QPushButton *m_send;
    QString m_ageDigits;
    QStringList m_educationChoices;
    QStringList m_occupationChoices;
    int m_scale = 768;
};

} // namespace loket::ui
