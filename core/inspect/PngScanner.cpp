// The PNG part of FormatScanners: walks every chunk, checks the CRC of every chunk but IDAT
// (the decode checks those), and reads metadata wherever it stands, also after IDAT.
#include "inspect/FormatScanners.h"

#include "inspect/IccProfile.h"
#include "inspect/Inflater.h"
#include "inspect/PngStructure.h"
#include "inspect/XmpCounter.h"

#include <libdeflate.h>

namespace apd::inspect {

namespace {

bool validDepth(int colourType, int depth)
{
    switch (colourType) {
    case 0:
        return depth == 1 || depth == 2 || depth == 4 || depth == 8 || depth == 16;
    case 3:
        return depth == 1 || depth == 2 || depth == 4 || depth == 8;
    case 2:
    case 4:
    case 6:
        return depth == 8 || depth == 16;
    default:
        return false;
    }
}

bool isImageChunk(const PngStructure::Chunk& c)
{
    return c.is("IHDR") || c.is("PLTE") || c.is("IDAT") || c.is("IEND") || c.is("fdAT");
}

// A NUL-terminated field of at most `max` bytes starting at `from`; -1 when none.
qsizetype fieldEnd(const QByteArray& data, qsizetype from, qsizetype max)
{
    const qsizetype nul = data.indexOf('\0', from);
    return nul < 0 || nul - from > max ? -1 : nul;
}

// Inflates a compressed text chunk (zTXt, iTXt) under a cap, to learn its size and whether
// it is intact, without keeping the text.
bool checkCompressedText(ByteReader& reader, const XmpCounter::Piece& piece, MetadataChunk& m)
{
    QByteArray data;
    if (!reader.read(piece.offset, piece.length, data, XmpCounter::parseCap))
        return false;
    quint64 total = 0;
    const Inflater::Status st =
        Inflater::inflate(data, XmpCounter::parseCap, [&](const char*, qint64 n) { total += quint64(n); });
    m.textSize = total;
    return st == Inflater::Status::Ok;
}

// The CRC of one chunk: its type, then its data in order, fed by whoever reads the data.
class ChunkCrc
{
public:
    enum class Outcome
    {
        Ok,
        Bad,
        Truncated,
    };

    explicit ChunkCrc(const PngStructure::Chunk& c) : m_chunk(c), m_crc(libdeflate_crc32(0, c.type, 4)) {}

    // libdeflate's CRC folds with carry-less multiplication where the CPU has it, several
    // times zlib's speed: a bloated XMP chunk's CRC cost more than reading the chunk.
    void feed(const char* data, qint64 length)
    {
        m_crc = libdeflate_crc32(m_crc, data, size_t(length));
        m_fed += quint64(length);
    }

