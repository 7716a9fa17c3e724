#pragma once

#include "common/Result.h"
#include "sqlite/SqliteDatabase.h"

#include <QList>
#include <QString>
#include <QVariantList>

#include <optional>

namespace apd::transfer {

// The durable record of one upload. Written before the first byte goes out; updated after
// each confirmed offset, so a crashed or killed run can resume where the server stands.
struct JournalRow
{
    enum class State
    {
        Pending,     // to be sent (or being sent)
        Paused,      // held by the user; resumes when resumed
        Interrupted, // stopped after repeated failures that may pass; resumes on the next run
        Done,        // on the server and verified
        Failed,      // given up: the server refused it (reason in `message`)
        Changed,     // the file changed or vanished on disk; never resumed under the old hash
        Cancelled,   // cancelled by the user; the server's copy was terminated
    };

    qint64 id = 0;
    QString endpoint; // the tus creation URL
    QString path;
    QString deliveryName;
    QString project;
    qint64 size = 0;
    qint64 mtimeMs = 0;
    QString sha256; // lowercase hex of the whole file
    QString uploadUrl;
    qint64 confirmedOffset = 0;
    int attempts = 0;
    State state = State::Pending;
    std::optional<qint64> expiresMs; // when the server drops an unfinished upload (epoch ms)
    QString message;

    bool unfinished() const
    {
        return state == State::Pending || state == State::Paused || state == State::Interrupted;
    }
};

// The SQLite upload journal: schema version + ordered migrations, WAL, prepared statements.
// Thread: one per connection; the transfer worker owns the writing one.
class UploadJournal
{
public:
    static constexpr int SchemaVersion = 1;

    Result<bool> open(const QString& path);
    sqlite::SqliteDatabase& database() { return m_db; }

    // Inserts `row` (id ignored) and returns its id.
    Result<qint64> insert(const JournalRow& row);
    Result<bool> setUploadUrl(qint64 id, const QString& url, std::optional<qint64> expiresMs);
    Result<bool> setOffset(qint64 id, qint64 offset, std::optional<qint64> expiresMs);
    Result<bool> addAttempt(qint64 id);
    Result<bool> setState(qint64 id, JournalRow::State state, const QString& message = {});
    // Forgets the server's copy (gone or expired): the upload starts again from byte 0.
    Result<bool> restart(qint64 id);

    Result<std::optional<JournalRow>> find(qint64 id);
    Result<QList<JournalRow>> unfinished(const QString& endpoint);
    // The last finished upload of exactly this content under this name, if any.
    Result<std::optional<JournalRow>> findDone(const QString& endpoint, const QString& project,
                                               const QString& deliveryName, const QString& sha256);
    Result<QList<JournalRow>> all();

    static QString stateName(JournalRow::State state);
    static std::optional<JournalRow::State> stateFromName(const QString& name);

private:
    Result<bool> migrate();
    // Runs one write in its own transaction; the row id of the last insert when it committed.
    Result<qint64> write(const QString& sql, const QVariantList& args);
    Result<QList<JournalRow>> select(const QString& sql, const QVariantList& args);

    sqlite::SqliteDatabase m_db;
};

} // namespace apd::transfer
