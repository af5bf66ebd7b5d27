// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/survey/SurveyEntryPage.h"

#include "core/catalog/ServiceCatalog.h"
#include "core/survey/SurveyService.h"
#include "ui/common/MessageBar.h"
#include "ui/common/OfficeInfo.h"
#include "ui/common/Style.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace loket::ui {

namespace {

constexpr int kShownSaved = 200; // the sitting's list keeps the last forms

QLabel *errorLabel(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setObjectName(QStringLiteral("fieldError"));
    l->setStyleSheet(QStringLiteral("color: #9b1c1c; font-weight: 600;"));
    l->setWordWrap(true);
    l->hide();
    return l;
}

QLineEdit *keyCell(QWidget *parent, int width)
{
    auto *e = new QLineEdit(parent);
    e->setAlignment(Qt::AlignCenter);
    e->setFixedWidth(width);
    e->setMinimumHeight(34);
    QFont f = e->font();
    f.setPointSizeF(13);
    f.setBold(true);
    e->setFont(f);
    // The keys are read by the page: nothing is typed into the cell itself.
    e->setReadOnly(true);
    e->setStyleSheet(QStringLiteral("QLineEdit { background: white; border: 1px solid #b8c4d0; border-radius: 4px; } "
                                    "QLineEdit:focus { border: 2px solid #1f4e79; background: #fff8d6; }"));
    return e;
}

bool matchesWord(const QString &message, const QString &words)
{
    for (const QString &w : words.split(QLatin1Char('|'), Qt::SkipEmptyParts)) {
        const QRegularExpression re(QStringLiteral("\\b%1").arg(QRegularExpression::escape(w)),
                                    QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
        if (re.match(message).hasMatch())
            return true;
    }
    return false;
}

} // namespace

SurveyEntryPage::SurveyEntryPage(Session session, QWidget *parent)
    : QWidget(parent)
    , m_session(std::move(session))
    , m_zone(OfficeInfo::load(m_session.db).zone)
    , m_order(SurveyElements::questionnaireOrder())
{
    SurveyService survey(m_session.db, *m_session.clock);
    m_settings = survey.settings();
    if (auto q = survey.currentQuestionnaire())
        m_questionnaire = q.value();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 10);
    layout->setSpacing(8);
    auto *top = new QHBoxLayout;
    top->addWidget(makePageTitle(tr("Survey forms on paper"), this));
    top->addSpacing(16);
    top->addWidget(makeHint(tr("Type a stack of forms: the nine answers as printed, the profile, Enter. "
                               "A saved response cannot be changed."),
                            this),
                   1);
    layout->addLayout(top);
    m_message = new MessageBar(this);
    m_message->hide();
    layout->addWidget(m_message);

    // The stack: the service and the day, kept from form to form.
    auto *stack = new QHBoxLayout;
    auto *serviceLabel = new QLabel(tr("&Service:"), this);
    m_service = new QComboBox(this);
    serviceLabel->setBuddy(m_service);
    if (auto services = ServiceCatalog(m_session.db).list()) {
        for (const Service &s : services.value())
            m_service->addItem(s.name, s.id);
    } else {
        m_message->showMessage(MessageBar::Kind::Error, services.error().message);
        m_message->show();
    }
    m_service->setMinimumContentsLength(24);
    auto *dateLabel = new QLabel(tr("&Date on the forms:"), this);
    m_date = new QDateEdit(this);
    dateLabel->setBuddy(m_date);
    m_date->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    m_date->setCalendarPopup(true);
    const QDate today = m_session.clock->nowUtc().toTimeZone(m_zone).date();
    m_date->setMaximumDate(today);
    m_date->setDate(today);
    stack->addWidget(serviceLabel);
    stack->addWidget(m_service);
    stack->addSpacing(16);
    stack->addWidget(dateLabel);
    stack->addWidget(m_date);
    stack->addStretch(1);
    layout->addLayout(stack);
    m_topError = errorLabel(this);
    layout->addWidget(m_topError);

