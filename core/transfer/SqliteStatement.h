#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

#include <optional>

struct sqlite3_stmt;

namespace apd::transfer {

class SqliteDatabase;

// One prepared statement (RAII), bound by 1-based index. Thread: the connection's.
class SqliteStatement
{
public:
    SqliteStatement(SqliteDatabase& db, const char* sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    bool prepared() const { return m_stmt != nullptr; }

    void bind(int index, qint64 value);
    void bind(int index, const QString& value);
    void bindNull(int index);
    void bind(int index, const std::optional<qint64>& value);

    // Steps once. true: a row is there; false: done. Errors are values.
    Result<bool> step();
    // Steps to the end of a statement that returns no rows.
    Result<bool> run();
    void reset();

    qint64 int64(int column) const;
    QString text(int column) const;
    bool isNull(int column) const;

private:
    SqliteDatabase& m_db;
    sqlite3_stmt* m_stmt = nullptr;
    const char* m_sql;
};

} // namespace apd::transfer
