#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

struct evp_md_ctx_st;

namespace apd::transfer {

// An incremental digest over OpenSSL's EVP (SHA-256 by default; SHA-1 and MD5 for tus
// checksum headers). Copyable: a copy is a snapshot that can go on independently, which is
// how an upload keeps the hash of the confirmed prefix while the next part is in flight.
class ContentHash
{
public:
    // `algorithm`: an OpenSSL digest name ("SHA256", "SHA1", "MD5"). An unknown name leaves
    // the object invalid (valid() false).
    explicit ContentHash(const char* algorithm = "SHA256");
    ~ContentHash();
    ContentHash(const ContentHash& other);
    ContentHash& operator=(const ContentHash& other);

    bool valid() const { return m_ctx != nullptr; }
    void add(const char* data, qint64 size);
    // The digest of what was added so far; the object can go on being fed afterwards.
    QByteArray digest() const;
    QString hex() const { return QString::fromLatin1(digest().toHex()); }

    // Hashes `size` bytes of `path` from `offset` into this object, streaming from disk.
    Result<bool> addFile(const QString& path, qint64 offset, qint64 size);
    // The SHA-256 (lowercase hex) of a whole file.
    static Result<QString> sha256OfFile(const QString& path);

private:
    evp_md_ctx_st* m_ctx = nullptr;
};

} // namespace apd::transfer
