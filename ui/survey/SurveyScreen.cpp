// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/survey/SurveyScreen.h"

#include "core/catalog/CounterCatalog.h"
#include "core/catalog/OfficeService.h"
#include "core/queue/QueueService.h"
#include "core/storage/ChangeFeed.h"
#include "core/survey/SurveyService.h"
#include "translations/Language.h"
#include "ui/common/SharedFeed.h"
#include "ui/survey/SurveyScreenPages.h"
#include "ui/survey/SurveyScreenProfile.h"
#include "ui/survey/SurveyTexts.h"
#include "ui/survey/SurveyWorker.h"

#include <QApplication>
#include <QKeyEvent>
#include <QPushButton>
#include <QScreen>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace loket::ui {

namespace {

constexpr int kNoteMs = 8000;

} // namespace

SurveyScreen::SurveyScreen(DatabasePtr db, const Clock &clock, QList<int> counterNumbers, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_clock(clock)
    , m_counterNumbers(std::move(counterNumbers))
    , m_worker(std::make_unique<SurveyWorker>(m_db))
    , m_baseLanguage(currentLanguage())
{
    setObjectName(QStringLiteral("surveyScreen"));
    setStyleSheet(surveyStyleSheet());
    setAutoFillBackground(true);
    setFocusPolicy(Qt::StrongFocus);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    m_idle = new SurveyIdlePage(m_stack);
    m_question = new SurveyQuestionPage(m_stack);
    m_profile = new SurveyProfilePage(m_stack);
    m_thanks = new SurveyThanksPage(m_stack);
    for (QWidget *w : std::initializer_list<QWidget *> {m_idle, m_question, m_profile, m_thanks})
        m_stack->addWidget(w);
    layout->addWidget(m_stack);
    m_language = new QPushButton(m_stack);
    m_language->setObjectName(QStringLiteral("surveyLanguage"));
    m_language->setFocusPolicy(Qt::NoFocus);
    connect(m_language, &QPushButton::clicked, this, [this] {
        const QString other = m_baseLanguage == QLatin1String("en") ? QStringLiteral("id") : m_baseLanguage;
        setLanguage(currentLanguage() == QLatin1String("en") ? other : QStringLiteral("en"));
    });

    connect(m_idle, &SurveyIdlePage::touched, this, [this] { requestCheck(true); });
    connect(m_question, &SurveyQuestionPage::answered, this, &SurveyScreen::answer);
    connect(m_question, &SurveyQuestionPage::skipRequested, this, &SurveyScreen::skip);
    connect(m_question, &SurveyQuestionPage::backRequested, this, &SurveyScreen::back);
    connect(m_profile, &SurveyProfilePage::backRequested, this, [this] { showQuestion(int(m_current.questions.size()) - 1); });
    connect(m_profile, &SurveyProfilePage::skipRequested, this, [this] { send(false); });
    connect(m_profile, &SurveyProfilePage::sendRequested, this, [this] { send(true); });
    connect(m_worker.get(), &SurveyWorker::slow, this, &SurveyScreen::slow);

    m_inactivity = new QTimer(this);
    m_inactivity->setSingleShot(true);
    m_inactivity->setInterval(kInactivitySeconds * 1000);
    // Abandoned: nothing is recorded; the hand-over expires by itself.
    connect(m_inactivity, &QTimer::timeout, this, [this] {
        if (page() == Page::Question || page() == Page::Profile)
            showIdle();
    });
    m_thanksTimer = new QTimer(this);
    m_thanksTimer->setSingleShot(true);
    connect(m_thanksTimer, &QTimer::timeout, this, [this] {
        if (page() == Page::Thanks)
            showIdle();
    });
    m_noteTimer = new QTimer(this);
    m_noteTimer->setSingleShot(true);
    m_noteTimer->setInterval(kNoteMs);
    connect(m_noteTimer, &QTimer::timeout, this, [this] {
        if (m_problem.isEmpty())
            m_idle->showNote(QString());
    });
    m_poll = new QTimer(this);
    m_poll->setInterval(kPollMs);
    connect(m_poll, &QTimer::timeout, this, &SurveyScreen::checkPending);
    m_poll->start();
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(120);
    connect(m_debounce, &QTimer::timeout, this, &SurveyScreen::checkPending);
    m_feed = sharedChangeFeed(m_db);
    if (m_feed) {
        connect(m_feed.get(), &ChangeFeed::changed, m_debounce, qOverload<>(&QTimer::start));
        if (Status on = m_feed->start(); !on)
            qWarning("loket: the survey screen is not told of changes (it asks every %d s): %s", kPollMs / 1000,
                     qPrintable(on.error().message));
    }
    qApp->installEventFilter(this);

    retranslate();
    showIdle();
    scaleFonts();
    checkPending();
}

SurveyScreen::~SurveyScreen()
{
    qApp->removeEventFilter(this);
    m_worker.reset(); // waits for a job under way; its answer is dropped
    if (currentLanguage() != m_baseLanguage)
        installLanguage(m_baseLanguage);
}

SurveyScreen::Page SurveyScreen::page() const
{
    const QWidget *w = m_stack->currentWidget();
    if (w == m_question)
        return Page::Question;
    if (w == m_profile)
        return Page::Profile;
    if (w == m_thanks)
        return Page::Thanks;
    return Page::Idle;
}

QString SurveyScreen::element() const
{
    if (page() != Page::Question || m_index < 0 || m_index >= m_current.questions.size())
        return {};
    return m_current.questions.at(m_index).element;
}

bool SurveyScreen::busy() const
{
    return m_worker->busy();
}

void SurveyScreen::setInactivitySeconds(int seconds)
{
    m_inactivity->setInterval(seconds * 1000);
}

void SurveyScreen::setLanguage(const QString &language)
{
    if (language == currentLanguage())
        return;
    installLanguage(language);
    retranslate();
}

void SurveyScreen::retranslate()
{
    setWindowTitle(tr("Loket satisfaction survey"));
    m_language->setText(currentLanguage() == QLatin1String("en") ? QStringLiteral("Bahasa Indonesia")
                                                                  : QStringLiteral("English"));
    m_idle->retranslate();
    QStringList numbers;
    for (int n : m_counterNumbers)
        numbers << QString::number(n);
    m_idle->setPairing(numbers.isEmpty() ? tr("Survey screen of every counter")
                                         : tr("Survey screen of loket %1").arg(numbers.join(QStringLiteral(", "))));
    m_profile->retranslate();
    m_thanks->retranslate();
    if (page() == Page::Question)
        showQuestion(m_index);
    else
        m_question->retranslate();
    placeLanguageButton();
}

void SurveyScreen::showIdle()
{
    setLanguage(m_baseLanguage); // the next citizen starts in the office's language
    m_inactivity->stop();
    m_thanksTimer->stop();
    m_answers.clear();
    m_visited.clear();
    m_index = 0;
    m_handoff = SurveyHandoff();
    if (m_problem.isEmpty())
        m_idle->showNote(QString());
    m_stack->setCurrentWidget(m_idle);
    setFocus();
    placeLanguageButton();
    // A citizen handed over while the last one answered starts now, not at the next poll.
    QTimer::singleShot(0, this, &SurveyScreen::checkPending);
}

// --- The database, on the worker ------------------------------------------

void SurveyScreen::checkPending()
{
    requestCheck(false);
}

void SurveyScreen::requestCheck(bool touched)
{
    if (page() != Page::Idle)
        return;
    if (m_checking) {
        m_touchWaiting = m_touchWaiting || touched;
        return;
    }
    m_checking = true;
    const DatabasePtr db = m_db;
    const Clock &clock = m_clock;
    const QList<int> numbers = m_counterNumbers;
    m_worker->run<Check>(
        [db, &clock, numbers]() -> Check {
            Check c;
            if (auto office = OfficeService(db, clock).get())
                c.officeName = office->name;
            QList<qint64> ids;
            for (int n : numbers) {
                auto counter = CounterCatalog(db, clock).findByNumber(n);
                if (!counter) {
                    c.error = counter.error();
                    return c;
                }
                ids << counter->id;
            }
            auto pending = SurveyHandoffService(db, clock).pending(QueueService::kioskActor(), ids);
            if (!pending) {
                c.error = pending.error();
                return c;
            }
            c.handoff = pending.value();
            if (!c.handoff)
                return c;
            SurveyService survey(db, clock);
            auto current = survey.currentQuestionnaire();
            auto standard = survey.questionnaire(1);
            if (!current || !standard) {
                c.error = !current ? current.error() : standard.error();
                return c;
            }
            c.current = current.value();
            c.standard = standard.value();
            c.settings = survey.settings();
            return c;
        },
        [this, touched](const Check &c) {
            m_checking = false;
            const bool touchedMeanwhile = std::exchange(m_touchWaiting, false);
            checked(c, touched || touchedMeanwhile);
        });
}

void SurveyScreen::checked(const Check &c, bool touched)
{
    if (!c.officeName.isEmpty())
        m_idle->setOffice(c.officeName);
    if (c.error) {
        showProblem(tr("The survey screen cannot read the database just now. Please tell the officer at the counter."),
                    *c.error);
        return;
    }
    if (!m_problem.isEmpty()) {
        m_problem.clear();
        m_idle->showNote(QString());
    }
    if (page() != Page::Idle)
        return;
    if (c.handoff && (touched || !m_begun.contains(c.handoff->id))) {
        start(c);
        return;
    }
    if (touched) {
        m_idle->showNote(tr("No survey is prepared for you yet. When you have been served, the officer at the "
                            "counter starts it here for you."));
        m_noteTimer->start();
    }
}

void SurveyScreen::showProblem(const QString &words, const Error &error)
{
    const QString detail = error.detail.isEmpty() ? error.message : error.message + QStringLiteral(" (") + error.detail
                                                                        + QLatin1Char(')');
    qWarning("loket: survey screen: %s", qPrintable(detail));
    m_problem = words;
    if (page() == Page::Idle)
        m_idle->showNote(words, tr("For staff: %1").arg(error.message));
}

void SurveyScreen::slow()
{
    const Error e = makeError(ErrorCode::Locked,
                              tr("The database has not answered for %1 seconds.").arg(SurveyWorker::kSlowMs / 1000));
    if (m_saving) {
        m_thanks->setState(SurveyThanksPage::State::Failed, e.message);
        qWarning("loket: survey screen: %s", qPrintable(e.message));
        return;
    }
    showProblem(tr("The survey screen cannot read the database just now. Please tell the officer at the counter."), e);
}

// --- The survey on screen --------------------------------------------------

void SurveyScreen::start(const Check &c)
{
    m_handoff = *c.handoff;
    m_begun.insert(m_handoff.id);
    m_current = c.current;
    m_standard = c.standard;
    m_answers.clear();
    m_visited.clear();
    m_profile->setChoices(c.settings.educationOptions, c.settings.occupationOptions);
    m_profile->clear();
    m_idle->showNote(QString());
    showQuestion(0);
    Q_EMIT started();
}

void SurveyScreen::showQuestion(int index)
{
    const int total = int(m_current.questions.size());
    if (total == 0) {
        showIdle();
        return;
    }
    m_index = qBound(0, index, total - 1);
    const SurveyQuestion &q = m_current.questions.at(m_index);
    QStringList options;
    for (int v = 1; v <= 4; ++v)
        options << SurveyTexts::option(q, m_standard, v);
    QList<SurveyProgress::Step> steps;
    for (int i = 0; i < total; ++i) {
        const QString code = m_current.questions.at(i).element;
        if (i == m_index)
            steps << SurveyProgress::Step::Current;
        else if (m_answers.contains(code))
            steps << SurveyProgress::Step::Answered;
        else if (m_visited.contains(code))
            steps << SurveyProgress::Step::Skipped;
        else
            steps << SurveyProgress::Step::ToCome;
    }
    m_question->showQuestion(m_handoff.serviceName, m_index, total, SurveyTexts::question(q, m_standard), options,
                             m_answers.value(q.element), steps);
    m_stack->setCurrentWidget(m_question);
    setFocus();
    placeLanguageButton();
    m_inactivity->start();
}

void SurveyScreen::answer(int value)
{
    const QString code = element();
    if (code.isEmpty() || value < 1 || value > 4)
        return;
    m_answers.insert(code, value);
    m_visited.insert(code);
    if (m_index + 1 < m_current.questions.size())
        showQuestion(m_index + 1);
    else
        showProfile();
}

void SurveyScreen::skip()
{
    const QString code = element();
    if (code.isEmpty())
        return;
    m_answers.remove(code); // an element may be left unanswered
    m_visited.insert(code);
    if (m_index + 1 < m_current.questions.size())
        showQuestion(m_index + 1);
    else
        showProfile();
}

void SurveyScreen::back()
{
    if (page() == Page::Question && m_index > 0)
        showQuestion(m_index - 1);
}

void SurveyScreen::showProfile()
{
    m_stack->setCurrentWidget(m_profile);
    setFocus();
    placeLanguageButton();
    m_inactivity->start();
}

void SurveyScreen::send(bool withProfile)
{
    if (page() != Page::Profile || m_saving)
        return;
    if (withProfile && !m_profile->check())
        return;
    m_inactivity->stop();
    m_stack->setCurrentWidget(m_thanks);
    placeLanguageButton();
    if (m_answers.isEmpty()) {
        // Nothing to count: a response must answer something.
        m_thanks->setState(SurveyThanksPage::State::NothingAnswered);
        m_thanksTimer->start(m_thanksSeconds * 1000);
        return;
    }
    SurveyEntry e;
    e.channel = SurveyChannel::Kiosk;
    e.ticketId = m_handoff.ticketId;
    e.version = m_current.version;
    e.answers = m_answers;
    if (withProfile)
        e.profile = m_profile->profile();
    m_thanks->setState(SurveyThanksPage::State::Saving);
    m_saving = true;
    const DatabasePtr db = m_db;
    const Clock &clock = m_clock;
    m_worker->run<std::optional<Error>>(
        [db, &clock, e]() -> std::optional<Error> {
            auto r = SurveyService(db, clock).addResponse(QueueService::kioskActor(), e);
            if (!r)
                return r.error();
            return std::nullopt;
        },
        [this](const std::optional<Error> &error) { saved(error); });
}

void SurveyScreen::saved(const std::optional<Error> &error)
{
    m_saving = false;
    if (error) {
        qWarning("loket: survey screen: the response was not saved: %s", qPrintable(error->message));
        m_thanks->setState(SurveyThanksPage::State::Failed, error->message);
        m_thanksTimer->start(m_thanksSeconds * 2000); // time for staff to read it
    } else {
        m_thanks->setState(SurveyThanksPage::State::Saved);
        m_thanksTimer->start(m_thanksSeconds * 1000);
    }
    Q_EMIT finished(!error);
}

// --- Input and size --------------------------------------------------------

bool SurveyScreen::eventFilter(QObject *watched, QEvent *event)
{
    if ((watched == m_stack || watched == m_question->backButton() || watched == m_profile->backButton())
        && (event->type() == QEvent::Resize || event->type() == QEvent::Move || event->type() == QEvent::Show))
        placeLanguageButton();
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::KeyPress:
        if (m_inactivity->isActive())
            m_inactivity->start();
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void SurveyScreen::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    // Staff only: Ctrl+Shift+Q closes the screen, F11 leaves full screen.
    if (key == Qt::Key_Q && event->modifiers() == (Qt::ControlModifier | Qt::ShiftModifier)) {
        close();
        return;
    }
    if (key == Qt::Key_F11) {
        setWindowState(windowState() ^ Qt::WindowFullScreen);
        return;
    }
    switch (page()) {
    case Page::Idle:
        if (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Space) {
            requestCheck(true);
            return;
        }
        break;
    case Page::Question:
        if (key >= Qt::Key_1 && key <= Qt::Key_4) {
            answer(key - Qt::Key_0);
            return;
        }
        if (key == Qt::Key_S || key == Qt::Key_Right) {
            skip();
            return;
        }
        if (key == Qt::Key_Backspace || key == Qt::Key_Left) {
            back();
            return;
        }
        if (key == Qt::Key_Escape) {
            showIdle();
            return;
        }
        break;
    case Page::Profile:
        if (key >= Qt::Key_0 && key <= Qt::Key_9) {
            m_profile->typeDigit(key - Qt::Key_0);
            return;
        }
        if (key == Qt::Key_Backspace) {
            m_profile->eraseDigit();
            return;
        }
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            send(true);
            return;
        }
        if (key == Qt::Key_Escape) {
            showIdle();
            return;
        }
        break;
    case Page::Thanks:
        if (!m_saving && (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Escape)) {
            showIdle();
            return;
        }
        break;
    }
    QWidget::keyPressEvent(event);
}

