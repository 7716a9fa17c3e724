#include "cli/PortalOptions.h"

#include "settings/AppPaths.h"
#include "settings/AppSettings.h"

#include <QDir>
#include <QFileInfo>

namespace apd::cli {

PortalOptions::PortalOptions()
    : m_serverOption(QStringLiteral("server"), tr("The portal's address, e.g. https://portal.example."),
                     QStringLiteral("URL")),
      m_proxyOption(QStringLiteral("proxy"), tr("A proxy (default: the settings', else the environment's)."),
                    QStringLiteral("URL")),
      m_cacertOption(QStringLiteral("cacert"), tr("Trust this CA bundle instead of the system's."),
                     QStringLiteral("FILE"))
{
}

void PortalOptions::addTo(QCommandLineParser& parser) const
{
    parser.addOptions({m_serverOption, m_proxyOption, m_cacertOption});
}

bool PortalOptions::read(const QCommandLineParser& parser, QStringList* problems)
{
    m_server = QUrl(parser.value(m_serverOption), QUrl::StrictMode);
    m_proxySet = parser.isSet(m_proxyOption);
    m_proxy = parser.value(m_proxyOption);
    m_caSet = parser.isSet(m_cacertOption);
    m_caFile = parser.value(m_cacertOption);
    if (!parser.isSet(m_serverOption)) {
        problems->append(tr("--server is required."));
        return false;
    }
    if (!m_server.isValid() || m_server.host().isEmpty() ||
        (m_server.scheme() != QLatin1String("https") && m_server.scheme() != QLatin1String("http"))) {
        problems->append(tr("--server needs an http(s) address, e.g. https://portal.example."));
        return false;
    }
    return true;
}

portal::ConnectionSettings PortalOptions::connection() const
{
    const settings::AppSettings app;
    portal::ConnectionSettings s = portal::ConnectionSettings::fromAppSettings(app, m_server);
    if (m_proxySet)
        s.proxy = m_proxy;
    if (m_caSet)
        s.caFile = m_caFile;
    return s;
}

Result<QString> PortalOptions::token(portal::TokenStore& store) const
{
    const QString fromEnv = qEnvironmentVariable("APD_TOKEN").trimmed();
    if (!fromEnv.isEmpty())
        return fromEnv;
    const Result<QString> stored = store.load(m_server);
    if (!stored)
        return stored.error();
    if (stored.value().isEmpty())
        return Error{QStringLiteral("not-signed-in"),
                     tr("Not signed in to %1: run 'artwork-portal-cli login --server %1 --email ADDRESS' "
                        "(or set APD_TOKEN).")
                         .arg(portal::TokenStore::keyFor(m_server))};
    return stored.value();
}

Result<portal::PortalClient> PortalOptions::client(portal::TokenStore& store) const
{
    const Result<QString> t = token(store);
    if (!t)
        return t.error();
    return portal::PortalClient(connection(), t.value());
}

transfer::TransferSettings PortalOptions::transferSettings(const portal::PortalClient& client,
                                                           const QString& journal) const
{
    transfer::TransferSettings s;
    s.endpoint = client.uploadEndpoint();
    s.serverVerifiesSha256 = true; // the portal checks the whole file against its metadata
    const QByteArray auth = client.authorizationHeader();
    if (!auth.isEmpty())
        s.extraHeaders.append(auth);
    s.proxy = client.settings().proxy;
    s.caFile = client.settings().caFile;
    s.journalPath = journal;
    if (s.journalPath.isEmpty()) {
        s.journalPath = settings::AppPaths::journalPath();
        QDir().mkpath(QFileInfo(s.journalPath).absolutePath());
    }
    return s;
}

bool PortalOptions::readProjectId(const QString& text, qint64* id, QStringList* problems)
{
    bool ok = false;
    *id = text.toLongLong(&ok);
    if (text.isEmpty()) {
        problems->append(tr("--project is required."));
        return false;
    }
    if (!ok || *id <= 0) {
        problems->append(tr("--project needs a project id (a whole number), not \"%1\".").arg(text));
        return false;
    }
    return true;
}

} // namespace apd::cli
