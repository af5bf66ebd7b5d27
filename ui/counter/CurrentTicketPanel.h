// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/queue/Ticket.h"

#include <QFrame>
#include <QTimeZone>

#include <optional>

class QGridLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QStackedWidget;

namespace loket::ui {

// The ticket at the counter, large: its number, service and priority, how
// long the citizen waited, and how long the service has taken against the
// service's target. Holds the outcome note written before finishing.
class CurrentTicketPanel : public QFrame
{
    Q_OBJECT
public:
    explicit CurrentTicketPanel(QWidget *parent = nullptr);

    void setZone(const QTimeZone &zone) { m_zone = zone; }
    // The note is kept while the same ticket stays; a new ticket starts with an empty note.
    void showTicket(const Ticket &ticket, int targetMinutes);
    void showEmpty(const QString &title, const QString &hint);
    // The requirements of the standard in force; none: the service has no standard in force.
    void setRequirements(const std::optional<QStringList> &requirements);
    // Moves the clocks on.
    void tick(const QDateTime &now);

    std::optional<Ticket> ticket() const { return m_ticket; }
    QString note() const;
    QLineEdit *noteEdit() const { return m_note; }
    QString numberText() const;

private:
    void setBarColour(const QColor &colour);
    void setElapsedColour(const QColor &colour);

    std::optional<Ticket> m_ticket;
    int m_targetMinutes = 0;
    QTimeZone m_zone;
    QString m_barColour;

    QStackedWidget *m_pages = nullptr;
    QLabel *m_emptyTitle = nullptr;
    QLabel *m_emptyHint = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_number = nullptr;
    QLabel *m_service = nullptr;
    QLabel *m_priority = nullptr;
    QLabel *m_waited = nullptr;
    QLabel *m_called = nullptr;
    QLabel *m_elapsedCaption = nullptr;
    QLabel *m_elapsed = nullptr;
    QProgressBar *m_bar = nullptr;
    QLineEdit *m_note = nullptr;
    QFrame *m_requirements = nullptr;
    QGridLayout *m_requirementGrid = nullptr;
    QStringList m_requirementItems;
};

} // namespace loket::ui
