// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/counter/CounterBar.h"

#include "core/queue/CounterService.h"
#include "ui/common/ActionButton.h"
#include "ui/common/ReasonDialog.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QSettings>

namespace loket::ui {

namespace {

QSettings pcSettings()
{
    return QSettings(QStringLiteral("Loket"), QCoreApplication::applicationName());
}

} // namespace

CounterBar::CounterBar(Session session, QWidget *parent)
    : QWidget(parent)
    , m_session(std::move(session))
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(8);
    auto *label = new QLabel(tr("&Counter"), this);
    m_combo = new QComboBox(this);
    m_combo->setMinimumWidth(240);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    label->setBuddy(m_combo);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("counterState"));

    m_signIn = new QAction(tr("Sign in"), this);
    m_signIn->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_signIn->setToolTip(tr("Sign in at this counter, so its calls are yours"));
    m_open = new QAction(tr("Open"), this);
    m_open->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    m_open->setToolTip(tr("Open the counter (or end its pause) so it calls tickets"));
    m_pause = new QAction(tr("Pause…"), this);
    m_pause->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_pause->setToolTip(tr("Stop calling for a while; the reason is shown to the supervisor"));
    m_close = new QAction(tr("Close"), this);
    m_close->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_close->setToolTip(tr("Close the counter and sign out of it"));

    row->addWidget(label);
    row->addWidget(m_combo);
    row->addWidget(m_state);
    row->addStretch();
    for (QAction *a : { m_signIn, m_open, m_pause, m_close }) {
        addAction(a);
        auto *button = new ActionButton(a, this);
        button->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
        row->addWidget(button);
    }

    connect(m_combo, &QComboBox::activated, this, &CounterBar::choose);
    connect(m_signIn, &QAction::triggered, this, &CounterBar::signIn);
    connect(m_open, &QAction::triggered, this, &CounterBar::open);
    connect(m_pause, &QAction::triggered, this, &CounterBar::pause);
    connect(m_close, &QAction::triggered, this, &CounterBar::close);
    updateState();
}

QString CounterBar::settingsKey()
{
    return QStringLiteral("counter/lastCounterId");
}

qint64 CounterBar::ownCounterId() const
{
    for (const QueueCounter &c : m_counters) {
        if (c.officerId != 0 && c.officerId == m_session.actor.userId)
            return c.id;
    }
    return 0;
}

void CounterBar::setCounters(const QList<QueueCounter> &counters)
{
    const qint64 chosen = m_combo->currentData().toLongLong();
    m_counters = counters;
    qint64 wanted = ownCounterId() ? ownCounterId() : chosen;
    if (wanted == 0)
        wanted = pcSettings().value(settingsKey()).toLongLong();

    QSignalBlocker block(m_combo);
    // Rewritten in place: the officer may have the list open while a change arrives.
    for (int i = 0; i < m_counters.size(); ++i) {
        const QueueCounter &c = m_counters.at(i);
        if (i < m_combo->count()) {
            m_combo->setItemText(i, c.name);
            m_combo->setItemData(i, c.id);
        } else {
            m_combo->addItem(c.name, c.id);
        }
    }
    while (m_combo->count() > m_counters.size())
        m_combo->removeItem(m_combo->count() - 1);
    const int index = m_combo->findData(wanted);
    m_combo->setCurrentIndex(index >= 0 ? index : (m_combo->count() > 0 ? 0 : -1));
    m_combo->setEnabled(ownCounterId() == 0);
    m_combo->setToolTip(
        ownCounterId() ? tr("You are signed in at this counter. Close it to work at another one.") : QString());
    updateState();
}

std::optional<QueueCounter> CounterBar::counter() const
{
    const qint64 id = m_combo->currentData().toLongLong();
    for (const QueueCounter &c : m_counters) {
        if (c.id == id)
            return c;
    }
    return std::nullopt;
}

qint64 CounterBar::counterId() const
{
    const auto c = counter();
    return c ? c->id : 0;
}

bool CounterBar::signedInHere() const
{
    const auto c = counter();
    return c && c->officerId != 0 && c->officerId == m_session.actor.userId;
}

void CounterBar::choose(int)
{
    updateState();
    Q_EMIT counterChosen();
}

void CounterBar::updateState()
{
    const auto c = counter();
    const bool mine = signedInHere();
    const bool mayServe = m_session.actor.can(Permission::ServeQueue);
    const bool elsewhere = ownCounterId() != 0 && !mine;
    m_signIn->setEnabled(c && mayServe && !mine && !elsewhere);
    m_open->setEnabled(c && mayServe && c->state != CounterState::Open && (mine || c->officerId == 0));
    m_pause->setEnabled(c && mine && c->state == CounterState::Open);
    m_close->setEnabled(c && mine);
    if (!c) {
        m_state->setText(tr("No counter is set up. Ask the administrator to add one."));
        m_state->setStyleSheet(QString());
        return;
    }
    QString text = c->state == CounterState::Open ? tr("Open")
        : c->state == CounterState::Paused        ? tr("Paused")
                                                  : tr("Closed");
    if (c->state == CounterState::Paused && !c->stateReason.isEmpty())
        text = tr("%1: %2").arg(text, c->stateReason);
    if (c->officerId != 0)
        text = tr("%1 · %2").arg(text, mine ? tr("you") : c->officerName);
    m_state->setText(text);
    const char *colours = c->state == CounterState::Open ? "background: #e7f6ec; color: #067647;"
        : c->state == CounterState::Paused               ? "background: #fff4e5; color: #7a4b00;"
                                                         : "background: #eef2f6; color: #5b6b7c;";
    m_state->setStyleSheet(
        QStringLiteral("border-radius: 10px; padding: 3px 10px; font-weight: bold; ") + QLatin1String(colours));
}

void CounterBar::report(const Result<QueueCounter> &result, const QString &doneMessage, bool remember)
{
    if (!result) {
        Q_EMIT refused(result.error());
        return;
    }
    if (remember)
        pcSettings().setValue(settingsKey(), result->id);
    for (QueueCounter &c : m_counters) {
        if (c.id == result->id)
            c = result.value();
    }
    setCounters(m_counters);
    Q_EMIT changed(doneMessage.arg(result->number));
    if (remember)
        Q_EMIT signedIn();
}

void CounterBar::signIn()
{
    CounterService service(m_session.db, *m_session.clock);
    report(service.signIn(m_session.actor, counterId()), tr("You are signed in at loket %1."), true);
}

void CounterBar::open()
{
    CounterService service(m_session.db, *m_session.clock);
    report(service.open(m_session.actor, counterId()), tr("Loket %1 is open."), true);
}

void CounterBar::pause()
{
    const auto c = counter();
    if (!c)
        return;
    const auto reason = ReasonDialog::ask(window(), tr("Pause %1").arg(c->name),
        tr("Why is the counter pausing? The supervisor sees the reason."),
        { tr("Prayer break (ishoma)"), tr("Lunch break"), tr("Meeting"), tr("Checking documents"),
            tr("Computer or printer problem") },
        true, tr("Pause"));
    if (!reason)
        return;
    CounterService service(m_session.db, *m_session.clock);
    report(service.pause(m_session.actor, c->id, *reason), tr("Loket %1 is paused."), false);
}

void CounterBar::close()
{
    CounterService service(m_session.db, *m_session.clock);
    report(service.close(m_session.actor, counterId()), tr("Loket %1 is closed and you are signed out of it."), false);
}

} // namespace loket::ui
