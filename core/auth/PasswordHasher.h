// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace loket {

// Argon2id password hashes (libsodium, interactive limits). The hash string
// carries its own salt and parameters, so it is all that is stored.
class PasswordHasher {
    Q_DECLARE_TR_FUNCTIONS(PasswordHasher)
public:
    static Result<QString> hash(const QString &password);
    // False for a wrong password and for a damaged or empty hash.
    static bool verify(const QString &hash, const QString &password);
    // True when the hash was made with other limits than today's.
    static bool needsRehash(const QString &hash);
    // Spends the time of one verification, so an unknown user name answers
    // as slowly as a known one.
    static void verifyNothing(const QString &password);
};

} // namespace loket