    // Reads what was not fed yet, to the chunk's end, and compares with the stored CRC.
    Outcome finish(ByteReader& reader)
    {
        const bool read = m_fed <= m_chunk.length && reader.stream(m_chunk.dataOffset() + m_fed, m_chunk.length - m_fed,
                                                                   [this](const char* d, qint64 n) {
                                                                       feed(d, n);
                                                                       return true;
                                                                   });
        quint32 stored = 0;
        if (!read || !reader.be32(m_chunk.dataOffset() + m_chunk.length, stored))
            return Outcome::Truncated;
        return stored == m_crc ? Outcome::Ok : Outcome::Bad;
    }

private:
    const PngStructure::Chunk& m_chunk;
    quint32 m_crc;
    quint64 m_fed = 0;
};

// Reports a failed CRC check; false when the scan cannot go on.
bool reportCrc(ChunkCrc::Outcome outcome, const PngStructure::Chunk& c, InspectionReport& report)
{
    if (outcome == ChunkCrc::Outcome::Truncated) {
        report.addFinding(QStringLiteral("truncated"), FormatScanners::tr("The PNG could not be read to its end."));
        return false;
    }
    if (outcome == ChunkCrc::Outcome::Bad) {
        report.addFinding(QStringLiteral("bad-crc"),
                          FormatScanners::tr("The PNG chunk %1 at offset %2 fails its CRC check: the file is damaged.")
                              .arg(QString::fromLatin1(c.type, 4))
                              .arg(c.offset));
        return !c.is("IHDR");
    }
    return true;
}

// A tEXt, zTXt or iTXt chunk: its keyword, language and size; an XMP packet is counted, with
// the chunk's CRC fed by the same read.
void scanTextChunk(ByteReader& reader, const PngStructure::Chunk& c, bool sawIdat, Level level,
                   InspectionReport& report, QStringList& damaged, ChunkCrc& crc)
{
    const QString type = QString::fromLatin1(c.type, 4);
    QByteArray head;
    const quint64 headLength = std::min<quint64>(c.length, 1024);
    if (!reader.read(c.dataOffset(), headLength, head, headLength))
        return; // the file changed under us: the CRC check says so
    const qsizetype nul = fieldEnd(head, 0, 79);
    MetadataChunk m{type, nul < 0 ? QString() : QString::fromLatin1(head.left(nul)), c.length, sawIdat, {}};
    if (nul < 0) {
        damaged.append(type);
        report.textChunks.append(m);
        return;
    }
    const bool isXmp = m.keyword == QLatin1String("XML:com.adobe.xmp");
    if (c.is("iTXt")) {
        // keyword NUL flag method language NUL translated NUL text
        const qsizetype lang = nul + 3 <= head.size() ? fieldEnd(head, nul + 3, 256) : -1;
        const qsizetype translated = lang < 0 ? -1 : fieldEnd(head, lang + 1, 512);
        if (translated < 0) {
            damaged.append(type);
            report.textChunks.append(m);
            return;
        }
        m.language = QString::fromLatin1(head.mid(nul + 3, lang - nul - 3));
        const bool compressed = head.at(nul + 1) != 0;
        const quint64 textOffset = quint64(translated) + 1;
        const XmpCounter::Piece piece{c.dataOffset() + textOffset, c.length - textOffset};
        if (isXmp) {
            if (!compressed)
                report.xmpSize += piece.length;
            crc.feed(head.constData(), qint64(textOffset));
            XmpCounter::count(reader, {piece}, compressed, level, report,
                              [&crc](const char* d, qint64 n) { crc.feed(d, n); });
        } else if (compressed && !checkCompressedText(reader, piece, m)) {
            damaged.append(type);
        }
    } else if (c.is("zTXt")) {
        const XmpCounter::Piece piece{c.dataOffset() + quint64(nul) + 2,
                                      c.length - std::min<quint64>(c.length, quint64(nul) + 2)};
        if (quint64(nul) + 2 > c.length || !checkCompressedText(reader, piece, m))
            damaged.append(type);
    } else if (isXmp && c.is("tEXt")) {
        const XmpCounter::Piece piece{c.dataOffset() + quint64(nul) + 1, c.length - quint64(nul) - 1};
        report.xmpSize += piece.length;
        crc.feed(head.constData(), nul + 1);
        XmpCounter::count(reader, {piece}, false, level, report, [&crc](const char* d, qint64 n) { crc.feed(d, n); });
    }
    report.textChunks.append(m);
}

} // namespace

void FormatScanners::scanPng(ByteReader& reader, InspectionReport& report, Level level)
{
    const PngStructure s = PngStructure::walk(reader);
    bool sawIdat = false;
    bool headerOk = false;
    bool hasTrns = false;
    QStringList damaged; // malformed ancillary chunks: readers skip them, the image is intact
    for (const PngStructure::Chunk& c : s.chunks) {
        // Named only for a report: a PNG has hundreds of IDAT chunks.
        const auto type = [&c] { return QString::fromLatin1(c.type, 4); };
        const bool text = c.is("tEXt") || c.is("zTXt") || c.is("iTXt");
        // CRC of everything but image data (the decode checks IDAT; a metadata scan skips it).
        // A text chunk's CRC is taken as its text is read, below: a bloated packet is read once.
        if (!c.is("IDAT") && !c.is("fdAT") && !text) {
            ChunkCrc crc(c);
            if (!reportCrc(crc.finish(reader), c, report))
                return;
        }
        if (!isImageChunk(c))
            report.largestMetadataChunk = std::max(report.largestMetadataChunk, c.length);
        if (c.is("IHDR")) {
            unsigned char h[13];
            if (!reader.read(c.dataOffset(), 13, reinterpret_cast<char*>(h)))
                return;
            report.width = be32(h);
            report.height = be32(h + 4);
            report.bitDepth = h[8];
            const int ct = h[9];
            report.interlaced = h[12] == 1;
            report.colourModel = (ct == 0 || ct == 4)   ? ColourModel::Grey
                                 : (ct == 2 || ct == 6) ? ColourModel::Rgb
                                 : ct == 3              ? ColourModel::Indexed
                                                        : ColourModel::Unknown;
            report.channels = ct == 0 || ct == 3 ? 1 : ct == 4 ? 2 : ct == 2 ? 3 : ct == 6 ? 4 : 0;
            report.alpha = ct == 4 || ct == 6;
            if (report.width == 0 || report.height == 0 || report.width > 0x7fffffffu || report.height > 0x7fffffffu) {
                report.addFinding(
                    QStringLiteral("bad-header"),
                    tr("The PNG declares an impossible size (%1 × %2).").arg(report.width).arg(report.height));
                return;
            }
            if (!validDepth(ct, report.bitDepth)) {
                report.addFinding(
                    QStringLiteral("bad-header"),
                    tr("The PNG declares an invalid colour type (%1) or bit depth (%2).").arg(ct).arg(report.bitDepth));
                return;
            }
            if (h[10] != 0 || h[11] != 0 || h[12] > 1) {
                report.addFinding(QStringLiteral("bad-header"),
                                  tr("The PNG declares an unknown compression, filter or interlace method."));
                return;
            }
            headerOk = true;
        } else if (c.is("IDAT")) {
            sawIdat = true;
        } else if (c.is("tRNS")) {
            hasTrns = true;
        } else if (c.is("sRGB")) {
            report.srgbChunk = true;
        } else if (c.is("acTL")) {
            report.animated = true;
        } else if (c.is("eXIf")) {
            report.exifSize += c.length;
            report.textChunks.append({type(), {}, c.length, sawIdat, {}});
        } else if (c.is("iCCP")) {
            report.iccPresent = true;
            report.textChunks.append({type(), {}, c.length, sawIdat, {}});
            QByteArray data;
            if (c.length > iccCap || !reader.read(c.dataOffset(), c.length, data, iccCap))
                continue;
            const qsizetype nul = fieldEnd(data, 0, 79);
            QByteArray profile;
            if (nul < 0 || nul + 2 > data.size() ||
                Inflater::inflate(data.mid(nul + 2), iccCap, profile) != Inflater::Status::Ok) {
                damaged.append(type());
                continue;
            }
            report.iccSize = quint64(profile.size());
            report.iccDescription = IccProfile::description(profile);
        } else if (text) {
            ChunkCrc crc(c);
            scanTextChunk(reader, c, sawIdat, level, report, damaged, crc);
            if (!reportCrc(crc.finish(reader), c, report))
                return;
        }
    }
    if (headerOk && hasTrns)
        report.alpha = true;
    if (!damaged.isEmpty()) {
        damaged.removeDuplicates();
        report.addFinding(
            QStringLiteral("metadata-damaged"),
            tr("Some metadata chunks are malformed (%1); readers skip them.").arg(damaged.join(QLatin1String(", "))));
    }
    if (!s.errorCode.isEmpty()) {
        report.addFinding(s.errorCode == QLatin1String("not-png") ? QStringLiteral("unknown-format") : s.errorCode,
                          s.errorMessage);
        return;
    }
    if (headerOk && !sawIdat)
        report.addFinding(QStringLiteral("missing-image-data"), tr("The PNG has no image data (no IDAT chunk)."));
}

} // namespace apd::inspect
