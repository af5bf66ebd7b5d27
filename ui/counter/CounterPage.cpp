// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/counter/CounterPage.h"

#include "core/standards/StandardTargets.h"

#include "core/queue/CounterService.h"
#include "core/queue/QueueService.h"
#include "ui/common/ActionButton.h"
#include "ui/common/LiveRefresher.h"
#include "ui/common/MessageBar.h"
#include "ui/common/OfficeInfo.h"
#include "ui/common/Style.h"
#include "ui/counter/CounterActions.h"
#include "ui/counter/CounterBar.h"
#include "ui/counter/CurrentTicketPanel.h"
#include "ui/queuekit/TicketListModel.h"

#include <QAction>
#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace loket::ui {

namespace {

QTableView *makeTicketView(TicketListModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(30);
    view->horizontalHeader()->setHighlightSections(false);
    // Every column in sight at 1366 px: the short ones as wide as their text,
    // the priority's name takes the rest and is shortened (the tooltip has it all).
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(TicketListModel::Priority, QHeaderView::Stretch);
    view->horizontalHeader()->setMinimumSectionSize(28);
    view->horizontalHeader()->moveSection(TicketListModel::Position, 0);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setTextElideMode(Qt::ElideRight);
    return view;
}

const char *kStyle = R"(
    #actionTitle { font-weight: bold; font-size: 11pt; color: #1f2d3d; }
    #actionTitle:disabled { color: #9aa6b2; }
    #actionKeys { color: #3d4f63; background: #eef2f6; border: 1px solid #c9d3de; border-radius: 4px;
                  padding: 0px 6px; font-size: 8pt; }
    #actionKeys:disabled { color: #b8c2cc; border-color: #e3e8ee; }
    #actionTitlePrimary { color: white; font-size: 18pt; font-weight: bold; }
    #actionKeysPrimary { color: white; background: #2a6399; border: 1px solid #5a8fc4; border-radius: 4px;
                         padding: 1px 8px; font-size: 10pt; }
    QPushButton#primary:disabled { background: #d6dde6; border-color: #d6dde6; }
    #actionTitlePrimary:disabled, #actionKeysPrimary:disabled { color: #9aa6b2; background: transparent; }
    #listTitle { font-weight: bold; font-size: 11pt; color: #1f2d3d; }
)";

} // namespace

