// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/Error.h"

namespace loket {

Q_LOGGING_CATEGORY(lcErrorDetail, "loket.detail")

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Unknown: return QStringLiteral("unknown");
    case ErrorCode::InvalidInput: return QStringLiteral("invalid_input");
    case ErrorCode::NotFound: return QStringLiteral("not_found");
    case ErrorCode::Conflict: return QStringLiteral("conflict");
    case ErrorCode::PermissionDenied: return QStringLiteral("permission_denied");
    case ErrorCode::AuthenticationFailed: return QStringLiteral("authentication_failed");
    case ErrorCode::AccountLocked: return QStringLiteral("account_locked");
    case ErrorCode::NotADatabase: return QStringLiteral("not_a_database");
    case ErrorCode::NewerSchema: return QStringLiteral("newer_schema");
    case ErrorCode::ReadOnly: return QStringLiteral("read_only");
    case ErrorCode::MissingFolder: return QStringLiteral("missing_folder");
    case ErrorCode::Locked: return QStringLiteral("locked");
    case ErrorCode::DiskFull: return QStringLiteral("disk_full");
    case ErrorCode::Io: return QStringLiteral("io");
    case ErrorCode::Nothing: return QStringLiteral("nothing");
    case ErrorCode::InvalidState: return QStringLiteral("invalid_state");
    case ErrorCode::Unreachable: return QStringLiteral("unreachable");
    }
    return QStringLiteral("unknown");
}

} // namespace loket
