// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/queue/QueueSnapshot.h"

#include <QFrame>

class QGridLayout;
class QLabel;

namespace loket::ui {

// How many wait for each service: one tile per service, letter and count.
class ServiceStrip : public QFrame
{
    Q_OBJECT
public:
    explicit ServiceStrip(QWidget *parent = nullptr);

    void setServices(const QList<ServiceQueue> &services);
    void scaleTo(int boardHeight);
    // "A 12" per tile, for tests.
    QStringList tileTexts() const;
    // The size of the service names on the tiles, for the board's height.
    int namePixelSize() const;

private:
    void rebuild();
    void describeTiles();

    QList<ServiceQueue> m_services;
    QLabel *m_caption = nullptr;
    QList<QLabel *> m_tiles;
    QGridLayout *m_grid = nullptr;
    int m_height = 768;
};

} // namespace loket::ui
