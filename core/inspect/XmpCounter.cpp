#include "inspect/XmpCounter.h"

#include "inspect/Exiv2Adapter.h"
#include "inspect/Inflater.h"
#include "inspect/XmpScanner.h"

namespace apd::inspect {

namespace {
constexpr quint64 maxGap = 4096; // bytes between two pieces still worth reading through
} // namespace

void XmpCounter::count(ByteReader& reader, const QList<Piece>& pieces, bool zlibCompressed, Level level,
                       InspectionReport& report, const Tap& tap)
{
    XmpScanner scanner;
    QByteArray packet;
    quint64 total = 0;
    for (const Piece& p : pieces)
        total += p.length;
    const bool assemble = level == Level::Full && !zlibCompressed && total <= exiv2Cap;
    if (assemble)
        packet.reserve(qsizetype(total));
    // Pieces in file order with only headers between (ExtendedXMP segments) are read as one
    // run of blocks rather than a read each.
    quint64 runEnd = 0;
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        const Piece& p = pieces[i];
        if (i > 0 && (p.offset < runEnd || p.offset - runEnd > maxGap)) {
            runEnd = 0;
            break;
        }
        runEnd = p.offset + p.length;
    }
    QByteArray compressed;
    for (const Piece& p : pieces) {
        if (zlibCompressed) {
            // Compressed text chunks are read whole (they were bounded by the file size).
            QByteArray part;
            if (reader.read(p.offset, p.length, part, parseCap)) {
                if (tap)
                    tap(part.constData(), part.size());
                compressed.append(part);
            }
            continue;
        }
        reader.stream(
            p.offset, p.length,
            [&](const char* d, qint64 n) {
                scanner.feed(d, n);
                if (tap)
                    tap(d, n);
                if (assemble)
                    packet.append(d, qsizetype(n));
                return true;
            },
            runEnd);
    }
    if (zlibCompressed) {
        const bool keep = level == Level::Full;
        bool kept = true;
        const Inflater::Status st = Inflater::inflate(compressed, parseCap, [&](const char* d, qint64 n) {
            scanner.feed(d, n);
            kept = kept && quint64(packet.size()) + quint64(n) <= exiv2Cap;
            if (keep && kept)
                packet.append(d, qsizetype(n));
        });
        if (!kept)
            packet.clear();
        if (st != Inflater::Status::Ok) {
            report.addFinding(QStringLiteral("xmp-garbled"),
                              st == Inflater::Status::OverCap
                                  ? tr("The compressed XMP expands beyond %1 MB.").arg(parseCap >> 20)
                                  : tr("The compressed XMP is corrupt."));
            packet.clear();
        }
        report.xmpSize += scanner.bytes(); // the inflated size; callers count stored bytes otherwise
    }
    report.documentAncestors += scanner.ancestors();
    report.pantryItems += scanner.pantryItems();
    if (level != Level::Full || packet.isEmpty())
        return;
    if (scanner.maxDepth() > maxDepth) {
        report.addFinding(
            QStringLiteral("xmp-too-deep"),
            tr("The XMP metadata nests %1 levels deep; it was counted but not parsed.").arg(scanner.maxDepth()));
        return;
    }
    const Result<Exiv2Adapter::XmpCounts> parsed = Exiv2Adapter::countXmp(packet);
    if (!parsed) {
        report.addFinding(parsed.error().code, parsed.error().message);
        report.xmpParsed = false;
        return;
    }
    // The parser's counts replace the scan's for this packet.
    report.xmpParsed = !report.hasFinding(u"xmp-garbled") && !report.hasFinding(u"xmp-too-deep");
    report.documentAncestors += parsed.value().ancestors - scanner.ancestors();
    report.pantryItems += parsed.value().pantry - scanner.pantryItems();
}

} // namespace apd::inspect
