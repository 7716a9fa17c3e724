#include "server/Router.h"

#include <QRegularExpression>

#include <httplib.h>

namespace apd::server {

namespace {

constexpr qint64 kDrainLimit = 16 << 20;

QString escapeLiteral(QStringView text)
{
    QString out;
    for (QChar c : text) {
        if (QStringView(u"\\^$.|?*+()[]{}").contains(c))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

} // namespace

Router::Entry Router::makeEntry(const QString& method, const QString& path) const
{
    Entry e;
    e.info = {method, path};
    static const QRegularExpression param(QStringLiteral("\\{([A-Za-z]+)\\}"));
    QString pattern;
    qsizetype last = 0;
    for (auto it = param.globalMatch(path); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        pattern += escapeLiteral(QStringView(path).mid(last, m.capturedStart() - last));
        const QString name = m.captured(1);
        if (name == QLatin1String("uploadId"))
            pattern += QStringLiteral("([0-9a-f]{32})");
        else if (name.endsWith(QLatin1String("Id")))
            pattern += QStringLiteral("([0-9]{1,15})");
        else
            pattern += QStringLiteral("([a-z]{1,32})");
        e.params.append(name);
        last = m.capturedEnd();
    }
    pattern += escapeLiteral(QStringView(path).mid(last));
    e.pattern = pattern.toStdString();
    return e;
}

void Router::add(const QString& method, const QString& path, Handler handler)
{
    Entry e = makeEntry(method, path);
    e.handler = std::move(handler);
    m_routes.append(e.info);
    m_entries.append(std::move(e));
}

void Router::addStreaming(const QString& method, const QString& path, StreamingHandler handler)
{
    Entry e = makeEntry(method, path);
    e.streaming = std::move(handler);
    m_routes.append(e.info);
    m_entries.append(std::move(e));
}

void Router::install(httplib::Server& server) const
{
    for (const Entry& e : m_entries) {
        const qint64 maxJson = m_maxJsonBytes;
        const QStringList names = e.params;
        auto paramsOf = [names](const httplib::Request& req) {
            QHash<QString, QString> params;
            for (qsizetype i = 0; i < names.size() && size_t(i + 1) < req.matches.size(); ++i)
                params.insert(names[i], QString::fromStdString(req.matches[size_t(i + 1)].str()));
            return params;
        };
        const QString method = e.info.method;
        if (e.streaming) {
            const StreamingHandler h = e.streaming;
            auto wrapped = [h, paramsOf, maxJson](const httplib::Request& req, httplib::Response& res,
                                                  const httplib::ContentReader& reader) {
                Exchange ex(req, res, paramsOf(req), maxJson);
                h(ex, reader);
            };
            if (method == QLatin1String("POST"))
                server.Post(e.pattern, wrapped);
            else if (method == QLatin1String("PATCH"))
                server.Patch(e.pattern, wrapped);
            else if (method == QLatin1String("PUT"))
                server.Put(e.pattern, wrapped);
            else
                qFatal("a streaming route needs a method with a body");
            continue;
        }
        const Handler h = e.handler;
        if (method == QLatin1String("POST") || method == QLatin1String("PUT") || method == QLatin1String("PATCH") ||
            method == QLatin1String("DELETE")) {
            // Bodies of JSON routes are read here, up to maxJson bytes. A larger one is read
            // to its end (up to the drain limit) so the client gets its 413 instead of a reset.
            auto withBody = [h, paramsOf, maxJson](const httplib::Request& req, httplib::Response& res,
                                                   const httplib::ContentReader& reader) {
                Exchange ex(req, res, paramsOf(req), maxJson);
                const bool chunked = req.get_header_value("Transfer-Encoding").find("chunked") != std::string::npos;
                const bool hasBody =
                    chunked || std::strtoll(req.get_header_value("Content-Length").c_str(), nullptr, 10) > 0;
                std::string body;
                qint64 seen = 0;
                bool complete = true;
                if (hasBody) {
                    complete = reader([&](const char* data, size_t size) {
                        seen += qint64(size);
                        if (seen <= maxJson)
                            body.append(data, size);
                        return seen <= kDrainLimit;
                    });
                }
                if (seen > maxJson) {
                    if (!complete)
                        res.set_header("Connection", "close");
                    ex.problem(413, QStringLiteral("body-too-large"),
                               Exchange::tr("The request body is larger than %1 bytes.").arg(maxJson));
                    return;
                }
                if (!complete) {
                    res.set_header("Connection", "close");
                    ex.problem(400, QStringLiteral("incomplete-body"), Exchange::tr("The request body ended early."));
                    return;
                }
                ex.setBody(std::move(body));
                h(ex);
            };
            if (method == QLatin1String("POST"))
                server.Post(e.pattern, withBody);
            else if (method == QLatin1String("PUT"))
                server.Put(e.pattern, withBody);
            else if (method == QLatin1String("PATCH"))
                server.Patch(e.pattern, withBody);
            else
                server.Delete(e.pattern, withBody);
            continue;
        }
        auto wrapped = [h, paramsOf, maxJson, method](const httplib::Request& req, httplib::Response& res) {
            Exchange ex(req, res, paramsOf(req), maxJson);
            // cpp-httplib serves HEAD with the GET handlers: a path with only a HEAD route
            // answers GET with 405.
            if (method == QLatin1String("HEAD") && req.method != "HEAD") {
                ex.setHeader("Allow", QStringLiteral("HEAD, PATCH, DELETE"));
                ex.problem(405, QStringLiteral("method-not-allowed"),
                           Exchange::tr("Use HEAD to read an upload's offset."));
                return;
            }
            h(ex);
        };
        if (method == QLatin1String("GET") || method == QLatin1String("HEAD"))
            server.Get(e.pattern, wrapped);
        else if (method == QLatin1String("POST"))
            server.Post(e.pattern, wrapped);
        else if (method == QLatin1String("PUT"))
            server.Put(e.pattern, wrapped);
        else if (method == QLatin1String("PATCH"))
            server.Patch(e.pattern, wrapped);
        else if (method == QLatin1String("DELETE"))
            server.Delete(e.pattern, wrapped);
        else if (method == QLatin1String("OPTIONS"))
            server.Options(e.pattern, wrapped);
        else
            qFatal("unknown method");
    }
}

} // namespace apd::server
