// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/monitor/MonitorPage.h"

#include "core/queue/QueueService.h"
#include "core/voice/VoiceStatus.h"
#include "ui/common/ActionButton.h"
#include "ui/common/LiveRefresher.h"
#include "ui/common/MessageBar.h"
#include "ui/common/OfficeInfo.h"
#include "ui/common/ReasonDialog.h"
#include "ui/common/Style.h"
#include "ui/monitor/CounterStatusModel.h"
#include "ui/monitor/ServiceLoadModel.h"
#include "ui/queuekit/TicketListModel.h"
#include "ui/queuekit/TransferDialog.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace loket::ui {

namespace {

QTableView *makeView(QAbstractItemModel *model, int stretchColumn, QWidget *parent)
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
    view->verticalHeader()->setDefaultSectionSize(28);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    return view;
}

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setStyleSheet(QStringLiteral("font-weight: bold; font-size: 11pt; color: #1f2d3d;"));
    return label;
}

} // namespace

MonitorPage::MonitorPage(Session session, QWidget *parent)
    : QWidget(parent)
    , m_session(std::move(session))
    , m_zone(OfficeInfo::load(m_session.db).zone)
{
    setStyleSheet(QStringLiteral(R"(
        #actionTitle { font-weight: bold; color: #1f2d3d; }
        #actionTitle:disabled { color: #9aa6b2; }
        #actionKeys { color: #3d4f63; background: #eef2f6; border: 1px solid #c9d3de; border-radius: 4px;
                      padding: 0px 6px; font-size: 8pt; }
        #actionKeys:disabled { color: #b8c2cc; border-color: #e3e8ee; }
    )"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 10);
    layout->setSpacing(8);
    auto *top = new QHBoxLayout;
    top->addWidget(makePageTitle(tr("Queue monitor"), this));
    top->addSpacing(16);
    auto *hint = makeHint(tr("Today's queue, live: it changes as soon as a ticket is taken or called anywhere."), this);
    top->addWidget(hint, 1);
    layout->addLayout(top);

    m_messages = new MessageBar(this);
    layout->addWidget(m_messages);

    m_counterModel = new CounterStatusModel(this);
    m_countersView = makeView(m_counterModel, CounterStatusModel::Current, this);
    m_countersView->setSelectionMode(QAbstractItemView::NoSelection);
    m_countersView->setFocusPolicy(Qt::NoFocus);
    m_countersView->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    layout->addWidget(sectionTitle(tr("Counters"), this));
    layout->addWidget(m_countersView);

    m_serviceModel = new ServiceLoadModel(this);
    auto *services = makeView(m_serviceModel, ServiceLoadModel::Service, this);
    services->setSelectionMode(QAbstractItemView::NoSelection);
    services->setFocusPolicy(Qt::NoFocus);
    // Names such as "Surat Keterangan Tidak Mampu" and "Surat Keterangan
    // Domisili" differ at their end: wrap them onto a second line rather than
    // cut them, and shorten in the middle only what still does not fit.
    services->setWordWrap(true);
    services->setTextElideMode(Qt::ElideMiddle);
    services->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    services->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_servicesView = services;
    auto *leftPane = new QWidget(this);
    auto *left = new QVBoxLayout(leftPane);
    left->setContentsMargins(0, 0, 0, 0);
    left->addWidget(sectionTitle(tr("Services"), this));
    left->addWidget(services, 1);

    m_waitingModel = new TicketListModel(this);
    m_waitingView = makeView(m_waitingModel, TicketListModel::Service, this);
    m_waitingView->hideColumn(TicketListModel::Position);
    m_waitingView->horizontalHeader()->setSectionResizeMode(TicketListModel::Service, QHeaderView::ResizeToContents);
    m_waitingView->horizontalHeader()->setSectionResizeMode(TicketListModel::Priority, QHeaderView::Stretch);
    m_waitingView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_waitingTitle = sectionTitle(QString(), this);
    m_move = new QAction(tr("Move…"), this);
    m_move->setShortcut(QKeySequence(Qt::Key_F7));
    m_move->setToolTip(tr("Send the selected ticket to another service or counter; it keeps its arrival time"));
    m_cancel = new QAction(tr("Cancel ticket…"), this);
    m_cancel->setShortcut(QKeySequence(QKeySequence::Delete));
    m_cancel->setToolTip(tr("The citizen has left or the ticket was taken by mistake; a reason is required"));
    addAction(m_move);
    addAction(m_cancel);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(new ActionButton(m_move, this));
    buttons->addWidget(new ActionButton(m_cancel, this));
    auto *rightPane = new QWidget(this);
    auto *right = new QVBoxLayout(rightPane);
    right->setContentsMargins(0, 0, 0, 0);
    right->addWidget(m_waitingTitle);
    right->addWidget(m_waitingView, 1);
    right->addLayout(buttons);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setHandleWidth(16);
    m_splitter->addWidget(leftPane);
    m_splitter->addWidget(rightPane);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    layout->addWidget(m_splitter, 1);
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] { m_splitMoved = true; });

    m_footer = makeHint(QString(), this);
    m_footer->setWordWrap(false);
    layout->addWidget(m_footer);

    connect(m_move, &QAction::triggered, this, &MonitorPage::moveTicket);
    connect(m_cancel, &QAction::triggered, this, &MonitorPage::cancelTicket);
    connect(m_waitingView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MonitorPage::updateActions);
    auto *dismiss = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(dismiss, &QShortcut::activated, m_messages, &MessageBar::clear);

    auto *clock = new QTimer(this);
    clock->setInterval(5000);
    connect(clock, &QTimer::timeout, this, &MonitorPage::tick);
    clock->start();
    auto *live = new LiveRefresher(m_session.db, this, [this] { refresh(); });
    if (Status started = live->start(); !started)
        showError(started.error());
    refresh();
}

