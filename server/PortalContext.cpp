#include "server/PortalContext.h"

#include "server/Secrets.h"

#include <QDateTime>
#include <QFile>

#include <cstdio>

namespace apd::server {

PortalContext::PortalContext(ServerConfig config)
    : m_config(std::move(config)), m_catalog(naming::AssetCatalog::builtIn())
{
    QFile file(QStringLiteral(":/apd/catalog/asset-types.json"));
    if (file.open(QIODevice::ReadOnly))
        m_catalogJson = file.readAll();
}

qint64 PortalContext::now() const
{
    return m_config.clock ? m_config.clock() : QDateTime::currentMSecsSinceEpoch();
}

Result<bool> PortalContext::open()
{
    if (m_catalogJson.isEmpty())
        return Error{QStringLiteral("catalog"), tr("The built-in asset-type catalog is missing.")};
    const Result<bool> opened = m_store.open(m_config.dataDir);
    if (!opened)
        return opened;
    m_events.reopen();
    if (m_config.demo) {
        // Demo mode has no mail: notifications appear on stdout as they are queued.
        auto printed = std::make_shared<qint64>(0);
        {
            auto lock = m_store.lock();
            const auto last = m_store.db().query(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM outbox"));
            if (last && !last.value().isEmpty())
                *printed = last.value().first().integer(0);
        }
        m_events.setPublishHook([printed](sqlite::SqliteDatabase& db) {
            const auto rows = db.query(
                QStringLiteral("SELECT id, recipient, subject, body FROM outbox WHERE id > ? ORDER BY id"), {*printed});
            if (!rows)
                return;
            for (const sqlite::SqliteRow& r : rows.value()) {
                std::printf("[mail to %s] %s\n    %s\n", qPrintable(r.text(1)), qPrintable(r.text(2)),
                            qPrintable(r.text(3)));
                *printed = r.integer(0);
            }
            std::fflush(stdout);
        });
    }
    return true;
}

void PortalContext::close()
{
    m_events.shutdown();
    m_store.close();
}

std::optional<Caller> PortalContext::authenticate(Exchange& exchange)
{
    const QString header = exchange.header("Authorization");
    static const QString prefix = QStringLiteral("Bearer ");
    if (!header.startsWith(prefix, Qt::CaseInsensitive) || header.size() > 512) {
        exchange.setHeader("WWW-Authenticate", QStringLiteral("Bearer"));
        exchange.problem(401, QStringLiteral("unauthenticated"), tr("Sign in first: the request carries no token."));
        return std::nullopt;
    }
    const QByteArray token = header.mid(prefix.size()).trimmed().toLatin1();
    const QByteArray hash = Secrets::sha256(token);
    auto lock = m_store.lock();
    const auto rows = m_store.db().query(
        QStringLiteral("SELECT s.token_hash, s.expires_at, u.id, u.company_id, u.role, u.email, u.name, u.handle "
                       "FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = ?"),
        {hash});
    // The lookup is by a digest of a 256-bit random token; the final comparison is constant
    // time all the same.
    if (!rows || rows.value().isEmpty() || !Secrets::equal(rows.value().first().blob(0), hash)) {
        exchange.setHeader("WWW-Authenticate", QStringLiteral("Bearer error=\"invalid_token\""));
        exchange.problem(401, QStringLiteral("unauthenticated"), tr("Your session is not valid; sign in again."));
        return std::nullopt;
    }
    const sqlite::SqliteRow& r = rows.value().first();
    if (r.integer(1) <= now()) {
        m_store.db().execute(QStringLiteral("DELETE FROM sessions WHERE token_hash = ?"), {hash});
        exchange.setHeader("WWW-Authenticate", QStringLiteral("Bearer error=\"invalid_token\""));
        exchange.problem(401, QStringLiteral("session-expired"), tr("Your session has expired; sign in again."));
        return std::nullopt;
    }
    return Caller{r.integer(2), r.integer(3), r.text(4), r.text(5), r.text(6), r.text(7)};
}

void PortalContext::failed(Exchange& exchange, const Error& error)
{
    std::fprintf(stderr, "artwork-portal-server: %s: %s\n", qPrintable(error.code), qPrintable(error.message));
    if (error.code == QLatin1String("sqlite-busy")) {
        exchange.setHeader("Retry-After", QStringLiteral("1"));
        exchange.problem(503, QStringLiteral("busy"), tr("The portal is busy; try again in a moment."));
        return;
    }
    exchange.problem(500, QStringLiteral("internal"),
                     tr("The portal could not complete the request; nothing was changed."));
}

bool PortalContext::commit(Exchange& exchange, sqlite::SqliteDatabase::Transaction& transaction)
{
    const Result<bool> committed = transaction.commit();
    if (!committed) {
        failed(exchange, committed.error());
        return false;
    }
    m_events.published(m_store.db());
    return true;
}

QString PortalContext::visibleProjectsSql()
{
    return QStringLiteral("SELECT p.id FROM projects p JOIN users u ON u.id = ?1 WHERE "
                          "(u.role = 'project-owner' AND p.owner_id = u.id) OR "
                          "(u.role = 'agency-admin' AND p.company_id = u.company_id) OR "
                          "(u.role = 'agency-user' AND p.company_id = u.company_id AND EXISTS "
                          "(SELECT 1 FROM project_members m WHERE m.project_id = p.id AND m.user_id = u.id))");
}

bool PortalContext::allow(Exchange& exchange, const Caller& caller, qint64 projectId, ProjectNeed need)
{
    const auto exists = m_store.db().query(QStringLiteral("SELECT 1 FROM projects WHERE id = ?"), {projectId});
    if (!exists || exists.value().isEmpty()) {
        exchange.problem(404, QStringLiteral("project-not-found"), tr("There is no project %1.").arg(projectId));
        return false;
    }
    const auto visible =
        m_store.db().query(QStringLiteral("SELECT 1 FROM (") + visibleProjectsSql() + QStringLiteral(") WHERE id = ?2"),
                           {caller.id, projectId});
    if (!visible || visible.value().isEmpty()) {
        exchange.problem(403, QStringLiteral("project-forbidden"),
                         tr("You have no access to this project; ask your agency admin to add you."));
        return false;
    }
    switch (need) {
    case ProjectNeed::See:
        return true;
    case ProjectNeed::AgencyWork:
        if (caller.isAgency())
            return true;
        exchange.problem(403, QStringLiteral("role-forbidden"), tr("Only the agency uploads, links and delivers."));
        return false;
    case ProjectNeed::AgencyAdmin:
        if (caller.isAgencyAdmin())
            return true;
        exchange.problem(403, QStringLiteral("role-forbidden"),
                         tr("Only an agency admin sets the assignee and the collaborators."));
        return false;
    case ProjectNeed::Owner:
        if (caller.isOwner())
            return true;
        exchange.problem(403, QStringLiteral("role-forbidden"), tr("Only the project owner reviews assets."));
        return false;
    }
    return false;
}

} // namespace apd::server
