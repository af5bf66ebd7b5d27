// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QApplication;

namespace loket::ui {

// The start of the GUI: options, database, language, first run, sign-in,
// the main window or one of the single-purpose modes. Returns the exit code.
int runApplication(QApplication &app);

} // namespace loket::ui
