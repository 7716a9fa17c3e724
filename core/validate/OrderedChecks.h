#pragma once

#include "files/FileCollector.h"
#include "validate/FileReport.h"
#include "validate/FileValidator.h"

#include <functional>

namespace apd::validate {

// Checks many files on several threads and hands each report to `sink` on the calling
// thread, in the order of `files`, as soon as it and every report before it are ready: a
// folder check uses every core, and its output reads as if it ran one file at a time.
// At most `threads` files are checked at once (0: one per core); a few dozen finished reports
// wait at most for a slow one before them.
void checkInOrder(const FileValidator& validator, const QList<files::CollectedFile>& files,
                  const std::function<void(const FileReport&)>& sink, int threads = 0);

} // namespace apd::validate
