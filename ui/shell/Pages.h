// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/Database.h"
#include "ui/common/Session.h"

#include <QStringList>

class QApplication;

namespace loket::ui {

class MainWindow;

// The one place that knows which pages exist and who may see them.
void addPages(MainWindow &window, const Session &session);

// "main" plus the single-screen modes this build offers.
QStringList modeNames();
// Signs a user in and runs the chosen mode until the user quits. counters:
// for the survey screen, the loket numbers it is paired with (empty: all).
int runMode(QApplication &app, DatabasePtr &db, const QString &mode, const QString &username,
            const QList<int> &counters = {});
// The first-run wizard: the office and its first administrator.
bool runFirstRun(DatabasePtr db);

} // namespace loket::ui
