#pragma once

// docs/api/openapi.yaml as a checker of the portal's answers: every answer a test client
// receives can be held against the status codes and the schemas the spec documents for its
// route. The YAML is turned into JSON by python3-yaml; the checker knows the JSON Schema
// keywords the spec uses (type, const, enum, required, properties, additionalProperties,
// items, allOf, oneOf, $ref, format date-time) and says so when it meets another.

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStringList>

#include <mutex>

namespace apd::test {

class OpenApiSpec
{
public:
    // The project's spec, read once.
    static const OpenApiSpec& shared()
    {
        static const OpenApiSpec spec(QStringLiteral(APD_SOURCE_DIR "/docs/api/openapi.yaml"));
        return spec;
    }

    explicit OpenApiSpec(const QString& yamlPath)
    {
        QProcess p;
        p.start(QStringLiteral("python3"),
                {QStringLiteral("-c"),
                 QStringLiteral("import json, sys, yaml; json.dump(yaml.safe_load(open(sys.argv[1])), sys.stdout)"),
                 yamlPath});
        if (!p.waitForFinished(60000) || p.exitCode() != 0) {
            m_error = QStringLiteral("python3-yaml could not read %1: %2")
                          .arg(yamlPath, QString::fromUtf8(p.readAllStandardError()));
            return;
        }
        m_root = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        const QJsonObject paths = m_root.value(QStringLiteral("paths")).toObject();
        for (auto it = paths.begin(); it != paths.end(); ++it) {
            QString pattern = QRegularExpression::escape(it.key());
            pattern.replace(QRegularExpression(QStringLiteral("\\\\\\{[A-Za-z]+\\\\\\}")), QStringLiteral("[^/]+"));
            m_routes.append({QRegularExpression(QLatin1Char('^') + pattern + QLatin1Char('$')), it.key()});
        }
        if (m_routes.isEmpty())
            m_error = QStringLiteral("no paths in %1").arg(yamlPath);
    }

    QString error() const { return m_error; }

    // Empty when the answer agrees with the spec, else what disagrees. A path the spec does
    // not have is not judged here (the route test finds those); HEAD has no body to check.
    QString check(const QString& method, const QString& target, int status, const QString& contentType,
                  const QByteArray& body) const
    {
        if (!m_error.isEmpty())
            return m_error;
        const QString path = target.section(QLatin1Char('?'), 0, 0);
        const QString where = QStringLiteral("%1 %2 → %3").arg(method, path).arg(status);
        QJsonObject operation;
        for (const auto& [re, key] : m_routes) {
            if (re.match(path).hasMatch()) {
                operation = m_root.value(QStringLiteral("paths"))
                                .toObject()
                                .value(key)
                                .toObject()
                                .value(method.toLower())
                                .toObject();
                break;
            }
        }
        if (operation.isEmpty())
            return {};
        const QJsonObject problem = QJsonDocument::fromJson(body).object();
        if ((status == 400 || status == 414 || status == 431) &&
            problem.value(QStringLiteral("code")).toString().startsWith(QLatin1String("http-"))) {
            // The HTTP layer's own refusal, on any route (the spec's description says so).
            QStringList errors;
            validate(m_root.value(QStringLiteral("components"))
                         .toObject()
                         .value(QStringLiteral("schemas"))
                         .toObject()
                         .value(QStringLiteral("Problem")),
                     problem, QStringLiteral("$"), errors);
            return errors.isEmpty() ? QString() : where + QStringLiteral(": ") + errors.join(QStringLiteral("; "));
        }
        const QJsonObject responses = operation.value(QStringLiteral("responses")).toObject();
        QJsonValue response = responses.value(QString::number(status));
        if (response.isUndefined())
            response = responses.value(QStringLiteral("default"));
        if (response.isUndefined())
            return where + QStringLiteral(": status not documented");
        if (method == QLatin1String("HEAD") || body.isEmpty())
            return {};
        const QJsonObject content = resolve(response).toObject().value(QStringLiteral("content")).toObject();
        const QString type = contentType.section(QLatin1Char(';'), 0, 0).trimmed();
        if (!content.contains(type))
            return where + QStringLiteral(": content type %1 not documented").arg(type);
        const QJsonValue schema = content.value(type).toObject().value(QStringLiteral("schema"));
        if (!type.endsWith(QLatin1String("json")) || schema.isUndefined())
            return {};
        QJsonParseError parsed;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &parsed);
        if (parsed.error != QJsonParseError::NoError)
            return where + QStringLiteral(": the body is not JSON (%1)").arg(parsed.errorString());
        QStringList errors;
        validate(schema, doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()), QStringLiteral("$"),
                 errors);
        return errors.isEmpty() ? QString() : where + QStringLiteral(": ") + errors.join(QStringLiteral("; "));
    }

