// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/StartupTasks.h"

namespace loket::ui {

void runStartupTasks(DatabasePtr db)
{
    Q_UNUSED(db);
}

} // namespace loket::ui