CounterPage::CounterPage(Session session, QWidget *parent)
    : QWidget(parent)
    , m_session(std::move(session))
{
    const OfficeInfo office = OfficeInfo::load(m_session.db);
    m_zone = office.zone;
    m_officeName = office.name;
    setStyleSheet(QLatin1String(kStyle));

    auto *layout = new QVBoxLayout(this);
    // Compact enough for a 1366 x 768 screen with its taskbar (CounterTest).
    layout->setContentsMargins(20, 8, 20, 4);
    layout->setSpacing(8);

    m_bar = new CounterBar(m_session, this);
    auto *top = new QHBoxLayout;
    top->addWidget(makePageTitle(tr("Counter"), this));
    top->addSpacing(16);
    top->addWidget(m_bar, 1);
    layout->addLayout(top);

    m_messages = new MessageBar(this);
    layout->addWidget(m_messages);

    // Left: the ticket at the counter and the actions.
    m_current = new CurrentTicketPanel(this);
    m_current->setZone(m_zone);
    m_actions = new CounterActions(m_session, this);
    m_actions->setNoteSource([this] { return m_current->note(); });
    auto *buttons = new QGridLayout;
    buttons->setSpacing(6);
    auto *callNext = new ActionButton(m_actions->callNext, this);
    callNext->setPrimary();
    const QList<QAction *> grid = { m_actions->recall, m_actions->start, m_actions->finish, m_actions->noShow,
        m_actions->hold, m_actions->transfer, m_actions->callSelected, m_actions->walkIn, m_actions->issue,
        m_actions->complaint, m_actions->handToSurvey };
    buttons->addWidget(callNext, 0, 0, int(grid.size() + 2) / 3, 1);
    for (int i = 0; i < grid.size(); ++i)
        buttons->addWidget(new ActionButton(grid.at(i), this), i / 3, 1 + i % 3);
    for (int c = 0; c < 4; ++c)
        buttons->setColumnStretch(c, 1);
    for (QAction *a : m_actions->all())
        addAction(a);
    auto *leftPane = new QWidget(this);
    auto *left = new QVBoxLayout(leftPane);
    left->setContentsMargins(0, 0, 0, 0);
    left->setSpacing(8);
    left->addWidget(m_current, 1);
    left->addLayout(buttons);

    // Right: the line this counter calls, and its parked tickets.
    m_waitingModel = new TicketListModel(this);
    m_heldModel = new TicketListModel(this);
    m_waitingTitle = new QLabel(this);
    m_waitingTitle->setObjectName(QStringLiteral("listTitle"));
    m_waitingView = makeTicketView(m_waitingModel, this);
    m_waitingView->hideColumn(TicketListModel::Note);
    m_waitingView->setToolTip(tr("In the order this counter calls them. Double-click a ticket (or select it and "
                                 "press F8) to call it out of turn."));
    m_heldTitle = new QLabel(this);
    m_heldTitle->setObjectName(QStringLiteral("listTitle"));
    m_heldView = makeTicketView(m_heldModel, this);
    m_heldView->hideColumn(TicketListModel::Position);
    m_heldView->hideColumn(TicketListModel::Note);
    m_heldView->setToolTip(tr("Tickets parked at this counter. Double-click one (or select it and press Shift+F6) "
                              "to call it back."));
    auto *resume = new ActionButton(m_actions->resume, this);
    auto *rightPane = new QWidget(this);
    auto *right = new QVBoxLayout(rightPane);
    right->setContentsMargins(0, 0, 0, 0);
    right->setSpacing(6);
    right->addWidget(m_waitingTitle);
    right->addWidget(m_waitingView, 3);
    right->addSpacing(6);
    right->addWidget(m_heldTitle);
    right->addWidget(m_heldView, 1);
    right->addWidget(resume);
    // The day's figures under the lists: beside the actions, not below them,
    // so the page fits a 1366 x 768 screen with its taskbar.
    m_footer = makeHint(QString(), this);
    m_footer->setObjectName(QStringLiteral("counterFooter"));
    m_footer->setWordWrap(true);
    m_footer->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_footer->installEventFilter(this);
    right->addWidget(m_footer);

    // The officer may give the lists more room; the ticket keeps its minimum.
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setHandleWidth(16);
    m_splitter->addWidget(leftPane);
    m_splitter->addWidget(rightPane);
    m_splitter->setStretchFactor(0, 11);
    m_splitter->setStretchFactor(1, 9);
    layout->addWidget(m_splitter, 1);
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] { m_splitMoved = true; });

    connect(m_bar, &CounterBar::counterChosen, this, [this] {
        clearBanner();
        refresh();
    });
    connect(m_bar, &CounterBar::changed, this, [this](const QString &message) {
        clearBanner();
        m_footer->setProperty("lastAction", message);
        refresh();
    });
    connect(m_bar, &CounterBar::signedIn, this, &CounterPage::showHoursNotice);
    connect(m_bar, &CounterBar::refused, this, [this](const Error &e) {
        showError(e);
        refresh();
    });
    connect(m_actions, &CounterActions::done, this, [this](const QString &message) {
        clearBanner();
        m_footer->setProperty("lastAction", message);
        refresh();
    });
    connect(m_actions, &CounterActions::nothing, this, [this](const QString &message) {
        showCalm(message);
        refresh();
    });
    connect(m_actions, &CounterActions::refused, this, [this](const Error &e) {
        showError(e);
        refresh();
    });
    connect(m_actions, &CounterActions::noShowMarked, this, &CounterPage::offerUndo);
    connect(m_actions, &CounterActions::surveyHandoff, this, [this](const QString &message, bool handed) {
        // Stays until the counter moves on (the next call, a finish), like a refusal.
        m_messages->showMessage(handed ? MessageBar::Kind::Calm : MessageBar::Kind::Warning, message);
        m_clears = Clears::WhenChanged;
        m_situationPending = true;
        refresh();
    });
    connect(m_messages, &MessageBar::buttonClicked, m_actions->undoNoShow, &QAction::trigger);
    connect(m_waitingView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CounterPage::updateContext);
    connect(m_heldView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CounterPage::updateContext);
    connect(m_waitingView, &QTableView::doubleClicked, m_actions->callSelected, &QAction::trigger);
    connect(m_heldView, &QTableView::doubleClicked, m_actions->resume, &QAction::trigger);
    auto *dismiss = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(dismiss, &QShortcut::activated, this, &CounterPage::clearBanner);

    m_clock = new QTimer(this);
    m_clock->setInterval(1000);
    connect(m_clock, &QTimer::timeout, this, &CounterPage::tick);
    m_clock->start();

    auto *live = new LiveRefresher(m_session.db, this, [this] { refresh(); });
    if (Status started = live->start(); !started)
        showError(started.error());
    refresh();
    if (m_bar->signedInHere())
        showHoursNotice();
}

