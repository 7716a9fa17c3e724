#include "inspect/Inflater.h"

#include <zlib.h>

namespace apd::inspect {

Inflater::Status Inflater::inflate(const QByteArray& input, quint64 cap,
                                   const std::function<void(const char*, qint64)>& sink)
{
    z_stream z{};
    if (inflateInit(&z) != Z_OK)
        return Status::Corrupt;
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(input.constData()));
    z.avail_in = uInt(input.size());
    char out[64 * 1024];
    quint64 total = 0;
    Status status = Status::Corrupt;
    while (true) {
        z.next_out = reinterpret_cast<Bytef*>(out);
        z.avail_out = sizeof out;
        const int r = ::inflate(&z, Z_NO_FLUSH);
        const qint64 produced = qint64(sizeof out - z.avail_out);
        total += quint64(produced);
        if (total > cap) {
            status = Status::OverCap;
            break;
        }
        if (produced > 0)
            sink(out, produced);
        if (r == Z_STREAM_END) {
            status = Status::Ok;
            break;
        }
        if (r != Z_OK || (produced == 0 && z.avail_in == 0))
            break; // an error, or the input ended before the stream did
    }
    inflateEnd(&z);
    return status;
}

Inflater::Status Inflater::inflate(const QByteArray& input, quint64 cap, QByteArray& out)
{
    out.clear();
    return inflate(input, cap, [&](const char* d, qint64 n) { out.append(d, qsizetype(n)); });
}

} // namespace apd::inspect
