// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/storage/Database.h"
#include "core/survey/Survey.h"
#include "core/survey/SurveyHandoff.h"

#include <QSet>
#include <QWidget>

#include <memory>
#include <optional>

class QPushButton;
class QStackedWidget;
class QTimer;

namespace loket {
class ChangeFeed;
}

namespace loket::ui {

class SurveyIdlePage;
class SurveyProfilePage;
class SurveyQuestionPage;
class SurveyThanksPage;
class SurveyWorker;

// The satisfaction survey's touch screen after the counter (loket --mode
// survey): no sign-in, it records as QueueService::kioskActor(). It waits on
// an invitation; when the paired counter hands over the ticket it has just
// served (SurveyHandoffService, F12 at the counter) it starts by itself,
// naming the service received, never the ticket. One question per screen in
// the questionnaire's order (U1 … U7, U9, U8), four answers with faces, Back
// and Skip; then the optional profile, a thank-you and the invitation again.
// A survey left untouched for kInactivitySeconds goes back to idle and
// records nothing (its hand-over expires by itself). Indonesian by default,
// English on a touch; the keys 1–4 answer, S skips, Backspace goes back.
// Every database read and write runs on SurveyWorker's thread: a slow or
// broken database never freezes the screen, and its problem is said in words
// (the detail, small, for staff, and in the log).
class SurveyScreen : public QWidget
{
    Q_OBJECT
public:
    enum class Page { Idle, Question, Profile, Thanks };
    static constexpr int kInactivitySeconds = 60;
    static constexpr int kThanksSeconds = 6;
    static constexpr int kPollMs = 5000; // besides the change feed, in case it is off

    // counterNumbers: the counters (loket numbers) whose hand-overs this
    // screen takes; empty: every counter's.
    SurveyScreen(DatabasePtr db, const Clock &clock, QList<int> counterNumbers = {}, QWidget *parent = nullptr);
    ~SurveyScreen() override;

    Page page() const;
    // The element code of the question on screen ("U1" …); empty elsewhere.
    QString element() const;
    int questionIndex() const { return m_index; }
    const QMap<QString, int> &answers() const { return m_answers; }
    SurveyIdlePage *idlePage() const { return m_idle; }
    SurveyQuestionPage *questionPage() const { return m_question; }
    SurveyProfilePage *profilePage() const { return m_profile; }
    SurveyThanksPage *thanksPage() const { return m_thanks; }
    QPushButton *languageButton() const { return m_language; }
    // The database problem on screen (idle or thanks), empty when none.
    QString problem() const { return m_problem; }
    bool busy() const;

    // Asks the database now whether a hand-over waits (also on every change and every kPollMs).
    void checkPending();
    void showIdle();
    void setLanguage(const QString &language);
    void setInactivitySeconds(int seconds);
    void setThanksSeconds(int seconds) { m_thanksSeconds = seconds; }

Q_SIGNALS:
    void started();            // a survey began on screen
    void finished(bool saved); // the response was saved (true) or could not be (false)

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Check {
        std::optional<Error> error;
        QString officeName;
        std::optional<SurveyHandoff> handoff;
        Questionnaire current;
        Questionnaire standard;
        SurveySettings settings;
    };

    void requestCheck(bool touched);
    void checked(const Check &check, bool touched);
    void start(const Check &check);
    void showQuestion(int index);
    void answer(int value);
    void skip();
    void back();
    void showProfile();
    void send(bool withProfile);
    void saved(const std::optional<Error> &error);
    void showProblem(const QString &where, const Error &error);
    void slow();
    void retranslate();
    void scaleFonts();
    void placeLanguageButton();

    DatabasePtr m_db;
    const Clock &m_clock;
    QList<int> m_counterNumbers;
    std::unique_ptr<SurveyWorker> m_worker;
    std::shared_ptr<ChangeFeed> m_feed;
    QString m_baseLanguage;

    QStackedWidget *m_stack = nullptr;
    SurveyIdlePage *m_idle = nullptr;
    SurveyQuestionPage *m_question = nullptr;
    SurveyProfilePage *m_profile = nullptr;
    SurveyThanksPage *m_thanks = nullptr;
    QPushButton *m_language = nullptr;
    QTimer *m_inactivity = nullptr;
    QTimer *m_thanksTimer = nullptr;
    QTimer *m_poll = nullptr;
    QTimer *m_debounce = nullptr;
    QTimer *m_noteTimer = nullptr;
    int m_thanksSeconds = kThanksSeconds;

    bool m_checking = false;
    bool m_touchWaiting = false; // a touch came while a check was under way
    bool m_saving = false;
    QString m_problem;
    QSet<qint64> m_begun; // hand-overs started here: an abandoned one does not start again by itself

    // The survey on screen.
    SurveyHandoff m_handoff;
    Questionnaire m_current;
    Questionnaire m_standard;
    QMap<QString, int> m_answers;
    QSet<QString> m_visited;
    int m_index = 0;
};

} // namespace loket::ui
