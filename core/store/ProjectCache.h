#pragma once

#include "common/Result.h"
#include "sqlite/SqliteDatabase.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QUrl>

namespace apd::store {

// The last-seen project list and orders of each portal and user, as the portal sent them
// (its JSON documents), in a SQLite file (AppPaths::offlineCachePath), so that an order can
// be opened while the portal is out of reach. Schema versioned, migrated on open.
//
// Thread: one connection per object; make one per worker thread (they are cheap), never share.
// Errors: code "sqlite…" from the database, "cache-miss" when nothing is kept.
class ProjectCache
{
    Q_DECLARE_TR_FUNCTIONS(ProjectCache)

public:
    struct Document
    {
        QJsonObject json;
        QDateTime seenAt; // UTC: when the portal sent it
    };

    Result<bool> open(const QString& path);
    static int schemaVersion();

    Result<bool> saveProjects(const QUrl& server, const QString& email, const QJsonObject& document,
                              const QDateTime& seenAt);
    Result<Document> projects(const QUrl& server, const QString& email);
    Result<bool> saveProject(const QUrl& server, const QString& email, qint64 projectId, const QJsonObject& document,
                             const QDateTime& seenAt);
    Result<Document> project(const QUrl& server, const QString& email, qint64 projectId);
    // Whether anything is kept for this portal and user (the sign-in dialog offers offline work).
    bool hasProjects(const QUrl& server, const QString& email);

private:
    Result<Document> document(const QString& sql, const QVariantList& args);

    sqlite::SqliteDatabase m_db;
};

} // namespace apd::store
