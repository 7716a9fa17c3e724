#pragma once

#include "inspect/ByteReader.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace apd::inspect {

// The marker segments of a JPEG up to its first SOS, read one by one without trusting any
// length beyond the end of the file. Shared by inspection and XMP removal.
class JpegStructure
{
    Q_DECLARE_TR_FUNCTIONS(JpegStructure)

public:
    enum class Kind
    {
        Other,
        Exif,        // APP1 "Exif\0\0"
        Xmp,         // APP1 standard XMP packet
        ExtendedXmp, // APP1 ExtendedXMP piece
        Icc,         // APP2 "ICC_PROFILE\0"
        Photoshop,   // APP13 "Photoshop 3.0\0" (IPTC and image resources)
        Adobe,       // APP14 "Adobe"
        Frame,       // SOFn
        Scan,        // SOS: image data follows
    };

    struct Segment
    {
        quint8 marker = 0;
        Kind kind = Kind::Other;
        quint64 offset = 0;        // of the 0xFF that starts it
        quint64 size = 0;          // marker + length field + payload
        quint64 payloadOffset = 0; // after the length field
        quint64 payloadLength = 0;
        QByteArray head;           // the first bytes of the payload (at most 96), for classification
    };

    // Empty `errorCode` when the walk reached SOS. Codes: "not-jpeg", "truncated",
    // "corrupt-data", "missing-image-data".
    QList<Segment> segments;
    quint64 scanOffset = 0; // offset of the SOS marker; 0 when none was reached
    QString errorCode;
    QString errorMessage;

    static JpegStructure walk(ByteReader& reader);

    static constexpr char xmpSignature[] = "http://ns.adobe.com/xap/1.0/"; // + NUL
    static constexpr int xmpHeader = 29;
    static constexpr char extendedSignature[] = "http://ns.adobe.com/xmp/extension/"; // + NUL
    static constexpr int extendedHeader = 35 + 32 + 4 + 4; // signature, GUID, full length, offset
};

} // namespace apd::inspect
