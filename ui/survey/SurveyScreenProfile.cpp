// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/survey/SurveyScreenProfile.h"

#include "ui/survey/SurveyScreenPages.h"
#include "ui/survey/SurveyTexts.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace loket::ui {

namespace {

constexpr int kChoiceColumns = 4;

// A group where a second touch on the chosen button takes the choice back.
void makeUndoable(QButtonGroup *group)
{
    group->setExclusive(false);
    QObject::connect(group, &QButtonGroup::buttonToggled, group, [group](QAbstractButton *b, bool on) {
        if (!on)
            return;
        for (QAbstractButton *other : group->buttons()) {
            if (other != b && other->isChecked()) {
                const QSignalBlocker block(other);
                other->setChecked(false);
            }
        }
    });
}

QString checkedChoice(const QButtonGroup *group)
{
    for (QAbstractButton *b : group->buttons()) {
        if (b->isChecked())
            return b->property("choice").toString();
    }
    return {};
}

} // namespace

SurveyProfilePage::SurveyProfilePage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_sub(new QLabel(this))
    , m_genderLabel(new QLabel(this))
    , m_educationLabel(new QLabel(this))
    , m_occupationLabel(new QLabel(this))
    , m_ageLabel(new QLabel(this))
    , m_age(new QLabel(this))
    , m_error(new QLabel(this))
    , m_genders(new QButtonGroup(this))
    , m_educations(new QButtonGroup(this))
    , m_occupations(new QButtonGroup(this))
    , m_educationGrid(new QGridLayout)
    , m_occupationGrid(new QGridLayout)
    , m_erase(new QPushButton(this))
    , m_back(new QPushButton(this))
    , m_skip(new QPushButton(this))
    , m_send(new QPushButton(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 22, 48, 22);
    layout->setSpacing(8);
    layout->addWidget(m_title);
    m_sub->setWordWrap(true);
    m_sub->setObjectName(QStringLiteral("surveyHint"));
    layout->addWidget(m_sub);
    layout->addSpacing(6);

    auto *columns = new QHBoxLayout;
    columns->setSpacing(36);
    auto *left = new QVBoxLayout;
    left->setSpacing(8);
    left->addWidget(m_genderLabel);
    auto *genders = new QHBoxLayout;
    genders->setSpacing(12);
    m_male = choice(QString(), this);
    m_male->setProperty("choice", QStringLiteral("L"));
    m_female = choice(QString(), this);
    m_female->setProperty("choice", QStringLiteral("P"));
    for (QPushButton *b : {m_male, m_female}) {
        m_genders->addButton(b);
        genders->addWidget(b);
    }
    makeUndoable(m_genders);
    left->addLayout(genders);
    left->addSpacing(6);
    left->addWidget(m_educationLabel);
    m_educationGrid->setSpacing(10);
    left->addLayout(m_educationGrid);
    makeUndoable(m_educations);
    left->addSpacing(6);
    left->addWidget(m_occupationLabel);
    m_occupationGrid->setSpacing(10);
    left->addLayout(m_occupationGrid);
    makeUndoable(m_occupations);
    left->addStretch(1);
    columns->addLayout(left, 3);

    // The age on a keypad: no keyboard pops up on a kiosk.
    auto *right = new QVBoxLayout;
    right->setSpacing(8);
    right->addWidget(m_ageLabel);
    m_age->setObjectName(QStringLiteral("surveyAge"));
    m_age->setAlignment(Qt::AlignCenter);
    right->addWidget(m_age);
    auto *pad = new QGridLayout;
    pad->setSpacing(8);
    for (int d = 0; d <= 9; ++d) {
        auto *b = new QPushButton(QString::number(d), this);
        b->setObjectName(QStringLiteral("surveyDigit"));
        b->setFocusPolicy(Qt::NoFocus);
        connect(b, &QPushButton::clicked, this, [this, d] { typeDigit(d); });
        m_digits << b;
    }
    for (int d = 1; d <= 9; ++d)
        pad->addWidget(m_digits.at(d), (d - 1) / 3, (d - 1) % 3);
    pad->addWidget(m_digits.at(0), 3, 1);
    m_erase->setObjectName(QStringLiteral("surveyDigit"));
    m_erase->setFocusPolicy(Qt::NoFocus);
    for (int c = 0; c < 3; ++c)
        pad->setColumnStretch(c, 1);
    connect(m_erase, &QPushButton::clicked, this, &SurveyProfilePage::eraseDigit);
    pad->addWidget(m_erase, 3, 2);
    right->addLayout(pad);
    right->addStretch(1);
    columns->addLayout(right, 1);
    layout->addLayout(columns, 1);

    m_error->setObjectName(QStringLiteral("surveyError"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto *bottom = new QHBoxLayout;
    bottom->setSpacing(16);
    for (QPushButton *b : {m_back, m_skip, m_send})
        b->setFocusPolicy(Qt::NoFocus);
    m_send->setObjectName(QStringLiteral("surveyPrimary"));
    bottom->addWidget(m_back);
    bottom->addStretch(1);
    bottom->addWidget(m_skip);
    bottom->addWidget(m_send);
    layout->addLayout(bottom);
    connect(m_back, &QPushButton::clicked, this, &SurveyProfilePage::backRequested);
    connect(m_skip, &QPushButton::clicked, this, &SurveyProfilePage::skipRequested);
    connect(m_send, &QPushButton::clicked, this, &SurveyProfilePage::sendRequested);
    retranslate();
}

QPushButton *SurveyProfilePage::choice(const QString &text, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QStringLiteral("surveyChoice"));
    b->setCheckable(true);
    b->setFocusPolicy(Qt::NoFocus);
    return b;
}

void SurveyProfilePage::fillChoices(QGridLayout *grid, QButtonGroup *group, const QStringList &choices, bool education)
{
    for (QAbstractButton *b : group->buttons()) {
        group->removeButton(b);
        delete b;
    }
    for (int i = 0; i < choices.size(); ++i) {
        QPushButton *b = choice(education ? SurveyTexts::education(choices.at(i)) : SurveyTexts::occupation(choices.at(i)),
                                this);
        b->setProperty("choice", choices.at(i));
        group->addButton(b);
        grid->addWidget(b, i / kChoiceColumns, i % kChoiceColumns);
    }
}

void SurveyProfilePage::setChoices(const QStringList &education, const QStringList &occupation)
{
    if (education != m_educationChoices) {
        m_educationChoices = education;
        fillChoices(m_educationGrid, m_educations, education, true);
    }
    if (occupation != m_occupationChoices) {
        m_occupationChoices = occupation;
        fillChoices(m_occupationGrid, m_occupations, occupation, false);
    }
    m_educationLabel->setVisible(!education.isEmpty());
    m_occupationLabel->setVisible(!occupation.isEmpty());
    scaleTo(m_scale);
}

void SurveyProfilePage::clear()
{
    for (QButtonGroup *g : {m_genders, m_educations, m_occupations}) {
        for (QAbstractButton *b : g->buttons())
            b->setChecked(false);
    }
    m_ageDigits.clear();
    m_error->hide();
    showAge();
}

RespondentProfile SurveyProfilePage::profile() const
{
    RespondentProfile p;
    p.gender = checkedChoice(m_genders);
    p.age = m_ageDigits.toInt();
    p.education = checkedChoice(m_educations);
    p.occupation = checkedChoice(m_occupations);
    return p;
}

bool SurveyProfilePage::check()
{
    const int age = m_ageDigits.toInt();
    if (age != 0 && (age < 10 || age > 120)) {
        m_error->setText(tr("The age is 10 to 120 years. Correct it, or erase it to leave it out."));
        m_error->show();
        return false;
    }
    m_error->hide();
    return true;
}

QPushButton *SurveyProfilePage::genderButton(const QString &code) const
{
    return code == QLatin1String("P") ? m_female : m_male;
}

QPushButton *SurveyProfilePage::educationButton(const QString &c) const
{
    for (QAbstractButton *b : m_educations->buttons()) {
        if (b->property("choice").toString() == c)
            return static_cast<QPushButton *>(b);
    }
    return nullptr;
}

QPushButton *SurveyProfilePage::occupationButton(const QString &c) const
{
    for (QAbstractButton *b : m_occupations->buttons()) {
        if (b->property("choice").toString() == c)
            return static_cast<QPushButton *>(b);
    }
    return nullptr;
}

QPushButton *SurveyProfilePage::digitButton(int digit) const
{
    return m_digits.value(digit);
}

QString SurveyProfilePage::ageText() const
{
    return m_age->text();
}

QString SurveyProfilePage::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void SurveyProfilePage::typeDigit(int digit)
{
    if (m_ageDigits.size() >= 3 || (m_ageDigits.isEmpty() && digit == 0))
        return;
    m_ageDigits += QString::number(digit);
    m_error->hide();
    showAge();
}

void SurveyProfilePage::eraseDigit()
{
    m_ageDigits.chop(1);
    m_error->hide();
    showAge();
}

void SurveyProfilePage::showAge()
{
    m_age->setText(m_ageDigits.isEmpty() ? tr("– years") : tr("%1 years").arg(m_ageDigits));
}

void SurveyProfilePage::retranslate()
{
    m_title->setText(tr("A little about you (you may skip this)"));
    m_sub->setText(tr("Without your name: it only counts who answered. Touch a choice again to take it back."));
    m_genderLabel->setText(tr("Gender"));
    m_male->setText(tr("Male"));
    m_female->setText(tr("Female"));
    m_educationLabel->setText(tr("Education"));
    m_occupationLabel->setText(tr("Occupation"));
    m_ageLabel->setText(tr("Age"));
    m_erase->setText(tr("⌫"));
    m_erase->setToolTip(tr("Erase"));
    m_back->setText(tr("‹ Back"));
    m_skip->setText(tr("Skip and send"));
    m_send->setText(tr("Send answers"));
    for (QAbstractButton *b : m_educations->buttons())
        b->setText(SurveyTexts::education(b->property("choice").toString()));
    for (QAbstractButton *b : m_occupations->buttons())
        b->setText(SurveyTexts::occupation(b->property("choice").toString()));
    showAge();
}

void SurveyProfilePage::scaleTo(int h)
{
    m_scale = h;
    setSurveyPixelSize(m_title, h * 42 / 1000, true);
    setSurveyPixelSize(m_sub, h * 23 / 1000);
    for (QLabel *l : {m_genderLabel, m_educationLabel, m_occupationLabel, m_ageLabel})
        setSurveyPixelSize(l, h * 25 / 1000, true);
    setSurveyPixelSize(m_age, h * 34 / 1000, true);
    m_age->setMinimumHeight(h * 70 / 1000);
    setSurveyPixelSize(m_error, h * 23 / 1000, true);
    QList<QAbstractButton *> choices = m_genders->buttons() + m_educations->buttons() + m_occupations->buttons();
    for (QAbstractButton *b : choices) {
        setSurveyPixelSize(b, h * 23 / 1000, true);
        b->setMinimumHeight(h * 76 / 1000);
    }
    for (QPushButton *b : m_digits + QList<QPushButton *> {m_erase}) {
        setSurveyPixelSize(b, h * 30 / 1000, true);
        b->setMinimumHeight(h * 82 / 1000);
    }
    for (QPushButton *b : {m_back, m_skip, m_send}) {
        setSurveyPixelSize(b, h * 28 / 1000, true);
        b->setMinimumHeight(h * 75 / 1000);
    }
}

} // namespace loket::ui