    // The form as printed: nine questions, then the profile.
    auto *form = new QFrame(this);
    form->setObjectName(QStringLiteral("surveyForm"));
    form->setStyleSheet(QStringLiteral("#surveyForm { background: #f4f7fa; border: 1px solid #d6dde5; border-radius: 6px; }"));
    auto *grid = new QGridLayout(form);
    grid->setContentsMargins(14, 10, 14, 10);
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(2);
    auto *answersTitle = new QLabel(tr("Answers (1–4; 0 or space: not answered)"), form);
    answersTitle->setStyleSheet(QStringLiteral("font-weight: 600;"));
    grid->addWidget(answersTitle, 0, 0, 1, 9);
    for (int i = 0; i < 9; ++i) {
        const QString code = m_order.at(i);
        auto *caption = new QLabel(tr("Q%1 · %2").arg(i + 1).arg(code), form);
        caption->setAlignment(Qt::AlignCenter);
        caption->setToolTip(SurveyElements::label(code));
        grid->addWidget(caption, 1, i);
        QLineEdit *cell = keyCell(form, 52);
        cell->setObjectName(QStringLiteral("answer%1").arg(code));
        cell->setToolTip(SurveyElements::label(code));
        grid->addWidget(cell, 2, i, Qt::AlignHCenter);
        m_fields[std::size_t(i)] = cell;
    }
    m_answersError = errorLabel(form);
    grid->addWidget(m_answersError, 3, 0, 1, 9);

    auto *profileTitle = new QLabel(tr("Respondent"), form);
    profileTitle->setStyleSheet(QStringLiteral("font-weight: 600;"));
    grid->addWidget(profileTitle, 4, 0, 1, 9);
    const struct {
        int field;
        QString caption;
        int width;
        int span;
    } profile[] = {
        {Gender, tr("Gender (L/P)"), 64, 1},
        {Age, tr("Age"), 64, 1},
        {Education, tr("Education"), 150, 3},
        {Occupation, tr("Occupation"), 150, 3},
    };
    int column = 0;
    for (const auto &p : profile) {
        auto *caption = new QLabel(p.caption, form);
        grid->addWidget(caption, 5, column, 1, p.span, p.span > 1 ? Qt::AlignLeft : Qt::AlignHCenter);
        QLineEdit *cell = keyCell(form, p.width);
        grid->addWidget(cell, 6, column, 1, p.span, p.span > 1 ? Qt::AlignLeft : Qt::AlignHCenter);
        m_fields[std::size_t(p.field)] = cell;
        column += p.span;
    }
    m_fields[Gender]->setObjectName(QStringLiteral("gender"));
    m_fields[Age]->setObjectName(QStringLiteral("age"));
    m_fields[Education]->setObjectName(QStringLiteral("education"));
    m_fields[Occupation]->setObjectName(QStringLiteral("occupation"));
    auto numbered = [](const QStringList &list) {
        QStringList out;
        for (int i = 0; i < list.size(); ++i)
            out << QStringLiteral("%1 %2").arg(i + 1).arg(list.at(i));
        return out.join(QStringLiteral(" · "));
    };
    m_fields[Education]->setToolTip(numbered(m_settings.educationOptions));
    m_fields[Occupation]->setToolTip(numbered(m_settings.occupationOptions));
    m_fields[Education]->setEnabled(!m_settings.educationOptions.isEmpty());
    m_fields[Occupation]->setEnabled(!m_settings.occupationOptions.isEmpty());
    m_profileError = errorLabel(form);
    grid->addWidget(m_profileError, 7, 0, 1, 9);
    auto *commentLabel = new QLabel(tr("&Comment on the form:"), form);
    m_comment = new QLineEdit(form);
    m_comment->setObjectName(QStringLiteral("comment"));
    m_comment->setMaxLength(1000);
    m_comment->setPlaceholderText(tr("As the respondent wrote it (optional); Enter saves the form"));
    commentLabel->setBuddy(m_comment);
    auto *commentRow = new QHBoxLayout;
    commentRow->addWidget(commentLabel);
    commentRow->addWidget(m_comment, 1);
    grid->addLayout(commentRow, 9, 0, 1, 9);
    m_keysHint = makeHint(tr("Education: %1\nOccupation: %2\nBy number or first letter; 0 or space: not given. "
                             "Backspace goes back a field, Esc empties the form.")
                              .arg(numbered(m_settings.educationOptions), numbered(m_settings.occupationOptions)),
                          form);
    m_keysHint->setWordWrap(true);
    grid->addWidget(m_keysHint, 8, 0, 1, 9);
    for (QLineEdit *cell : m_fields)
        cell->installEventFilter(this);
    m_comment->installEventFilter(this);
    connect(m_comment, &QLineEdit::textChanged, this, [this] { refreshPreview(); });

