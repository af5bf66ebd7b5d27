// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/suggestions/SuggestionReminderBar.h"

#include "core/suggestions/SuggestionService.h"
#include "ui/common/LiveRefresher.h"
#include "ui/common/MessageBar.h"

#include <QLabel>
#include <QLocale>
#include <QTimer>
#include <QVBoxLayout>

namespace loket::ui {

namespace {

// The day the reminder starts comes while the application runs.
constexpr int kLookAgainMs = 10 * 60 * 1000;

} // namespace

SuggestionReminderBar::SuggestionReminderBar(Session session, QWidget *watched, QWidget *parent)
    : QWidget(parent)
    , m_session(std::move(session))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_bar = new MessageBar(this);
    // One line is enough: a box and a month.
    m_bar->setFixedHeight(fontMetrics().lineSpacing() + 20);
    layout->addWidget(m_bar);
    connect(m_bar, &MessageBar::buttonClicked, this, &SuggestionReminderBar::openRequested);
    m_timer = new QTimer(this);
    m_timer->setInterval(kLookAgainMs);
    connect(m_timer, &QTimer::timeout, this, &SuggestionReminderBar::refresh);
    m_timer->start();
    auto *live = new LiveRefresher(m_session.db, watched ? watched : this, [this] { refresh(); });
    live->setParent(this);
    (void)live->start(); // without live updates the timer still looks again
    hide();
    refresh();
}

QString SuggestionReminderBar::text() const
{
    return hasReminder() ? m_bar->label()->text() : QString();
}

void SuggestionReminderBar::refresh()
{
    auto reminders = SuggestionService(m_session.db, *m_session.clock).reminders(m_session.actor);
    if (!reminders) {
        // Not worth a message of its own: the review page says what went wrong.
        m_reminders.clear();
        hide();
        return;
    }
    m_reminders = reminders.value();
    if (m_reminders.isEmpty()) {
        m_bar->clear();
        hide();
        return;
    }
    QStringList names;
    for (const BoxReminder &r : m_reminders)
        names << r.box.name;
    const QString month = QLocale().toString(m_reminders.first().month, QStringLiteral("MMMM"));
    const QString text = m_reminders.size() == 1
        ? tr("%1 has not been opened in %2.").arg(names.first(), month)
        : tr("%1 have not been opened in %2.").arg(QLocale().createSeparatedList(names), month);
    m_bar->showMessage(MessageBar::Kind::Warning, text, tr("Open now"));
    show();
}

} // namespace loket::ui
