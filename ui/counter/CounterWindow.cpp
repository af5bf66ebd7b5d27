// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/counter/CounterWindow.h"

#include "ui/common/ConnectionBanner.h"
#include "ui/common/OfficeInfo.h"
#include "ui/counter/CounterPage.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace loket::ui {

CounterWindow::CounterWindow(const Session &session, const QString &officeName, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_zone(OfficeInfo::load(session.db).zone)
{
    setWindowTitle(tr("Loket — Counter — %1").arg(officeName));
    setWindowIcon(QIcon(QStringLiteral(":/icons/loket.svg")));

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto *header = new QWidget(central);
    header->setObjectName(QStringLiteral("sidebar")); // the shell's dark navigation colours
    header->setAttribute(Qt::WA_StyledBackground, true);
    auto *row = new QHBoxLayout(header);
    row->setContentsMargins(16, 6, 8, 6);
    auto *title = new QLabel(QStringLiteral("Loket"), header);
    title->setStyleSheet(QStringLiteral("color: white; font-size: 14pt; font-weight: bold;"));
    auto *office = new QLabel(officeName, header);
    office->setStyleSheet(QStringLiteral("color: #a9bfd8;"));
    auto *user = new QLabel(tr("%1 (%2)").arg(session.actor.fullName, roleDisplayName(session.actor.role)), header);
    user->setStyleSheet(QStringLiteral("color: #dbe6f3;"));
    m_clock = new QLabel(header);
    m_clock->setStyleSheet(QStringLiteral("color: white; font-size: 12pt; font-weight: bold;"));
    auto *logout = new QToolButton(header);
    logout->setText(tr("Sign out"));
    logout->setIcon(QIcon(QStringLiteral(":/icons/logout.svg")));
    logout->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    logout->setFocusPolicy(Qt::NoFocus);
    connect(logout, &QToolButton::clicked, this, &CounterWindow::logoutRequested);
    row->addWidget(title);
    row->addSpacing(12);
    row->addWidget(office);
    row->addSpacing(12);
    // The server away: said in the top bar, which takes no room from the queue below.
    row->addWidget(new ConnectionBanner(session.db, header), 10);
    row->addStretch(1);
    row->addSpacing(12);
    row->addWidget(user);
    row->addSpacing(16);
    row->addWidget(m_clock);
    row->addSpacing(8);
    row->addWidget(logout);

    m_page = new CounterPage(session, central);
    layout->addWidget(header);
    layout->addWidget(m_page, 1);
    setCentralWidget(central);

    auto *timer = new QTimer(this);
    timer->setInterval(1000);
    connect(timer, &QTimer::timeout, this, &CounterWindow::updateClock);
    timer->start();
    updateClock();
    resize(1366, 768);
}

// The officer types F-keys straight after signing in: take the keyboard even
// where no window manager hands it over (a kiosk-like session on the counter PC).
void CounterWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    activateWindow();
    m_page->waitingView()->setFocus();
}

void CounterWindow::updateClock()
{
    const QDateTime local = m_session.clock->nowUtc().toTimeZone(m_zone);
    m_clock->setText(QLocale().toString(local, QStringLiteral("ddd d MMM  HH.mm")));
}

} // namespace loket::ui
