#include "server/UploadWriter.h"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

namespace apd::server {

namespace {

bool pwriteAll(int fd, const char* data, qint64 size, qint64 offset)
{
    while (size > 0) {
        const ssize_t n = ::pwrite(fd, data, size_t(size), off_t(offset));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        if (n == 0) {
            errno = EIO;
            return false;
        }
        data += n;
        size -= n;
        offset += n;
    }
    return true;
}

} // namespace

UploadWriter::UploadWriter(int fd, const QString& path, qint64 offset, qint64 capacity, Mode mode)
    : m_fd(fd), m_capacity(std::max<qint64>(blockSize, capacity / blockSize * blockSize)), m_start(offset)
{
    m_buffer = static_cast<char*>(std::aligned_alloc(size_t(blockSize), size_t(m_capacity)));
#ifdef O_DIRECT
    // A file system without direct I/O (tmpfs on older kernels) refuses the open: the page
    // cache then takes everything.
    if (mode == Mode::Direct && m_buffer)
        m_direct = ::open(path.toLocal8Bit().constData(), O_WRONLY | O_DIRECT | O_CLOEXEC);
#else
    Q_UNUSED(path);
    Q_UNUSED(mode);
#endif
}

UploadWriter::~UploadWriter()
{
    if (m_direct >= 0)
        ::close(m_direct);
    std::free(m_buffer);
}

bool UploadWriter::append(const char* data, size_t size)
{
    if (!m_buffer)
        return false;
    while (size > 0) {
        const qint64 n = std::min<qint64>(qint64(size), m_capacity - m_length);
        std::memcpy(m_buffer + m_length, data, size_t(n));
        m_length += n;
        data += n;
        size -= size_t(n);
        if (m_length == m_capacity && !writeOut(false))
            return false;
    }
    return true;
}

bool UploadWriter::flush()
{
    return m_buffer && writeOut(true);
}

// Writes what the buffer holds: all of it, or (all == false) as much as goes in whole blocks,
// keeping the rest at the front of the buffer for the next call.
bool UploadWriter::writeOut(bool all)
{
    if (m_direct >= 0 && m_start % blockSize != 0) {
        // Up to the block grid through the page cache; from there on in whole blocks.
        const qint64 head = std::min(m_length, blockSize - m_start % blockSize);
        if (!pwriteAll(m_fd, m_buffer, head, m_start))
            return false;
        dropFront(head);
    }
    if (m_direct >= 0) {
        const qint64 blocks = m_length / blockSize * blockSize;
        if (blocks > 0) {
            if (!pwriteAll(m_direct, m_buffer, blocks, m_start)) {
                if (errno != EINVAL)
                    return false;
                // The file system took the open but not the write: no direct I/O from here on.
                ::close(m_direct);
                m_direct = -1;
                if (!pwriteAll(m_fd, m_buffer, blocks, m_start))
                    return false;
            }
            dropFront(blocks);
        }
        if (!all)
            return true;
    }
    if (m_length > 0 && !pwriteAll(m_fd, m_buffer, m_length, m_start))
        return false;
    dropFront(m_length);
    return true;
}

void UploadWriter::dropFront(qint64 n)
{
    if (n < m_length)
        std::memmove(m_buffer, m_buffer + n, size_t(m_length - n));
    m_length -= n;
    m_start += n;
}

} // namespace apd::server
