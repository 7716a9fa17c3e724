#include "inspect/JpegStructure.h"

namespace apd::inspect {

namespace {

constexpr int maxSegments = 65536; // a real file has tens; more is hostile

bool startsWith(const QByteArray& head, const char* sig, qsizetype length)
{
    return head.size() >= length && QByteArrayView(head.constData(), length) == QByteArrayView(sig, length);
}

bool isFrame(quint8 m)
{
    return m >= 0xC0 && m <= 0xCF && m != 0xC4 && m != 0xC8 && m != 0xCC;
}

} // namespace

JpegStructure JpegStructure::walk(ByteReader& reader)
{
    JpegStructure s;
    const auto fail = [&](const QString& code, const QString& message) {
        s.errorCode = code;
        s.errorMessage = message;
        return s;
    };
    unsigned char soi[2];
    if (!reader.read(0, 2, reinterpret_cast<char*>(soi)) || soi[0] != 0xFF || soi[1] != 0xD8)
        return fail(QStringLiteral("not-jpeg"), tr("The file does not start like a JPEG."));
    quint64 pos = 2;
    while (true) {
        if (s.segments.size() >= maxSegments)
            return fail(QStringLiteral("corrupt-data"), tr("The JPEG has more than %1 marker segments.").arg(maxSegments));
        quint8 b = 0;
        if (!reader.u8(pos, b))
            return fail(QStringLiteral("truncated"), tr("The JPEG ends after %1 bytes, before any image data.").arg(pos));
        if (b != 0xFF)
            return fail(QStringLiteral("corrupt-data"), tr("The JPEG has no marker where one must be (offset %1).").arg(pos));
        quint64 mpos = pos;
        quint8 m = 0xFF;
        while (m == 0xFF) { // fill bytes
            if (!reader.u8(++mpos, m))
                return fail(QStringLiteral("truncated"), tr("The JPEG ends inside a marker (offset %1).").arg(mpos));
        }
        if (m == 0x00)
            return fail(QStringLiteral("corrupt-data"), tr("The JPEG has an invalid marker at offset %1.").arg(pos));
        if (m == 0xD9)
            return fail(QStringLiteral("missing-image-data"), tr("The JPEG ends (EOI) before any image data."));
        if (m == 0xD8 || m == 0x01 || (m >= 0xD0 && m <= 0xD7)) { // stand-alone markers
            pos = mpos + 1;
            continue;
        }
        quint16 length = 0;
        if (!reader.be16(mpos + 1, length))
            return fail(QStringLiteral("truncated"), tr("The JPEG ends inside a segment header (offset %1).").arg(pos));
        if (length < 2)
            return fail(QStringLiteral("corrupt-data"), tr("A JPEG segment at offset %1 has an impossible length.").arg(pos));
        Segment seg;
        seg.marker = m;
        seg.offset = pos;
        seg.payloadOffset = mpos + 3;
        seg.payloadLength = length - 2u;
        seg.size = seg.payloadOffset + seg.payloadLength - pos;
        if (!reader.contains(seg.payloadOffset, seg.payloadLength))
            return fail(QStringLiteral("truncated"),
                        tr("A JPEG segment at offset %1 declares %2 bytes, more than the file holds.").arg(pos).arg(length));
        if (!reader.read(seg.payloadOffset, std::min<quint64>(seg.payloadLength, 96), seg.head, 96))
            return fail(QStringLiteral("truncated"), tr("The JPEG could not be read at offset %1.").arg(pos));
        if (m == 0xE1 && startsWith(seg.head, "Exif\0", 5))
            seg.kind = Kind::Exif;
        else if (m == 0xE1 && startsWith(seg.head, xmpSignature, xmpHeader))
            seg.kind = Kind::Xmp;
        else if (m == 0xE1 && startsWith(seg.head, extendedSignature, 35))
            seg.kind = Kind::ExtendedXmp;
        else if (m == 0xE2 && startsWith(seg.head, "ICC_PROFILE\0", 12))
            seg.kind = Kind::Icc;
        else if (m == 0xED && startsWith(seg.head, "Photoshop 3.0\0", 14))
            seg.kind = Kind::Photoshop;
        else if (m == 0xEE && startsWith(seg.head, "Adobe", 5))
            seg.kind = Kind::Adobe;
        else if (isFrame(m))
            seg.kind = Kind::Frame;
        else if (m == 0xDA)
            seg.kind = Kind::Scan;
        s.segments.append(seg);
        if (m == 0xDA) {
            s.scanOffset = pos;
            return s;
        }
        pos = seg.payloadOffset + seg.payloadLength;
    }
}

} // namespace apd::inspect