CounterPage::~CounterPage()
{
    if (m_claimedCounter)
        (void)CounterService(m_session.db, *m_session.clock).releaseWindow(m_session.actor, m_window);
}

QLabel *CounterPage::banner() const
{
    return m_messages->label();
}

bool CounterPage::bannerIsError() const
{
    return m_messages->kind() == MessageBar::Kind::Error;
}

// A refusal stays until what the screen showed changes (the counter, its
// state, the ticket at it): the situation it was about has then ended.
void CounterPage::showError(const Error &error)
{
    m_messages->showMessage(MessageBar::Kind::Error, error.message);
    m_clears = Clears::WhenChanged;
    m_situationPending = true;
}

void CounterPage::showCalm(const QString &message, Clears clears)
{
    m_messages->showMessage(MessageBar::Kind::Calm, message);
    m_clears = clears;
}

void CounterPage::clearBanner()
{
    if (m_clears == Clears::UndoOffer)
        m_actions->offerUndo(std::nullopt);
    m_messages->clear();
    m_clears = Clears::Never;
}

void CounterPage::showHoursNotice()
{
    auto notice = CounterService(m_session.db, *m_session.clock).outOfHours();
    if (notice && notice->has_value()) {
        m_messages->showMessage(MessageBar::Kind::Warning, **notice);
        m_clears = Clears::WhenInHours;
    }
}

void CounterPage::offerUndo(const Ticket &noShow)
{
    m_actions->offerUndo(noShow);
    m_undoUntil = m_session.clock->nowUtc().addSecs(kUndoOfferSeconds);
    m_messages->showMessage(MessageBar::Kind::Undo,
        tr("Ticket %1 marked as not come (Ctrl+Z takes it back).").arg(noShow.number),
        tr("Take back (%1)").arg(kUndoOfferSeconds));
    m_clears = Clears::UndoOffer;
}

// Working at one counter from two windows calls two citizens at once: say so
// while the other window is open.
void CounterPage::followWindows(bool signedInHere, qint64 counterId)
{
    CounterService service(m_session.db, *m_session.clock);
    Result<std::optional<OfficerWindow>> other = std::optional<OfficerWindow>();
    // Claimed again every hour: core forgets a window not heard of for a working day.
    const QDateTime now = m_session.clock->nowUtc();
    if (signedInHere && (counterId != m_claimedCounter || m_claimedAt.secsTo(now) > 3600)) {
        other = service.claimWindow(m_session.actor, counterId, m_window);
        m_claimedCounter = counterId;
        m_claimedAt = now;
    } else if (signedInHere) {
        other = service.otherWindow(m_session.actor, m_window);
    } else if (m_claimedCounter) {
        (void)service.releaseWindow(m_session.actor, m_window);
        m_claimedCounter = 0;
    }
    if (other && other->has_value()) {
        const OfficerWindow &w = **other;
        if (m_clears == Clears::Never || m_clears == Clears::WhenOtherWindowCloses) {
            const QString where = w.host == m_window.host ? tr("on this PC") : tr("on PC %1").arg(w.host);
            m_messages->showMessage(MessageBar::Kind::Warning,
                tr("You also work at loket %1 in another Loket window (%2). Two windows at one counter call two "
                   "citizens at once: close one of them.")
                    .arg(w.counterNumber)
                    .arg(where));
            m_clears = Clears::WhenOtherWindowCloses;
        }
    } else if (m_clears == Clears::WhenOtherWindowCloses) {
        clearBanner();
    }
}

