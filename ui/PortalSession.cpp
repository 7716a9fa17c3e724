#include "PortalSession.h"

namespace apd::ui {

PortalSession::PortalSession(portal::ConnectionSettings settings, QObject* parent)
    : QObject(parent), m_settings(std::move(settings))
{
    qRegisterMetaType<portal::ProjectDetail>();
    m_pool.setMaxThreadCount(2);
}

PortalSession::~PortalSession()
{
    m_cancel.store(true);
    m_pool.waitForDone();
}

QUrl PortalSession::uploadEndpoint() const
{
    return portal::PortalClient(m_settings).uploadEndpoint();
}

QByteArray PortalSession::authorizationHeader() const
{
    return portal::PortalClient(m_settings, m_token).authorizationHeader();
}

void PortalSession::signIn(const QString& email, const QString& password)
{
    run([this, email, password](portal::PortalClient& client) -> std::function<void()> {
        const auto session = client.signIn(email, password);
        if (!session)
            return [this, e = session.error()] { Q_EMIT failed(tr("Signing in"), e.message); };
        return [this, s = session.value()] {
            m_token = s.token;
            Q_EMIT signedIn(s.user.name, s.user.role);
        };
    });
}

void PortalSession::loadProject(qint64 projectId)
{
    run([this, projectId](portal::PortalClient& client) -> std::function<void()> {
        qint64 id = projectId;
        if (id == 0) {
            const auto list = client.projects();
            if (!list)
                return [this, e = list.error()] { Q_EMIT failed(tr("Loading the projects"), e.message); };
            if (list.value().isEmpty())
                return [this] { Q_EMIT failed(tr("Loading the projects"), tr("You are not on any project yet.")); };
            id = list.value().first().id;
        }
        const auto detail = client.project(id);
        if (!detail)
            return [this, e = detail.error()] { Q_EMIT failed(tr("Loading the order"), e.message); };
        return [this, d = detail.value()] { Q_EMIT projectLoaded(d); };
    });
}

void PortalSession::deliver(qint64 projectId, const QList<qint64>& assetIds)
{
    run([this, projectId, assetIds](portal::PortalClient& client) -> std::function<void()> {
        QList<order::Refusal> refusals;
        const auto delivery = client.deliver(projectId, assetIds, &refusals);
        if (!delivery) {
            QStringList lines{delivery.error().message};
            for (const order::Refusal& r : refusals)
                lines << r.message;
            return [this, text = lines.join(QLatin1Char('\n'))] { Q_EMIT failed(tr("Delivering"), text); };
        }
        return [this, n = int(assetIds.size())] { Q_EMIT delivered(n); };
    });
}

} // namespace apd::ui
