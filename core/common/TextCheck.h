// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace loket {

// The one check of names and texts that come from a person or a file (imports,
// forms): no NUL, no control character (a multi-line text may hold tabs and
// line breaks), no invisible byte order mark (U+FEFF) — a name made only of a
// BOM looks empty in every list and cannot be found again.
class TextCheck
{
    Q_DECLARE_TR_FUNCTIONS(TextCheck)
public:
    enum class Kind {
        Line, // a name, a code, a short text: one line
        MultiLine, // a description or notes: tab, LF and CR LF allowed
    };

    // What is wrong with the text, translated ("holds a control character
    // (U+0007) at position 4"), or nothing when it may be stored.
    static std::optional<QString> problem(const QString &text, Kind kind = Kind::Line);

    // As problem(), as an InvalidInput error naming the field:
    // "The name holds …. Type it again without it."
    static Status check(const QString &text, const QString &fieldName, Kind kind = Kind::Line);

    // A piece of a file quoted in a message: control characters and the BOM
    // shown as <U+0007>, at most 60 characters, so a message never carries
    // raw bytes from a file to the screen or the terminal.
    static QString quote(const QString &fromFile);
};

} // namespace loket