void CounterPage::clearEndedMessage(const QString &situation, bool anyWaiting, bool busy)
{
    switch (m_clears) {
    case Clears::WhenChanged:
        if (m_situationPending) {
            m_situation = situation;
            m_situationPending = false;
        } else if (situation != m_situation) {
            clearBanner();
        }
        break;
    case Clears::WhenWaiting:
        if (anyWaiting || busy)
            clearBanner();
        break;
    case Clears::WhenInHours: {
        auto notice = CounterService(m_session.db, *m_session.clock).outOfHours();
        if (notice && !notice->has_value())
            clearBanner();
        break;
    }
    case Clears::UndoOffer:
        if (busy)
            clearBanner();
        break;
    case Clears::Never:
    case Clears::WhenOtherWindowCloses:
        break;
    }
}

std::optional<QStringList> CounterPage::requirementsFor(qint64 serviceId, QDate day)
{
    const QString key = QStringLiteral("%1 %2").arg(serviceId).arg(day.toString(Qt::ISODate));
    if (!m_requirements.contains(key))
        m_requirements.insert(key, CounterActions::requirements(m_session.db, serviceId, day));
    return m_requirements.value(key);
}

void CounterPage::refresh()
{
    auto counters = CounterService(m_session.db, *m_session.clock).counters();
    if (!counters) {
        showError(counters.error());
        return;
    }
    m_bar->setCounters(counters.value());
    const auto counter = m_bar->counter();
    QueueSnapshotOptions options;
    options.counterId = counter ? counter->id : 0;
    options.recentCalls = 0;
    auto overview = QueueOverview::read(m_session.db, *m_session.clock, options);
    if (!overview) {
        showError(overview.error());
        return;
    }
    m_overview = overview.value();
    m_startOnCall = QueueService(m_session.db, *m_session.clock).startsOnCall();
    const QueueSnapshot &snap = m_overview->snapshot;

    const CounterView *view = nullptr;
    for (const CounterView &v : snap.counters) {
        if (counter && v.counter.id == counter->id)
            view = &v;
    }
    const QList<Ticket> waiting = view ? snap.waitingForCounter : QList<Ticket>();
    m_waitingModel->setTickets(waiting);
    m_heldModel->setTickets(view ? view->held : QList<Ticket>());
    m_waitingTitle->setText(counter ? tr("Waiting for loket %1: %2").arg(counter->number).arg(waiting.size())
                                    : tr("Waiting: %1").arg(waiting.size()));
    m_heldTitle->setText(tr("On hold here: %1").arg(view ? view->held.size() : 0));

    if (!m_session.actor.can(Permission::ServeQueue)) {
        m_current->showEmpty(
            tr("Your account does not serve at a counter"), tr("Ask the administrator for an officer account."));
    } else if (!view) {
        m_current->showEmpty(tr("No counter chosen"), tr("Choose your counter above."));
    } else if (!m_bar->signedInHere()) {
        m_current->showEmpty(tr("Sign in to loket %1 to serve").arg(view->counter.number),
            view->counter.officerId ? tr("%1 is signed in there now.").arg(view->counter.officerName)
                                    : tr("Press Ctrl+O to open the counter, or Ctrl+I to sign in at it."));
    } else if (view->current) {
        // The one target: the standard in force when it is in minutes or hours (core/standards/StandardTargets).
        auto found = serviceTarget(m_session.db, view->current->serviceId, snap.day);
        const int target = found ? found->minutes : 0;
        m_current->showTicket(*view->current, target);
        m_current->setRequirements(requirementsFor(view->current->serviceId, snap.day));
    } else if (view->counter.state == CounterState::Paused) {
        m_current->showEmpty(tr("The counter is paused"), tr("Press Ctrl+O to open it again."));
    } else if (view->counter.state == CounterState::Closed) {
        m_current->showEmpty(tr("The counter is closed"), tr("Press Ctrl+O to open it."));
    } else if (waiting.isEmpty()) {
        m_current->showEmpty(tr("Nobody is waiting"), tr("New tickets appear in the list as soon as they are taken."));
    } else {
        m_current->showEmpty(tr("Ready for the next citizen"), tr("Press F1 or Space to call the next ticket."));
    }

    QStringList footer;
    const QString last = m_footer->property("lastAction").toString();
    if (!last.isEmpty())
        footer << last;
    if (view) {
        footer << tr("Served today at loket %1: %2")
                      .arg(view->counter.number)
                      .arg(m_overview->servedByCounter.value(view->counter.id));
    }
    footer << tr("Whole office: %1 waiting, %2 served").arg(m_overview->waiting.size()).arg(m_overview->servedToday());
    m_footer->setText(footer.join(QStringLiteral("   ·   ")));
    fitFooter();
    updateContext();

    QString situation;
    if (view) {
        situation = QStringLiteral("%1 %2 %3 %4 %5")
                        .arg(view->counter.id)
                        .arg(counterStateCode(view->counter.state))
                        .arg(view->counter.officerId)
                        .arg(view->current ? view->current->id : 0)
                        .arg(view->current ? ticketStatusCode(view->current->status) : QString());
    }
    clearEndedMessage(situation, !waiting.isEmpty(), view && view->current);
    followWindows(m_bar->signedInHere(), view ? view->counter.id : 0);
    tick();
}

