#pragma once

#include <QString>

#include <cstddef>

namespace apd::server {

// Appends the bytes of one upload request to its file, from a given offset. Whole aligned
// blocks go with direct I/O where the file system takes it: copying a multi-gigabyte upload
// through the page cache was the largest cost of ingest when profiled, and it would push the
// portal's working set out of memory. Bytes off the block grid (the start of a resumed
// upload, the tail before a checkpoint) go through the ordinary descriptor. Durability stays
// the caller's: flush(), then fdatasync() on its descriptor.
class UploadWriter
{
public:
    enum class Mode
    {
        Direct,   // direct I/O where possible, the page cache otherwise
        Buffered, // always the page cache
    };

    // `fd`: open for writing (not owned). `path`: the same file, opened again for direct I/O.
    UploadWriter(int fd, const QString& path, qint64 offset, qint64 capacity, Mode mode = Mode::Direct);
    ~UploadWriter();
    UploadWriter(const UploadWriter&) = delete;
    UploadWriter& operator=(const UploadWriter&) = delete;

    // False on a write error: the bytes from written() on are not on disk.
    bool append(const char* data, size_t size);
    // Writes every byte appended so far.
    bool flush();

    qint64 written() const { return m_start; }
    bool direct() const { return m_direct >= 0; }

    static constexpr qint64 blockSize = 4096; // a multiple of any device's logical block

private:
    bool writeOut(bool all);
    void dropFront(qint64 n);

    int m_fd;
    int m_direct = -1;
    char* m_buffer = nullptr; // aligned to blockSize, for direct I/O
    qint64 m_capacity;
    qint64 m_start; // file offset of m_buffer[0]
    qint64 m_length = 0;
};

} // namespace apd::server
