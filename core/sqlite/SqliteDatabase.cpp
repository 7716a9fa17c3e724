#include "sqlite/SqliteDatabase.h"

#include <sqlite3.h>

#include <algorithm>

namespace apd::sqlite {

namespace {

constexpr int kBusyTimeoutMs = 10000;

QVariant columnValue(sqlite3_stmt* stmt, int column)
{
    switch (sqlite3_column_type(stmt, column)) {
    case SQLITE_INTEGER:
        return QVariant(qint64(sqlite3_column_int64(stmt, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(stmt, column));
    case SQLITE_TEXT:
        return QVariant(QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, column)),
                                          sqlite3_column_bytes(stmt, column)));
    case SQLITE_BLOB: {
        const int n = sqlite3_column_bytes(stmt, column);
        return QVariant(QByteArray(static_cast<const char*>(sqlite3_column_blob(stmt, column)), n));
    }
    default:
        return QVariant();
    }
}

int bindValue(sqlite3_stmt* stmt, int index, const QVariant& v)
{
    if (v.isNull())
        return sqlite3_bind_null(stmt, index);
    switch (v.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
        return sqlite3_bind_int64(stmt, index, v.toLongLong());
    case QMetaType::Double:
        return sqlite3_bind_double(stmt, index, v.toDouble());
    case QMetaType::QByteArray: {
        const QByteArray b = v.toByteArray();
        return sqlite3_bind_blob64(stmt, index, b.constData(), sqlite3_uint64(b.size()), SQLITE_TRANSIENT);
    }
    default: {
        const QByteArray t = v.toString().toUtf8();
        return sqlite3_bind_text64(stmt, index, t.constData(), sqlite3_uint64(t.size()), SQLITE_TRANSIENT, SQLITE_UTF8);
    }
    }
}

} // namespace

SqliteDatabase::~SqliteDatabase()
{
    close();
}

Error SqliteDatabase::lastError(const char* what) const
{
    const int code = m_db ? sqlite3_errcode(m_db) : SQLITE_ERROR;
    const QString message = QString::fromLatin1(what) + QStringLiteral(": ") +
                            (m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("not open"));
    const int primary = code & 0xff;
    return Error{primary == SQLITE_BUSY || primary == SQLITE_LOCKED ? QStringLiteral("sqlite-busy")
                 : primary == SQLITE_CONSTRAINT                     ? QStringLiteral("sqlite-constraint")
                                                                    : QStringLiteral("sqlite"),
                 message};
}

Result<bool> SqliteDatabase::open(const QString& path)
{
    close();
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &m_db,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        const Error e = lastError("open");
        close();
        return e;
    }
    sqlite3_busy_timeout(m_db, kBusyTimeoutMs);
    sqlite3_extended_result_codes(m_db, 1);
    // WAL lets readers (another process: the admin command) work while the server writes;
    // synchronous=NORMAL in WAL mode keeps every commit across a process crash.
    const Result<QList<SqliteRow>> mode = query(QStringLiteral("PRAGMA journal_mode=WAL"));
    if (!mode)
        return mode.error();
    if (mode.value().isEmpty() || mode.value().first().text(0).compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return Error{QStringLiteral("sqlite"), QStringLiteral("open: the database refuses WAL mode")};
    return script(QStringLiteral("PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;"));
}

void SqliteDatabase::close()
{
    for (sqlite3_stmt* s : std::as_const(m_statements))
        sqlite3_finalize(s);
    m_statements.clear();
    if (m_db) {
        sqlite3_close(m_db);
        m_db = nullptr;
    }
}

Result<bool> SqliteDatabase::script(const QString& sql)
{
    if (!m_db)
        return lastError("script");
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString text = message ? QString::fromUtf8(message) : QString();
        sqlite3_free(message);
        return Error{rc == SQLITE_BUSY ? QStringLiteral("sqlite-busy") : QStringLiteral("sqlite"),
                     QStringLiteral("script: ") + text};
    }
    return true;
}

Result<sqlite3_stmt*> SqliteDatabase::prepared(const QString& sql)
{
    if (!m_db)
        return lastError("prepare");
    const auto it = m_statements.constFind(sql);
    if (it != m_statements.constEnd())
        return it.value();
    sqlite3_stmt* stmt = nullptr;
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v3(m_db, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT, &stmt, nullptr) !=
        SQLITE_OK) {
        return lastError("prepare");
    }
    m_statements.insert(sql, stmt);
    return stmt;
}

