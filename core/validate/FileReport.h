#pragma once

#include "inspect/InspectionReport.h"
#include "naming/NameReport.h"

#include <QList>
#include <QString>

#include <optional>

namespace apd::validate {

// One problem of a file, from its name or (later) its content.
struct Problem
{
    QString code;
    naming::Severity severity = naming::Severity::Error;
    QString message;
    QString fix;       // what to do, for people; empty when there is no fix
    QString fixedName; // the name with this fix alone applied; empty when the fix is not a rename
};

struct FileReport
{
    QString path;
    QString name; // the delivery name checked (NFC)
    naming::NameParts parts;
    QList<Problem> problems;
    QString suggestion; // a valid name reached by applying every fix; empty if none
    std::optional<inspect::InspectionReport> inspection; // set when the content was inspected

    bool valid() const;
    int count(naming::Severity severity) const;
};

struct Summary
{
    int files = 0;
    int valid = 0;
    int invalid = 0;
    int withWarnings = 0;
    int skippedHidden = 0;
    int skippedFolders = 0;
};

} // namespace apd::validate
