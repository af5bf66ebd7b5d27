// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Error.h"
#include "core/queue/CounterService.h"
#include "core/queue/QueueOverview.h"
#include "ui/common/Session.h"

#include <QHash>
#include <QTimeZone>
#include <QWidget>

#include <optional>

class QLabel;
class QSplitter;
class QTableView;
class QTimer;

namespace loket::ui {

class CounterActions;
class CounterBar;
class CurrentTicketPanel;
class MessageBar;
class TicketListModel;

// The front desk: the counter and its state, the ticket being served (large),
// the actions on F-keys, and the counter's waiting line with its held tickets.
// Re-reads the queue whenever the database changes (ChangeFeed), updating
// the lists in place so nothing flickers and the selection stays.
class CounterPage : public QWidget
{
    Q_OBJECT
public:
    explicit CounterPage(Session session, QWidget *parent = nullptr);
    ~CounterPage() override;

    // How long a no-show can be taken back from the message bar.
    static constexpr int kUndoOfferSeconds = 10;

    void refresh();

    // For tests and the counter window.
    CounterBar *bar() const { return m_bar; }
    CounterActions *actions() const { return m_actions; }
    CurrentTicketPanel *currentPanel() const { return m_current; }
    TicketListModel *waitingModel() const { return m_waitingModel; }
    TicketListModel *heldModel() const { return m_heldModel; }
    QTableView *waitingView() const { return m_waitingView; }
    QTableView *heldView() const { return m_heldView; }
    MessageBar *messageBar() const { return m_messages; }
    QLabel *banner() const; // the message bar's text; hidden when there is none
    bool bannerIsError() const;
    QSplitter *splitter() const { return m_splitter; }

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    // The footer's lines as its width needs them (a splitter's pane asks no label's height for its width).
    void fitFooter();

private:
    void keepSplit();
    // When a message goes away by itself: its situation has ended.
    enum class Clears { Never, WhenChanged, WhenWaiting, WhenInHours, WhenOtherWindowCloses, UndoOffer };

    void tick();
    void showError(const Error &error);
    void showCalm(const QString &message, Clears clears = Clears::WhenWaiting);
    void clearBanner();
    void showHoursNotice();
    void offerUndo(const Ticket &noShow);
    void followWindows(bool signedInHere, qint64 counterId);
    void clearEndedMessage(const QString &situation, bool anyWaiting, bool busy);
    void updateContext();
    std::optional<QStringList> requirementsFor(qint64 serviceId, QDate day);

    Session m_session;
    QTimeZone m_zone;
    QString m_officeName;
    QTimer *m_clock = nullptr;
    Clears m_clears = Clears::Never;
    QString m_situation; // what the screen showed when the refusal came
    bool m_situationPending = false;
    QDateTime m_undoUntil;
    OfficerWindow m_window = CounterService::thisWindow();
    qint64 m_claimedCounter = 0;
    QDateTime m_claimedAt;
    bool m_startOnCall = false;
    std::optional<QueueOverview> m_overview;
    QHash<QString, std::optional<QStringList>> m_requirements; // by "serviceId day"

    CounterBar *m_bar = nullptr;
    CounterActions *m_actions = nullptr;
    MessageBar *m_messages = nullptr;
    QSplitter *m_splitter = nullptr;
    bool m_splitMoved = false; // the officer chose the split: keep theirs
    CurrentTicketPanel *m_current = nullptr;
    QLabel *m_waitingTitle = nullptr;
    QLabel *m_heldTitle = nullptr;
    TicketListModel *m_waitingModel = nullptr;
    TicketListModel *m_heldModel = nullptr;
    QTableView *m_waitingView = nullptr;
    QTableView *m_heldView = nullptr;
    QLabel *m_footer = nullptr;
};

} // namespace loket::ui
