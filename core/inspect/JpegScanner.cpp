// The JPEG part of FormatScanners: walks the marker segments up to SOS.
#include "inspect/FormatScanners.h"

#include "inspect/IccProfile.h"
#include "inspect/JpegStructure.h"
#include "inspect/XmpCounter.h"

#include <QMap>

#include <algorithm>

namespace apd::inspect {

namespace {

struct ExtendedPiece
{
    quint32 fullLength = 0;
    quint32 offset = 0;
    XmpCounter::Piece piece;
};

// Looks for the end-of-image marker near the end, allowing a little trailing data. From the
// end backwards: it is nearly always in the last two bytes.
bool endsWithEoi(ByteReader& reader)
{
    unsigned char bytes[4096];
    const quint64 tail = std::min<quint64>(reader.size(), sizeof bytes);
    if (!reader.read(reader.size() - tail, tail, reinterpret_cast<char*>(bytes)))
        return false;
    for (quint64 i = tail; i >= 2; --i) {
        if (bytes[i - 1] == 0xD9 && bytes[i - 2] == 0xFF)
            return true;
    }
    return false;
}

} // namespace

void FormatScanners::scanJpeg(ByteReader& reader, InspectionReport& report, Level level)
{
    const JpegStructure s = JpegStructure::walk(reader);
    QList<QPair<int, JpegStructure::Segment>> icc;
    QMap<QByteArray, QList<ExtendedPiece>> extended; // by GUID
    QList<XmpCounter::Piece> standard;
    bool sawFrame = false;
    for (const JpegStructure::Segment& seg : s.segments) {
        const auto* h = reinterpret_cast<const unsigned char*>(seg.head.constData());
        switch (seg.kind) {
        case JpegStructure::Kind::Exif:
            report.exifSize += seg.payloadLength;
            break;
        case JpegStructure::Kind::Photoshop:
            report.iptcSize += seg.payloadLength;
            break;
        case JpegStructure::Kind::Xmp:
            report.xmpSize += seg.payloadLength - JpegStructure::xmpHeader;
            standard.append(
                {seg.payloadOffset + JpegStructure::xmpHeader, seg.payloadLength - JpegStructure::xmpHeader});
            break;
        case JpegStructure::Kind::ExtendedXmp:
            if (seg.payloadLength < quint64(JpegStructure::extendedHeader)) {
                report.addFinding(QStringLiteral("corrupt-data"), tr("An ExtendedXMP segment is too short to be one."));
                break;
            }
            {
                const quint64 dataLength = seg.payloadLength - JpegStructure::extendedHeader;
                ++report.extendedXmpSegments;
                report.extendedXmpSize += dataLength;
                report.xmpSize += dataLength;
                ExtendedPiece p{
                    be32(h + 67), be32(h + 71), {seg.payloadOffset + JpegStructure::extendedHeader, dataLength}};
                extended[seg.head.mid(35, 32)].append(p);
            }
            break;
        case JpegStructure::Kind::Icc:
            if (seg.payloadLength > 14)
                icc.append({h[12], seg});
            break;
        case JpegStructure::Kind::Adobe:
            if (seg.payloadLength >= 12)
                report.adobeTransform = h[11];
            break;
        case JpegStructure::Kind::Frame:
            if (sawFrame || seg.payloadLength < 6)
                break;
            sawFrame = true;
            report.bitDepth = h[0];
            report.height = be16(h + 1);
            report.width = be16(h + 3);
            report.channels = h[5];
            report.progressive = seg.marker == 0xC2 || seg.marker == 0xC6 || seg.marker == 0xCA || seg.marker == 0xCE;
            report.arithmetic = seg.marker >= 0xC9;
            report.colourModel = report.channels == 1   ? ColourModel::Grey
                                 : report.channels == 3 ? ColourModel::Rgb
                                 : report.channels == 4 ? ColourModel::Cmyk
                                                        : ColourModel::Other;
            if (seg.marker == 0xC3 || seg.marker == 0xC7 || seg.marker == 0xCB || seg.marker == 0xCF)
                report.addFinding(QStringLiteral("unsupported"),
                                  tr("The JPEG is lossless-coded, which few programs can show."));
            else if (report.bitDepth != 8)
                report.addFinding(
                    QStringLiteral("unsupported"),
                    tr("The JPEG has %1-bit samples; only 8-bit JPEGs display everywhere.").arg(report.bitDepth));
            if (report.width == 0 || report.height == 0)
                report.addFinding(QStringLiteral("bad-header"), tr("The JPEG declares a zero width or height."));
            break;
        default:
            break;
        }
    }
    if (!s.errorCode.isEmpty())
        report.addFinding(s.errorCode == QLatin1String("not-jpeg") ? QStringLiteral("unknown-format") : s.errorCode,
                          s.errorMessage);
    else if (!sawFrame)
        report.addFinding(QStringLiteral("bad-header"), tr("The JPEG has image data but no frame header."));
    else if (level == Level::Metadata && !endsWithEoi(reader))
        report.addFinding(QStringLiteral("truncated"),
                          tr("The JPEG has no end-of-image marker: the file is probably cut short."));

    // ICC: chunks in sequence order, assembled when small enough to describe.
    if (!icc.isEmpty()) {
        std::sort(icc.begin(), icc.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        report.iccPresent = true;
        quint64 total = 0;
        for (const auto& c : icc)
            total += c.second.payloadLength - 14;
        report.iccSize = total;
        if (total <= iccCap) {
            QByteArray profile;
            for (const auto& c : icc) {
                QByteArray part;
                if (reader.read(c.second.payloadOffset + 14, c.second.payloadLength - 14, part, iccCap))
                    profile.append(part);
            }
            report.iccDescription = IccProfile::description(profile);
        }
    }

    if (!standard.isEmpty())
        XmpCounter::count(reader, standard, false, level, report);
    for (auto it = extended.begin(); it != extended.end(); ++it) {
        QList<ExtendedPiece>& pieces = it.value();
        std::sort(pieces.begin(), pieces.end(), [](const auto& a, const auto& b) { return a.offset < b.offset; });
        // The pieces must tile [0, fullLength) exactly; anything else is a damaged packet.
        quint64 expected = 0;
        bool consistent = true;
        QList<XmpCounter::Piece> ordered;
        for (const ExtendedPiece& p : pieces) {
            consistent = consistent && p.offset == expected && p.fullLength == pieces.first().fullLength;
            expected = quint64(p.offset) + p.piece.length;
            ordered.append(p.piece);
        }
        consistent = consistent && expected == pieces.first().fullLength;
        if (!consistent)
            report.addFinding(QStringLiteral("corrupt-data"),
                              tr("The ExtendedXMP pieces do not add up to the length they declare (%1 bytes).")
                                  .arg(pieces.first().fullLength));
        XmpCounter::count(reader, ordered, false, consistent ? level : Level::Metadata, report);
    }
}

} // namespace apd::inspect
