// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/survey/SurveyScreenPages.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace loket::ui {

void setSurveyPixelSize(QWidget *w, int px, bool bold)
{
    QFont f = w->font();
    f.setPixelSize(qMax(10, px));
    f.setBold(bold);
    w->setFont(f);
}

QString surveyStyleSheet()
{
    return QStringLiteral(R"(
        #surveyScreen { background: #eef3f9; }
        #surveyScreen QLabel { color: #13294b; background: transparent; }
        #surveyIdle { background: qlineargradient(x1:0, y1:0, x2:0, y2:1, stop:0 #13294b, stop:1 #1f4e79); }
        #surveyIdle QLabel { color: #ffffff; }
        #surveyIdle QLabel#surveyOffice, #surveyIdle QLabel#surveySub, #surveyIdle QLabel#surveyPairing { color: #c9d6e8; }
        #surveyIdle QLabel#surveyInvite { color: #13294b; background: #ffd166; border-radius: 22px; padding: 16px 40px; }
        #surveyIdle QLabel#surveyNote { color: #13294b; background: #ffffff; border-radius: 14px; padding: 12px 28px; }
        #surveyIdle QLabel#surveyDetail { color: #f3c4c4; }
        QLabel#surveyService { color: #1f4e79; }
        QLabel#surveyStep { color: #3d4f63; }
        QLabel#surveyHint { color: #3d4f63; }
        QLabel#surveyError { background: #fdecea; border: 2px solid #b42318; border-radius: 10px; padding: 8px 16px;
                             color: #8a1c1c; }
        QLabel#surveyDetail { color: #6b7785; }
        #surveyScreen QPushButton { border-radius: 14px; padding: 10px 28px; background: #ffffff; color: #13294b;
                                    border: 2px solid #8fa3b8; }
        #surveyScreen QPushButton:pressed { background: #dce8f5; }
        #surveyScreen QPushButton#surveyPrimary { background: #1f4e79; color: #ffffff; border-color: #1f4e79; }
        #surveyScreen QPushButton#surveyChoice { padding: 6px 10px; }
        #surveyScreen QPushButton#surveyDigit { padding: 6px 4px; }
        #surveyScreen QPushButton#surveyChoice:checked { background: #1f4e79; color: #ffffff; border-color: #1f4e79; }
        #surveyScreen QPushButton:disabled { color: #b8c2cc; border-color: #d6dde6; }
        #surveyScreen QPushButton#surveyLanguage { padding: 6px 18px; border-radius: 12px; }
        QLabel#surveyAge { background: #ffffff; border: 2px solid #8fa3b8; border-radius: 12px; padding: 4px 16px; }
    )");
}

// --- Idle ------------------------------------------------------------------

SurveyIdlePage::SurveyIdlePage(QWidget *parent)
    : QWidget(parent)
    , m_office(new QLabel(this))
    , m_title(new QLabel(this))
    , m_faces(new SurveyFaces(this))
    , m_invite(new QLabel(this))
    , m_sub(new QLabel(this))
    , m_note(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_pairing(new QLabel(this))
{
    setObjectName(QStringLiteral("surveyIdle"));
    setAttribute(Qt::WA_StyledBackground);
    m_office->setObjectName(QStringLiteral("surveyOffice"));
    m_invite->setObjectName(QStringLiteral("surveyInvite"));
    m_sub->setObjectName(QStringLiteral("surveySub"));
    m_note->setObjectName(QStringLiteral("surveyNote"));
    m_detail->setObjectName(QStringLiteral("surveyDetail"));
    m_pairing->setObjectName(QStringLiteral("surveyPairing"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 36, 48, 20);
    layout->setSpacing(10);
    m_office->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_office);
    layout->addStretch(2);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);
    layout->addSpacing(12);
    layout->addWidget(m_faces);
    layout->addStretch(1);
    layout->addWidget(m_invite, 0, Qt::AlignHCenter);
    for (QLabel *l : {m_sub, m_note, m_detail}) {
        l->setAlignment(Qt::AlignCenter);
        l->setWordWrap(true);
    }
    layout->addSpacing(6);
    layout->addWidget(m_sub);
    layout->addWidget(m_note);
    layout->addWidget(m_detail);
    layout->addStretch(2);
    m_pairing->setAlignment(Qt::AlignRight);
    layout->addWidget(m_pairing);
    m_note->hide();
    m_detail->hide();
    retranslate();
}

