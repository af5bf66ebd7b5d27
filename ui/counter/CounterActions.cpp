// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/counter/CounterActions.h"

#include "core/printing/TicketLayout.h"
#include "core/queue/PriorityReasonService.h"
#include "core/queue/QueueService.h"
#include "core/queue/TicketRules.h"
#include "core/standards/StandardService.h"
#include "core/survey/SurveyHandoff.h"
#include "ui/common/ReasonDialog.h"
#include "ui/complaints/ComplaintFormDialog.h"
#include "ui/complaints/ComplaintPrinting.h"
#include "ui/counter/IssuedTicketDialog.h"
#include "ui/counter/TicketServiceDialog.h"
#include "ui/queuekit/TransferDialog.h"

#include <QAction>
#include <QWidget>

namespace loket::ui {

CounterActions::CounterActions(Session session, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_session(std::move(session))
    , m_dialogParent(dialogParent)
{
    callNext = make(tr("Call next"), { QKeySequence(Qt::Key_F1), QKeySequence(Qt::Key_Space) },
        tr("Call the next ticket in the line's order"));
    recall = make(tr("Recall"), { QKeySequence(Qt::Key_F2) }, tr("Call the same ticket again on the board"));
    start = make(tr("Start"), { QKeySequence(Qt::Key_F3) }, tr("The citizen has come: start the service"));
    finish = make(tr("Finish"), { QKeySequence(Qt::Key_F4) }, tr("The service is done; the note is kept"));
    noShow = make(tr("No-show"), { QKeySequence(Qt::Key_F5) }, tr("Nobody came after the call"));
    hold = make(tr("Hold…"), { QKeySequence(Qt::Key_F6) },
        tr("Park the ticket (the citizen fetches a document) and serve others meanwhile"));
    transfer = make(tr("Transfer…"), { QKeySequence(Qt::Key_F7) }, tr("Send the ticket to another service or counter"));
    callSelected = make(tr("Call selected…"), { QKeySequence(Qt::Key_F8) },
        tr("Call the ticket selected in the waiting list out of its turn (a reason is required)"));
    walkIn = make(tr("Walk-in…"), { QKeySequence(Qt::Key_F9) }, tr("Serve a citizen who has no ticket"));
    issue = make(tr("Issue ticket…"), { QKeySequence(Qt::Key_F10) },
        tr("Issue a ticket for a citizen (when the kiosk or its printer is down)"));
    resume = make(tr("Resume"), { QKeySequence(Qt::SHIFT | Qt::Key_F6) }, tr("Call the selected held ticket back"));
    undoNoShow = make(tr("Take back"), { QKeySequence(Qt::CTRL | Qt::Key_Z) },
        tr("The citizen has come after all: take the no-show back"));
    complaint = make(tr("Complaint…"), { QKeySequence(Qt::Key_F11) },
        tr("Write down a complaint the citizen tells at the desk (the ticket and service are filled in)"));
    handToSurvey = make(tr("Hand to survey"), { QKeySequence(Qt::Key_F12) },
        tr("Hand the ticket just finished to the survey screen, so the citizen answers the satisfaction survey "
           "there without typing anything"));

    connect(callNext, &QAction::triggered, this, &CounterActions::onCallNext);
    connect(recall, &QAction::triggered, this, &CounterActions::onRecall);
    connect(start, &QAction::triggered, this, &CounterActions::onStart);
    connect(finish, &QAction::triggered, this, &CounterActions::onFinish);
    connect(noShow, &QAction::triggered, this, &CounterActions::onNoShow);
    connect(hold, &QAction::triggered, this, &CounterActions::onHold);
    connect(transfer, &QAction::triggered, this, &CounterActions::onTransfer);
    connect(callSelected, &QAction::triggered, this, &CounterActions::onCallSelected);
    connect(walkIn, &QAction::triggered, this, &CounterActions::onWalkIn);
    connect(issue, &QAction::triggered, this, &CounterActions::onIssue);
    connect(resume, &QAction::triggered, this, &CounterActions::onResume);
    connect(undoNoShow, &QAction::triggered, this, &CounterActions::onUndoNoShow);
    connect(complaint, &QAction::triggered, this, &CounterActions::onComplaint);
    connect(handToSurvey, &QAction::triggered, this, &CounterActions::onHandToSurvey);
    setContext({});
}

QAction *CounterActions::make(const QString &text, const QList<QKeySequence> &keys, const QString &toolTip)
{
    auto *a = new QAction(text, this);
    a->setShortcuts(keys);
    a->setToolTip(toolTip);
    return a;
}

QList<QAction *> CounterActions::all() const
{
    return { callNext, recall, start, finish, noShow, hold, transfer, callSelected, walkIn, issue, resume, undoNoShow,
        complaint, handToSurvey };
}

// An action the queue would refuse is disabled, so the screen (and the
// F-keys) show what is possible now; the ticket panel says why not.
// While a citizen is served, F1 finishes them and calls the next.
void CounterActions::setContext(CounterContext context)
{
    m_context = std::move(context);
    updateEnabled();
}

void CounterActions::offerUndo(std::optional<Ticket> noShow)
{
    m_undoable = std::move(noShow);
    updateEnabled();
}

void CounterActions::updateEnabled()
{
    const bool staffed = m_context.signedInHere && m_session.actor.can(Permission::ServeQueue);
    const bool open = staffed && m_context.counter && m_context.counter->state == CounterState::Open;
    const auto &cur = m_context.current;
    const bool called = cur && cur->status == TicketStatus::Called;
    const bool serving = cur && cur->status == TicketStatus::Serving;
    const bool awaiting = cur && TicketRules::awaitsCitizen(*cur, m_context.startOnCall);
    callNext->setEnabled(open && (serving || (!cur && m_context.waiting > 0)));
    callNext->setText(serving ? tr("Finish, call next") : tr("Call next"));
    callNext->setToolTip(serving ? tr("Finish this citizen (the note is kept) and call the next ticket")
                                 : tr("Call the next ticket in the line's order"));
    recall->setEnabled(open && awaiting);
    start->setEnabled(staffed && called);
    finish->setEnabled(staffed && serving);
    noShow->setEnabled(staffed && awaiting);
    hold->setEnabled(staffed && cur.has_value());
    transfer->setEnabled(staffed && (cur || m_context.selectedHeld));
    callSelected->setEnabled(open && !cur && m_context.selectedWaiting);
    walkIn->setEnabled(open && !cur);
    issue->setEnabled(staffed && m_session.actor.can(Permission::IssueTicket));
    complaint->setEnabled(m_session.actor.can(Permission::LogComplaint));
    // Enabled whenever the officer works here: with nothing to hand, the key says so in words.
    handToSurvey->setEnabled(staffed && m_context.counter && m_session.actor.can(Permission::EnterSurvey));
    resume->setEnabled(open && !cur && m_context.selectedHeld);
    undoNoShow->setEnabled(open && !cur && m_undoable);
}

void CounterActions::report(const Result<Ticket> &result, const QString &doneMessage)
{
    if (!result) {
        if (result.error().code == ErrorCode::Nothing)
            Q_EMIT nothing(result.error().message);
        else
            Q_EMIT refused(result.error());
        return;
    }
    Q_EMIT done(doneMessage.arg(result->number));
}

void CounterActions::onCallNext()
{
    QueueService queue(m_session.db, *m_session.clock);
    const qint64 counterId = m_context.counter ? m_context.counter->id : 0;
    const auto &cur = m_context.current;
    if (!cur || cur->status != TicketStatus::Serving) {
        report(queue.callNext(m_session.actor, counterId), tr("Ticket %1 called."));
        return;
    }
    auto both = queue.finishAndCallNext(m_session.actor, counterId, cur->id, m_note ? m_note() : QString());
    if (!both) {
        Q_EMIT refused(both.error());
    } else if (both->called) {
        Q_EMIT done(tr("Ticket %1 finished, ticket %2 called.").arg(both->finished.number, both->called->number));
    } else {
        Q_EMIT nothing(tr("Ticket %1 finished. %2").arg(both->finished.number, both->notCalled));
    }
}

void CounterActions::onRecall()
{
    if (!m_context.current)
        return;
    QueueService queue(m_session.db, *m_session.clock);
    report(queue.recall(m_session.actor, m_context.counter->id, m_context.current->id), tr("Ticket %1 called again."));
}

void CounterActions::onStart()
{
    if (!m_context.current)
        return;
    QueueService queue(m_session.db, *m_session.clock);
    report(queue.start(m_session.actor, m_context.counter->id, m_context.current->id), tr("Serving ticket %1."));
}

void CounterActions::onFinish()
{
    if (!m_context.current)
        return;
    QueueService queue(m_session.db, *m_session.clock);
    const QString note = m_note ? m_note() : QString();
    report(
        queue.finish(m_session.actor, m_context.counter->id, m_context.current->id, note), tr("Ticket %1 finished."));
}

void CounterActions::onNoShow()
{
    if (!m_context.current)
        return;
    QueueService queue(m_session.db, *m_session.clock);
    auto marked = queue.noShow(m_session.actor, m_context.counter->id, m_context.current->id);
    report(marked, tr("Ticket %1 marked as not come."));
    if (marked)
        Q_EMIT noShowMarked(marked.value());
}

void CounterActions::onUndoNoShow()
{
    if (!m_undoable || !m_context.counter)
        return;
    const Ticket t = *m_undoable;
    offerUndo(std::nullopt);
    QueueService queue(m_session.db, *m_session.clock);
    report(queue.undoNoShow(m_session.actor, m_context.counter->id, t.id), tr("Ticket %1 is back at the counter."));
}

void CounterActions::onHold()
{
    if (!m_context.current)
        return;
    const Ticket t = *m_context.current;
    const auto reason = ReasonDialog::ask(m_dialogParent, tr("Hold ticket %1").arg(t.number),
        tr("The ticket waits at this counter until you resume it. Why is it held?"),
        { tr("Fetching a missing document"), tr("Making a photocopy"), tr("Waiting for a signature"),
            tr("Paying at the bank") },
        false, tr("Hold"));
    if (!reason)
        return;
    QueueService queue(m_session.db, *m_session.clock);
    report(queue.hold(m_session.actor, m_context.counter->id, t.id, *reason), tr("Ticket %1 is on hold."));
}

void CounterActions::onTransfer()
{
    const std::optional<Ticket> t = m_context.current ? m_context.current : m_context.selectedHeld;
    if (!t)
        return;
    TransferDialog dialog(*t, m_context.services, m_context.counters, m_dialogParent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QueueService queue(m_session.db, *m_session.clock);
    report(
        queue.transfer(m_session.actor, m_context.counter->id, t->id, dialog.target()), tr("Ticket %1 transferred."));
}

void CounterActions::onCallSelected()
{
    if (!m_context.selectedWaiting) {
        Q_EMIT nothing(tr("Select a ticket in the waiting list first, then press F8."));
        return;
    }
    const Ticket t = *m_context.selectedWaiting;
    const auto reason = ReasonDialog::ask(m_dialogParent, tr("Call ticket %1 out of turn").arg(t.number),
        tr("Calling a ticket before its turn is recorded with your name. Why is %1 called now?").arg(t.number),
        { tr("Came back with the missing document"), tr("Agreed appointment"), tr("Asked by the supervisor"),
            tr("Urgent need") },
        true, tr("Call %1").arg(t.number));
    if (!reason)
        return;
    QueueService queue(m_session.db, *m_session.clock);
    report(queue.callTicket(m_session.actor, m_context.counter->id, t.id, *reason), tr("Ticket %1 called."));
}

void CounterActions::onWalkIn()
{
    QList<QueueServiceInfo> here;
    for (const QueueServiceInfo &s : m_context.services) {
        if (m_context.counter && m_context.counter->serves(s.id))
            here << s;
    }
    auto reasons = PriorityReasonService(m_session.db, *m_session.clock).list();
    TicketServiceDialog dialog(tr("Serve a walk-in"),
        tr("For a citizen served at once without a ticket. The visit is numbered and "
           "counted like any ticket."),
        tr("Serve now"), here, reasons ? reasons.value() : QList<PriorityReason>(), m_dialogParent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QueueService queue(m_session.db, *m_session.clock);
    report(queue.serveWalkIn(m_session.actor, m_context.counter->id, dialog.serviceId(), dialog.priorityReasonId()),
        tr("Walk-in %1 is being served."));
}

void CounterActions::onIssue()
{
    auto reasons = PriorityReasonService(m_session.db, *m_session.clock).list();
    TicketServiceDialog dialog(tr("Issue a ticket"),
        tr("For a citizen when the kiosk or its printer is down. The ticket joins the line "
           "like one from the kiosk."),
        tr("Issue"), m_context.services, reasons ? reasons.value() : QList<PriorityReason>(), m_dialogParent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QueueService queue(m_session.db, *m_session.clock);
    auto issued
        = queue.issueAtCounter(m_session.actor, m_context.counter->id, dialog.serviceId(), dialog.priorityReasonId());
    report(issued, tr("Ticket %1 issued."));
    if (issued)
        showIssued(issued.value());
}

void CounterActions::onComplaint()
{
    ComplaintFormDialog form(m_session, m_dialogParent);
    if (m_context.current)
        form.setTicket(m_context.current->id, m_context.current->number, m_context.current->serviceId);
    if (form.exec() != QDialog::Accepted)
        return;
    const QString number = form.logged().number;
    Q_EMIT complaintLogged(number);
    Q_EMIT done(tr("Complaint %1 logged: give this number to the citizen.").arg(number));
    // The receipt goes out on the ticket printer at once: the citizen is still at the desk
    // (without a thermal printer it is printed from the Complaints page).
    complaintprinting::printReceipt(m_session, number, m_dialogParent, false);
}

void CounterActions::onHandToSurvey()
{
    if (!m_context.counter)
        return;
    SurveyHandoffService handoffs(m_session.db, *m_session.clock);
    const auto &cur = m_context.current;
    // The ticket just finished here: the current one when it is finished, else the last one finished.
    auto handed = cur && cur->status == TicketStatus::Done
        ? handoffs.handOver(m_session.actor, m_context.counter->id, cur->id)
        : handoffs.handOverLast(m_session.actor, m_context.counter->id);
    if (!handed) {
        if (handed.error().code == ErrorCode::Nothing)
            Q_EMIT surveyHandoff(handed.error().message, false);
        else
            Q_EMIT refused(handed.error());
        return;
    }
    Q_EMIT surveyHandoff(tr("Ticket %1 (%2) is handed to the survey screen: invite the citizen to answer it there. "
                             "It waits %3 minutes.")
                              .arg(handed->ticketNumber, handed->serviceName)
                              .arg(SurveyHandoffService::kPendingMinutes),
        true);
}

void CounterActions::showIssued(const Ticket &ticket)
{
    TicketLayout layout;
    layout.officeName = m_context.officeName;
    layout.serviceName = ticket.serviceName;
    layout.number = ticket.number;
    layout.issuedLocal = ticket.issuedAt.toOffsetFromUtc(m_context.zone.offsetFromUtc(ticket.issuedAt));
    auto estimate = QueueService(m_session.db, *m_session.clock).reader().estimate(ticket.id);
    if (estimate) {
        layout.peopleAhead = estimate->peopleAhead;
        layout.estimatedWaitMinutes = estimate->minutes.value_or(-1);
    }
    layout.requirements = requirements(m_session.db, ticket.serviceId, ticket.serviceDay).value_or(QStringList());
    IssuedTicketDialog dialog(layout, m_dialogParent);
    dialog.exec();
}

void CounterActions::onResume()
{
    if (!m_context.selectedHeld)
        return;
    QueueService queue(m_session.db, *m_session.clock);
    report(
        queue.resume(m_session.actor, m_context.counter->id, m_context.selectedHeld->id), tr("Ticket %1 called back."));
}

std::optional<QStringList> CounterActions::requirements(const DatabasePtr &db, qint64 serviceId, QDate day)
{
    auto version = StandardService(db).versionInForce(serviceId, day);
    if (!version || !version.value())
        return std::nullopt;
    QStringList out;
    for (const Requirement &r : version.value()->content.requirements) {
        QString text = r.name;
        if (r.count > 1)
            text += QStringLiteral(" (%1×)").arg(r.count);
        if (!r.notes.isEmpty())
            text += QStringLiteral(" — ") + r.notes;
        out << text;
    }
    return out;
}

} // namespace loket::ui
