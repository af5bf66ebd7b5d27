// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/survey/SurveySettingsTab.h"

#include "core/survey/SurveyService.h"
#include "ui/common/Style.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace loket::ui {

namespace {

QStringList lines(const QPlainTextEdit *edit)
{
    QStringList out;
    for (const QString &l : edit->toPlainText().split(QLatin1Char('\n'))) {
        if (!l.trimmed().isEmpty())
            out << l.trimmed();
    }
    return out;
}

} // namespace

SurveySettingsTab::SurveySettingsTab(Session session, QWidget *parent)
    : QWidget(parent)
    , m_session(std::move(session))
{
    const SurveySettings settings = SurveyService(m_session.db, *m_session.clock).settings();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->addWidget(makeHint(tr("The satisfaction survey (SKM): the period its results are given for, the weighting "
                                  "of the index, and the respondent's profile choices on the forms and the survey "
                                  "screen."),
                               this));
    auto *form = new QFormLayout;
    m_period = new QComboBox(this);
    for (SurveyPeriod::Kind k : {SurveyPeriod::Kind::Quarter, SurveyPeriod::Kind::Semester, SurveyPeriod::Kind::Year})
        m_period->addItem(SurveyPeriod::kindLabel(k), int(k));
    m_period->setCurrentIndex(m_period->findData(int(settings.periodKind)));
    form->addRow(tr("&Period:"), m_period);
    m_weighting = new QComboBox(this);
    for (IkmWeighting w : {IkmWeighting::Exact, IkmWeighting::Printed})
        m_weighting->addItem(ikmWeightingLabel(w), int(w));
    m_weighting->setCurrentIndex(m_weighting->findData(int(settings.weighting)));
    m_weighting->setToolTip(tr("The regulation's weight is 1/9; it prints it as 0,111, which many evaluators' "
                               "spreadsheets use. Every result says which was used."));
    form->addRow(tr("&Weighting:"), m_weighting);
    m_education = new QPlainTextEdit(settings.educationOptions.join(QLatin1Char('\n')), this);
    m_occupation = new QPlainTextEdit(settings.occupationOptions.join(QLatin1Char('\n')), this);
    for (QPlainTextEdit *e : {m_education, m_occupation}) {
        e->setTabChangesFocus(true);
        e->setFixedHeight(150);
    }
    auto *lists = new QHBoxLayout;
    lists->addWidget(m_education);
    lists->addWidget(m_occupation);
    form->addRow(tr("&Education / occupation:"), lists);
    form->addRow(QString(), makeHint(tr("One choice a line, in the order of the form (staff type their number). "
                                        "An empty list: the question is not asked."),
                                     this));
    layout->addLayout(form);
    auto *buttons = new QHBoxLayout;
    auto *standard = new QPushButton(tr("Standard lists"), this);
    m_save = new QPushButton(tr("Save"), this);
    m_save->setObjectName(QStringLiteral("primary"));
    buttons->addWidget(m_save);
    buttons->addWidget(standard);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_message = makeHint(QString(), this);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    layout->addStretch(1);
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(standard, &QPushButton::clicked, this, [this] {
        m_education->setPlainText(SurveySettings::standardEducation().join(QLatin1Char('\n')));
        m_occupation->setPlainText(SurveySettings::standardOccupation().join(QLatin1Char('\n')));
    });
}

bool SurveySettingsTab::save()
{
    SurveySettings s;
    s.periodKind = SurveyPeriod::Kind(m_period->currentData().toInt());
    s.weighting = IkmWeighting(m_weighting->currentData().toInt());
    s.educationOptions = lines(m_education);
    s.occupationOptions = lines(m_occupation);
    const Status saved = SurveyService(m_session.db, *m_session.clock).setSettings(m_session.actor, s);
    m_message->setStyleSheet(saved ? QStringLiteral("color: #2e7d4f;") : QStringLiteral("color: #9b1c1c; font-weight: 600;"));
    m_message->setText(saved ? tr("Saved. The forms and the results use it from their next opening.") : saved.error().message);
    return saved.ok();
}

} // namespace loket::ui
