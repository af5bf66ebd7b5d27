// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/ConnectionBanner.h"

#include "core/storage/ChangeFeed.h"
#include "ui/common/SharedFeed.h"

namespace loket::ui {

ConnectionBanner::ConnectionBanner(const DatabasePtr &db, QWidget *parent, int pixelSize)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("connectionBanner"));
    setText(tr("The connection to the server is lost — trying again…"));
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setStyleSheet(QStringLiteral("QLabel#connectionBanner { background: #b3261e; color: white; font-weight: bold; "
                                 "padding: 8px 16px; %1}")
                      .arg(pixelSize > 0 ? QStringLiteral("font-size: %1px; ").arg(pixelSize) : QString()));
    hide();
    if (!db || !db->isServer())
        return;
    m_feed = sharedChangeFeed(db);
    if (!m_feed)
        return;
    connect(m_feed.get(), &ChangeFeed::connectionLost, this, &QWidget::show);
    connect(m_feed.get(), &ChangeFeed::connectionRestored, this, &QWidget::hide);
    (void)m_feed->start(); // running already when a screen of this process follows it
}

ConnectionBanner::~ConnectionBanner() = default;

} // namespace loket::ui
