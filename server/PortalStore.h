#pragma once

#include "common/Result.h"
#include "sqlite/SqliteDatabase.h"

#include <mutex>

namespace apd::server {

// The portal's data directory: portal.sqlite (WAL) and files/ with the uploaded bytes.
// One connection, behind one mutex: every handler takes the lock for its (short) database
// work, never while bytes travel over the network. Thread-safe through lock().
class PortalStore
{
public:
    Result<bool> open(const QString& dataDir);
    void close();

    std::unique_lock<std::mutex> lock() { return std::unique_lock<std::mutex>(m_mutex); }
    // Only with the lock held.
    sqlite::SqliteDatabase& db() { return m_db; }

    QString dataDir() const { return m_dataDir; }
    QString filesDir() const;
    QString uploadPath(const QString& uploadId) const;

private:
    std::mutex m_mutex;
    sqlite::SqliteDatabase m_db;
    QString m_dataDir;
};

} // namespace apd::server
