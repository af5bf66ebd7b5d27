// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace loket {

// Installs Loket's catalogue for `language` ("id", the default, or "en") and
// sets the default QLocale to match (id_ID: "Senin, 23 November 2026",
// "Rp 10.000"). Replaces a catalogue installed before.
void installLanguage(const QString &language);
QString currentLanguage();

} // namespace loket
