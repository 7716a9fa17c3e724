#include "transfer/ContentHash.h"

#include <QFile>

#include <openssl/evp.h>

#include <memory>

namespace apd::transfer {

ContentHash::ContentHash(const char* algorithm)
{
    const EVP_MD* md = EVP_get_digestbyname(algorithm);
    if (!md)
        return;
    m_ctx = EVP_MD_CTX_new();
    if (m_ctx && EVP_DigestInit_ex(m_ctx, md, nullptr) != 1) {
        EVP_MD_CTX_free(m_ctx);
        m_ctx = nullptr;
    }
}

ContentHash::~ContentHash()
{
    EVP_MD_CTX_free(m_ctx);
}

ContentHash::ContentHash(const ContentHash& other)
{
    if (other.m_ctx) {
        m_ctx = EVP_MD_CTX_new();
        if (m_ctx && EVP_MD_CTX_copy_ex(m_ctx, other.m_ctx) != 1) {
            EVP_MD_CTX_free(m_ctx);
            m_ctx = nullptr;
        }
    }
}

ContentHash& ContentHash::operator=(const ContentHash& other)
{
    if (this != &other) {
        ContentHash copy(other);
        std::swap(m_ctx, copy.m_ctx);
    }
    return *this;
}

void ContentHash::add(const char* data, qint64 size)
{
    if (m_ctx && size > 0)
        EVP_DigestUpdate(m_ctx, data, static_cast<size_t>(size));
}

QByteArray ContentHash::digest() const
{
    if (!m_ctx)
        return {};
    // Finalising consumes a context: finalise a copy so this one can go on.
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> copy(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    if (!copy || EVP_MD_CTX_copy_ex(copy.get(), m_ctx) != 1)
        return {};
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(copy.get(), out, &length) != 1)
        return {};
    return QByteArray(reinterpret_cast<const char*>(out), static_cast<qsizetype>(length));
}

Result<bool> ContentHash::addFile(const QString& path, qint64 offset, qint64 size)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return Error{QStringLiteral("file-unreadable"), file.errorString()};
    if (!file.seek(offset))
        return Error{QStringLiteral("file-unreadable"), file.errorString()};
    // A fixed buffer: never a whole file, never a whole chunk in memory.
    constexpr qint64 BufferSize = 1 << 20;
    const std::unique_ptr<char[]> buffer(new char[BufferSize]);
    qint64 left = size;
    while (left > 0) {
        const qint64 n = file.read(buffer.get(), std::min(left, BufferSize));
        if (n <= 0)
            return Error{QStringLiteral("file-truncated"), QStringLiteral("The file ended early or could not be read.")};
        add(buffer.get(), n);
        left -= n;
    }
    return true;
}

Result<QString> ContentHash::sha256OfFile(const QString& path)
{
    ContentHash hash;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("file-unreadable"), file.errorString()};
    const Result<bool> r = hash.addFile(path, 0, file.size());
    if (!r)
        return r.error();
    return hash.hex();
}

} // namespace apd::transfer
