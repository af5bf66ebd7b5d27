// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace loket {

// Qt binds a null QString as SQL NULL; columns declared NOT NULL DEFAULT ''
// want an empty string instead.
inline QString sqlText(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

} // namespace loket
