#pragma once

#include "common/Result.h"
#include "sqlite/SqliteDatabase.h"

#include <QJsonObject>

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>

namespace apd::server {

// The feed of what happens in the portal (events) and the notifications for people (outbox).
// record() and notify() write inside the caller's transaction, store lock held; after the
// commit the caller calls published(), which wakes the long polls. Thread-safe.
class EventLog
{
public:
    // `userId` 0: every one who sees `projectId`; otherwise only that user.
    static Result<qint64> record(sqlite::SqliteDatabase& db, qint64 now, const QString& type, qint64 projectId,
                                 qint64 userId, const QJsonObject& data);
    // A notification to one user (an e-mail in a deployment with SMTP; the outbox here).
    static Result<qint64> notify(sqlite::SqliteDatabase& db, qint64 now, qint64 userId, const QString& subject,
                                 const QString& body);

    // Store lock held, after a commit: wakes the waiters, runs the publish hook.
    void published(sqlite::SqliteDatabase& db);
    // Runs after each publish (demo mode prints the new outbox rows).
    void setPublishHook(std::function<void(sqlite::SqliteDatabase&)> hook) { m_hook = std::move(hook); }

    quint64 generation() const;
    // Waits until the generation moves past `seen`, the deadline, or shutdown(); returns
    // false once shut down.
    bool waitPast(quint64 seen, std::chrono::steady_clock::time_point deadline);
    void shutdown();
    // Serving again after shutdown() (a server started anew on the same context).
    void reopen();

private:
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    quint64 m_generation = 0;
    bool m_shutdown = false;
    std::function<void(sqlite::SqliteDatabase&)> m_hook;
};

} // namespace apd::server
