#pragma once

#include <QByteArray>
#include <QIODevice>

#include <cstdint>
#include <functional>
#include <memory>

namespace apd::inspect {

// Bounded random access to the bytes of an open, seekable device (a file, or a buffer in
// tests and fuzzers). Every read is checked against the size known at construction, so a
// length read from a header is never trusted beyond the end of the data. Not thread-safe.
// A file is read with pread (no seek, no second buffer in QFile); the bytes last read are kept
// in two windows, a small one for headers and a block for streams, and reads they cover cost
// no system call. The windows are a snapshot: a file changed under the reader is for the
// caller to notice (Inspector compares its size and time before and after).
class ByteReader
{
public:
    explicit ByteReader(QIODevice& device);
    ~ByteReader();
    ByteReader(const ByteReader&) = delete;
    ByteReader& operator=(const ByteReader&) = delete;

    quint64 size() const { return m_size; }

    // Reads exactly `length` bytes at `offset` into `out`; false when they are not all there.
    bool read(quint64 offset, quint64 length, char* out);
    // As above into a QByteArray; refuses (false) above `cap` bytes without allocating.
    bool read(quint64 offset, quint64 length, QByteArray& out, quint64 cap);
    // Streams [offset, offset + length) in blocks of at most 256 KiB to `sink`; false when the
    // data ends early or the sink returns false. `readAheadTo`: the caller will stream up to
    // there next (pieces of one packet with headers between), so a block may be filled that
    // far in one read and the next stream served from it. A sink must not stream from this
    // reader (the block it is given would be overwritten).
    bool stream(quint64 offset, quint64 length, const std::function<bool(const char*, qint64)>& sink,
                quint64 readAheadTo = 0);

    bool u8(quint64 offset, quint8& v);
    bool be16(quint64 offset, quint16& v);
    bool be32(quint64 offset, quint32& v);
    bool be64(quint64 offset, quint64& v);

    bool contains(quint64 offset, quint64 length) const { return offset <= m_size && length <= m_size - offset; }

    static constexpr quint64 blockSize = 256 * 1024;

private:
    // Reads straight from the file or the device, bypassing the windows.
    bool fetch(quint64 offset, quint64 length, char* out);
    // As much of `length` as there is, at least `needed` bytes (else 0): a window filled past
    // what was asked must not fail a read of bytes that are there.
    quint64 fetchSome(quint64 offset, quint64 length, quint64 needed, char* out);
    char* block();

    struct Window
    {
        quint64 offset = 0;
        quint64 length = 0;
        bool covers(quint64 o, quint64 n) const { return o >= offset && n <= length && o - offset <= length - n; }
    };

    QIODevice& m_device;
    int m_fd = -1;
    quint64 m_size = 0;
    static constexpr quint64 headSize = 1024;
    char m_head[headSize];
    Window m_headWindow;
    std::unique_ptr<char[]> m_block;
    Window m_blockWindow;
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
