// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/ActionButton.h"

#include <QAction>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace loket::ui {

ActionButton::ActionButton(QAction *action, QWidget *parent)
    : QPushButton(parent)
    , m_action(action)
{
    setFocusPolicy(Qt::NoFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(2);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("actionTitle"));
    m_keys = new QLabel(this);
    m_keys->setObjectName(QStringLiteral("actionKeys"));
    // A long name ("Panggil yang dipilih…") takes a second line rather than
    // widen every button: at 1366 px the waiting list needs the room.
    m_title->setWordWrap(true);
    for (QLabel *label : { m_title, m_keys }) {
        label->setAlignment(Qt::AlignCenter);
        label->setAttribute(Qt::WA_TransparentForMouseEvents);
        label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    }
    QSizePolicy wrapped(QSizePolicy::Preferred, QSizePolicy::Minimum);
    wrapped.setHeightForWidth(true);
    m_title->setSizePolicy(wrapped);
    layout->addStretch();
    layout->addWidget(m_title);
    layout->addWidget(m_keys, 0, Qt::AlignHCenter);
    layout->addStretch();
    connect(this, &QPushButton::clicked, m_action, &QAction::trigger);
    connect(m_action, &QAction::changed, this, &ActionButton::sync);
    sync();
}

void ActionButton::setPrimary()
{
    setObjectName(QStringLiteral("primary"));
    m_title->setObjectName(QStringLiteral("actionTitlePrimary"));
    m_keys->setObjectName(QStringLiteral("actionKeysPrimary"));
    // Style sheets match names only when a widget is polished; the key label already was.
    for (QWidget *w :
        { static_cast<QWidget *>(this), static_cast<QWidget *>(m_title), static_cast<QWidget *>(m_keys) }) {
        w->style()->unpolish(w);
        w->style()->polish(w);
    }
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void ActionButton::sync()
{
    QString title = m_action->text();
    title.remove(QLatin1Char('&'));
    m_title->setText(title);
    QStringList keys;
    for (const QKeySequence &k : m_action->shortcuts())
        keys << k.toString(QKeySequence::NativeText);
    m_keys->setText(keys.join(QStringLiteral(" · ")));
    m_keys->setVisible(!keys.isEmpty());
    setToolTip(m_action->toolTip());
    setEnabled(m_action->isEnabled());
    updateGeometry();
}

QSize ActionButton::sizeHint() const
{
    return layout()->sizeHint().expandedTo(QSize(112, 60));
}

QSize ActionButton::minimumSizeHint() const
{
    return layout()->minimumSize().boundedTo(QSize(112, 1000)).expandedTo(QSize(0, 60));
}

} // namespace loket::ui
