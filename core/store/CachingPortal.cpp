#include "store/CachingPortal.h"

#include "portal/PortalClient.h"
#include "portal/PortalJson.h"
#include "store/ProjectCache.h"

namespace apd::store {

namespace {

Result<QList<portal::ProjectSummary>> readProjects(const QJsonObject& doc)
{
    return portal::json::list<portal::ProjectSummary>(doc, "projects", portal::json::projectSummary);
}

} // namespace

CachingPortal::CachingPortal(QString cachePath, QString email, std::function<QDateTime()> clock)
    : m_cachePath(std::move(cachePath)), m_email(std::move(email)), m_clock(std::move(clock))
{
    if (!m_clock)
        m_clock = [] { return QDateTime::currentDateTimeUtc(); };
}

Result<Fetched<QList<portal::ProjectSummary>>> CachingPortal::projects(portal::PortalClient& client)
{
    const auto doc = client.projectsDocument();
    if (!doc) {
        if (!portal::PortalClient::isNetworkError(doc.error()))
            return doc.error();
        const auto cached = cachedProjects(client.server());
        return cached ? cached : Result<Fetched<QList<portal::ProjectSummary>>>(doc.error());
    }
    auto list = readProjects(doc.value());
    if (!list)
        return list.error();
    const QDateTime now = m_clock();
    ProjectCache cache;
    if (cache.open(m_cachePath))
        cache.saveProjects(client.server(), m_email, doc.value(), now);
    return Fetched<QList<portal::ProjectSummary>>{std::move(list).value(), false, now};
}

Result<Fetched<portal::ProjectDetail>> CachingPortal::project(portal::PortalClient& client, qint64 projectId)
{
    const auto doc = client.projectDocument(projectId);
    if (!doc) {
        if (!portal::PortalClient::isNetworkError(doc.error()))
            return doc.error();
        const auto cached = cachedProject(client.server(), projectId);
        return cached ? cached : Result<Fetched<portal::ProjectDetail>>(doc.error());
    }
    auto detail = portal::json::projectDetail(doc.value());
    if (!detail)
        return detail.error();
    const QDateTime now = m_clock();
    ProjectCache cache;
    if (cache.open(m_cachePath))
        cache.saveProject(client.server(), m_email, projectId, doc.value(), now);
    return Fetched<portal::ProjectDetail>{std::move(detail).value(), false, now};
}

Result<Fetched<QList<portal::ProjectSummary>>> CachingPortal::cachedProjects(const QUrl& server)
{
    ProjectCache cache;
    if (const auto opened = cache.open(m_cachePath); !opened)
        return opened.error();
    const auto doc = cache.projects(server, m_email);
    if (!doc)
        return doc.error();
    auto list = readProjects(doc.value().json);
    if (!list)
        return list.error();
    return Fetched<QList<portal::ProjectSummary>>{std::move(list).value(), true, doc.value().seenAt};
}

Result<Fetched<portal::ProjectDetail>> CachingPortal::cachedProject(const QUrl& server, qint64 projectId)
{
    ProjectCache cache;
    if (const auto opened = cache.open(m_cachePath); !opened)
        return opened.error();
    const auto doc = cache.project(server, m_email, projectId);
    if (!doc) {
        if (doc.error().code == QLatin1String("cache-miss"))
            return Error{QStringLiteral("cache-miss"),
                         tr("This order was never opened on this computer, so there is no copy to work offline.")};
        return doc.error();
    }
    auto detail = portal::json::projectDetail(doc.value().json);
    if (!detail)
        return detail.error();
    return Fetched<portal::ProjectDetail>{std::move(detail).value(), true, doc.value().seenAt};
}

} // namespace apd::store
