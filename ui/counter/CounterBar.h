// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Error.h"
#include "core/common/Result.h"
#include "core/queue/QueueCounter.h"
#include "ui/common/Session.h"

#include <QWidget>

#include <optional>

class QAction;
class QComboBox;
class QLabel;

namespace loket::ui {

// The counter the officer works at, its state, and signing in, opening,
// pausing (with a reason) and closing it. The choice is remembered on this
// PC; while the officer is signed in at a counter the choice is locked to it.
class CounterBar : public QWidget
{
    Q_OBJECT
public:
    explicit CounterBar(Session session, QWidget *parent = nullptr);

    // The active counters, read afresh; keeps the choice.
    void setCounters(const QList<QueueCounter> &counters);
    std::optional<QueueCounter> counter() const;
    qint64 counterId() const;
    bool signedInHere() const;
    const QList<QueueCounter> &counters() const { return m_counters; }

    QAction *signInAction() const { return m_signIn; }
    QAction *openAction() const { return m_open; }
    QAction *pauseAction() const { return m_pause; }
    QAction *closeAction() const { return m_close; }

    // Where the last choice is kept on this PC.
    static QString settingsKey();

Q_SIGNALS:
    void counterChosen();
    void changed(const QString &message);
    // After signing in at or opening the counter.
    void signedIn();
    void refused(const Error &error);

private:
    void choose(int index);
    void signIn();
    void open();
    void pause();
    void close();
    void report(const Result<QueueCounter> &result, const QString &doneMessage, bool remember);
    void updateState();
    qint64 ownCounterId() const;

    Session m_session;
    QList<QueueCounter> m_counters;
    QComboBox *m_combo = nullptr;
    QLabel *m_state = nullptr;
    QAction *m_signIn = nullptr;
    QAction *m_open = nullptr;
    QAction *m_pause = nullptr;
    QAction *m_close = nullptr;
};

} // namespace loket::ui
