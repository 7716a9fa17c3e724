#pragma once

#include "server/Exchange.h"

#include <QList>
#include <QString>

#include <functional>

namespace httplib {
class Server;
class ContentReader;
} // namespace httplib

namespace apd::server {

// A route as the API description writes it: "GET", "/v1/projects/{projectId}".
struct RouteInfo
{
    QString method;
    QString path;
};

// Registers handlers under their OpenAPI paths and keeps the list, so the routes served can
// be checked against docs/api/openapi.yaml. Path parameters named *Id match digits (uploadId:
// 32 hex digits), others lowercase words; anything else does not reach the handler (404).
class Router
{
public:
    using Handler = std::function<void(Exchange&)>;
    using StreamingHandler = std::function<void(Exchange&, const httplib::ContentReader&)>;

    explicit Router(qint64 maxJsonBytes) : m_maxJsonBytes(maxJsonBytes) {}

    void add(const QString& method, const QString& path, Handler handler);
    // The body is not read before the handler runs: it streams it through the reader.
    void addStreaming(const QString& method, const QString& path, StreamingHandler handler);

    const QList<RouteInfo>& routes() const { return m_routes; }
    void install(httplib::Server& server) const;

private:
    struct Entry
    {
        RouteInfo info;
        std::string pattern;
        QStringList params;
        Handler handler;
        StreamingHandler streaming;
    };

    Entry makeEntry(const QString& method, const QString& path) const;

    qint64 m_maxJsonBytes;
    QList<RouteInfo> m_routes;
    QList<Entry> m_entries;
};

} // namespace apd::server
