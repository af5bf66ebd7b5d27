// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/auth/PasswordHasher.h"
#include "core/auth/UserService.h"

#include <catch2/catch.hpp>

using namespace loket;

TEST_CASE("a password hash is not the password and verifies only the right password")
{
    const QString password = QStringLiteral("Pelayanan Prima 2026");
    auto hash = PasswordHasher::hash(password);
    REQUIRE(hash.ok());
    CHECK_FALSE(hash->contains(password));
    CHECK(hash->startsWith(QLatin1String("$argon2id$")));
    CHECK(PasswordHasher::verify(hash.value(), password));
    CHECK_FALSE(PasswordHasher::verify(hash.value(), QStringLiteral("pelayanan prima 2026")));
    CHECK_FALSE(PasswordHasher::verify(hash.value(), QString()));
    CHECK_FALSE(PasswordHasher::needsRehash(hash.value()));

    // A fresh salt each time: equal passwords do not give equal hashes.
    auto again = PasswordHasher::hash(password);
    REQUIRE(again.ok());
    CHECK(again.value() != hash.value());
}

TEST_CASE("a damaged or empty hash never verifies and is due for renewal")
{
    CHECK_FALSE(PasswordHasher::verify(QString(), QStringLiteral("anything goes")));
    CHECK_FALSE(PasswordHasher::verify(QStringLiteral("plain text password"), QStringLiteral("plain text password")));
    CHECK(PasswordHasher::needsRehash(QStringLiteral("plain text password")));
    // Made by libsodium with the minimum limits (the password is "Kecamatan2026").
    const QString weak
        = QStringLiteral("$argon2id$v=19$m=8,t=1,p=1$7xKpKPCCvdVoh6DavviMmw$U9HaLhyVZBinSTEZglge1ohBVB6AKL5Ku7HEx1cEqnE");
    CHECK(PasswordHasher::verify(weak, QStringLiteral("Kecamatan2026")));
    CHECK(PasswordHasher::needsRehash(weak));
}

TEST_CASE("password rules: at least 8 characters and not the user name")
{
    CHECK_FALSE(UserService::passwordProblem(QStringLiteral("1234567")).isEmpty());
    CHECK(UserService::passwordProblem(QStringLiteral("12345678")).isEmpty());
    // Characters are counted, not bytes: 8 letters with accents are enough.
    CHECK(UserService::passwordProblem(QStringLiteral("éééééééé")).isEmpty());
    CHECK_FALSE(UserService::passwordProblem(QStringLiteral("Siti.Rahma"), QStringLiteral("siti.rahma")).isEmpty());
    CHECK(UserService::passwordProblem(QStringLiteral("siti.rahma.2026"), QStringLiteral("siti.rahma")).isEmpty());
    CHECK(UserService::passwordProblem(QStringLiteral("1234567")).contains(QLatin1String("8 characters")));
}

TEST_CASE("user name rules: 3 to 32 of a-z 0-9 dot underscore hyphen")
{
    CHECK(UserService::usernameProblem(QStringLiteral("siti.rahma")).isEmpty());
    CHECK(UserService::usernameProblem(QStringLiteral("budi_2")).isEmpty());
    CHECK(UserService::usernameProblem(QStringLiteral("Ani-K")).isEmpty()); // taken as "ani-k"
    CHECK_FALSE(UserService::usernameProblem(QStringLiteral("ab")).isEmpty());
    CHECK_FALSE(UserService::usernameProblem(QString(33, QLatin1Char('a'))).isEmpty());
    CHECK(UserService::usernameProblem(QString(32, QLatin1Char('a'))).isEmpty());
    CHECK_FALSE(UserService::usernameProblem(QStringLiteral("siti rahma")).isEmpty());
    CHECK_FALSE(UserService::usernameProblem(QStringLiteral("siti@kecamatan")).isEmpty());
    CHECK_FALSE(UserService::usernameProblem(QStringLiteral("dédé")).isEmpty());
}

TEST_CASE("a NIP is empty or 18 digits")
{
    CHECK(UserService::nipProblem(QString()).isEmpty());
    CHECK(UserService::nipProblem(QStringLiteral("198503122010012001")).isEmpty());
    CHECK(UserService::nipProblem(QStringLiteral("19850312 201001 2 001")).isEmpty());
    CHECK_FALSE(UserService::nipProblem(QStringLiteral("19850312201001200")).isEmpty());
    CHECK_FALSE(UserService::nipProblem(QStringLiteral("19850312201001200X")).isEmpty());
}
