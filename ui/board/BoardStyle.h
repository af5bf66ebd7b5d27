// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace loket::ui {

// The board's look: light type on a dark blue ground, the call in warm
// yellow. High contrast for reading across a hall; sizes are set in code
// from the screen's height.
QString boardStyleSheet();

} // namespace loket::ui
