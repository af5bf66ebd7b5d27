// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/suggestions/Suggestion.h"
#include "ui/common/Session.h"

#include <QWidget>

class QTimer;

namespace loket::ui {

class MessageBar;

// The supervisor's reminder that a suggestion box has not been opened this
// month, from the reminder day on (SuggestionService::reminders): one line
// on the supervisor's start page (the queue monitor), with a button to go and open it. Nothing (no space at
// all) when there is nothing to remind. Follows the database, so it goes as
// soon as the box is opened, and looks again every few minutes for the day
// the reminder starts.
class SuggestionReminderBar : public QWidget
{
    Q_OBJECT
public:
    // `watched`: the page whose visibility decides when to read (the bar itself may be hidden).
    SuggestionReminderBar(Session session, QWidget *watched, QWidget *parent = nullptr);

    void refresh();
    bool hasReminder() const { return !m_reminders.isEmpty(); }
    QString text() const;
    const QList<BoxReminder> &reminders() const { return m_reminders; }
    MessageBar *bar() const { return m_bar; }

Q_SIGNALS:
    // "Buka sekarang": the user wants to open the box.
    void openRequested();

private:
    Session m_session;
    MessageBar *m_bar = nullptr;
    QTimer *m_timer = nullptr;
    QList<BoxReminder> m_reminders;
};

} // namespace loket::ui
