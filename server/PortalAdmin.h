#pragma once

#include "common/Result.h"
#include "server/PortalStore.h"
#include "server/ServerConfig.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace apd::server {

// The operator's side of the portal, working on the store directly: companies, users,
// projects from a JSON order, reviews, the outbox. Used by `artwork-portal-server admin`
// and by the demo seed. Takes the store lock per call.
class PortalAdmin
{
    Q_DECLARE_TR_FUNCTIONS(PortalAdmin)

public:
    PortalAdmin(PortalStore& store, const ServerConfig& config) : m_store(store), m_config(config) {}

    Result<qint64> addCompany(const QString& name, const QString& kind);
    // An empty password: a random one is made; the password is returned (shown once).
    struct NewUser
    {
        qint64 id = 0;
        QString password;
    };
    Result<NewUser> addUser(const QString& company, const QString& email, const QString& name, const QString& role,
                            const QString& handle = {}, const QString& password = {});
    // An order:
    //   {"title": "…", "owner": "owner e-mail", "agency": "company name",
    //    "members": ["e-mail", …], "assignee": "e-mail" (optional),
    //    "requests": ["billboard_dark_ltr_01_zxx", …], "minimums": {"billboard": 3} (optional)}
    Result<qint64> createProject(const QJsonObject& order);
    Result<qint64> review(qint64 projectId, qint64 assetId, const QString& ownerEmail, const QString& verdict,
                          const QString& comment);
    // Outbox rows, oldest first: id, recipient, subject, body, createdAt.
    Result<QList<QJsonObject>> outbox();

private:
    qint64 now() const;

    PortalStore& m_store;
    const ServerConfig& m_config;
};

} // namespace apd::server
