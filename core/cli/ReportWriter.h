#pragma once

#include "validate/FileReport.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTextStream>

namespace apd::cli {

// Writes validation reports for people (text) or programs (JSON, see docs/cli/validate-json.md).
class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)

public:
    static void writeText(QTextStream& out, const validate::FileReport& report);
    static void writeTextSummary(QTextStream& out, const validate::Summary& summary);

    static QJsonObject toJson(const validate::FileReport& report);
    static QJsonObject toJson(const validate::Summary& summary);
    static QJsonObject toJson(const inspect::InspectionReport& inspection);
    // One line for people: "JPEG 1920 × 1080, RGB 8-bit, XMP 4.2 MB (2,000 ancestors) …"
    static QString describe(const inspect::InspectionReport& inspection);
};

} // namespace apd::cli
