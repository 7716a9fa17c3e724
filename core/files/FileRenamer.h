#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace apd::files {

// Renames a file in its own folder, for a misnamed file fixed on disk rather than only for
// the delivery. It never replaces anything: an existing target is refused. Error codes:
// rename-bad-name, rename-missing, rename-target-exists, rename-failed.
// Thread: any; blocking (disk), so the GUI runs it on a worker thread.
class FileRenamer
{
    Q_DECLARE_TR_FUNCTIONS(FileRenamer)

public:
    // Returns the new path.
    static Result<QString> rename(const QString& path, const QString& newName);
};

} // namespace apd::files