void SurveyIdlePage::setOffice(const QString &name)
{
    m_office->setText(name);
}

void SurveyIdlePage::setPairing(const QString &text)
{
    m_pairing->setText(text);
}

void SurveyIdlePage::showNote(const QString &note, const QString &detail)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
}

QString SurveyIdlePage::note() const
{
    return m_note->isHidden() ? QString() : m_note->text();
}

void SurveyIdlePage::retranslate()
{
    m_title->setText(tr("How was our service today?"));
    m_invite->setText(tr("Touch the screen to start"));
    m_sub->setText(tr("After you are served, the officer at the counter prepares the survey for you here. "
                      "Nine short questions; your answers are anonymous."));
}

void SurveyIdlePage::scaleTo(int h)
{
    setSurveyPixelSize(m_office, h * 30 / 1000, true);
    setSurveyPixelSize(m_title, h * 64 / 1000, true);
    m_faces->setMinimumHeight(h * 110 / 1000);
    setSurveyPixelSize(m_invite, h * 40 / 1000, true);
    setSurveyPixelSize(m_sub, h * 26 / 1000);
    // Narrower than the screen: two even lines rather than one full and a word alone.
    for (QLabel *l : {m_sub, m_detail})
        l->setContentsMargins(h * 160 / 1000, 0, h * 160 / 1000, 0);
    setSurveyPixelSize(m_note, h * 28 / 1000, true);
    setSurveyPixelSize(m_detail, h * 17 / 1000);
    setSurveyPixelSize(m_pairing, h * 17 / 1000);
}

void SurveyIdlePage::mousePressEvent(QMouseEvent *event)
{
    QWidget::mousePressEvent(event);
    Q_EMIT touched();
}

// --- Question --------------------------------------------------------------

SurveyQuestionPage::SurveyQuestionPage(QWidget *parent)
    : QWidget(parent)
    , m_service(new QLabel(this))
    , m_step(new QLabel(this))
    , m_progress(new SurveyProgress(this))
    , m_question(new QLabel(this))
    , m_back(new QPushButton(this))
    , m_skip(new QPushButton(this))
{
    m_service->setObjectName(QStringLiteral("surveyService"));
    m_step->setObjectName(QStringLiteral("surveyStep"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 24, 48, 24);
    layout->setSpacing(10);
    m_service->setWordWrap(true);
    layout->addWidget(m_service);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_step);
    progressRow->addStretch(1);
    progressRow->addWidget(m_progress);
    layout->addLayout(progressRow);
    layout->addStretch(1);
    m_question->setWordWrap(true);
    m_question->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_question);
    layout->addStretch(1);
    auto *answers = new QHBoxLayout;
    answers->setSpacing(20);
    for (int v = 1; v <= 4; ++v) {
        auto *b = new SurveyAnswerButton(v, this);
        b->setObjectName(QStringLiteral("surveyAnswer%1").arg(v));
        connect(b, &QAbstractButton::clicked, this, [this, v] { Q_EMIT answered(v); });
        answers->addWidget(b);
        m_answers << b;
    }
    layout->addLayout(answers, 4);
    layout->addSpacing(8);
    auto *bottom = new QHBoxLayout;
    for (QPushButton *b : {m_back, m_skip})
        b->setFocusPolicy(Qt::NoFocus);
    bottom->addWidget(m_back);
    bottom->addStretch(1);
    bottom->addWidget(m_skip);
    layout->addLayout(bottom);
    connect(m_back, &QPushButton::clicked, this, &SurveyQuestionPage::backRequested);
    connect(m_skip, &QPushButton::clicked, this, &SurveyQuestionPage::skipRequested);
    retranslate();
}

