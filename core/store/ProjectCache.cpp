#include "store/ProjectCache.h"

#include "portal/TokenStore.h"

#include <QJsonDocument>

namespace apd::store {

namespace {

const QList<sqlite::Migration>& migrations()
{
    static const QList<sqlite::Migration> steps = {
        {1, QStringLiteral("CREATE TABLE project_lists ("
                           " portal TEXT NOT NULL, email TEXT NOT NULL, document TEXT NOT NULL,"
                           " seen_at INTEGER NOT NULL, PRIMARY KEY (portal, email));"
                           "CREATE TABLE projects ("
                           " portal TEXT NOT NULL, email TEXT NOT NULL, project_id INTEGER NOT NULL,"
                           " document TEXT NOT NULL, seen_at INTEGER NOT NULL,"
                           " PRIMARY KEY (portal, email, project_id));")},
    };
    return steps;
}

// One portal is one origin: "https://portal.example/" and "https://portal.example" share a cache.
QString portalKey(const QUrl& server)
{
    QString path = server.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return portal::TokenStore::keyFor(server) + path;
}

// E-mail addresses compare without case.
QString emailKey(const QString& email)
{
    return email.trimmed().toLower();
}

} // namespace

int ProjectCache::schemaVersion()
{
    return migrations().last().version;
}

Result<bool> ProjectCache::open(const QString& path)
{
    if (const auto opened = m_db.open(path); !opened)
        return opened.error();
    return m_db.migrate(migrations());
}

Result<bool> ProjectCache::saveProjects(const QUrl& server, const QString& email, const QJsonObject& document,
                                        const QDateTime& seenAt)
{
    const auto r = m_db.execute(
        QStringLiteral("INSERT INTO project_lists (portal, email, document, seen_at) VALUES (?1, ?2, ?3, ?4) "
                       "ON CONFLICT (portal, email) DO UPDATE SET document = ?3, seen_at = ?4"),
        {portalKey(server), emailKey(email), QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Compact)),
         seenAt.toMSecsSinceEpoch()});
    return r ? Result<bool>(true) : Result<bool>(r.error());
}

Result<bool> ProjectCache::saveProject(const QUrl& server, const QString& email, qint64 projectId,
                                       const QJsonObject& document, const QDateTime& seenAt)
{
    const auto r = m_db.execute(
        QStringLiteral(
            "INSERT INTO projects (portal, email, project_id, document, seen_at) VALUES (?1, ?2, ?3, ?4, ?5) "
            "ON CONFLICT (portal, email, project_id) DO UPDATE SET document = ?4, seen_at = ?5"),
        {portalKey(server), emailKey(email), projectId,
         QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Compact)), seenAt.toMSecsSinceEpoch()});
    return r ? Result<bool>(true) : Result<bool>(r.error());
}

Result<ProjectCache::Document> ProjectCache::projects(const QUrl& server, const QString& email)
{
    return document(QStringLiteral("SELECT document, seen_at FROM project_lists WHERE portal = ?1 AND email = ?2"),
                    {portalKey(server), emailKey(email)});
}

Result<ProjectCache::Document> ProjectCache::project(const QUrl& server, const QString& email, qint64 projectId)
{
    return document(
        QStringLiteral("SELECT document, seen_at FROM projects WHERE portal = ?1 AND email = ?2 AND project_id = ?3"),
        {portalKey(server), emailKey(email), projectId});
}

bool ProjectCache::hasProjects(const QUrl& server, const QString& email)
{
    return projects(server, email).ok();
}

Result<ProjectCache::Document> ProjectCache::document(const QString& sql, const QVariantList& args)
{
    const auto rows = m_db.query(sql, args);
    if (!rows)
        return rows.error();
    if (rows.value().isEmpty())
        return Error{QStringLiteral("cache-miss"), tr("Nothing of this portal is kept on this computer yet.")};
    const sqlite::SqliteRow& row = rows.value().first();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(row.text(0).toUtf8(), &parseError);
    if (!doc.isObject())
        return Error{QStringLiteral("cache-damaged"),
                     tr("The copy kept on this computer is damaged: %1").arg(parseError.errorString())};
    return Document{doc.object(), QDateTime::fromMSecsSinceEpoch(row.integer(1), Qt::UTC)};
}

} // namespace apd::store
