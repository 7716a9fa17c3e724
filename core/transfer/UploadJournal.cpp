#include "transfer/UploadJournal.h"

#include "transfer/SqliteStatement.h"

#include <QDateTime>

#include <array>

namespace apd::transfer {

namespace {

// Ordered migrations: index i takes the schema from version i to i + 1. Never edit one that
// has shipped; append a new one.
constexpr std::array<const char*, 1> Migrations = {
    "CREATE TABLE uploads ("
    "  id INTEGER PRIMARY KEY,"
    "  endpoint TEXT NOT NULL,"
    "  path TEXT NOT NULL,"
    "  delivery_name TEXT NOT NULL,"
    "  project TEXT NOT NULL,"
    "  size INTEGER NOT NULL CHECK (size >= 0),"
    "  mtime_ms INTEGER NOT NULL,"
    "  sha256 TEXT NOT NULL,"
    "  upload_url TEXT,"
    "  confirmed_offset INTEGER NOT NULL DEFAULT 0 CHECK (confirmed_offset >= 0 AND confirmed_offset <= size),"
    "  attempts INTEGER NOT NULL DEFAULT 0,"
    "  state TEXT NOT NULL,"
    "  expires_ms INTEGER,"
    "  message TEXT NOT NULL DEFAULT '',"
    "  created_ms INTEGER NOT NULL,"
    "  updated_ms INTEGER NOT NULL);"
    "CREATE INDEX uploads_by_state ON uploads(endpoint, state);",
};
static_assert(Migrations.size() == UploadJournal::SchemaVersion);

constexpr const char* Columns = "id, endpoint, path, delivery_name, project, size, mtime_ms, sha256, upload_url, "
                                "confirmed_offset, attempts, state, expires_ms, message";

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

QString UploadJournal::stateName(JournalRow::State state)
{
    switch (state) {
    case JournalRow::State::Pending: return QStringLiteral("pending");
    case JournalRow::State::Paused: return QStringLiteral("paused");
    case JournalRow::State::Interrupted: return QStringLiteral("interrupted");
    case JournalRow::State::Done: return QStringLiteral("done");
    case JournalRow::State::Failed: return QStringLiteral("failed");
    case JournalRow::State::Changed: return QStringLiteral("changed");
    case JournalRow::State::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<JournalRow::State> UploadJournal::stateFromName(const QString& name)
{
    for (auto s : {JournalRow::State::Pending, JournalRow::State::Paused, JournalRow::State::Interrupted,
                   JournalRow::State::Done, JournalRow::State::Failed, JournalRow::State::Changed,
                   JournalRow::State::Cancelled}) {
        if (stateName(s) == name)
            return s;
    }
    return std::nullopt;
}

Result<bool> UploadJournal::open(const QString& path)
{
    const Result<bool> opened = m_db.open(path);
    if (!opened)
        return opened;
    return migrate();
}

Result<bool> UploadJournal::migrate()
{
    // IMMEDIATE: two processes opening a fresh journal at once must not both migrate it.
    Result<bool> r = m_db.exec("BEGIN IMMEDIATE; CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);");
    if (!r)
        return r;
    int version = 0;
    {
        SqliteStatement q(m_db, "SELECT version FROM schema_version");
        const Result<bool> row = q.step();
        if (!row) {
            m_db.exec("ROLLBACK");
            return row.error();
        }
        if (row.value())
            version = static_cast<int>(q.int64(0));
    }
    if (version > SchemaVersion) {
        m_db.exec("ROLLBACK");
        return Error{QStringLiteral("journal-too-new"),
                     QStringLiteral("The upload journal was written by a newer version (schema %1).").arg(version)};
    }
    for (int v = version; v < SchemaVersion; ++v) {
        r = m_db.exec(Migrations[static_cast<size_t>(v)]);
        if (!r) {
            m_db.exec("ROLLBACK");
            return r;
        }
    }
    if (version != SchemaVersion) {
        r = m_db.exec(version == 0 ? "INSERT INTO schema_version(version) VALUES (0)" : "SELECT 1");
        SqliteStatement set(m_db, "UPDATE schema_version SET version = ?1");
        set.bind(1, qint64{SchemaVersion});
        if (r)
            r = set.run();
        if (!r) {
            m_db.exec("ROLLBACK");
            return r;
        }
    }
    return m_db.exec("COMMIT");
}

Result<qint64> UploadJournal::insert(const JournalRow& row)
{
    SqliteStatement q(m_db, "INSERT INTO uploads (endpoint, path, delivery_name, project, size, mtime_ms, sha256, "
                            "upload_url, confirmed_offset, attempts, state, expires_ms, message, created_ms, updated_ms) "
                            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?14)");
    q.bind(1, row.endpoint);
    q.bind(2, row.path);
    q.bind(3, row.deliveryName);
    q.bind(4, row.project);
    q.bind(5, row.size);
    q.bind(6, row.mtimeMs);
    q.bind(7, row.sha256);
    if (row.uploadUrl.isEmpty())
        q.bindNull(8);
    else
        q.bind(8, row.uploadUrl);
    q.bind(9, row.confirmedOffset);
    q.bind(10, qint64{row.attempts});
    q.bind(11, stateName(row.state));
    q.bind(12, row.expiresMs);
    q.bind(13, row.message);
    q.bind(14, nowMs());
    const Result<bool> r = q.run();
    if (!r)
        return r.error();
    return m_db.lastInsertId();
}

Result<bool> UploadJournal::setUploadUrl(qint64 id, const QString& url, std::optional<qint64> expiresMs)
{
    SqliteStatement q(m_db, "UPDATE uploads SET upload_url = ?2, confirmed_offset = 0, expires_ms = ?3, updated_ms = ?4 "
                            "WHERE id = ?1");
    q.bind(1, id);
    q.bind(2, url);
    q.bind(3, expiresMs);
    q.bind(4, nowMs());
    return q.run();
}

Result<bool> UploadJournal::setOffset(qint64 id, qint64 offset, std::optional<qint64> expiresMs)
{
    // An absent Upload-Expires keeps what the server said before.
    SqliteStatement q(m_db, "UPDATE uploads SET confirmed_offset = ?2, expires_ms = COALESCE(?3, expires_ms), "
                            "updated_ms = ?4 WHERE id = ?1");
    q.bind(1, id);
    q.bind(2, offset);
    q.bind(3, expiresMs);
    q.bind(4, nowMs());
    return q.run();
}

Result<bool> UploadJournal::addAttempt(qint64 id)
{
    SqliteStatement q(m_db, "UPDATE uploads SET attempts = attempts + 1, updated_ms = ?2 WHERE id = ?1");
    q.bind(1, id);
    q.bind(2, nowMs());
    return q.run();
}

Result<bool> UploadJournal::setState(qint64 id, JournalRow::State state, const QString& message)
{
    SqliteStatement q(m_db, "UPDATE uploads SET state = ?2, message = ?3, updated_ms = ?4 WHERE id = ?1");
    q.bind(1, id);
    q.bind(2, stateName(state));
    q.bind(3, message);
    q.bind(4, nowMs());
    return q.run();
}

Result<bool> UploadJournal::restart(qint64 id)
{
    SqliteStatement q(m_db, "UPDATE uploads SET upload_url = NULL, confirmed_offset = 0, expires_ms = NULL, "
                            "updated_ms = ?2 WHERE id = ?1");
    q.bind(1, id);
    q.bind(2, nowMs());
    return q.run();
}

Result<QList<JournalRow>> UploadJournal::select(const char* sql, const QStringList& args)
{
    SqliteStatement q(m_db, sql);
    for (int i = 0; i < args.size(); ++i)
        q.bind(i + 1, args.at(i));
    QList<JournalRow> rows;
    for (;;) {
        const Result<bool> r = q.step();
        if (!r)
            return r.error();
        if (!r.value())
            break;
        JournalRow row;
        row.id = q.int64(0);
        row.endpoint = q.text(1);
        row.path = q.text(2);
        row.deliveryName = q.text(3);
        row.project = q.text(4);
        row.size = q.int64(5);
        row.mtimeMs = q.int64(6);
        row.sha256 = q.text(7);
        row.uploadUrl = q.text(8);
        row.confirmedOffset = q.int64(9);
        row.attempts = static_cast<int>(q.int64(10));
        const std::optional<JournalRow::State> state = stateFromName(q.text(11));
        if (!state)
            return Error{QStringLiteral("journal-corrupt"),
                         QStringLiteral("Unknown upload state \"%1\" in the journal.").arg(q.text(11))};
        row.state = *state;
        if (!q.isNull(12))
            row.expiresMs = q.int64(12);
        row.message = q.text(13);
        rows.append(row);
    }
    return rows;
}

Result<std::optional<JournalRow>> UploadJournal::find(qint64 id)
{
    const QByteArray sql = QByteArray("SELECT ") + Columns + " FROM uploads WHERE id = ?1";
    const Result<QList<JournalRow>> rows = select(sql.constData(), {QString::number(id)});
    if (!rows)
        return rows.error();
    if (rows.value().isEmpty())
        return std::optional<JournalRow>();
    return std::optional<JournalRow>(rows.value().constFirst());
}

Result<QList<JournalRow>> UploadJournal::unfinished(const QString& endpoint)
{
    const QByteArray sql = QByteArray("SELECT ") + Columns +
                           " FROM uploads WHERE endpoint = ?1 AND state IN ('pending', 'paused', 'interrupted') ORDER BY id";
    return select(sql.constData(), {endpoint});
}

Result<std::optional<JournalRow>> UploadJournal::findDone(const QString& endpoint, const QString& project,
                                                          const QString& deliveryName, const QString& sha256)
{
    const QByteArray sql = QByteArray("SELECT ") + Columns +
                           " FROM uploads WHERE endpoint = ?1 AND project = ?2 AND delivery_name = ?3 AND sha256 = ?4"
                           " AND state = 'done' ORDER BY id DESC LIMIT 1";
    const Result<QList<JournalRow>> rows = select(sql.constData(), {endpoint, project, deliveryName, sha256});
    if (!rows)
        return rows.error();
    if (rows.value().isEmpty())
        return std::optional<JournalRow>();
    return std::optional<JournalRow>(rows.value().constFirst());
}

Result<QList<JournalRow>> UploadJournal::all()
{
    const QByteArray sql = QByteArray("SELECT ") + Columns + " FROM uploads ORDER BY id";
    return select(sql.constData(), {});
}

} // namespace apd::transfer
