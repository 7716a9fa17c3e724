#pragma once

#include "inspect/ByteReader.h"
#include "inspect/InspectionReport.h"

#include <QCoreApplication>
#include <QList>

namespace apd::inspect {

// Counts the DocumentAncestors and Pantry entries of one XMP packet stored in pieces of a
// file (a JPEG standard packet, the ExtendedXMP pieces of one GUID in offset order, a PNG
// text chunk, a PSD resource) and adds them to a report.
// Metadata level: a streaming scan in constant memory. Full level: the packet is assembled
// (within a cap) and parsed by Exiv2; a packet that does not parse is reported.
class XmpCounter
{
    Q_DECLARE_TR_FUNCTIONS(XmpCounter)

public:
    struct Piece
    {
        quint64 offset = 0;
        quint64 length = 0;
    };

    // `zlibCompressed`: the pieces hold a zlib stream (a compressed PNG iTXt).
    static void count(ByteReader& reader, const QList<Piece>& pieces, bool zlibCompressed, Level level,
                      InspectionReport& report);

    static constexpr quint64 parseCap = 64ull * 1024 * 1024; // larger packets are scanned, not parsed
    static constexpr int maxDepth = 200;                     // deeper nesting is refused by the parser
};

} // namespace apd::inspect