    // Below: the form as it will be saved, and the sitting's forms.
    auto *below = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addWidget(form);
    auto *previewTitle = new QLabel(tr("Will be saved as:"), this);
    previewTitle->setStyleSheet(QStringLiteral("font-weight: 600;"));
    left->addWidget(previewTitle);
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("surveyPreview"));
    m_preview->setTextFormat(Qt::RichText);
    m_preview->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_preview->setStyleSheet(QStringLiteral("background: white; border: 1px solid #d6dde5; padding: 6px;"));
    left->addWidget(m_preview, 1);
    auto *buttons = new QHBoxLayout;
    m_save = new QPushButton(tr("Save form (Enter)"), this);
    m_save->setObjectName(QStringLiteral("primary"));
    m_save->setFocusPolicy(Qt::NoFocus);
    auto *clear = new QPushButton(tr("Empty the form (Esc)"), this);
    clear->setFocusPolicy(Qt::NoFocus);
    buttons->addWidget(m_save);
    buttons->addWidget(clear);
    buttons->addStretch(1);
    left->addLayout(buttons);
    below->addLayout(left, 3);

    auto *right = new QVBoxLayout;
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("savedCount"));
    m_count->setStyleSheet(QStringLiteral("font-size: 15pt; font-weight: 600; color: #1f4e79;"));
    right->addWidget(m_count);
    m_savedList = new QListWidget(this);
    m_savedList->setFocusPolicy(Qt::NoFocus);
    m_savedList->setAlternatingRowColors(true);
    right->addWidget(m_savedList, 1);
    below->addLayout(right, 2);
    layout->addLayout(below, 1);

    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(clear, &QPushButton::clicked, this, [this] { clearForm(); });
    // Enter on the service or the date goes back to the first answer (the arrows choose, without leaving).
    connect(m_service, &QComboBox::currentIndexChanged, this, [this] { refreshPreview(); });
    m_service->installEventFilter(this);
    m_date->installEventFilter(this);
    connect(m_date, &QDateEdit::dateChanged, this, [this] { refreshPreview(); });
    m_count->setText(tr("Saved in this sitting: %1").arg(0));
    clearForm();
}

void SurveyEntryPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    focusField(Answer1);
}

QLabel *SurveyEntryPage::fieldError(int f) const
{
    return f < Gender ? m_answersError : m_profileError;
}

void SurveyEntryPage::setService(qint64 serviceId)
{
    const int i = m_service->findData(serviceId);
    if (i >= 0)
        m_service->setCurrentIndex(i);
}

void SurveyEntryPage::setDate(QDate day)
{
    m_date->setDate(day);
}

qint64 SurveyEntryPage::serviceId() const
{
    return m_service->currentData().toLongLong();
}

QDate SurveyEntryPage::date() const
{
    return m_date->date();
}

QDateTime SurveyEntryPage::answeredAt() const
{
    // A paper form has a day, not an hour: noon of that day, or now for today's forms.
    const QDate today = m_session.clock->nowUtc().toTimeZone(m_zone).date();
    if (date() >= today)
        return {};
    return QDateTime(date(), QTime(12, 0), m_zone).toUTC();
}

SurveyEntry SurveyEntryPage::entry() const
{
    SurveyEntry e;
    e.channel = SurveyChannel::Paper;
    e.serviceId = serviceId();
    e.answeredAt = answeredAt();
    e.version = m_questionnaire.version;
    for (int i = 0; i < 9; ++i) {
        if (m_answers.at(std::size_t(i)) > 0)
            e.answers.insert(m_order.at(i), m_answers.at(std::size_t(i)));
    }
    e.profile.gender = m_gender;
    e.profile.age = m_age.toInt();
    e.profile.education = m_education >= 0 ? m_settings.educationOptions.value(m_education) : QString();
    e.profile.occupation = m_occupation >= 0 ? m_settings.occupationOptions.value(m_occupation) : QString();
    e.comment = m_comment->text().trimmed();
    return e;
}

