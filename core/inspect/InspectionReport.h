#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <cstdint>

namespace apd::inspect {

// What the bytes of a file are, whatever its name says.
enum class ImageFormat
{
    Unknown,
    Jpeg,
    Png,
    Psd,
    Psb,
};

enum class ColourModel
{
    Unknown,
    Rgb,
    Grey,
    Cmyk,
    Indexed,
    Other, // PSD modes such as Lab, multichannel, duotone, bitmap
};

// How deep an inspection goes.
enum class Level
{
    Metadata, // structure and metadata only: no pixel is decoded
    Full,     // metadata, then a full decode through libjpeg-turbo / libpng
};

QString formatName(ImageFormat format);        // "jpeg", "png", "psd", "psb", "unknown"
QString extensionOf(ImageFormat format);       // "jpg", "png", "psd", "psb"; empty when unknown
QString colourModelName(ColourModel model);    // "rgb", "grey", "cmyk", "indexed", "other", "unknown"

// One fault found in a file's bytes. `code` is stable (for programs and tests), the message
// is for people. Codes:
//   unreadable, empty, not-regular, changed-while-reading, vanished-while-reading,
//   unknown-format, signature-damaged, bad-header, pixel-limit, truncated, bad-crc,
//   corrupt-data, missing-image-data, unsupported, decode-failed, xmp-garbled, xmp-too-deep,
//   metadata-damaged (malformed ancillary chunks that readers skip)
struct Finding
{
    QString code;
    QString message;
};

// One metadata chunk of a PNG (tEXt, zTXt, iTXt, eXIf, iCCP …), wherever it stands.
struct MetadataChunk
{
    QString type;      // "iTXt"
    QString keyword;   // "XML:com.adobe.xmp"; empty for chunks without one
    quint64 size = 0;  // data length as stored
    bool afterImageData = false;
    QString language;  // iTXt language tag
    quint64 textSize = 0; // compressed text chunks: the size once inflated (0 when unknown)
};

// Everything inspection learns about one file. Plain data; copyable between threads.
struct InspectionReport
{
    Level level = Level::Metadata;
    ImageFormat format = ImageFormat::Unknown;
    quint64 fileSize = 0;

    // Image
    quint32 width = 0;
    quint32 height = 0;
    ColourModel colourModel = ColourModel::Unknown;
    int bitDepth = 0;  // bits per channel
    int channels = 0;  // colour channels plus alpha as stored
    bool alpha = false;
    bool progressive = false; // JPEG
    bool arithmetic = false;  // JPEG arithmetic coding
    int adobeTransform = -1;  // JPEG APP14 transform (0 none, 1 YCbCr, 2 YCCK); -1 without APP14
    bool interlaced = false;  // PNG Adam7
    bool animated = false;    // APNG (acTL)
    bool srgbChunk = false;   // PNG sRGB
    int psdVersion = 0;       // 1 PSD, 2 PSB
    int psdColourMode = -1;   // PSD colour mode number as stored
    int layerCount = -1;      // PSD, -1 when unknown

    // Metadata
    bool iccPresent = false;
    QString iccDescription;
    quint64 iccSize = 0;
    quint64 exifSize = 0;
    quint64 iptcSize = 0;             // JPEG APP13 Photoshop / PSD IPTC resource
    quint64 xmpSize = 0;              // all XMP bytes: standard packet + ExtendedXMP
    quint64 extendedXmpSize = 0;      // JPEG ExtendedXMP data bytes
    int extendedXmpSegments = 0;      // JPEG ExtendedXMP APP1 segments
    quint64 largestMetadataChunk = 0; // PNG: the largest non-image chunk
    QList<MetadataChunk> textChunks;  // PNG text and metadata chunks in file order
    qint64 documentAncestors = 0;     // photoshop:DocumentAncestors entries
    qint64 pantryItems = 0;           // xmpMM:Pantry entries
    bool xmpParsed = false;           // counts come from Exiv2 (true) or the streaming scan (false)

    // Integrity
    bool decoded = false; // a full decode ran to the end without error
    QList<Finding> findings;

    bool hasFinding(QStringView code) const;
    void addFinding(const QString& code, const QString& message) { findings.append(Finding{code, message}); }
};

} // namespace apd::inspect
