// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace loket::letterhtml {

// The pieces of HTML the letters and minutes on the letterhead share.

// A person's text for HTML: trimmed and escaped.
QString esc(const QString &text);

// A signature block: the lines above (e.g. "Mengetahui,", "Camat Cibinong,"),
// a space for the signature `spacePt` high, the name bold and underlined
// (a space when empty), and the line under it (e.g. "NIP. 19720514 199803 1 007"; none when empty).
// Plain text in, HTML out; centred by the cell it is put into.
QString signatureBlock(const QStringList &above, const QString &name, const QString &below, qreal spacePt = 40);

} // namespace loket::letterhtml
