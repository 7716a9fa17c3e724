#include "transfer/UploadJournal.h"

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

QVariant orNull(std::optional<qint64> value)
{
    return value ? QVariant(*value) : QVariant();
}

// The journal's own error codes, whatever the database layer calls the failure.
Error journalError(const Error& error)
{
    return Error{error.message.startsWith(QLatin1String("prepare")) ? QStringLiteral("journal-prepare")
                                                                     : QStringLiteral("journal-write"),
                 error.message};
}

Result<bool> written(const Result<qint64>& r)
{
    if (!r)
        return r.error();
    return true;
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
        return Error{QStringLiteral("journal-open"), opened.error().message};
    return migrate();
}

Result<bool> UploadJournal::migrate()
{
    QList<sqlite::Migration> steps;
    for (size_t i = 0; i < Migrations.size(); ++i)
        steps.append({static_cast<int>(i) + 1, QString::fromUtf8(Migrations[i])});
    const Result<bool> r = m_db.migrate(steps);
    if (r)
        return r;
    if (r.error().code == QLatin1String("sqlite-newer")) {
        const Result<int> version = m_db.schemaVersion();
        return Error{QStringLiteral("journal-too-new"),
                     QStringLiteral("The upload journal was written by a newer version (schema %1).")
                         .arg(version ? version.value() : 0)};
    }
    return journalError(r.error());
}

Result<qint64> UploadJournal::write(const QString& sql, const QVariantList& args)
{
    // Each write is its own transaction: it lands whole or not at all.
    sqlite::SqliteDatabase::Transaction t(m_db);
    if (!t.began())
        return journalError(t.beginError());
    const Result<qint64> changed = m_db.execute(sql, args);
    if (!changed)
        return journalError(changed.error());
    const qint64 id = m_db.lastInsertId();
    const Result<bool> committed = t.commit();
    if (!committed)
        return journalError(committed.error());
    return id;
}

Result<qint64> UploadJournal::insert(const JournalRow& row)
{
    return write(QStringLiteral("INSERT INTO uploads (endpoint, path, delivery_name, project, size, mtime_ms, sha256, "
                                "upload_url, confirmed_offset, attempts, state, expires_ms, message, created_ms, updated_ms) "
                                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?14)"),
                 {row.endpoint, row.path, row.deliveryName, row.project, row.size, row.mtimeMs, row.sha256,
                  row.uploadUrl.isEmpty() ? QVariant() : QVariant(row.uploadUrl), row.confirmedOffset,
                  qint64{row.attempts}, stateName(row.state), orNull(row.expiresMs), row.message, nowMs()});
}

Result<bool> UploadJournal::setUploadUrl(qint64 id, const QString& url, std::optional<qint64> expiresMs)
{
    return written(write(QStringLiteral("UPDATE uploads SET upload_url = ?2, confirmed_offset = 0, expires_ms = ?3, "
                                        "updated_ms = ?4 WHERE id = ?1"),
                         {id, url, orNull(expiresMs), nowMs()}));
}

Result<bool> UploadJournal::setOffset(qint64 id, qint64 offset, std::optional<qint64> expiresMs)
{
    // An absent Upload-Expires keeps what the server said before.
    return written(write(QStringLiteral("UPDATE uploads SET confirmed_offset = ?2, expires_ms = COALESCE(?3, expires_ms), "
                                        "updated_ms = ?4 WHERE id = ?1"),
                         {id, offset, orNull(expiresMs), nowMs()}));
}

Result<bool> UploadJournal::addAttempt(qint64 id)
{
    return written(write(QStringLiteral("UPDATE uploads SET attempts = attempts + 1, updated_ms = ?2 WHERE id = ?1"),
                         {id, nowMs()}));
}

Result<bool> UploadJournal::setState(qint64 id, JournalRow::State state, const QString& message)
{
    return written(write(QStringLiteral("UPDATE uploads SET state = ?2, message = ?3, updated_ms = ?4 WHERE id = ?1"),
                         {id, stateName(state), message, nowMs()}));
}

Result<bool> UploadJournal::restart(qint64 id)
{
    return written(write(QStringLiteral("UPDATE uploads SET upload_url = NULL, confirmed_offset = 0, expires_ms = NULL, "
                                        "updated_ms = ?2 WHERE id = ?1"),
                         {id, nowMs()}));
}

Result<QList<JournalRow>> UploadJournal::select(const QString& sql, const QVariantList& args)
{
    const Result<QList<sqlite::SqliteRow>> found = m_db.query(sql, args);
    if (!found)
        return journalError(found.error());
    QList<JournalRow> rows;
    for (const sqlite::SqliteRow& q : found.value()) {
        JournalRow row;
        row.id = q.integer(0);
        row.endpoint = q.text(1);
        row.path = q.text(2);
        row.deliveryName = q.text(3);
        row.project = q.text(4);
        row.size = q.integer(5);
        row.mtimeMs = q.integer(6);
        row.sha256 = q.text(7);
        row.uploadUrl = q.text(8);
        row.confirmedOffset = q.integer(9);
        row.attempts = static_cast<int>(q.integer(10));
        const std::optional<JournalRow::State> state = stateFromName(q.text(11));
        if (!state)
            return Error{QStringLiteral("journal-corrupt"),
                         QStringLiteral("Unknown upload state \"%1\" in the journal.").arg(q.text(11))};
        row.state = *state;
        if (!q.isNull(12))
            row.expiresMs = q.integer(12);
        row.message = q.text(13);
        rows.append(row);
    }
    return rows;
}

Result<std::optional<JournalRow>> UploadJournal::find(qint64 id)
{
    const QString sql = QStringLiteral("SELECT ") + QLatin1String(Columns) + QStringLiteral(" FROM uploads WHERE id = ?1");
    const Result<QList<JournalRow>> rows = select(sql, {id});
    if (!rows)
        return rows.error();
    if (rows.value().isEmpty())
        return std::optional<JournalRow>();
    return std::optional<JournalRow>(rows.value().constFirst());
}

Result<QList<JournalRow>> UploadJournal::unfinished(const QString& endpoint)
{
    const QString sql = QStringLiteral("SELECT ") + QLatin1String(Columns) +
                        QStringLiteral(" FROM uploads WHERE endpoint = ?1 AND state IN ('pending', 'paused', 'interrupted') "
                                       "ORDER BY id");
    return select(sql, {endpoint});
}

Result<std::optional<JournalRow>> UploadJournal::findDone(const QString& endpoint, const QString& project,
                                                          const QString& deliveryName, const QString& sha256)
{
    const QString sql = QStringLiteral("SELECT ") + QLatin1String(Columns) +
                        QStringLiteral(" FROM uploads WHERE endpoint = ?1 AND project = ?2 AND delivery_name = ?3 "
                                       "AND sha256 = ?4 AND state = 'done' ORDER BY id DESC LIMIT 1");
    const Result<QList<JournalRow>> rows = select(sql, {endpoint, project, deliveryName, sha256});
    if (!rows)
        return rows.error();
    if (rows.value().isEmpty())
        return std::optional<JournalRow>();
    return std::optional<JournalRow>(rows.value().constFirst());
}

Result<QList<JournalRow>> UploadJournal::all()
{
    const QString sql = QStringLiteral("SELECT ") + QLatin1String(Columns) + QStringLiteral(" FROM uploads ORDER BY id");
    return select(sql, {});
}

} // namespace apd::transfer
