#pragma once

#include "common/Result.h"

#include <QByteArray>

namespace apd::server {

// Random values, digests and password hashes, all from OpenSSL. Thread-safe.
class Secrets
{
public:
    // `bytes` random bytes from the system CSPRNG, as unpadded base64url (tokens) or hex (ids).
    static QByteArray randomToken(int bytes = 32);
    static QByteArray randomHex(int bytes = 16);
    static QByteArray sha256(const QByteArray& data);
    static QByteArray sha1(const QByteArray& data);
    // Compares in time independent of where the inputs differ.
    static bool equal(const QByteArray& a, const QByteArray& b);

    // "scrypt$N$r$p$salt$hash" (salt and hash base64): the cost travels with the hash.
    static Result<QByteArray> hashPassword(const QByteArray& password, quint64 n, quint64 r, quint64 p);
    static bool verifyPassword(const QByteArray& password, const QByteArray& stored);
};

} // namespace apd::server
