#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <string>

namespace httplib {
struct Request;
struct Response;
} // namespace httplib

namespace apd::server {

// One HTTP request and its response, with the path parameters the route captured and the
// helpers every handler needs: JSON in and out, problem details (RFC 9457) out.
class Exchange
{
    Q_DECLARE_TR_FUNCTIONS(Exchange)

public:
    Exchange(const httplib::Request& request, httplib::Response& response, QHash<QString, QString> params,
             qint64 maxJsonBytes)
        : m_request(request), m_response(response), m_params(std::move(params)), m_maxJsonBytes(maxJsonBytes)
    {
    }

    const httplib::Request& request() const { return m_request; }
    // The body the router read for this request (JSON routes); empty when none came.
    void setBody(std::string body) { m_body = std::move(body); }
    httplib::Response& response() { return m_response; }

    QString param(const QString& name) const { return m_params.value(name); }
    // A numeric path parameter; the route's pattern already allows digits only.
    qint64 id(const QString& name) const { return m_params.value(name).toLongLong(); }
    QString header(const char* name) const;
    bool hasHeader(const char* name) const;
    // A query parameter, or nullopt when absent.
    std::optional<QString> query(const char* name) const;
    QString method() const;

    void setHeader(const char* name, const QString& value);
    void json(int status, const QJsonObject& body);
    void noContent(int status = 204);
    // application/problem+json with type urn:apd:problem:<code>; `extra` members are merged.
    void problem(int status, const QString& code, const QString& detail, const QJsonObject& extra = {});
    bool answered() const;

    // The body as a JSON object. On failure answers 415 (not JSON), 413 (too large) or 400
    // (malformed, not an object) and returns nullopt.
    std::optional<QJsonObject> jsonBody();

    static QString titleFor(int status);

private:
    const httplib::Request& m_request;
    httplib::Response& m_response;
    QHash<QString, QString> m_params;
    qint64 m_maxJsonBytes;
    std::string m_body;
};

// Typed reads of JSON fields that answer 400 with the field's name when one is missing or
// of the wrong type. Each returns nullopt after answering.
class JsonFields
{
    Q_DECLARE_TR_FUNCTIONS(JsonFields)

public:
    JsonFields(Exchange& exchange, const QJsonObject& object) : m_exchange(exchange), m_object(object) {}

    std::optional<QString> text(const char* name, int maxLength, bool required = true);
    std::optional<qint64> integer(const char* name, bool required = true);
    std::optional<QList<qint64>> integers(const char* name, int maxItems);
    bool has(const char* name) const { return m_object.contains(QLatin1String(name)); }

private:
    Exchange& m_exchange;
    const QJsonObject& m_object;
};

} // namespace apd::server
