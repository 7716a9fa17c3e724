#pragma once

#include "common/Result.h"
#include "portal/PortalTypes.h"

#include <QCoreApplication>
#include <QDateTime>

#include <functional>

namespace apd::portal {
class PortalClient;
}

namespace apd::store {

// A value from the portal, or from the cache when the portal is out of reach.
template <typename T> struct Fetched
{
    T value;
    bool fromCache = false;
    QDateTime seenAt; // UTC: when the portal sent it (now, when it is fresh)
};

// The project list and orders, online first: each answer the portal gives is kept in the
// ProjectCache at `cachePath`; a network error (PortalClient::isNetworkError) is answered
// from the cache when it holds a copy, else returned as it was. Other errors (a refusal, an
// expired session) are never hidden behind the cache. A cache that cannot be written does
// not fail a call that the portal answered.
//
// Blocking (network and disk): run it on a worker thread, with that thread's client.
class CachingPortal
{
    Q_DECLARE_TR_FUNCTIONS(CachingPortal)

public:
    CachingPortal(QString cachePath, QString email, std::function<QDateTime()> clock = {});

    Result<Fetched<QList<portal::ProjectSummary>>> projects(portal::PortalClient& client);
    Result<Fetched<portal::ProjectDetail>> project(portal::PortalClient& client, qint64 projectId);
    // Only the cache (no network): what the sign-in dialog offers when the portal is out of reach.
    Result<Fetched<QList<portal::ProjectSummary>>> cachedProjects(const QUrl& server);
    Result<Fetched<portal::ProjectDetail>> cachedProject(const QUrl& server, qint64 projectId);

private:
    QString m_cachePath;
    QString m_email;
    std::function<QDateTime()> m_clock;
};

} // namespace apd::store
