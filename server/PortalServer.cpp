#include "server/PortalServer.h"

#include "server/ConversationRoutes.h"
#include "server/FeedRoutes.h"
#include "server/FileRoutes.h"
#include "server/PortalContext.h"
#include "server/ProjectRoutes.h"
#include "server/SessionRoutes.h"
#include "server/ThumbnailRoutes.h"
#include "server/UploadRoutes.h"
#include "server/WorkflowRoutes.h"

#include <httplib.h>

#include <cstdio>
#include <memory>

#include <sys/socket.h>

namespace apd::server {

PortalServer::PortalServer(ServerConfig config)
    : m_context(std::make_unique<PortalContext>(std::move(config))),
      m_uploads(std::make_unique<UploadRoutes>(*m_context)),
      m_router(std::make_unique<Router>(m_context->config().maxJsonBytes))
{
    SessionRoutes::install(*m_router, *m_context);
    ProjectRoutes::install(*m_router, *m_context);
    WorkflowRoutes::install(*m_router, *m_context);
    ConversationRoutes::install(*m_router, *m_context);
    FeedRoutes::install(*m_router, *m_context);
    FileRoutes::install(*m_router, *m_context);
    ThumbnailRoutes::install(*m_router, *m_context);
    m_uploads->install(*m_router);
}

PortalServer::~PortalServer()
{
    stop();
}

const QList<RouteInfo>& PortalServer::routes() const
{
    return m_router->routes();
}

bool PortalServer::isRunning() const
{
    return m_http && m_http->is_running();
}

QString PortalServer::baseUrl() const
{
    const bool tls = !m_context->config().tlsCertificate.isEmpty();
    return QStringLiteral("%1://%2:%3")
        .arg(tls ? QStringLiteral("https") : QStringLiteral("http"), m_context->config().host)
        .arg(m_port);
}

Result<int> PortalServer::start()
{
    if (m_http)
        return Error{QStringLiteral("running"), tr("The server is already running.")};
    const ServerConfig& config = m_context->config();
    const Result<bool> opened = m_context->open();
    if (!opened)
        return opened.error();
    const Result<int> recovered = m_uploads->recover();
    if (!recovered)
        return recovered.error();

    if (!config.tlsCertificate.isEmpty() || !config.tlsKey.isEmpty()) {
        auto tls = std::make_unique<httplib::SSLServer>(config.tlsCertificate.toLocal8Bit().constData(),
                                                        config.tlsKey.toLocal8Bit().constData());
        if (!tls->is_valid())
            return Error{QStringLiteral("tls"), tr("The TLS certificate or key cannot be loaded.")};
        m_http = std::move(tls);
    } else {
        m_http = std::make_unique<httplib::Server>();
    }
    httplib::Server& http = *m_http;
    const int threads = config.threads;
    http.new_task_queue = [threads] { return new httplib::ThreadPool(size_t(threads)); };
    http.set_payload_max_length(size_t(config.maxUploadBytes) + 1);
    http.set_read_timeout(config.readTimeoutSeconds, 0);
    http.set_write_timeout(config.readTimeoutSeconds, 0);
    http.set_keep_alive_timeout(config.keepAliveSeconds);
    http.set_keep_alive_max_count(1000);

    const qint64 maxJson = config.maxJsonBytes;
    // A JSON body past the drain limit is refused before a byte of it is read (and the
    // connection closed); smaller excess is read and dropped by the router (413).
    http.set_pre_routing_handler([maxJson](const httplib::Request& req, httplib::Response& res) {
        if (req.path.rfind("/v1/uploads", 0) == 0)
            return httplib::Server::HandlerResponse::Unhandled;
        const qint64 length = qint64(std::strtoll(req.get_header_value("Content-Length").c_str(), nullptr, 10));
        if (length > (16 << 20)) {
            Exchange ex(req, res, {}, maxJson);
            res.set_header("Connection", "close");
            ex.problem(413, QStringLiteral("body-too-large"),
                       Exchange::tr("The request body is larger than %1 bytes.").arg(maxJson));
            return httplib::Server::HandlerResponse::Handled;
        }
        return httplib::Server::HandlerResponse::Unhandled;
    });
    http.set_error_handler([maxJson](const httplib::Request& req, httplib::Response& res) {
        if (!res.body.empty())
            return; // a handler's own problem
        Exchange ex(req, res, {}, maxJson);
        const int status = res.status;
        if (status == 404)
            ex.problem(404, QStringLiteral("not-found"), Exchange::tr("There is nothing at this address."));
        else
            ex.problem(status, QStringLiteral("http-%1").arg(status), Exchange::titleFor(status));
    });
    http.set_exception_handler([maxJson](const httplib::Request& req, httplib::Response& res, std::exception_ptr) {
        Exchange ex(req, res, {}, maxJson);
        ex.problem(500, QStringLiteral("internal"),
                   Exchange::tr("The portal failed on this request; nothing was changed."));
    });
    m_router->install(http);

    // The library listens with a backlog of five (compiled into Debian's build): a burst of
    // clients connecting at once overflows it, and the kernel drops or delays connections.
    // The socket is noted as it is made and, once bound, listened on again with the system's
    // maximum (on a listening socket, listen() only changes the backlog).
    auto listening = std::make_shared<int>(-1);
    http.set_socket_options([listening](socket_t sock) {
        httplib::default_socket_options(sock);
        *listening = int(sock);
    });

    int port = config.port;
    if (port == 0) {
        port = http.bind_to_any_port(config.host.toStdString());
        if (port < 0)
            port = 0;
    } else if (!http.bind_to_port(config.host.toStdString(), port)) {
        port = 0;
    }
    if (port <= 0) {
        m_http.reset();
        m_context->close();
        return Error{QStringLiteral("listen"), tr("Cannot listen on %1:%2.").arg(config.host).arg(config.port)};
    }
    if (*listening >= 0)
        ::listen(*listening, SOMAXCONN);
    m_port = port;
    m_thread = std::thread([this] { m_http->listen_after_bind(); });
    // listen_after_bind() runs on the thread; wait until it accepts so callers can connect.
    for (int i = 0; i < 5000 && !m_http->is_running(); ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    return port;
}

void PortalServer::stop()
{
    if (!m_http)
        return;
    m_context->events().shutdown(); // long polls answer at once
    m_http->stop();
    if (m_thread.joinable())
        m_thread.join();
    m_http.reset();
    m_context->close();
    m_port = 0;
}

} // namespace apd::server