void SurveyScreen::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    scaleFonts();
    placeLanguageButton();
}

void SurveyScreen::scaleFonts()
{
    int h = height();
    if (const QScreen *sc = screen())
        h = qMin(h, sc->geometry().height());
    h = qMax(400, h);
    setSurveyPixelSize(m_language, h * 24 / 1000, true);
    m_language->setMinimumHeight(h * 58 / 1000);
    m_idle->scaleTo(h);
    m_question->scaleTo(h);
    m_profile->scaleTo(h);
    m_thanks->scaleTo(h);
}

void SurveyScreen::placeLanguageButton()
{
    // Where a citizen may want it: everywhere but the thank-you.
    m_language->setVisible(page() != Page::Thanks);
    if (m_language->isHidden())
        return;
    m_language->adjustSize();
    const int margin = qMax(8, m_stack->height() / 40);
    // On the idle screen's empty top right; on the questions and the profile
    // between Back and the buttons on the right, clear of the question.
    const QPushButton *row = page() == Page::Question ? m_question->backButton()
        : page() == Page::Profile                    ? m_profile->backButton()
                                                     : nullptr;
    if (row) {
        const QPoint at = row->mapTo(m_stack, QPoint(0, 0));
        m_language->move((m_stack->width() - m_language->width()) / 2,
                         at.y() + (row->height() - m_language->height()) / 2);
    } else {
        m_language->move(m_stack->width() - m_language->width() - margin, margin);
    }
    m_language->raise();
}

} // namespace loket::ui
