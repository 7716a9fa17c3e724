#pragma once

#include "common/Result.h"

#include <QHash>
#include <QList>
#include <QVariant>

#include <functional>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace apd::sqlite {

// One row of a result: values by column, in the statement's order.
struct SqliteRow
{
    QVariantList values;

    qint64 integer(int column) const { return values.value(column).toLongLong(); }
    QString text(int column) const { return values.value(column).toString(); }
    QByteArray blob(int column) const { return values.value(column).toByteArray(); }
    bool isNull(int column) const { return values.value(column).isNull(); }
};

// A schema step: applied once, in order, inside the migration's transaction.
struct Migration
{
    int version = 0;
    QString sql; // one or more statements
};

// A SQLite connection on the C API: WAL, foreign keys on, prepared statements cached by
// their text, bound parameters only (never values pasted into SQL).
//
// Not thread-safe: one thread at a time (the owner serializes, e.g. behind a mutex).
// Errors come back as values with code "sqlite" (or "sqlite-busy", "sqlite-constraint") and
// SQLite's message.
class SqliteDatabase
{
public:
    SqliteDatabase() = default;
    ~SqliteDatabase();
    SqliteDatabase(const SqliteDatabase&) = delete;
    SqliteDatabase& operator=(const SqliteDatabase&) = delete;

    // Opens (creating) the file and sets WAL, synchronous=NORMAL, foreign_keys, a busy timeout.
    Result<bool> open(const QString& path);
    void close();
    bool isOpen() const { return m_db != nullptr; }

    // Brings the schema to the last version of `migrations` (sorted by version), each step in
    // one transaction with its row in the `schema_version` table. A database newer than the
    // code is refused.
    Result<bool> migrate(const QList<Migration>& migrations);
    Result<int> schemaVersion();

    // Runs SQL without results (several statements allowed, no parameters).
    Result<bool> script(const QString& sql);
    // Runs one statement with positional parameters (?1, ?2 … or ?): rows it returns.
    // Parameters: null QVariant → NULL; integers and bool → INTEGER; double → REAL;
    // QByteArray → BLOB; anything else → TEXT.
    Result<QList<SqliteRow>> query(const QString& sql, const QVariantList& args = {});
    // Same, for statements whose rows do not matter; returns the rows changed.
    Result<qint64> execute(const QString& sql, const QVariantList& args = {});
    qint64 lastInsertId() const;

    // BEGIN IMMEDIATE … COMMIT; rolls back when destroyed uncommitted.
    class Transaction
    {
    public:
        explicit Transaction(SqliteDatabase& db);
        ~Transaction();
        Transaction(const Transaction&) = delete;
        Transaction& operator=(const Transaction&) = delete;
        bool began() const { return m_began; }
        const Error& beginError() const { return m_error; }
        Result<bool> commit();

    private:
        SqliteDatabase& m_db;
        bool m_began = false;
        bool m_done = false;
        Error m_error;
    };

    // Test hook: called before every COMMIT; an Error returned makes the commit fail (and the
    // transaction roll back), as a full disk or a crash would.
    void setCommitFault(std::function<std::optional<Error>()> fault) { m_commitFault = std::move(fault); }

    // PRAGMA integrity_check and foreign_key_check: true when both are clean.
    Result<bool> checkIntegrity();

private:
    Result<sqlite3_stmt*> prepared(const QString& sql);
    Error lastError(const char* what) const;

    sqlite3* m_db = nullptr;
    QHash<QString, sqlite3_stmt*> m_statements;
    std::function<std::optional<Error>()> m_commitFault;
};

} // namespace apd::sqlite
