// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/survey/SurveyWidgets.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace loket::ui {

// Sets a widget's font to `px` pixels (the survey screen scales with its height).
void setSurveyPixelSize(QWidget *w, int px, bool bold = false);
// The screen's look (object names below #surveyScreen).
QString surveyStyleSheet();

// Waiting for the next citizen: an invitation, touched to start a survey the
// counter has handed over.
class SurveyIdlePage : public QWidget
{
    Q_OBJECT
public:
    explicit SurveyIdlePage(QWidget *parent = nullptr);
    void setOffice(const QString &name);
    void setPairing(const QString &text); // for staff: which counters hand over here
    // A line under the invitation; empty hides it. error: the staff's detail below.
    void showNote(const QString &note, const QString &detail = {});
    QString note() const;
    void retranslate();
    void scaleTo(int h);

Q_SIGNALS:
    void touched();

protected:
    void mousePressEvent(QMouseEvent *event) override;

private:
    QLabel *m_office;
    QLabel *m_title;
    SurveyFaces *m_faces;
    QLabel *m_invite;
    QLabel *m_sub;
    QLabel *m_note;
    QLabel *m_detail;
    QLabel *m_pairing;
};

// One question: the service received, the progress, the question in big
// type, the four answers, Back and Skip.
class SurveyQuestionPage : public QWidget
{
    Q_OBJECT
public:
    explicit SurveyQuestionPage(QWidget *parent = nullptr);
    void showQuestion(const QString &serviceName, int index, int total, const QString &question,
                      const QStringList &options, int chosen, const QList<SurveyProgress::Step> &steps);
    SurveyAnswerButton *answerButton(int value) const { return m_answers.value(value - 1); }
    QPushButton *backButton() const { return m_back; }
    QPushButton *skipButton() const { return m_skip; }
    QString questionText() const;
    QString stepText() const;
    QString serviceText() const;
    SurveyProgress *progress() const { return m_progress; }
    void retranslate();
    void scaleTo(int h);

Q_SIGNALS:
    void answered(int value);
    void backRequested();
    void skipRequested();

private:
    QLabel *m_service;
    QLabel *m_step;
    SurveyProgress *m_progress;
    QLabel *m_question;
    QList<SurveyAnswerButton *> m_answers;
    QPushButton *m_back;
    QPushButton *m_skip;
    int m_index = 0;
    int m_total = 0;
    QString m_serviceName;
};

// After the last answer: thanks while the response is saved, or what went wrong.
class SurveyThanksPage : public QWidget
{
    Q_OBJECT
public:
    enum class State { Saving, Saved, NothingAnswered, Failed };
    explicit SurveyThanksPage(QWidget *parent = nullptr);
    // detail: the technical reason, small, for staff (Failed only).
    void setState(State state, const QString &detail = {});
    State state() const { return m_state; }
    QString titleText() const;
    QString messageText() const;
    void retranslate();
    void scaleTo(int h);

private:
    State m_state = State::Saving;
    QString m_detailText;
    QLabel *m_title;
    QLabel *m_message;
    QLabel *m_detail;
    SurveyFaces *m_faces;
};

} // namespace loket::ui
