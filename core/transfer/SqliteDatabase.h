#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

#include <functional>

struct sqlite3;

namespace apd::transfer {

// One SQLite connection (RAII). Thread: use it from one thread only (the one that writes);
// other threads open their own connection. Errors are values carrying SQLite's message.
class SqliteDatabase
{
public:
    SqliteDatabase() = default;
    ~SqliteDatabase();
    SqliteDatabase(const SqliteDatabase&) = delete;
    SqliteDatabase& operator=(const SqliteDatabase&) = delete;

    // Opens (creating) the file, turns on WAL, foreign keys and a busy timeout.
    Result<bool> open(const QString& path);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    sqlite3* handle() const { return m_db; }

    // Runs one or more statements without results (schema, pragmas, BEGIN/COMMIT).
    Result<bool> exec(const char* sql);
    // "ok" when PRAGMA integrity_check finds nothing wrong, else its first complaint.
    QString integrityCheck();

    // Test hook: called before each statement is prepared or executed; returning false makes
    // that statement fail as if the disk refused it. Lets tests prove that a failed write
    // loses nothing.
    void setFaultHook(std::function<bool(const char* sql)> hook) { m_faultHook = std::move(hook); }
    bool faultAllows(const char* sql) const { return !m_faultHook || m_faultHook(sql); }

    Error lastError(const QString& code) const;
    qint64 lastInsertId() const;

private:
    sqlite3* m_db = nullptr;
    std::function<bool(const char*)> m_faultHook;
};

} // namespace apd::transfer
