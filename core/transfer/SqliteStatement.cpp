#include "transfer/SqliteStatement.h"

#include "transfer/SqliteDatabase.h"

#include <sqlite3.h>

namespace apd::transfer {

SqliteStatement::SqliteStatement(SqliteDatabase& db, const char* sql) : m_db(db), m_sql(sql)
{
    if (db.handle())
        sqlite3_prepare_v2(db.handle(), sql, -1, &m_stmt, nullptr);
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

void SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void SqliteStatement::bind(int index, const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
}

void SqliteStatement::bind(int index, const std::optional<qint64>& value)
{
    if (value)
        bind(index, *value);
    else
        bindNull(index);
}

Result<bool> SqliteStatement::step()
{
    if (!m_stmt)
        return m_db.lastError(QStringLiteral("journal-prepare"));
    if (!m_db.faultAllows(m_sql))
        return Error{QStringLiteral("journal-write"), QStringLiteral("injected fault")};
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return m_db.lastError(QStringLiteral("journal-write"));
}

Result<bool> SqliteStatement::run()
{
    Result<bool> r = step();
    while (r.ok() && r.value())
        r = step();
    if (!r)
        return r;
    return true;
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

qint64 SqliteStatement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QString SqliteStatement::text(int column) const
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, column)) : QString();
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

} // namespace apd::transfer
