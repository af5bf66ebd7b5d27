// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>
#include <QString>

namespace loket {

// What went wrong, as data. `message` is already translated into the
// user's language and says what happened and what to do about it.
enum class ErrorCode {
    Unknown,
    InvalidInput,      // a value the user typed or a file held is not acceptable
    NotFound,
    Conflict,          // duplicate, or state changed meanwhile
    PermissionDenied,
    AuthenticationFailed,
    AccountLocked,
    NotADatabase,      // the file is not a Loket/SQLite database or is corrupt
    NewerSchema,       // the database was written by a newer Loket
    ReadOnly,
    MissingFolder,
    Locked,            // another process holds the database
    DiskFull,
    Io,                // other storage or file error
    Nothing,           // nothing to do (e.g. no ticket waiting)
    InvalidState,      // an action not allowed in the current state
    Unreachable,       // the database server cannot be reached (restarted, network down)
};

struct Error {
    ErrorCode code = ErrorCode::Unknown;
    QString message;
    // The technical detail (the database driver's English text, a file's raw
    // bytes, …) for the log and for `loketctl --verbose`; never shown as the
    // message. Empty when there is none.
    QString detail = {};
};

// Stable machine name of an error code, for --json output and logs.
QString errorCodeName(ErrorCode code);

// Where an Error's technical detail is logged ("loket.detail"): the GUI's
// standard error / journal; loketctl shows it only with --verbose.
Q_DECLARE_LOGGING_CATEGORY(lcErrorDetail)

} // namespace loket