private:
    QJsonValue resolve(QJsonValue v) const
    {
        for (int depth = 0; depth < 16 && v.toObject().contains(QStringLiteral("$ref")); ++depth) {
            const QString ref = v.toObject().value(QStringLiteral("$ref")).toString();
            v = m_root;
            for (const QString& part : ref.mid(2).split(QLatin1Char('/')))
                v = v.toObject().value(part);
        }
        return v;
    }

    static bool hasType(const QString& type, const QJsonValue& value)
    {
        if (type == QLatin1String("object"))
            return value.isObject();
        if (type == QLatin1String("array"))
            return value.isArray();
        if (type == QLatin1String("string"))
            return value.isString();
        if (type == QLatin1String("boolean"))
            return value.isBool();
        if (type == QLatin1String("null"))
            return value.isNull();
        if (type == QLatin1String("number"))
            return value.isDouble();
        if (type == QLatin1String("integer"))
            return value.isDouble() && value.toDouble() == double(qint64(value.toDouble()));
        return false;
    }

    void validate(const QJsonValue& schemaValue, const QJsonValue& value, const QString& at, QStringList& errors) const
    {
        static const QStringList known = {
            QStringLiteral("type"),     QStringLiteral("const"),      QStringLiteral("enum"),
            QStringLiteral("required"), QStringLiteral("properties"), QStringLiteral("additionalProperties"),
            QStringLiteral("items"),    QStringLiteral("allOf"),      QStringLiteral("oneOf"),
            QStringLiteral("$ref"),     QStringLiteral("format"),     QStringLiteral("description"),
            QStringLiteral("examples"), QStringLiteral("example"),    QStringLiteral("title"),
            QStringLiteral("minimum"),  QStringLiteral("maximum"),    QStringLiteral("minItems"),
            QStringLiteral("maxItems"), QStringLiteral("minLength"),  QStringLiteral("maxLength"),
            QStringLiteral("default"),  QStringLiteral("pattern"),    QStringLiteral("deprecated")};
        const QJsonObject schema = resolve(schemaValue).toObject();
        for (auto it = schema.begin(); it != schema.end(); ++it)
            if (!known.contains(it.key()))
                errors.append(QStringLiteral("%1: the checker does not know the keyword %2").arg(at, it.key()));
        if (const QJsonValue t = schema.value(QStringLiteral("type")); !t.isUndefined()) {
            QStringList types;
            if (t.isArray()) {
                for (const QJsonValue& one : t.toArray())
                    types.append(one.toString());
            } else {
                types.append(t.toString());
            }
            if (std::none_of(types.begin(), types.end(), [&](const QString& one) { return hasType(one, value); })) {
                errors.append(QStringLiteral("%1 is not %2").arg(at, types.join(QLatin1Char('|'))));
                return;
            }
        }
        if (schema.contains(QStringLiteral("const")) && schema.value(QStringLiteral("const")) != value)
            errors.append(QStringLiteral("%1 is not the constant").arg(at));
        if (schema.contains(QStringLiteral("enum")) && !schema.value(QStringLiteral("enum")).toArray().contains(value))
            errors.append(QStringLiteral("%1 = %2 is not one of the enum").arg(at, value.toVariant().toString()));
        if (schema.value(QStringLiteral("format")).toString() == QLatin1String("date-time") && value.isString() &&
            !QDateTime::fromString(value.toString(), Qt::ISODateWithMs).isValid())
            errors.append(QStringLiteral("%1 = %2 is not a date-time").arg(at, value.toString()));
        for (const QJsonValue& part : schema.value(QStringLiteral("allOf")).toArray())
            validate(part, value, at, errors);
        if (schema.contains(QStringLiteral("oneOf"))) {
            int matching = 0;
            for (const QJsonValue& part : schema.value(QStringLiteral("oneOf")).toArray()) {
                QStringList e;
                validate(part, value, at, e);
                matching += e.isEmpty() ? 1 : 0;
            }
            if (matching != 1)
                errors.append(QStringLiteral("%1 matches %2 of oneOf").arg(at).arg(matching));
        }
        if (value.isObject()) {
            const QJsonObject object = value.toObject();
            for (const QJsonValue& name : schema.value(QStringLiteral("required")).toArray())
                if (!object.contains(name.toString()))
                    errors.append(QStringLiteral("%1 lacks %2").arg(at, name.toString()));
            const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
            const QJsonValue additional = schema.value(QStringLiteral("additionalProperties"));
            for (auto it = object.begin(); it != object.end(); ++it) {
                const QString inner = at + QLatin1Char('.') + it.key();
                if (properties.contains(it.key()))
                    validate(properties.value(it.key()), it.value(), inner, errors);
                else if (additional.isObject())
                    validate(additional, it.value(), inner, errors);
                else if (additional.isBool() && !additional.toBool())
                    errors.append(QStringLiteral("%1 is not allowed").arg(inner));
            }
        }
        if (value.isArray() && schema.contains(QStringLiteral("items"))) {
            const QJsonArray array = value.toArray();
            for (qsizetype i = 0; i < array.size(); ++i)
                validate(schema.value(QStringLiteral("items")), array.at(i), QStringLiteral("%1[%2]").arg(at).arg(i),
                         errors);
        }
    }

    QJsonObject m_root;
    QList<std::pair<QRegularExpression, QString>> m_routes;
    QString m_error;
};

// What the test clients of this process saw that the spec does not say; taken (and cleared)
// by the fixture's consistency check.
class SpecViolations
{
public:
    static void add(const QString& violation)
    {
        std::lock_guard<std::mutex> g(mutex());
        qWarning("not as docs/api/openapi.yaml says: %s", qPrintable(violation)); // whole, unlike a comparison
        if (list().size() < 20)
            list().append(violation);
    }
    static QStringList take()
    {
        std::lock_guard<std::mutex> g(mutex());
        return std::exchange(list(), {});
    }

private:
    static std::mutex& mutex()
    {
        static std::mutex m;
        return m;
    }
    static QStringList& list()
    {
        static QStringList l;
        return l;
    }
};

} // namespace apd::test
