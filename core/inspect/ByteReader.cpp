#include "inspect/ByteReader.h"

namespace apd::inspect {

namespace {
constexpr qint64 blockSize = 256 * 1024;
}

ByteReader::ByteReader(QIODevice& device) : m_device(device)
{
    const qint64 s = device.size();
    m_size = s > 0 ? quint64(s) : 0;
}

bool ByteReader::read(quint64 offset, quint64 length, char* out)
{
    if (!contains(offset, length))
        return false;
    if (length == 0)
        return true;
    if (!m_device.seek(qint64(offset)))
        return false;
    quint64 done = 0;
    while (done < length) {
        const qint64 n = m_device.read(out + done, qint64(length - done));
        if (n <= 0)
            return false; // the file shrank or failed under us
        done += quint64(n);
    }
    return true;
}

bool ByteReader::read(quint64 offset, quint64 length, QByteArray& out, quint64 cap)
{
    if (length > cap || !contains(offset, length))
        return false;
    out.resize(qsizetype(length));
    return read(offset, length, out.data());
}

bool ByteReader::stream(quint64 offset, quint64 length, const std::function<bool(const char*, qint64)>& sink)
{
    if (!contains(offset, length))
        return false;
    if (m_block.size() < blockSize)
        m_block.resize(blockSize);
    quint64 done = 0;
    while (done < length) {
        const qint64 n = qint64(std::min<quint64>(quint64(blockSize), length - done));
        if (!read(offset + done, quint64(n), m_block.data()))
            return false;
        if (!sink(m_block.constData(), n))
            return false;
        done += quint64(n);
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
