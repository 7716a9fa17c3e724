#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace apd::samples {

// A folder of small, real artwork files for the demo order: most named correctly, some
// misnamed the way designers misname them, so that `validate` and the app have something to show.
class SampleFolder
{
    Q_DECLARE_TR_FUNCTIONS(SampleFolder)

public:
    struct Entry
    {
        QString name;
        bool validName = true; // false: the name, or for the bloated file the content, is refused
        bool bloated = false;  // a well-named JPEG carrying megabytes of XMP
    };

    // What the folder holds.
    static QList<Entry> entries();

    // Writes every file into `directory` (created if needed; existing samples are replaced).
    // Returns the paths written. Blocking (disk).
    static Result<QStringList> write(const QString& directory);
};

} // namespace apd::samples
