#pragma once

#include "inspect/ByteReader.h"
#include "inspect/InspectionReport.h"

#include <QCoreApplication>
#include <QList>

#include <functional>

namespace apd::inspect {

// Counts the DocumentAncestors and Pantry entries of one XMP packet stored in pieces of a
// file (a JPEG standard packet, the ExtendedXMP pieces of one GUID in offset order, a PNG
// text chunk, a PSD resource) and adds them to a report.
// Metadata level: a streaming scan in constant memory. Full level: a packet up to exiv2Cap is
// also assembled and parsed by Exiv2 (whose counts then win); one that does not parse is reported.
class XmpCounter
{
    Q_DECLARE_TR_FUNCTIONS(XmpCounter)

public:
    struct Piece
    {
        quint64 offset = 0;
        quint64 length = 0;
    };

    // Sees every stored byte of the pieces as it is read, so that a caller can check the same
    // bytes (a PNG chunk's CRC) without reading them twice.
    using Tap = std::function<void(const char*, qint64)>;

    // `zlibCompressed`: the pieces hold a zlib stream (a compressed PNG iTXt).
    static void count(ByteReader& reader, const QList<Piece>& pieces, bool zlibCompressed, Level level,
                      InspectionReport& report, const Tap& tap = {});

    static constexpr quint64 parseCap = 64ull * 1024 * 1024; // cap on inflating compressed text
    // Packets above this are counted by the scan only: Exiv2 takes ~0.2 s and ~90 MB to parse
    // a 3 MB packet of ancestors, and such a packet is reported as bloated anyway.
    static constexpr quint64 exiv2Cap = 1024 * 1024;
    static constexpr int maxDepth = 200; // deeper nesting is refused by the parser
};

} // namespace apd::inspect
