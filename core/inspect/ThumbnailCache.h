#pragma once

#include "common/Result.h"
#include "inspect/Thumbnailer.h"

#include <QCoreApplication>
#include <QString>

namespace apd::inspect {

// Thumbnails on disk, keyed by the file's absolute path, size, modification time and the
// thumbnail size: a changed file misses the cache by itself. Entries are written atomically
// (QSaveFile); an unreadable or damaged entry is made again. Thread-safe for distinct files.
class ThumbnailCache
{
    Q_DECLARE_TR_FUNCTIONS(ThumbnailCache)

public:
    explicit ThumbnailCache(QString directory) : m_directory(std::move(directory)) {}

    // From the cache when present, else made, stored and returned. `fromCache` tells which.
    Result<Thumbnail> get(const QString& path, int maxSide, bool* fromCache = nullptr) const;

    // The cache file that holds (or would hold) this thumbnail; empty if `path` is missing.
    QString entryPath(const QString& path, int maxSide) const;

private:
    QString m_directory;
};

} // namespace apd::inspect
