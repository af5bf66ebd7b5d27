// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/MessageBar.h"

#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace loket::ui {

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("messageBar"));
    setAttribute(Qt::WA_StyledBackground, true);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(10, 2, 6, 2);
    row->setSpacing(10);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("messageText"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_button = new QPushButton(this);
    m_button->setFocusPolicy(Qt::NoFocus);
    row->addWidget(m_label, 1);
    row->addWidget(m_button);
    connect(m_button, &QPushButton::clicked, this, &MessageBar::buttonClicked);
    // Two lines of text: the longest refusal fits at 1366 px, and the space is
    // kept when there is nothing to say.
    setFixedHeight(2 * fontMetrics().lineSpacing() + 14);
    clear();
}

void MessageBar::showMessage(Kind kind, const QString &text, const QString &buttonText)
{
    m_kind = kind;
    const char *look = "";
    switch (kind) {
    case Kind::Calm:
        look = "#messageBar { background: #eef4fb; border: 1px solid #b9d3ee; border-radius: 6px; } "
               "QLabel { color: #1f4e79; }";
        break;
    case Kind::Warning:
    case Kind::Error:
        look = "#messageBar { background: #fff4e5; border: 1px solid #f5c07a; border-radius: 6px; } "
               "QLabel { color: #7a4b00; }";
        break;
    case Kind::Undo:
        look = "#messageBar { background: #1f2d3d; border-radius: 6px; } QLabel { color: white; } "
               "QPushButton { color: white; background: #2a6399; border: 1px solid #5a8fc4; border-radius: 4px; "
               "padding: 3px 14px; font-weight: bold; }";
        break;
    case Kind::None:
        break;
    }
    setStyleSheet(QLatin1String(look));
    m_label->setText(text);
    m_label->setToolTip(text);
    m_label->setVisible(kind != Kind::None);
    m_button->setText(buttonText);
    m_button->setVisible(kind != Kind::None && !buttonText.isEmpty());
}

void MessageBar::setButtonText(const QString &text)
{
    m_button->setText(text);
}

void MessageBar::clear()
{
    showMessage(Kind::None, QString());
}

} // namespace loket::ui