void CounterPage::updateContext()
{
    CounterContext c;
    c.counter = m_bar->counter();
    c.signedInHere = m_bar->signedInHere();
    c.current = m_current->ticket();
    const QModelIndexList waiting = m_waitingView->selectionModel()->selectedRows();
    if (!waiting.isEmpty())
        c.selectedWaiting = m_waitingModel->rowAt(waiting.first().row());
    const QModelIndexList held = m_heldView->selectionModel()->selectedRows();
    if (!held.isEmpty())
        c.selectedHeld = m_heldModel->rowAt(held.first().row());
    else if (m_heldModel->rowCount() == 1)
        c.selectedHeld = m_heldModel->rowAt(0);
    if (m_overview) {
        for (const ServiceQueue &s : m_overview->snapshot.services)
            c.services << s.service;
        c.day = m_overview->snapshot.day;
    }
    c.waiting = m_waitingModel->rowCount();
    c.startOnCall = m_startOnCall;
    c.counters = m_bar->counters();
    c.officeName = m_officeName;
    c.zone = m_zone;
    m_actions->setContext(std::move(c));
}

void CounterPage::tick()
{
    const QDateTime now = m_session.clock->nowUtc();
    m_current->tick(now);
    m_waitingModel->setNow(now);
    m_heldModel->setNow(now);
    if (m_clears == Clears::UndoOffer) {
        const qint64 left = now.secsTo(m_undoUntil);
        if (left <= 0)
            clearBanner();
        else
            m_messages->setButtonText(tr("Take back (%1)").arg(left));
    }
}

bool CounterPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_footer && event->type() == QEvent::Resize)
        fitFooter();
    return QWidget::eventFilter(watched, event);
}

void CounterPage::fitFooter()
{
    const int needed = m_footer->heightForWidth(m_footer->width());
    if (needed > 0 && m_footer->minimumHeight() != needed)
        m_footer->setMinimumHeight(needed);
}

void CounterPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    keepSplit();
}

// The lists get a fixed share of the width (their columns are sized for it)
// until the user drags the handle.
void CounterPage::keepSplit()
{
    if (m_splitMoved)
        return;
    const int total = m_splitter->width() - m_splitter->handleWidth();
    const int left = int(total * 0.58);
    m_splitter->setSizes({ left, total - left });
}

} // namespace loket::ui
