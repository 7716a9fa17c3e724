#include "server/Secrets.h"

#include <QList>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <openssl/sha.h>

namespace apd::server {

namespace {

constexpr int kSaltBytes = 16;
constexpr int kHashBytes = 32;
// Refuse stored costs that would let a crafted hash exhaust memory or time.
constexpr quint64 kMaxN = quint64(1) << 20;
constexpr quint64 kMaxRp = 64;
constexpr quint64 kMaxMemory = quint64(1) << 30;

QByteArray scrypt(const QByteArray& password, const QByteArray& salt, quint64 n, quint64 r, quint64 p)
{
    QByteArray out(kHashBytes, Qt::Uninitialized);
    if (EVP_PBE_scrypt(password.constData(), size_t(password.size()),
                       reinterpret_cast<const unsigned char*>(salt.constData()), size_t(salt.size()), n, r, p,
                       kMaxMemory, reinterpret_cast<unsigned char*>(out.data()), size_t(out.size())) != 1)
        return {};
    return out;
}

} // namespace

QByteArray Secrets::randomToken(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(raw.data()), bytes) != 1)
        qFatal("the system random generator failed");
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray Secrets::randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(raw.data()), bytes) != 1)
        qFatal("the system random generator failed");
    return raw.toHex();
}

QByteArray Secrets::sha256(const QByteArray& data)
{
    QByteArray out(SHA256_DIGEST_LENGTH, Qt::Uninitialized);
    SHA256(reinterpret_cast<const unsigned char*>(data.constData()), size_t(data.size()),
           reinterpret_cast<unsigned char*>(out.data()));
    return out;
}

QByteArray Secrets::sha1(const QByteArray& data)
{
    QByteArray out(SHA_DIGEST_LENGTH, Qt::Uninitialized);
    SHA1(reinterpret_cast<const unsigned char*>(data.constData()), size_t(data.size()),
         reinterpret_cast<unsigned char*>(out.data()));
    return out;
}

bool Secrets::equal(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size())
        return false;
    return CRYPTO_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

Result<QByteArray> Secrets::hashPassword(const QByteArray& password, quint64 n, quint64 r, quint64 p)
{
    QByteArray salt(kSaltBytes, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(salt.data()), kSaltBytes) != 1)
        return Error{QStringLiteral("random"), QStringLiteral("the system random generator failed")};
    const QByteArray hash = scrypt(password, salt, n, r, p);
    if (hash.isEmpty())
        return Error{QStringLiteral("kdf"), QStringLiteral("scrypt refused the cost parameters")};
    return QByteArray(QByteArray("scrypt$") + QByteArray::number(n) + '$' + QByteArray::number(r) + '$' +
                      QByteArray::number(p) + '$' + salt.toBase64() + '$' + hash.toBase64());
}

bool Secrets::verifyPassword(const QByteArray& password, const QByteArray& stored)
{
    const QList<QByteArray> parts = stored.split('$');
    if (parts.size() != 6 || parts[0] != "scrypt")
        return false;
    bool okN = false, okR = false, okP = false;
    const quint64 n = parts[1].toULongLong(&okN);
    const quint64 r = parts[2].toULongLong(&okR);
    const quint64 p = parts[3].toULongLong(&okP);
    if (!okN || !okR || !okP || n < 2 || n > kMaxN || r == 0 || r > kMaxRp || p == 0 || p > kMaxRp)
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts[4]);
    const QByteArray expected = QByteArray::fromBase64(parts[5]);
    const QByteArray actual = scrypt(password, salt, n, r, p);
    return !actual.isEmpty() && equal(actual, expected);
}

} // namespace apd::server
