// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QApplication;
class QCoreApplication;

namespace loket::ui {

// The start of the GUI: options, database, language, first run, sign-in,
// the main window or one of the single-purpose modes. Returns the exit code.
int runApplication(QApplication &app);

// True when the command line asks only for text (--help, --version) or is
// wrong: then runTextOnly answers on a QCoreApplication, with no display,
// in the language of --lang or LOKET_LANG (Indonesian by default).
bool textOnlyStart(const QStringList &arguments);
int runTextOnly(QCoreApplication &app);

} // namespace loket::ui
