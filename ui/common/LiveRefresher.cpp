// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/LiveRefresher.h"

#include "core/storage/ChangeFeed.h"
#include "ui/common/SharedFeed.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace loket::ui {

namespace {

// Changes come in bursts (a call writes the ticket, its event and the audit
// entry; the kiosk issues several tickets): read once after the burst.
constexpr int kRefreshDelayMs = 60;

} // namespace

LiveRefresher::LiveRefresher(const DatabasePtr &db, QWidget *screen, std::function<void()> refresh)
    : QObject(screen)
    , m_screen(screen)
    , m_refresh(std::move(refresh))
    , m_feed(sharedChangeFeed(db))
{
    m_soon = new QTimer(this);
    m_soon->setSingleShot(true);
    m_soon->setInterval(kRefreshDelayMs);
    connect(m_soon, &QTimer::timeout, this, [this] {
        m_stale = false;
        m_refresh();
    });
    connect(m_feed.get(), &ChangeFeed::changed, this, &LiveRefresher::changed);
    m_screen->installEventFilter(this);
}

LiveRefresher::~LiveRefresher() = default;

Status LiveRefresher::start()
{
    return m_feed->start();
}

void LiveRefresher::changed()
{
    if (!m_screen->isVisible()) {
        m_stale = true;
        return;
    }
    if (!m_soon->isActive())
        m_soon->start();
}

bool LiveRefresher::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_screen && event->type() == QEvent::Show && m_stale)
        m_soon->start();
    return QObject::eventFilter(watched, event);
}

} // namespace loket::ui
