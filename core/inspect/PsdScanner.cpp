// The PSD/PSB part of FormatScanners: the header, image resources (XMP, ICC, IPTC, Exif) and,
// when cheap, the layer count. Pixel data is never read (only its size checked).
#include "inspect/FormatScanners.h"

#include "inspect/IccProfile.h"
#include "inspect/XmpCounter.h"

namespace apd::inspect {

namespace {

constexpr int maxResources = 100000;

// The merged image data closes the file: raw or RLE sizes are known from the header and the
// RLE byte-count table, so a file cut short shows without reading a pixel.
void checkImageData(ByteReader& reader, InspectionReport& report, quint64 at, bool psb)
{
    quint16 compression = 0;
    if (!reader.be16(at, compression)) {
        report.addFinding(QStringLiteral("truncated"), FormatScanners::tr("The Photoshop file ends before its image data."));
        return;
    }
    const quint64 rows = quint64(report.height) * quint64(report.channels);
    quint64 need = 0;
    if (compression == 0) {
        need = (quint64(report.width) * quint64(report.bitDepth) + 7) / 8 * rows;
    } else if (compression == 1) {
        const quint64 entry = psb ? 4 : 2;
        QByteArray table;
        if (!reader.read(at + 2, rows * entry, table, rows * entry)) {
            report.addFinding(QStringLiteral("truncated"), FormatScanners::tr("The Photoshop file ends inside its image data."));
            return;
        }
        const auto* t = reinterpret_cast<const unsigned char*>(table.constData());
        need = rows * entry;
        for (quint64 i = 0; i < rows; ++i)
            need += psb ? be32(t + i * 4) : be16(t + i * 2);
    } else {
        return; // ZIP-compressed: its size is not written down
    }
    if (!reader.contains(at + 2, need))
        report.addFinding(QStringLiteral("truncated"), FormatScanners::tr("The Photoshop file ends inside its image data."));
}

} // namespace

void FormatScanners::scanPsd(ByteReader& reader, InspectionReport& report, Level level)
{
    unsigned char h[26];
    if (!reader.read(0, 26, reinterpret_cast<char*>(h))) {
        report.addFinding(QStringLiteral("truncated"), tr("The PSD ends inside its header."));
        return;
    }
    const int version = be16(h + 4);
    const bool psb = version == 2;
    const int channels = be16(h + 12);
    const quint32 height = be32(h + 14);
    const quint32 width = be32(h + 18);
    const int depth = be16(h + 22);
    const int mode = be16(h + 24);
    const quint32 maxSide = psb ? 300000 : 30000;
    report.format = psb ? ImageFormat::Psb : ImageFormat::Psd;
    report.psdVersion = version;
    if ((version != 1 && version != 2) || channels < 1 || channels > 56 || width < 1 || height < 1 || width > maxSide
        || height > maxSide || (depth != 1 && depth != 8 && depth != 16 && depth != 32) || mode > 9) {
        report.addFinding(QStringLiteral("bad-header"),
                          tr("The Photoshop header makes no sense (version %1, %2 channels, %3 × %4, %5-bit, mode %6).")
                              .arg(version)
                              .arg(channels)
                              .arg(width)
                              .arg(height)
                              .arg(depth)
                              .arg(mode));
        return;
    }
    report.channels = channels;
    report.width = width;
    report.height = height;
    report.bitDepth = depth;
    report.psdColourMode = mode;
    report.colourModel = mode == 3 ? ColourModel::Rgb
                         : mode == 1 ? ColourModel::Grey
                         : mode == 4 ? ColourModel::Cmyk
                         : mode == 2 ? ColourModel::Indexed
                                     : ColourModel::Other;
    const auto truncated = [&] {
        report.addFinding(QStringLiteral("truncated"), tr("The Photoshop file ends before its sections do."));
    };
    quint32 colourData = 0;
    if (!reader.be32(26, colourData) || !reader.contains(30, colourData))
        return truncated();
    quint64 pos = 30 + quint64(colourData);
    quint32 resources = 0;
    if (!reader.be32(pos, resources) || !reader.contains(pos + 4, resources))
        return truncated();
    quint64 r = pos + 4;
    const quint64 resourcesEnd = r + resources;
    for (int i = 0; i < maxResources && r + 12 <= resourcesEnd; ++i) {
        char sig[4];
        quint16 id = 0;
        quint8 nameLength = 0;
        if (!reader.read(r, 4, sig) || !reader.be16(r + 4, id) || !reader.u8(r + 6, nameLength))
            return truncated();
        const quint64 nameField = (quint64(nameLength) + 2) & ~quint64(1); // length byte + name, padded to even
        quint32 size = 0;
        if (!reader.be32(r + 6 + nameField, size))
            return truncated();
        const quint64 data = r + 6 + nameField + 4;
        if (data + size > resourcesEnd) {
            report.addFinding(QStringLiteral("corrupt-data"), tr("A Photoshop image resource overruns its section."));
            break;
        }
        if (id == 0x0424) {
            report.xmpSize += size;
            XmpCounter::count(reader, {{data, size}}, false, level, report);
        } else if (id == 0x040F) {
            report.iccPresent = true;
            report.iccSize = size;
            QByteArray icc;
            if (reader.read(data, size, icc, iccCap))
                report.iccDescription = IccProfile::description(icc);
        } else if (id == 0x0404) {
            report.iptcSize += size;
        } else if (id == 0x0422 || id == 0x0423) {
            report.exifSize += size;
        }
        r = data + ((quint64(size) + 1) & ~quint64(1));
    }
    // Layer and mask information: its length, then the layer info length, then the count.
    pos = resourcesEnd;
    quint64 layerMask = 0;
    quint64 layerInfo = 0;
    quint16 count = 0;
    const auto readLength = [&](quint64 at, quint64& v) {
        if (psb)
            return reader.be64(at, v);
        quint32 v32 = 0;
        const bool ok = reader.be32(at, v32);
        v = v32;
        return ok;
    };
    if (!readLength(pos, layerMask))
        return truncated();
    const quint64 lm = pos + (psb ? 8 : 4);
    if (!reader.contains(lm, layerMask))
        return truncated();
    checkImageData(reader, report, lm + layerMask, psb);
    if (layerMask == 0) {
        report.layerCount = 0;
        return;
    }
    if (!readLength(lm, layerInfo))
        return;
    if (layerInfo == 0) {
        report.layerCount = 0;
        return;
    }
    if (reader.be16(lm + (psb ? 8 : 4), count))
        report.layerCount = std::abs(qint16(count)); // negative: the first alpha channel holds transparency
}

} // namespace apd::inspect
