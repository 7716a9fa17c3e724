#include "inspect/ByteReader.h"

#include <QFileDevice>

#include <algorithm>
#include <cerrno>
#include <cstring>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace apd::inspect {

namespace {

// Reads at most this long go through the small window: the headers of JPEG segments and PNG
// chunks, a few of which usually share one read.
constexpr quint64 smallRead = 256;

// The block of the last reader of this thread, for the next one: a scan of many files
// allocates (and faults in) its block once.
thread_local std::unique_ptr<char[]> spareBlock;

} // namespace

ByteReader::ByteReader(QIODevice& device) : m_device(device)
{
    const qint64 s = device.size();
    m_size = s > 0 ? quint64(s) : 0;
#ifdef Q_OS_UNIX
    // Not a file open for writing too: what it buffers would not be seen by pread.
    if (auto* file = qobject_cast<QFileDevice*>(&device);
        file && !file->isSequential() && !file->openMode().testFlag(QIODevice::WriteOnly))
        m_fd = file->handle();
#endif
}

ByteReader::~ByteReader()
{
    if (m_block && !spareBlock)
        spareBlock = std::move(m_block);
}

char* ByteReader::block()
{
    if (!m_block)
        m_block = spareBlock ? std::move(spareBlock) : std::make_unique_for_overwrite<char[]>(blockSize);
    return m_block.get();
}

bool ByteReader::fetch(quint64 offset, quint64 length, char* out)
{
    return fetchSome(offset, length, length, out) == length;
}

quint64 ByteReader::fetchSome(quint64 offset, quint64 length, quint64 needed, char* out)
{
    quint64 done = 0;
#ifdef Q_OS_UNIX
    if (m_fd >= 0) {
        while (done < length) {
            const ssize_t n = ::pread(m_fd, out + done, size_t(length - done), off_t(offset + done));
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                break; // the file shrank or failed under us
            done += quint64(n);
        }
        return done >= needed ? done : 0;
    }
#endif
    if (!m_device.seek(qint64(offset)))
        return 0;
    while (done < length) {
        const qint64 n = m_device.read(out + done, qint64(length - done));
        if (n <= 0)
            break;
        done += quint64(n);
    }
    return done >= needed ? done : 0;
}

bool ByteReader::read(quint64 offset, quint64 length, char* out)
{
    if (!contains(offset, length))
        return false;
    if (length == 0)
        return true;
    if (m_blockWindow.covers(offset, length)) {
        std::memcpy(out, m_block.get() + (offset - m_blockWindow.offset), size_t(length));
        return true;
    }
    if (!m_headWindow.covers(offset, length)) {
        if (length > smallRead)
            return fetch(offset, length, out);
        m_headWindow = {};
        const quint64 n = fetchSome(offset, std::min(headSize, m_size - offset), length, m_head);
        if (n == 0)
            return false;
        m_headWindow = {offset, n};
    }
    std::memcpy(out, m_head + (offset - m_headWindow.offset), size_t(length));
    return true;
}

bool ByteReader::read(quint64 offset, quint64 length, QByteArray& out, quint64 cap)
{
    if (length > cap || !contains(offset, length))
        return false;
    out.resize(qsizetype(length));
    return read(offset, length, out.data());
}

bool ByteReader::stream(quint64 offset, quint64 length, const std::function<bool(const char*, qint64)>& sink,
                        quint64 readAheadTo)
{
    if (!contains(offset, length))
        return false;
    if (length > 0 && m_headWindow.covers(offset, length)) // a small packet among the headers
        return sink(m_head + (offset - m_headWindow.offset), qint64(length));
    const quint64 end = offset + length;
    const quint64 fillEnd = std::min(std::max(end, readAheadTo), m_size);
    while (offset < end) {
        if (!m_blockWindow.covers(offset, 1)) {
            char* b = block();
            const quint64 want = std::min(blockSize, fillEnd - offset);
            m_blockWindow = {};
            const quint64 n = fetchSome(offset, want, std::min(want, end - offset), b);
            if (n == 0)
                return false;
            m_blockWindow = {offset, n};
        }
        const quint64 at = offset - m_blockWindow.offset;
        const quint64 n = std::min(m_blockWindow.length - at, end - offset);
        if (!sink(m_block.get() + at, qint64(n)))
            return false;
        offset += n;
    }
    return true;
}

bool ByteReader::u8(quint64 offset, quint8& v)
{
    char c = 0;
    if (!read(offset, 1, &c))
        return false;
    v = quint8(c);
    return true;
}

bool ByteReader::be16(quint64 offset, quint16& v)
{
    unsigned char b[2];
    if (!read(offset, 2, reinterpret_cast<char*>(b)))
        return false;
    v = inspect::be16(b);
    return true;
}

bool ByteReader::be32(quint64 offset, quint32& v)
{
    unsigned char b[4];
    if (!read(offset, 4, reinterpret_cast<char*>(b)))
        return false;
    v = inspect::be32(b);
    return true;
}

bool ByteReader::be64(quint64 offset, quint64& v)
{
    unsigned char b[8];
    if (!read(offset, 8, reinterpret_cast<char*>(b)))
        return false;
    v = (quint64(inspect::be32(b)) << 32) | inspect::be32(b + 4);
    return true;
}

} // namespace apd::inspect