void SurveyEntryPage::refreshPreview()
{
    const SurveyEntry e = entry();
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='1'>");
    for (int i = 0; i < 9; ++i) {
        const QString code = m_order.at(i);
        const int a = e.answers.value(code);
        QString answer;
        if (a > 0) {
            const SurveyQuestion *q = m_questionnaire.question(code);
            answer = QStringLiteral("<b>%1</b> %2").arg(a).arg(q ? q->options.value(a - 1).toHtmlEscaped() : QString());
        } else {
            answer = QStringLiteral("<span style='color:#9b1c1c'>%1</span>").arg(tr("not answered"));
        }
        html += QStringLiteral("<tr><td>%1.&nbsp;</td><td><b>%2</b>&nbsp;</td><td>%3&nbsp;&nbsp;</td><td>%4</td></tr>")
                    .arg(i + 1)
                    .arg(code, SurveyElements::name(code).toHtmlEscaped(), answer);
    }
    html += QStringLiteral("</table>");
    const QString none = tr("not given");
    const QString gender = e.profile.gender == QLatin1String("L")   ? tr("L (male)")
                           : e.profile.gender == QLatin1String("P") ? tr("P (female)")
                                                                    : none;
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Gender: %1 · Age: %2 · Education: %3 · Occupation: %4")
                         .arg(gender, e.profile.age > 0 ? QString::number(e.profile.age) : none,
                              e.profile.education.isEmpty() ? none : e.profile.education,
                              e.profile.occupation.isEmpty() ? none : e.profile.occupation)
                         .toHtmlEscaped());
    if (!e.comment.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(tr("Comment: “%1”").arg(e.comment).toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("%1, %2, paper form")
                         .arg(m_service->currentText(), QLocale().toString(date(), QStringLiteral("d MMMM yyyy")))
                         .toHtmlEscaped());
    m_preview->setText(html);
}

void SurveyEntryPage::clearErrors()
{
    for (QLabel *l : {m_topError, m_answersError, m_profileError}) {
        l->clear();
        l->hide();
    }
}

// Core's message goes next to the part of the form it speaks of: it names it
// ("The age must be …", "Choose the service …").
void SurveyEntryPage::showError(const Error &error)
{
    clearErrors();
    struct Target {
        QString words;
        QLabel *label;
        int field;
    };
    const Target targets[] = {
        {tr("gender|sex"), m_profileError, Gender},
        {tr("age"), m_profileError, Age},
        {tr("education"), m_profileError, Education},
        {tr("occupation"), m_profileError, Occupation},
        {tr("date|future"), m_topError, -1},
        {tr("answer|element"), m_answersError, Answer1},
        {tr("service|ticket"), m_topError, -1},
        {tr("comment"), m_profileError, -2},
    };
    if (error.code != ErrorCode::PermissionDenied && error.code != ErrorCode::Io) {
        for (const Target &t : targets) {
            if (matchesWord(error.message, t.words)) {
                t.label->setText(error.message);
                t.label->show();
                if (t.field >= 0)
                    focusField(t.field);
                else if (t.field == -2)
                    m_comment->setFocus();
                else if (t.label == m_topError)
                    (matchesWord(error.message, tr("date|future")) ? static_cast<QWidget *>(m_date) : m_service)->setFocus();
                return;
            }
        }
    }
    m_message->showMessage(MessageBar::Kind::Error, error.message);
    m_message->show();
}

bool SurveyEntryPage::save()
{
    clearErrors();
    m_message->clear();
    m_message->hide();
    SurveyService survey(m_session.db, *m_session.clock);
    const SurveyEntry e = entry();
    auto done = survey.addResponse(m_session.actor, e);
    if (!done) {
        showError(done.error());
        return false;
    }
    ++m_saved;
    m_count->setText(tr("Saved in this sitting: %1").arg(m_saved));
    QStringList answers;
    for (const QString &code : m_order) {
        const int a = done->answers.value(code);
        answers << (a > 0 ? QString::number(a) : QStringLiteral("–"));
    }
    QStringList profile;
    for (const QString &p : {done->profile.gender, done->profile.age > 0 ? QString::number(done->profile.age) : QString(),
                             done->profile.education, done->profile.occupation}) {
        if (!p.isEmpty())
            profile << p;
    }
    if (!done->comment.isEmpty())
        profile << tr("+ comment");
    auto *item = new QListWidgetItem(tr("%1. %2 · %3").arg(m_saved).arg(answers.join(QLatin1Char(' ')),
                                                                        profile.isEmpty() ? tr("no profile")
                                                                                          : profile.join(QLatin1Char(' '))));
    item->setToolTip(m_service->currentText());
    m_savedList->insertItem(0, item);
    while (m_savedList->count() > kShownSaved)
        delete m_savedList->takeItem(m_savedList->count() - 1);
    Q_EMIT saved(done.value());
    clearForm();
    return true;
}

void SurveyEntryPage::clearForm()
{
    m_answers.fill(0);
    m_gender.clear();
    m_age.clear();
    m_education = -1;
    m_occupation = -1;
    m_comment->clear();
    for (int f = 0; f < FieldCount; ++f)
        showField(f);
    refreshPreview();
    focusField(Answer1);
}

} // namespace loket::ui
