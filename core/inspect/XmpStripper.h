#pragma once

#include "common/Result.h"
#include "inspect/InspectionReport.h"

#include <QCoreApplication>
#include <QIODevice>

namespace apd::inspect {

// Removes XMP bloat from a JPEG or PNG without re-encoding: JPEG entropy data, PNG IDAT,
// the ICC profile, Exif and every other segment or chunk are copied byte for byte; only XMP
// segments / chunks are dropped or replaced. A result is kept only once it is complete and
// verified (it decodes cleanly, and everything but the XMP hashes the same as the original).
// Thread-safe; blocking (disk). Exposed to the app as a one-click fix.
//
// Error codes: "unreadable", "unsupported-format", "damaged" (the original does not inspect
// clean: repairing it would hide that), "xmp-garbled", "xmp-write", "xmp-too-big",
// "write-failed", "changed-while-reading", "verify-failed", "same-file".
class XmpStripper
{
    Q_DECLARE_TR_FUNCTIONS(XmpStripper)

public:
    enum class Mode
    {
        All,        // every XMP packet goes
        CopiesOnly, // only photoshop:DocumentAncestors and xmpMM:Pantry go; the rest stays
    };

    struct Outcome
    {
        QString output;       // the path written (the input's own when in place)
        bool changed = false; // false: there was nothing to remove, nothing was written
        quint64 sizeBefore = 0;
        quint64 sizeAfter = 0;
        quint64 xmpBefore = 0;
        quint64 xmpAfter = 0;
        qint64 ancestorsBefore = 0;
    };

    // Writes the repaired copy next to nothing: at `outputPath` (never the input itself).
    static Result<Outcome> stripTo(const QString& inputPath, const QString& outputPath, Mode mode);
    // The one-click repair of the app: the original is never written. The copy goes to a
    // folder "repaired" beside it and keeps the file's name (the name is what the portal
    // matches); an earlier repaired copy of the same file there is replaced.
    static QString repairedCopyPath(const QString& originalPath);
    static Result<Outcome> stripToRepairedCopy(const QString& originalPath, Mode mode);
    // Replaces the file: write a new file beside it, verify it, then rename it over the old one.
    static Result<Outcome> stripInPlace(const QString& path, Mode mode);

    // The stream-level step: copies `in` to `out` without XMP. Returns the number of XMP
    // bytes removed. `format` must be Jpeg or Png.
    static Result<quint64> copyWithoutXmp(QIODevice& in, QIODevice& out, ImageFormat format, Mode mode);

    // SHA-256 over every byte of the file except its XMP segments / chunks: equal digests mean
    // equal pixels, ICC and other metadata.
    static Result<QByteArray> digestWithoutXmp(QIODevice& device, ImageFormat format);

    static constexpr quint64 maxStandardPacket = 65502; // what one APP1 segment holds after its header
};

} // namespace apd::inspect
