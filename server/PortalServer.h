#pragma once

#include "common/Result.h"
#include "server/Router.h"
#include "server/ServerConfig.h"

#include <QCoreApplication>

#include <memory>
#include <thread>

namespace httplib {
class Server;
}

namespace apd::server {

class PortalContext;
class UploadRoutes;

// The reference portal: every route of docs/api/openapi.yaml on cpp-httplib, over the
// store in the data directory. Startable from code (the desktop app's demo mode, the tests):
// start() binds (port 0: any free port), serves on its own threads and returns; stop() ends
// long polls, closes connections and joins. Not copyable; start/stop from one thread.
class PortalServer
{
    Q_DECLARE_TR_FUNCTIONS(PortalServer)

public:
    explicit PortalServer(ServerConfig config);
    ~PortalServer();
    PortalServer(const PortalServer&) = delete;
    PortalServer& operator=(const PortalServer&) = delete;

    // Opens the store (migrating it), repairs unfinished uploads, binds and serves. Returns
    // the port it listens on.
    Result<int> start();
    void stop();
    bool isRunning() const;
    int port() const { return m_port; }
    QString baseUrl() const;

    // The routes served, as the API description writes them.
    const QList<RouteInfo>& routes() const;
    PortalContext& context() { return *m_context; }

private:
    std::unique_ptr<PortalContext> m_context;
    std::unique_ptr<UploadRoutes> m_uploads;
    std::unique_ptr<Router> m_router;
    std::unique_ptr<httplib::Server> m_http;
    std::thread m_thread;
    int m_port = 0;
};

} // namespace apd::server
