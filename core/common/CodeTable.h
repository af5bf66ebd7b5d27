// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <cstddef>
#include <optional>
#include <utility>

namespace loket::codes {

// An enum's stored codes as a table {{E::A, "a"}, …}: the code of a value, the
// value of a code (trimmed, case ignored), and every value in the table's order.
template <typename E, std::size_t N>
QString codeOf(const std::pair<E, const char *> (&table)[N], E value)
{
    for (const auto &[e, code] : table) {
        if (e == value)
            return QLatin1String(code);
    }
    return {};
}

template <typename E, std::size_t N>
std::optional<E> fromCode(const std::pair<E, const char *> (&table)[N], const QString &code)
{
    const QString c = code.trimmed().toLower();
    for (const auto &[e, name] : table) {
        if (c == QLatin1String(name))
            return e;
    }
    return std::nullopt;
}

template <typename E, std::size_t N>
QList<E> valuesOf(const std::pair<E, const char *> (&table)[N])
{
    QList<E> out;
    for (const auto &entry : table)
        out << entry.first;
    return out;
}

} // namespace loket::codes
