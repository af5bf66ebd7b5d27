// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Error.h"
#include "core/queue/QueueOverview.h"
#include "ui/common/Session.h"

#include <QTimeZone>
#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QSplitter;
class QTableView;

namespace loket::ui {

class CounterStatusModel;
class MessageBar;
class ServiceLoadModel;
class TicketListModel;

// The supervisor's live view of today's queue: every counter, the load per
// service, and the whole waiting line, where a ticket can be moved to another
// service or counter, or cancelled with a reason. Follows the ChangeFeed.
class MonitorPage : public QWidget
{
    Q_OBJECT
public:
    explicit MonitorPage(Session session, QWidget *parent = nullptr);

    void refresh();
    // A line of the office's own under the title (the reminder of a suggestion box not opened); it hides itself.
    void addBanner(QWidget *banner);

    ServiceLoadModel *serviceModel() const { return m_serviceModel; }
    CounterStatusModel *counterModel() const { return m_counterModel; }
    TicketListModel *waitingModel() const { return m_waitingModel; }
    QTableView *waitingView() const { return m_waitingView; }
    QLabel *banner() const; // the message bar's text; hidden when there is none
    QTableView *servicesView() const { return m_servicesView; }
    QSplitter *splitter() const { return m_splitter; }
    QAction *moveAction() const { return m_move; }
    QAction *cancelAction() const { return m_cancel; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void keepSplit();
    std::optional<Ticket> selectedTicket() const;
    void moveTicket();
    void cancelTicket();
    void report(const Result<Ticket> &result, const QString &doneMessage);
    void showError(const Error &error);
    void updateActions();
    void tick();

    Session m_session;
    QTimeZone m_zone;
    std::optional<QueueOverview> m_overview;
    MessageBar *m_messages = nullptr;
    QSplitter *m_splitter = nullptr;
    bool m_splitMoved = false; // the officer chose the split: keep theirs
    QTableView *m_servicesView = nullptr;
    QLabel *m_waitingTitle = nullptr;
    QLabel *m_footer = nullptr;
    QString m_lastAction;
    ServiceLoadModel *m_serviceModel = nullptr;
    CounterStatusModel *m_counterModel = nullptr;
    TicketListModel *m_waitingModel = nullptr;
    QTableView *m_waitingView = nullptr;
    QTableView *m_countersView = nullptr;
    QAction *m_move = nullptr;
    QAction *m_cancel = nullptr;
};

} // namespace loket::ui