void MonitorPage::addBanner(QWidget *banner)
{
    const bool shown = !banner->isHidden();
    static_cast<QVBoxLayout *>(layout())->insertWidget(1, banner); // under the title
    banner->setVisible(shown);
}

void MonitorPage::refresh()
{
    QueueSnapshotOptions options;
    options.recentCalls = 0;
    auto overview = QueueOverview::read(m_session.db, *m_session.clock, options);
    if (!overview) {
        showError(overview.error());
        return;
    }
    m_overview = overview.value();
    const QueueOverview &o = *m_overview;

    QList<ServiceLoad> services;
    for (const ServiceQueue &q : o.snapshot.services)
        services << ServiceLoad { q, o.longestWaitingSince(q.service.id), o.servedByService.value(q.service.id) };
    m_serviceModel->setLongWaitMinutes(
        QueueService(m_session.db, *m_session.clock).orderingSettings().starvationMinutes);
    m_serviceModel->setServices(services);

    QList<CounterStatus> counters;
    for (const CounterView &v : o.snapshot.counters)
        counters << CounterStatus { v, o.servedByCounter.value(v.counter.id) };
    m_counterModel->setCounters(counters);
    // As tall as its rows (a kecamatan has 2–6 counters), up to eight before it scrolls.
    const int rows = std::clamp(int(counters.size()), 1, 8);
    m_countersView->setFixedHeight(m_countersView->horizontalHeader()->sizeHint().height()
        + rows * m_countersView->verticalHeader()->defaultSectionSize() + 2 * m_countersView->frameWidth());

    m_waitingModel->setTickets(o.waiting);
    int priority = 0;
    for (const Ticket &t : o.waiting)
        priority += t.isPriority() ? 1 : 0;
    m_waitingTitle->setText(tr("Waiting, by arrival: %1 (%2 priority)").arg(o.waiting.size()).arg(priority));

    QStringList footer;
    if (!m_lastAction.isEmpty())
        footer << m_lastAction;
    footer << tr("Today: %1 waiting, %2 served").arg(o.waiting.size()).arg(o.servedToday());
    footer << tr("Read at %1")
                  .arg(QLocale().toString(m_session.clock->nowUtc().toTimeZone(m_zone).time(), QLocale::ShortFormat));
    // Staff only: the public board never says it has no voice (board.voice_status, written by the board).
    const std::optional<VoiceStatus> voice = VoiceStatus::read(m_session.db);
    if (voice && voice->state == VoiceStatus::State::ChimeOnly)
        footer << tr("Display board: no voice, chime only");
    m_footer->setToolTip(voice ? voice->describe() : QString());
    m_footer->setText(footer.join(QStringLiteral("   ·   ")));
    updateActions();
    tick();
}

void MonitorPage::tick()
{
    const QDateTime now = m_session.clock->nowUtc();
    m_serviceModel->setNow(now);
    m_counterModel->setNow(now);
    m_waitingModel->setNow(now);
}

std::optional<Ticket> MonitorPage::selectedTicket() const
{
    const QModelIndexList rows = m_waitingView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_waitingModel->rowAt(rows.first().row());
}

void MonitorPage::updateActions()
{
    const bool may = m_session.actor.can(Permission::MonitorQueue);
    const bool chosen = selectedTicket().has_value();
    m_move->setEnabled(may && chosen);
    m_cancel->setEnabled(may && chosen);
}

void MonitorPage::moveTicket()
{
    const auto t = selectedTicket();
    if (!t || !m_overview)
        return;
    QList<QueueServiceInfo> services;
    for (const ServiceQueue &q : m_overview->snapshot.services)
        services << q.service;
    QList<QueueCounter> counters;
    for (const CounterView &v : m_overview->snapshot.counters)
        counters << v.counter;
    TransferDialog dialog(*t, services, counters, window());
    if (dialog.exec() != QDialog::Accepted)
        return;
    QueueService queue(m_session.db, *m_session.clock);
    report(queue.transfer(m_session.actor, 0, t->id, dialog.target()), tr("Ticket %1 moved."));
}

void MonitorPage::cancelTicket()
{
    const auto t = selectedTicket();
    if (!t)
        return;
    const auto reason = ReasonDialog::ask(window(), tr("Cancel ticket %1").arg(t->number),
        tr("Ticket %1 (%2) leaves the line for good. Why?").arg(t->number, t->serviceName),
        { tr("The citizen has left"), tr("Taken twice by mistake"), tr("Wrong service, a new ticket was taken"),
            tr("The service is not available today") },
        true, tr("Cancel ticket"));
    if (!reason)
        return;
    QueueService queue(m_session.db, *m_session.clock);
    report(queue.cancel(m_session.actor, 0, t->id, *reason), tr("Ticket %1 cancelled."));
}

void MonitorPage::report(const Result<Ticket> &result, const QString &doneMessage)
{
    if (!result) {
        showError(result.error());
    } else {
        m_messages->clear();
        m_lastAction = doneMessage.arg(result->number);
    }
    refresh();
}

void MonitorPage::showError(const Error &error)
{
    m_messages->showMessage(MessageBar::Kind::Error, error.message);
}

QLabel *MonitorPage::banner() const
{
    return m_messages->label();
}

void MonitorPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    keepSplit();
}

// The lists get a fixed share of the width (their columns are sized for it)
// until the user drags the handle.
void MonitorPage::keepSplit()
{
    if (m_splitMoved)
        return;
    const int total = m_splitter->width() - m_splitter->handleWidth();
    const int left = int(total * 0.6);
    m_splitter->setSizes({ left, total - left });
}

} // namespace loket::ui
