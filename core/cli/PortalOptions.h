#pragma once

#include "common/Result.h"
#include "portal/PortalClient.h"
#include "portal/TokenStore.h"
#include "transfer/TransferSettings.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

namespace apd::cli {

// The options every verb that talks to the portal shares: --server, --proxy, --cacert, and
// how it finds its token: the APD_TOKEN environment variable (for scripts) when set, else the
// token `login` kept for that server (TokenStore). The proxy and the CA file default to the
// user's settings (AppSettings).
class PortalOptions
{
    Q_DECLARE_TR_FUNCTIONS(PortalOptions)

public:
    PortalOptions();

    void addTo(QCommandLineParser& parser) const;
    // After parsing: false (with a message in `problems`) when --server is missing or not http(s).
    bool read(const QCommandLineParser& parser, QStringList* problems);

    QUrl server() const { return m_server; }
    portal::ConnectionSettings connection() const;
    // APD_TOKEN, else the stored token; Error "not-signed-in" when there is none.
    Result<QString> token(portal::TokenStore& store) const;
    // A client with the token, ready for calls.
    Result<portal::PortalClient> client(portal::TokenStore& store) const;
    // Settings for the transfer queue: the portal's tus endpoint, the bearer token, the proxy.
    transfer::TransferSettings transferSettings(const portal::PortalClient& client, const QString& journal) const;

    // Reads a positive project id; false (with a message) otherwise.
    static bool readProjectId(const QString& text, qint64* id, QStringList* problems);

private:
    QCommandLineOption m_serverOption;
    QCommandLineOption m_proxyOption;
    QCommandLineOption m_cacertOption;
    QUrl m_server;
    QString m_proxy;
    QString m_caFile;
    bool m_proxySet = false;
    bool m_caSet = false;
};

} // namespace apd::cli
