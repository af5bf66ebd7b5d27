// SPDX-FileCopyrightText: 2026 Loket developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/auth/PasswordHasher.h"

#include <QByteArray>

#include <sodium.h>

namespace loket {

namespace {

// The hash of a random password nobody knows, made with the same limits as
// real hashes, so verifying against it costs the same time.
constexpr char kDummyHash[]
    = "$argon2id$v=19$m=65536,t=2,p=1$6xRsFleQ0Fe0jADyEoKSbA$XOt/RRBfBVW3CFzr6AG648XHGQLk9hdn5Ix3bt5okr4";

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

// The clear password lives in this buffer only as long as needed.
class SecretBytes {
public:
    explicit SecretBytes(const QString &s)
        : m_bytes(s.toUtf8())
    {
    }
    ~SecretBytes()
    {
        if (!m_bytes.isEmpty())
            sodium_memzero(m_bytes.data(), size_t(m_bytes.size()));
    }
    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;
    const char *data() const { return m_bytes.constData(); }
    unsigned long long size() const { return static_cast<unsigned long long>(m_bytes.size()); }

private:
    QByteArray m_bytes;
};

} // namespace

Result<QString> PasswordHasher::hash(const QString &password)
{
    if (!sodiumReady()) {
        return makeError(ErrorCode::Unknown,
                         tr("The password library could not start. Reinstall Loket or ask the administrator."));
    }
    SecretBytes secret(password);
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, secret.data(), secret.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0) {
        return makeError(ErrorCode::Unknown,
                         tr("The computer ran out of memory while protecting the password. Close other programs "
                            "and try again."));
    }
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &hash, const QString &password)
{
    if (!sodiumReady() || hash.isEmpty())
        return false;
    const QByteArray stored = hash.toLatin1();
    SecretBytes secret(password);
    return crypto_pwhash_str_verify(stored.constData(), secret.data(), secret.size()) == 0;
}

bool PasswordHasher::needsRehash(const QString &hash)
{
    if (!sodiumReady())
        return false;
    const QByteArray stored = hash.toLatin1();
    // -1 means the string is not an Argon2id hash at all: replace it too.
    return crypto_pwhash_str_needs_rehash(stored.constData(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                                          crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0;
}

void PasswordHasher::verifyNothing(const QString &password)
{
    (void)verify(QString::fromLatin1(kDummyHash), password);
}

} // namespace loket
