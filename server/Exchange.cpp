#include "server/Exchange.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <httplib.h>

namespace apd::server {

QString Exchange::header(const char* name) const
{
    return QString::fromStdString(m_request.get_header_value(name));
}

bool Exchange::hasHeader(const char* name) const
{
    return m_request.has_header(name);
}

std::optional<QString> Exchange::query(const char* name) const
{
    if (!m_request.has_param(name))
        return std::nullopt;
    return QString::fromStdString(m_request.get_param_value(name));
}

QString Exchange::method() const
{
    return QString::fromStdString(m_request.method);
}

void Exchange::setHeader(const char* name, const QString& value)
{
    m_response.set_header(name, value.toStdString());
}

void Exchange::json(int status, const QJsonObject& body)
{
    m_response.status = status;
    m_response.set_content(QJsonDocument(body).toJson(QJsonDocument::Compact).toStdString(), "application/json");
}

void Exchange::noContent(int status)
{
    m_response.status = status;
    m_response.body.clear();
}

bool Exchange::answered() const
{
    return m_response.status != -1;
}

QString Exchange::titleFor(int status)
{
    switch (status) {
    case 400:
        return tr("Bad request");
    case 401:
        return tr("Not signed in");
    case 403:
        return tr("Not allowed");
    case 404:
        return tr("Not found");
    case 409:
        return tr("Conflict");
    case 410:
        return tr("Gone");
    case 411:
        return tr("Length required");
    case 412:
        return tr("Precondition failed");
    case 413:
        return tr("Too large");
    case 415:
        return tr("Unsupported media type");
    case 422:
        return tr("Refused");
    case 423:
        return tr("Busy");
    case 460:
        return tr("Checksum mismatch");
    case 500:
        return tr("Server error");
    case 503:
        return tr("Unavailable");
    default:
        return tr("Error");
    }
}

void Exchange::problem(int status, const QString& code, const QString& detail, const QJsonObject& extra)
{
    QJsonObject body = extra;
    body.insert(QStringLiteral("type"), QString(QStringLiteral("urn:apd:problem:") + code));
    body.insert(QStringLiteral("title"), titleFor(status));
    body.insert(QStringLiteral("status"), status);
    body.insert(QStringLiteral("code"), code);
    body.insert(QStringLiteral("detail"), detail);
    m_response.status = status;
    m_response.set_content(QJsonDocument(body).toJson(QJsonDocument::Compact).toStdString(),
                           "application/problem+json");
}

std::optional<QJsonObject> Exchange::jsonBody()
{
    const std::string type = m_request.get_header_value("Content-Type");
    const std::string mime = type.substr(0, type.find(';'));
    if (mime != "application/json") {
        problem(415, QStringLiteral("unsupported-media-type"), tr("Send the request body as application/json."));
        return std::nullopt;
    }
    if (qint64(m_body.size()) > m_maxJsonBytes) {
        problem(413, QStringLiteral("body-too-large"),
                tr("The request body is larger than %1 bytes.").arg(m_maxJsonBytes));
        return std::nullopt;
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(m_body), &error);
    if (error.error != QJsonParseError::NoError) {
        problem(400, QStringLiteral("malformed-json"),
                tr("The request body is not valid JSON (%1 at byte %2).").arg(error.errorString()).arg(error.offset));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        problem(400, QStringLiteral("malformed-json"), tr("The request body must be a JSON object."));
        return std::nullopt;
    }
    return doc.object();
}

std::optional<QString> JsonFields::text(const char* name, int maxLength, bool required)
{
    const QJsonValue v = m_object.value(QLatin1String(name));
    if (v.isUndefined() || v.isNull()) {
        if (!required)
            return QString();
        m_exchange.problem(400, QStringLiteral("missing-field"),
                           tr("The field \"%1\" is missing.").arg(QLatin1String(name)),
                           {{QStringLiteral("field"), QLatin1String(name)}});
        return std::nullopt;
    }
    if (!v.isString()) {
        m_exchange.problem(400, QStringLiteral("wrong-type"),
                           tr("The field \"%1\" must be text.").arg(QLatin1String(name)),
                           {{QStringLiteral("field"), QLatin1String(name)}});
        return std::nullopt;
    }
    const QString s = v.toString();
    if (s.size() > maxLength) {
        m_exchange.problem(400, QStringLiteral("field-too-long"),
                           tr("The field \"%1\" is longer than %2 characters.").arg(QLatin1String(name)).arg(maxLength),
                           {{QStringLiteral("field"), QLatin1String(name)}});
        return std::nullopt;
    }
    if (s.contains(QChar(0))) {
        m_exchange.problem(400, QStringLiteral("bad-character"),
                           tr("The field \"%1\" contains a NUL character.").arg(QLatin1String(name)),
                           {{QStringLiteral("field"), QLatin1String(name)}});
        return std::nullopt;
    }
    return s;
}

std::optional<qint64> JsonFields::integer(const char* name, bool required)
{
    const QJsonValue v = m_object.value(QLatin1String(name));
    if (v.isUndefined() || v.isNull()) {
        if (!required)
            return qint64(0);
        m_exchange.problem(400, QStringLiteral("missing-field"),
                           tr("The field \"%1\" is missing.").arg(QLatin1String(name)),
                           {{QStringLiteral("field"), QLatin1String(name)}});
        return std::nullopt;
    }
    const double d = v.toDouble(-1.0);
    if (!v.isDouble() || d < 0 || d > 9e15 || d != double(qint64(d))) {
        m_exchange.problem(400, QStringLiteral("wrong-type"),
                           tr("The field \"%1\" must be a whole number.").arg(QLatin1String(name)),
                           {{QStringLiteral("field"), QLatin1String(name)}});
        return std::nullopt;
    }
    return qint64(d);
}

std::optional<QList<qint64>> JsonFields::integers(const char* name, int maxItems)
{
    const QJsonValue v = m_object.value(QLatin1String(name));
    if (v.isUndefined() || v.isNull()) {
        m_exchange.problem(400, QStringLiteral("missing-field"),
                           tr("The field \"%1\" is missing.").arg(QLatin1String(name)),
                           {{QStringLiteral("field"), QLatin1String(name)}});
        return std::nullopt;
    }
    const QJsonArray a = v.toArray();
    if (!v.isArray() || a.size() > maxItems) {
        m_exchange.problem(
            400, QStringLiteral("wrong-type"),
            tr("The field \"%1\" must be a list of at most %2 numbers.").arg(QLatin1String(name)).arg(maxItems),
            {{QStringLiteral("field"), QLatin1String(name)}});
        return std::nullopt;
    }
    QList<qint64> out;
    for (const QJsonValue& x : a) {
        const double d = x.toDouble(-1.0);
        if (!x.isDouble() || d < 0 || d > 9e15 || d != double(qint64(d))) {
            m_exchange.problem(400, QStringLiteral("wrong-type"),
                               tr("The field \"%1\" must hold whole numbers only.").arg(QLatin1String(name)),
                               {{QStringLiteral("field"), QLatin1String(name)}});
            return std::nullopt;
        }
        if (!out.contains(qint64(d)))
            out.append(qint64(d));
    }
    return out;
}

} // namespace apd::server
