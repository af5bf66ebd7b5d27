// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace loket::jsonpath {

// "standards[2]" + "requirements" → "standards[2].requirements": the paths
// import errors name, so a user can find the field in the file.
inline QString join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

inline QString at(const QString &path, qsizetype i)
{
    return QStringLiteral("%1[%2]").arg(path).arg(i);
}

} // namespace loket::jsonpath