void SurveyQuestionPage::showQuestion(const QString &serviceName, int index, int total, const QString &question,
                                      const QStringList &options, int chosen,
                                      const QList<SurveyProgress::Step> &steps)
{
    m_serviceName = serviceName;
    m_index = index;
    m_total = total;
    m_question->setText(question);
    for (SurveyAnswerButton *b : m_answers) {
        b->setText(options.value(b->value() - 1));
        b->setChosen(b->value() == chosen);
    }
    m_progress->setSteps(steps);
    retranslate();
}

QString SurveyQuestionPage::questionText() const
{
    return m_question->text();
}

QString SurveyQuestionPage::stepText() const
{
    return m_step->text();
}

QString SurveyQuestionPage::serviceText() const
{
    return m_service->text();
}

void SurveyQuestionPage::retranslate()
{
    m_service->setText(m_serviceName.isEmpty() ? tr("Satisfaction survey")
                                               : tr("Satisfaction survey · the service you received: %1")
                                                     .arg(m_serviceName));
    m_step->setText(tr("Question %1 of %2").arg(m_index + 1).arg(m_total));
    m_back->setText(tr("‹ Back"));
    m_back->setEnabled(m_index > 0);
    m_skip->setText(tr("Skip this question ›"));
}

void SurveyQuestionPage::scaleTo(int h)
{
    setSurveyPixelSize(m_service, h * 26 / 1000, true);
    setSurveyPixelSize(m_step, h * 26 / 1000);
    setSurveyPixelSize(m_progress, h * 24 / 1000);
    m_progress->setFixedHeight(h * 24 / 1000 + 4);
    setSurveyPixelSize(m_question, h * 46 / 1000, true);
    for (SurveyAnswerButton *b : m_answers) {
        b->setLabelPixelSize(h * 30 / 1000);
        b->setMaximumHeight(h * 400 / 1000);
    }
    for (QPushButton *b : {m_back, m_skip}) {
        setSurveyPixelSize(b, h * 28 / 1000, true);
        b->setMinimumHeight(h * 75 / 1000);
    }
}

// --- Thanks ----------------------------------------------------------------

SurveyThanksPage::SurveyThanksPage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_message(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_faces(new SurveyFaces(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(60, 40, 60, 30);
    layout->addStretch(2);
    m_faces->setValues({4}); // a happy face: thanks
    layout->addWidget(m_faces);
    layout->addSpacing(20);
    for (QLabel *l : {m_title, m_message, m_detail}) {
        l->setAlignment(Qt::AlignCenter);
        l->setWordWrap(true);
        layout->addWidget(l);
    }
    m_detail->setObjectName(QStringLiteral("surveyDetail"));
    layout->addStretch(3);
    retranslate();
}

void SurveyThanksPage::setState(State state, const QString &detail)
{
    m_state = state;
    m_detailText = detail;
    retranslate();
}

QString SurveyThanksPage::titleText() const
{
    return m_title->text();
}

QString SurveyThanksPage::messageText() const
{
    return m_message->text();
}

void SurveyThanksPage::retranslate()
{
    const bool failed = m_state == State::Failed;
    m_faces->setVisible(!failed);
    m_message->setObjectName(failed ? QStringLiteral("surveyError") : QString());
    m_message->style()->unpolish(m_message); // the new object name's style
    m_message->style()->polish(m_message);
    m_title->setText(failed ? tr("Sorry, your answers could not be saved") : tr("Thank you!"));
    switch (m_state) {
    case State::Saving: m_message->setText(tr("Saving your answers…")); break;
    case State::Saved:
        m_message->setText(tr("Your answers help us improve our service."));
        break;
    case State::NothingAnswered:
        m_message->setText(tr("You left every question unanswered, so nothing was recorded."));
        break;
    case State::Failed:
        m_message->setText(tr("Please tell the officer at the counter."));
        break;
    }
    m_detail->setText(failed ? tr("For staff: %1").arg(m_detailText) : QString());
    m_detail->setVisible(failed && !m_detailText.isEmpty());
}

void SurveyThanksPage::scaleTo(int h)
{
    setSurveyPixelSize(m_title, h * 70 / 1000, true);
    setSurveyPixelSize(m_message, h * 34 / 1000);
    setSurveyPixelSize(m_detail, h * 18 / 1000);
    m_faces->setMinimumHeight(h * 160 / 1000);
}

} // namespace loket::ui
