// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/Database.h"

#include <QLabel>

#include <memory>

namespace loket {
class ChangeFeed;
} // namespace loket

namespace loket::ui {

// A red strip across a screen while the database server cannot be reached
// ("Koneksi ke server terputus — mencoba lagi…"), gone by itself when the
// process's change feed has connected again. Nothing shows for a file.
class ConnectionBanner : public QLabel
{
    Q_OBJECT
public:
    // pixelSize: the text's size (0: the application's), large on the board and the kiosk.
    ConnectionBanner(const DatabasePtr &db, QWidget *parent = nullptr, int pixelSize = 0);
    ~ConnectionBanner() override;

private:
    std::shared_ptr<ChangeFeed> m_feed;
};

} // namespace loket::ui
