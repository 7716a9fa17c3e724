#pragma once

#include <QByteArray>
#include <QIODevice>

#include <cstdint>
#include <functional>

namespace apd::inspect {

// Bounded random access to the bytes of an open, seekable device (a file, or a buffer in
// tests and fuzzers). Every read is checked against the size known at construction, so a
// length read from a header is never trusted beyond the end of the data. Not thread-safe.
class ByteReader
{
public:
    explicit ByteReader(QIODevice& device);

    quint64 size() const { return m_size; }

    // Reads exactly `length` bytes at `offset` into `out`; false when they are not all there.
    bool read(quint64 offset, quint64 length, char* out);
    // As above into a QByteArray; refuses (false) above `cap` bytes without allocating.
    bool read(quint64 offset, quint64 length, QByteArray& out, quint64 cap);
    // Streams [offset, offset + length) in blocks of at most 256 KiB to `sink`; false when the
    // data ends early or the sink returns false.
    bool stream(quint64 offset, quint64 length, const std::function<bool(const char*, qint64)>& sink);

    bool u8(quint64 offset, quint8& v);
    bool be16(quint64 offset, quint16& v);
    bool be32(quint64 offset, quint32& v);
    bool be64(quint64 offset, quint64& v);

    bool contains(quint64 offset, quint64 length) const { return offset <= m_size && length <= m_size - offset; }

private:
    QIODevice& m_device;
    quint64 m_size = 0;
    QByteArray m_block;
};

inline quint16 be16(const unsigned char* p)
{
    return quint16((p[0] << 8) | p[1]);
}
inline quint32 be32(const unsigned char* p)
{
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

} // namespace apd::inspect