Result<QList<SqliteRow>> SqliteDatabase::query(const QString& sql, const QVariantList& args)
{
    Result<sqlite3_stmt*> p = prepared(sql);
    if (!p)
        return p.error();
    sqlite3_stmt* stmt = p.value();
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    if (args.size() > sqlite3_bind_parameter_count(stmt))
        return Error{QStringLiteral("sqlite"), QStringLiteral("bind: too many parameters for: ") + sql};
    for (int i = 0; i < args.size(); ++i)
        if (bindValue(stmt, i + 1, args[i]) != SQLITE_OK)
            return lastError("bind");
    QList<SqliteRow> rows;
    const int columns = sqlite3_column_count(stmt);
    for (;;) {
        const int rc = sqlite3_step(stmt);
        if (rc == SQLITE_DONE)
            break;
        if (rc != SQLITE_ROW) {
            const Error e = lastError("step");
            sqlite3_reset(stmt);
            return e;
        }
        SqliteRow row;
        row.values.reserve(columns);
        for (int c = 0; c < columns; ++c)
            row.values.append(columnValue(stmt, c));
        rows.append(std::move(row));
    }
    sqlite3_reset(stmt);
    return rows;
}

Result<qint64> SqliteDatabase::execute(const QString& sql, const QVariantList& args)
{
    const Result<QList<SqliteRow>> r = query(sql, args);
    if (!r)
        return r.error();
    return qint64(sqlite3_changes64(m_db));
}

qint64 SqliteDatabase::lastInsertId() const
{
    return m_db ? qint64(sqlite3_last_insert_rowid(m_db)) : 0;
}

Result<int> SqliteDatabase::schemaVersion()
{
    const Result<bool> made =
        script(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL PRIMARY KEY, "
                              "applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')))"));
    if (!made)
        return made.error();
    const Result<QList<SqliteRow>> r = query(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version"));
    if (!r)
        return r.error();
    return int(r.value().first().integer(0));
}

Result<bool> SqliteDatabase::migrate(const QList<Migration>& migrations)
{
    QList<Migration> sorted = migrations;
    std::sort(sorted.begin(), sorted.end(),
              [](const Migration& a, const Migration& b) { return a.version < b.version; });
    const Result<int> current = schemaVersion();
    if (!current)
        return current.error();
    const int latest = sorted.isEmpty() ? 0 : sorted.last().version;
    if (current.value() > latest)
        return Error{QStringLiteral("sqlite-newer"),
                     QStringLiteral("the database has schema version %1; this program knows up to %2")
                         .arg(current.value())
                         .arg(latest)};
    for (const Migration& m : std::as_const(sorted)) {
        if (m.version <= current.value())
            continue;
        Transaction t(*this);
        if (!t.began())
            return t.beginError();
        // Another connection (a second process opening the same file) may have applied this
        // step while this one waited for the write lock.
        const Result<QList<SqliteRow>> done =
            query(QStringLiteral("SELECT 1 FROM schema_version WHERE version >= ?"), {m.version});
        if (!done)
            return done.error();
        if (!done.value().isEmpty())
            continue;
        const Result<bool> applied = script(m.sql);
        if (!applied)
            return Error{applied.error().code,
                         QStringLiteral("migration %1: %2").arg(m.version).arg(applied.error().message)};
        const Result<qint64> recorded =
            execute(QStringLiteral("INSERT INTO schema_version (version) VALUES (?)"), {m.version});
        if (!recorded)
            return recorded.error();
        const Result<bool> committed = t.commit();
        if (!committed)
            return committed.error();
    }
    return true;
}

Result<bool> SqliteDatabase::checkIntegrity()
{
    const Result<QList<SqliteRow>> integrity = query(QStringLiteral("PRAGMA integrity_check"));
    if (!integrity)
        return integrity.error();
    if (integrity.value().size() != 1 || integrity.value().first().text(0) != QLatin1String("ok"))
        return false;
    const Result<QList<SqliteRow>> keys = query(QStringLiteral("PRAGMA foreign_key_check"));
    if (!keys)
        return keys.error();
    return keys.value().isEmpty();
}

SqliteDatabase::Transaction::Transaction(SqliteDatabase& db) : m_db(db)
{
    const Result<bool> r = m_db.script(QStringLiteral("BEGIN IMMEDIATE"));
    m_began = r.ok();
    if (!r)
        m_error = r.error();
}

SqliteDatabase::Transaction::~Transaction()
{
    if (m_began && !m_done)
        m_db.script(QStringLiteral("ROLLBACK"));
}

Result<bool> SqliteDatabase::Transaction::commit()
{
    if (!m_began || m_done)
        return Error{QStringLiteral("sqlite"), QStringLiteral("commit: no open transaction")};
    if (m_db.m_commitFault) {
        if (const std::optional<Error> fault = m_db.m_commitFault()) {
            m_db.script(QStringLiteral("ROLLBACK"));
            m_done = true;
            return *fault;
        }
    }
    const Result<bool> r = m_db.script(QStringLiteral("COMMIT"));
    if (!r) {
        m_db.script(QStringLiteral("ROLLBACK"));
        m_done = true;
        return r.error();
    }
    m_done = true;
    return true;
}

} // namespace apd::sqlite
