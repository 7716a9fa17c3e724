#pragma once

#include "inspect/InspectionReport.h"
#include "naming/AssetType.h"
#include "naming/NameReport.h"

#include <QCoreApplication>
#include <QList>

namespace apd::inspect {

// One problem of a file's content, for the validation report.
struct ContentProblem
{
    QString code; // stable: a Finding code, or one of the rule codes below
    naming::Severity severity = naming::Severity::Error;
    QString message;
    QString fix; // empty when there is none
};

// Turns an inspection report into problems, checking the delivery rules of the asset type
// (when the name gives one) against what the bytes are. Pure and thread-safe.
// Rule codes: extension-mismatch, format-not-allowed, colour-model, bit-depth, alpha-missing,
// xmp-bloated, file-large, xmp-large, pixel-size, aspect-ratio, animated.
class ContentRules
{
    Q_DECLARE_TR_FUNCTIONS(ContentRules)

public:
    // `extension`: lowercase, "jpeg" already read as "jpg"; empty when there is no name (the
    // type's formats are then checked against the content). `type` may be null.
    static QList<ContentProblem> check(const InspectionReport& report, QStringView extension,
                                       const naming::AssetType* type);

    static constexpr quint64 chunkLimit = 8'000'000;    // libpng's default limit for a chunk
    static constexpr quint64 largeFile = 8'000'000;     // a JPG/PNG above this is a warning
    static constexpr quint64 largeXmp = 1'000'000;      // an XMP above this is a warning
    static constexpr qint64 manyAncestors = 1000;       // more ancestors than this is a warning
    static constexpr double aspectTolerance = 0.005;    // relative

    static QString megabytes(quint64 bytes); // "4.2 MB"
};

} // namespace apd::inspect
