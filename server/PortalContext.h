#pragma once

#include "naming/AssetCatalog.h"
#include "server/EventLog.h"
#include "server/Exchange.h"
#include "server/PortalStore.h"
#include "server/ServerConfig.h"

#include <QCoreApplication>

#include <optional>

namespace apd::server {

// The signed-in user behind a request.
struct Caller
{
    qint64 id = 0;
    qint64 companyId = 0;
    QString role; // agency-user, agency-admin, project-owner
    QString email;
    QString name;
    QString handle;

    bool isOwner() const { return role == QLatin1String("project-owner"); }
    bool isAgency() const { return !isOwner(); }
    bool isAgencyAdmin() const { return role == QLatin1String("agency-admin"); }
};

// What a caller must be to act on a project.
enum class ProjectNeed
{
    See,         // any role that sees the project
    AgencyWork,  // upload, link, deliver, change the order: the agency
    AgencyAdmin, // assignee, collaborators
    Owner,       // review
};

// State shared by every route: configuration, store, event log, catalog. Thread-safe.
class PortalContext
{
    Q_DECLARE_TR_FUNCTIONS(PortalContext)

public:
    explicit PortalContext(ServerConfig config);

    Result<bool> open();
    void close();

    const ServerConfig& config() const { return m_config; }
    qint64 now() const;
    PortalStore& store() { return m_store; }
    EventLog& events() { return m_events; }
    const naming::AssetCatalog& catalog() const { return m_catalog; }
    const QByteArray& catalogJson() const { return m_catalogJson; }

    // Reads the bearer token; answers 401 and returns nullopt when it is missing, unknown or
    // expired. Takes the store lock itself.
    std::optional<Caller> authenticate(Exchange& exchange);
    // Store lock held. Answers 404 (no such project) or 403 (other company, other owner,
    // wrong role) and returns false.
    bool allow(Exchange& exchange, const Caller& caller, qint64 projectId, ProjectNeed need);
    // Store lock held. The projects a caller sees, as SQL usable in "IN (…)": parameter ?1 is
    // the caller's id.
    static QString visibleProjectsSql();
    // Answers a store failure: 503 when the database is busy, 500 otherwise (logged).
    void failed(Exchange& exchange, const Error& error);
    // Store lock held: commits `transaction`, answers a failure, and wakes the event feed.
    bool commit(Exchange& exchange, sqlite::SqliteDatabase::Transaction& transaction);

private:
    ServerConfig m_config;
    PortalStore m_store;
    EventLog m_events;
    naming::AssetCatalog m_catalog;
    QByteArray m_catalogJson;
};

} // namespace apd::server
