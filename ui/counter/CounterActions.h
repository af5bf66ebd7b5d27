// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Error.h"
#include "core/common/Result.h"
#include "core/queue/QueueCatalog.h"
#include "core/queue/QueueCounter.h"
#include "core/queue/Ticket.h"
#include "ui/common/Session.h"

#include <QObject>
#include <QTimeZone>

#include <functional>
#include <optional>

class QAction;
class QWidget;

namespace loket::ui {

// What the counter screen shows at the moment an action runs.
struct CounterContext {
    std::optional<QueueCounter> counter;
    bool signedInHere = false;
    std::optional<Ticket> current;
    std::optional<Ticket> selectedWaiting;
    std::optional<Ticket> selectedHeld; // or the only held ticket
    int waiting = 0; // tickets this counter may call
    bool startOnCall = false; // queue.start_on_call
    QList<QueueServiceInfo> services; // active, in catalog order
    QList<QueueCounter> counters; // active
    QString officeName;
    QTimeZone zone;
    QDate day;
};

// The officer's actions on tickets, each a QAction with its keys, calling
// QueueService. The core decides; these only ask what a dialog must ask and
// report the outcome: done, nothing to do (calm), or refused (the banner).
class CounterActions : public QObject
{
    Q_OBJECT
public:
    CounterActions(Session session, QWidget *dialogParent);

    void setContext(CounterContext context);
    // Where the outcome note is read from when finishing.
    void setNoteSource(std::function<QString()> note) { m_note = std::move(note); }

    QAction *callNext = nullptr;
    QAction *recall = nullptr;
    QAction *start = nullptr;
    QAction *finish = nullptr;
    QAction *noShow = nullptr;
    QAction *hold = nullptr;
    QAction *transfer = nullptr;
    QAction *callSelected = nullptr;
    QAction *walkIn = nullptr;
    QAction *issue = nullptr;
    QAction *resume = nullptr;
    QAction *undoNoShow = nullptr; // takes back the no-show offered by offerUndo()
    QAction *complaint = nullptr;  // F11: a complaint told at the desk, with the ticket being served
    QAction *handToSurvey = nullptr; // F12: the ticket just finished to the survey screen (SurveyHandoffService)
    QList<QAction *> all() const;

    // The no-show that may still be taken back; none: the offer has ended.
    void offerUndo(std::optional<Ticket> noShow);
    std::optional<Ticket> undoable() const { return m_undoable; }

    // The requirements of the standard in force for a service on a day; none
    // when no standard is in force (or it cannot be read).
    static std::optional<QStringList> requirements(const DatabasePtr &db, qint64 serviceId, QDate day);

Q_SIGNALS:
    void done(const QString &message);
    void complaintLogged(const QString &number);
    // F12: a ticket handed to the survey screen (handed), or why there was
    // none to hand; said in the message bar until the counter moves on.
    void surveyHandoff(const QString &message, bool handed);
    void nothing(const QString &message);
    void refused(const Error &error);
    void noShowMarked(const Ticket &ticket);

private:
    QAction *make(const QString &text, const QList<QKeySequence> &keys, const QString &toolTip);
    void report(const Result<Ticket> &result, const QString &doneMessage);
    void onCallNext();
    void onRecall();
    void onStart();
    void onFinish();
    void onNoShow();
    void onHold();
    void onTransfer();
    void onCallSelected();
    void onWalkIn();
    void onIssue();
    void onComplaint();
    void onHandToSurvey();
    void onResume();
    void onUndoNoShow();
    void updateEnabled();
    void showIssued(const Ticket &ticket);

    Session m_session;
    QWidget *m_dialogParent = nullptr;
    CounterContext m_context;
    std::function<QString()> m_note;
    std::optional<Ticket> m_undoable;
};

} // namespace loket::ui
