#pragma once

#include <QString>

namespace apd::settings {

// The one place that decides where the application keeps its files. Setting the
// environment variable APD_DATA_DIR puts everything under that folder (tests, portable use).
class AppPaths
{
public:
    static QString dataDir();          // journal, offline cache: kept
    static QString cacheDir();         // thumbnails: may be deleted at any time
    static QString journalPath();      // SQLite upload journal
    static QString offlineCachePath(); // SQLite cache of projects and orders
    static QString thumbnailDir();
};

} // namespace apd::settings
