#include "inspect/IccProfile.h"

#include "inspect/ByteReader.h"

namespace apd::inspect {

namespace {
constexpr int maxDescription = 256; // characters kept for a report
}

QString IccProfile::description(const QByteArray& icc)
{
    const auto* d = reinterpret_cast<const unsigned char*>(icc.constData());
    const quint64 size = quint64(icc.size());
    if (size < 132)
        return {};
    const quint32 count = be32(d + 128);
    if (count > (size - 132) / 12)
        return {};
    for (quint32 i = 0; i < count; ++i) {
        const unsigned char* e = d + 132 + 12 * i;
        if (QByteArrayView(reinterpret_cast<const char*>(e), 4) != "desc")
            continue;
        const quint64 offset = be32(e + 4);
        const quint64 length = be32(e + 8);
        if (offset > size || length > size - offset || length < 12)
            return {};
        const unsigned char* t = d + offset;
        const QByteArrayView type(reinterpret_cast<const char*>(t), 4);
        if (type == "desc") {
            const quint64 n = be32(t + 8);
            if (n > length - 12)
                return {};
            QByteArrayView text(reinterpret_cast<const char*>(t + 12), qsizetype(n));
            const qsizetype nul = text.indexOf('\0');
            if (nul >= 0)
                text = text.first(nul);
            return QString::fromLatin1(text.first(std::min<qsizetype>(text.size(), maxDescription))).trimmed();
        }
        if (type == "mluc") {
            const quint64 records = be32(t + 8);
            const quint64 recordSize = be32(t + 12);
            if (records == 0 || recordSize < 12 || 16 + recordSize > length)
                return {};
            const quint64 len = be32(t + 16 + 4);
            const quint64 off = be32(t + 16 + 8);
            if (off > length || len > length - off)
                return {};
            QString s;
            for (quint64 k = 0; k + 1 < len && s.size() < maxDescription; k += 2)
                s.append(QChar(be16(t + off + k)));
            return s.trimmed();
        }
        return {};
    }
    return {};
}

} // namespace apd::inspect
