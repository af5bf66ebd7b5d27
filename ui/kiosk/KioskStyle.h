// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace loket::ui {

// The kiosk's look: light and calm, dark text, large touch targets. Type
// sizes are set in code from the screen's height.
QString kioskStyleSheet();

} // namespace loket::ui
