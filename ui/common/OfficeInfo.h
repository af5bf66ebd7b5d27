// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/Database.h"

#include <QString>
#include <QTimeZone>

namespace loket::ui {

// What the shell shows of the office on every screen.
struct OfficeInfo {
    QString name;
    QTimeZone zone;

    static OfficeInfo load(const DatabasePtr &db);
};

} // namespace loket::ui
