// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
// SurveyEntryPage: the keys of a paper form (which key each field takes,
// where the focus goes next). The page itself, the preview and saving are in
// SurveyEntryPage.cpp.
#include "ui/survey/SurveyEntryPage.h"

#include <QComboBox>
#include <QDateEdit>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>

namespace loket::ui {

QStringList SurveyEntryPage::choices(int f) const
{
    return f == Education ? m_settings.educationOptions : m_settings.occupationOptions;
}

bool SurveyEntryPage::fieldEnabled(int f) const
{
    return m_fields.at(std::size_t(f))->isEnabled();
}

void SurveyEntryPage::focusField(int f)
{
    while (f < FieldCount && !fieldEnabled(f))
        ++f;
    if (f >= FieldCount) {
        m_comment->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_fields.at(std::size_t(f))->setFocus(Qt::OtherFocusReason);
}

void SurveyEntryPage::focusNext(int f)
{
    // After the profile, the comment: Enter saves from there too.
    focusField(f + 1);
}

void SurveyEntryPage::showField(int f)
{
    QString text;
    if (f < Gender) {
        const int a = m_answers.at(std::size_t(f));
        text = a > 0 ? QString::number(a) : a < 0 ? QStringLiteral("–") : QString();
    } else if (f == Gender) {
        text = m_gender;
    } else if (f == Age) {
        text = m_age;
    } else {
        const int i = f == Education ? m_education : m_occupation;
        text = i >= 0 ? choices(f).value(i) : QString();
    }
    m_fields.at(std::size_t(f))->setText(text);
}

// One key typed into field f; true when it was taken.
bool SurveyEntryPage::typeKey(int f, const QString &text)
{
    if (text.size() != 1)
        return false;
    const QChar c = text.at(0);
    const bool blank = c == QLatin1Char(' ') || c == QLatin1Char('0');
    if (f < Gender) {
        if (blank)
            m_answers[std::size_t(f)] = -1;
        else if (c >= QLatin1Char('1') && c <= QLatin1Char('4'))
            m_answers[std::size_t(f)] = c.digitValue();
        else
            return false;
        showField(f);
        focusNext(f);
    } else if (f == Gender) {
        const QChar u = c.toUpper();
        if (blank)
            m_gender.clear();
        else if (u == QLatin1Char('L') || u == QLatin1Char('P'))
            m_gender = u;
        else
            return false;
        showField(f);
        focusNext(f);
    } else if (f == Age) {
        if (c.isDigit() && !(c == QLatin1Char('0') && m_age.isEmpty())) {
            if (m_age.size() >= 3)
                return false;
            m_age += c;
            showField(f);
            // Two digits are an age unless they may begin 100 … 120.
            if (m_age.size() == 3 || (m_age.size() == 2 && m_age.toInt() > 12))
                focusNext(f);
        } else if (blank) {
            // A space after the digits ends the age; on an empty age it leaves it out.
            focusNext(f);
        } else {
            return false;
        }
    } else {
        const QStringList list = choices(f);
        int &chosen = f == Education ? m_education : m_occupation;
        if (blank) {
            chosen = -1;
            showField(f);
            focusNext(f);
        } else if (c.isDigit()) {
            const int n = c.digitValue();
            if (n < 1 || n > list.size())
                return false;
            chosen = n - 1;
            showField(f);
            focusNext(f);
        } else if (c.isLetter()) {
            // The first choice with that letter; the same letter again goes to the next one.
            QList<int> matches;
            for (int i = 0; i < list.size(); ++i) {
                if (list.at(i).startsWith(c, Qt::CaseInsensitive))
                    matches << i;
            }
            if (matches.isEmpty())
                return false;
            const int at = int(matches.indexOf(chosen));
            chosen = matches.at(at < 0 ? 0 : (at + 1) % int(matches.size()));
            showField(f);
            if (matches.size() == 1)
                focusNext(f);
        } else {
            return false;
        }
    }
    refreshPreview();
    return true;
}

bool SurveyEntryPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    if (watched == m_service || watched == m_date) {
        const int k = static_cast<QKeyEvent *>(event)->key();
        if (k == Qt::Key_Return || k == Qt::Key_Enter) {
            focusField(Answer1);
            return true;
        }
        return QWidget::eventFilter(watched, event);
    }
    if (watched == m_comment) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
            save();
            return true;
        case Qt::Key_Escape:
            clearForm();
            return true;
        case Qt::Key_Backspace:
            if (m_comment->text().isEmpty()) {
                m_fields[Occupation]->setFocus();
                return true;
            }
            break;
        default:
            break;
        }
        return QWidget::eventFilter(watched, event);
    }
    int f = -1;
    for (int i = 0; i < FieldCount; ++i) {
        if (m_fields.at(std::size_t(i)) == watched)
            f = i;
    }
    if (f < 0)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    const bool plain = !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
    switch (key->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        save();
        return true;
    case Qt::Key_Escape:
        clearForm();
        return true;
    case Qt::Key_Backspace: {
        // Empties this field; on an empty one, goes back to the previous and empties it.
        int target = f;
        const bool empty = m_fields.at(std::size_t(f))->text().isEmpty();
        if (f == Age && !m_age.isEmpty()) {
            m_age.chop(1);
        } else {
            if (empty && f > 0)
                target = f - 1;
            if (target < Gender)
                m_answers[std::size_t(target)] = 0;
            else if (target == Gender)
                m_gender.clear();
            else if (target == Age)
                m_age.clear();
            else
                (target == Education ? m_education : m_occupation) = -1;
        }
        showField(target);
        focusField(target);
        refreshPreview();
        return true;
    }
    case Qt::Key_Left:
        if (f > 0)
            m_fields.at(std::size_t(f - 1))->setFocus();
        return true;
    case Qt::Key_Right:
        focusNext(f);
        return true;
    case Qt::Key_Tab:
    case Qt::Key_Backtab:
        return QWidget::eventFilter(watched, event);
    default:
        break;
    }
    if (plain && !key->text().isEmpty()) {
        clearErrors();
        if (!typeKey(f, key->text())) {
            QLabel *err = fieldError(f);
            if (f < Gender)
                err->setText(tr("%1: type 1, 2, 3 or 4; 0 or a space when it was not answered.")
                                 .arg(SurveyElements::label(m_order.at(f))));
            else if (f == Gender)
                err->setText(tr("Gender: type L or P; 0 or a space when it is not given."));
            else if (f == Age)
                err->setText(tr("Age: type the years in digits; a space when it is not given."));
            else
                err->setText(tr("%1: type the number or the first letter of a choice: %2.")
                                 .arg(f == Education ? tr("Education") : tr("Occupation"),
                                      choices(f).join(QStringLiteral(", "))));
            err->show();
        }
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace loket::ui
