#include "server/EventLog.h"

#include <QJsonDocument>

namespace apd::server {

Result<qint64> EventLog::record(sqlite::SqliteDatabase& db, qint64 now, const QString& type, qint64 projectId,
                                qint64 userId, const QJsonObject& data)
{
    const Result<qint64> r = db.execute(
        QStringLiteral("INSERT INTO events (project_id, user_id, type, data, created_at) VALUES (?, ?, ?, ?, ?)"),
        {projectId ? QVariant(projectId) : QVariant(), userId ? QVariant(userId) : QVariant(), type,
         QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)), now});
    if (!r)
        return r.error();
    return db.lastInsertId();
}

Result<qint64> EventLog::notify(sqlite::SqliteDatabase& db, qint64 now, qint64 userId, const QString& subject,
                                const QString& body)
{
    const Result<qint64> r =
        db.execute(QStringLiteral("INSERT INTO outbox (user_id, recipient, subject, body, created_at) "
                                  "SELECT id, email, ?, ?, ? FROM users WHERE id = ?"),
                   {subject, body, now, userId});
    if (!r)
        return r.error();
    return db.lastInsertId();
}

void EventLog::published(sqlite::SqliteDatabase& db)
{
    {
        std::lock_guard<std::mutex> guard(m_mutex);
        ++m_generation;
    }
    m_changed.notify_all();
    if (m_hook)
        m_hook(db);
}

quint64 EventLog::generation() const
{
    std::lock_guard<std::mutex> guard(m_mutex);
    return m_generation;
}

bool EventLog::waitPast(quint64 seen, std::chrono::steady_clock::time_point deadline)
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_changed.wait_until(lock, deadline, [&] { return m_shutdown || m_generation != seen; });
    return !m_shutdown;
}

void EventLog::shutdown()
{
    {
        std::lock_guard<std::mutex> guard(m_mutex);
        m_shutdown = true;
    }
    m_changed.notify_all();
}

void EventLog::reopen()
{
    std::lock_guard<std::mutex> guard(m_mutex);
    m_shutdown = false;
}

} // namespace apd::server
