#include "transfer/SqliteDatabase.h"

#include <sqlite3.h>

namespace apd::transfer {

SqliteDatabase::~SqliteDatabase()
{
    close();
}

Result<bool> SqliteDatabase::open(const QString& path)
{
    close();
    const QByteArray file = path.toUtf8();
    sqlite3* db = nullptr;
    const int rc = sqlite3_open_v2(file.constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                                   nullptr);
    if (rc != SQLITE_OK) {
        const QString message = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_close(db);
        return Error{QStringLiteral("journal-open"), message};
    }
    m_db = db;
    // Another process (an earlier run still exiting) may hold the write lock for a moment.
    sqlite3_busy_timeout(m_db, 5000);
    // WAL: readers never block the writer, and a killed process leaves a consistent file.
    // synchronous=NORMAL is crash-safe in WAL mode for a killed process; a power cut can
    // lose the last commits, which a resume repairs by asking the server (HEAD).
    for (const char* pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON"}) {
        const Result<bool> r = exec(pragma);
        if (!r)
            return r;
    }
    return true;
}

void SqliteDatabase::close()
{
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

Result<bool> SqliteDatabase::exec(const char* sql)
{
    if (!faultAllows(sql))
        return Error{QStringLiteral("journal-write"), QStringLiteral("injected fault")};
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        Error error{QStringLiteral("journal-write"), QString::fromUtf8(message ? message : sqlite3_errstr(rc))};
        sqlite3_free(message);
        return error;
    }
    return true;
}

QString SqliteDatabase::integrityCheck()
{
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, "PRAGMA integrity_check", -1, &stmt, nullptr) != SQLITE_OK)
        return QString::fromUtf8(sqlite3_errmsg(m_db));
    QString result;
    if (sqlite3_step(stmt) == SQLITE_ROW)
        result = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)));
    else
        result = QString::fromUtf8(sqlite3_errmsg(m_db));
    sqlite3_finalize(stmt);
    return result;
}

Error SqliteDatabase::lastError(const QString& code) const
{
    return Error{code, m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("no database")};
}

qint64 SqliteDatabase::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

} // namespace apd::transfer
