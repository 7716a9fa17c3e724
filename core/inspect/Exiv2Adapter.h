#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace apd::inspect {

// The one place that talks to Exiv2. Exiv2 throws: every exception stops here and becomes an
// Error value. Calls are serialized (the XMP toolkit inside Exiv2 keeps global state).
// Error codes: "xmp-garbled" (the packet does not parse), "xmp-write" (cannot serialize).
class Exiv2Adapter
{
    Q_DECLARE_TR_FUNCTIONS(Exiv2Adapter)

public:
    struct XmpCounts
    {
        qint64 ancestors = 0; // entries of Xmp.photoshop.DocumentAncestors
        qint64 pantry = 0;    // items of Xmp.xmpMM.Pantry
    };

    // Parses an assembled XMP packet (standard or ExtendedXMP) and counts its copies.
    static Result<XmpCounts> countXmp(const QByteArray& packet);

    // The packet without DocumentAncestors, Pantry and the ExtendedXMP pointer
    // (xmpNote:HasExtendedXMP), serialized compactly with its packet wrapper.
    // Several packets (a JPEG's standard and ExtendedXMP packets) are merged first.
    // An empty result means nothing is left worth keeping.
    static Result<QByteArray> withoutCopies(const QList<QByteArray>& packets);
};

} // namespace apd::inspect
