#pragma once

// A real portal on 127.0.0.1 (ephemeral port) in a temporary directory, seeded through the
// admin API, and a small HTTP client on cpp-httplib. Header-only: each test executable
// includes it once.

#include "OpenApiSpec.h"

#include "server/PortalAdmin.h"
#include "server/PortalContext.h"
#include "server/PortalServer.h"
#include "server/Secrets.h"
#include "sqlite/SqliteDatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <httplib.h>

#include <atomic>
#include <memory>

namespace apd::test {

struct Reply
{
    int status = 0;  // 0: no answer (connection failed)
    QString failure; // with status 0: what the connection did (httplib's error)
    QJsonObject json;
    QByteArray body;
    httplib::Headers headers;

    QString header(const char* name) const
    {
        const auto it = headers.find(name);
        return it == headers.end() ? QString() : QString::fromStdString(it->second);
    }
    QString code() const { return json.value(QStringLiteral("code")).toString(); }
    bool isProblem() const { return header("Content-Type") == QLatin1String("application/problem+json"); }
};

// One signed-in (or anonymous) client.
class ApiClient
{
public:
    explicit ApiClient(int port) : m_client("127.0.0.1", port)
    {
        // Generous: under sanitizers, with 16 clients at once, a connect can wait its turn.
        m_client.set_connection_timeout(30, 0);
        m_client.set_read_timeout(60, 0);
        m_client.set_write_timeout(60, 0);
    }
    void setToken(const QString& token) { m_token = token.toStdString(); }
    std::string token() const { return m_token; }

    Reply send(const char* method, const QString& path, const QByteArray& body = {},
               const char* contentType = "application/json", httplib::Headers extra = {})
    {
        httplib::Request req;
        req.method = method;
        req.path = path.toStdString();
        req.headers = std::move(extra);
        if (!m_token.empty() && req.headers.find("Authorization") == req.headers.end())
            req.headers.emplace("Authorization", "Bearer " + m_token);
        if (!body.isNull()) {
            req.body = body.toStdString();
            req.headers.emplace("Content-Type", contentType);
        }
        Reply reply;
        const httplib::Result r = m_client.send(req);
        if (!r) {
            reply.failure = QString::fromStdString(httplib::to_string(r.error()));
            return reply;
        }
        reply.status = r->status;
        reply.headers = r->headers;
        reply.body = QByteArray::fromStdString(r->body);
        const QJsonDocument doc = QJsonDocument::fromJson(reply.body);
        if (doc.isObject())
            reply.json = doc.object();
        if (const QString v = OpenApiSpec::shared().check(QString::fromLatin1(method), path, reply.status,
                                                          reply.header("Content-Type"), reply.body);
            !v.isEmpty())
            SpecViolations::add(v);
        return reply;
    }
    Reply get(const QString& path) { return send("GET", path); }
    Reply del(const QString& path) { return send("DELETE", path); }
    Reply post(const QString& path, const QJsonObject& o) { return send("POST", path, QJsonDocument(o).toJson()); }
    Reply put(const QString& path, const QJsonObject& o) { return send("PUT", path, QJsonDocument(o).toJson()); }

    // tus: creation with metadata; returns the reply (Location on success).
    Reply createUpload(qint64 projectId, const QString& name, const QByteArray& content, const QString& role = {},
                       httplib::Headers extra = {}, const QByteArray& firstBytes = QByteArray())
    {
        QByteArray meta = "project " + QByteArray::number(projectId).toBase64() + ",name " + name.toUtf8().toBase64() +
                          ",sha256 " + server::Secrets::sha256(content).toHex().toBase64();
        if (!role.isEmpty())
            meta += ",role " + role.toUtf8().toBase64();
        extra.emplace("Tus-Resumable", "1.0.0");
        extra.emplace("Upload-Length", std::to_string(content.size()));
        extra.emplace("Upload-Metadata", meta.toStdString());
        return send("POST", QStringLiteral("/v1/uploads"), firstBytes, "application/offset+octet-stream",
                    std::move(extra));
    }
    Reply patch(const QString& location, qint64 offset, const QByteArray& bytes, httplib::Headers extra = {})
    {
        extra.emplace("Tus-Resumable", "1.0.0");
        extra.emplace("Upload-Offset", std::to_string(offset));
        return send("PATCH", location, bytes, "application/offset+octet-stream", std::move(extra));
    }
    Reply head(const QString& location)
    {
        return send("HEAD", location, QByteArray(), "", {{"Tus-Resumable", "1.0.0"}});
    }
    // Creation, then one PATCH with everything: the reply of the PATCH.
    Reply upload(qint64 projectId, const QString& name, const QByteArray& content, const QString& role = {})
    {
        const Reply created = createUpload(projectId, name, content, role);
        if (created.status != 201)
            return created;
        return patch(created.header("Location"), 0, content);
    }

private:
    httplib::Client m_client;
    std::string m_token;
};

// The store in `dataDir` is sound: integrity and foreign keys check out, every version's file
// exists with its recorded size (and, with `hashes`, its recorded SHA-256), no item lacks a
// version, no completed upload lacks its version, no unfinished upload lacks its file, and
// (with `orphans`) no file lies in files/ that no upload or version names. Read
// through a connection of its own, as another process would, also with no server running.
inline QString storeProblem(const QString& dataDir, bool hashes = false, bool orphans = true)
{
    sqlite::SqliteDatabase db;
    if (!db.open(QDir(dataDir).filePath(QStringLiteral("portal.sqlite"))))
        return QStringLiteral("cannot open the store");
    const auto integrity = db.checkIntegrity();
    if (!integrity || !integrity.value())
        return QStringLiteral("integrity_check or foreign_key_check failed");
    const auto versions = db.query(QStringLiteral("SELECT path, size, sha256 FROM versions"));
    for (const sqlite::SqliteRow& r : versions.value()) {
        QFile file(r.text(0));
        if (file.size() != r.integer(1))
            return QStringLiteral("version file %1 is missing or has the wrong size").arg(r.text(0));
        if (hashes && (!file.open(QIODevice::ReadOnly) ||
                       server::Secrets::sha256(file.readAll()).toHex() != r.text(2).toLatin1()))
            return QStringLiteral("version file %1 does not hold the bytes of its SHA-256").arg(r.text(0));
    }
    const auto bare =
        db.query(QStringLiteral("SELECT COUNT(*) FROM items i WHERE NOT EXISTS "
                                "(SELECT 1 FROM versions v WHERE v.item_id = i.id AND v.version = i.version)"));
    if (bare.value().first().integer(0) != 0)
        return QStringLiteral("an item has no file for its current version");
    const auto unregistered =
        db.query(QStringLiteral("SELECT COUNT(*) FROM uploads u WHERE u.completed_at IS NOT NULL AND NOT EXISTS "
                                "(SELECT 1 FROM versions v WHERE v.path = u.path)"));
    if (unregistered.value().first().integer(0) != 0)
        return QStringLiteral("a completed upload is not registered");
    const auto uploads = db.query(QStringLiteral("SELECT path, received FROM uploads WHERE completed_at IS NULL"));
    for (const sqlite::SqliteRow& r : uploads.value())
        if (!QFileInfo::exists(r.text(0)) || QFileInfo(r.text(0)).size() < r.integer(1))
            return QStringLiteral("unfinished upload %1 lost bytes").arg(r.text(0));
    if (orphans) {
        const auto named = db.query(QStringLiteral("SELECT path FROM uploads UNION SELECT path FROM versions"));
        QStringList known;
        for (const sqlite::SqliteRow& r : named.value())
            known.append(QFileInfo(r.text(0)).fileName());
        const QDir files(QDir(dataDir).filePath(QStringLiteral("files")));
        for (const QString& name : files.entryList(QDir::Files | QDir::Hidden | QDir::System))
            if (!known.contains(name))
                return QStringLiteral("the file %1 belongs to no upload and no version").arg(name);
    }
    return {};
}

// A portal with: a studio with owner "owner@studio.test"; agency "Alpha" with admin
// "admin@alpha.test" and users "ana@alpha.test" (member of the project) and
// "bo@alpha.test" (not a member); agency "Beta" with admin "admin@beta.test". Project 1
// belongs to Alpha. Every password is "pw-<local part>".
class PortalFixture
{
public:
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<server::PortalServer> server;
    std::shared_ptr<std::atomic<qint64>> clock = std::make_shared<std::atomic<qint64>>(1800000000000LL);
    qint64 projectId = 0;
    // Short, so that tests of a silent client run fast; a load test raises both, since on a
    // busy machine a client thread can be kept off the processor for seconds.
    int readTimeoutSeconds = 5;
    int keepAliveSeconds = 5;
    // Both set (PEM files): the portal speaks HTTPS only.
    QString tlsCertificate;
    QString tlsKey;

    static QStringList defaultRequests()
    {
        return {QStringLiteral("billboard_dark_ltr_01_zxx"),
                QStringLiteral("billboard_light_rtl_02_zxx"),
                QStringLiteral("storyart_na_01_zxx"),
                QStringLiteral("sdp_na_01_es"),
                QStringLiteral("sdp_na_01_en"),
                QStringLiteral("logo-stacked_light_01_en"),
                QStringLiteral("avatar_na_01_en")};
    }

    server::ServerConfig config() const
    {
        server::ServerConfig c;
        c.dataDir = dir->path();
        c.port = 0;
        c.scryptN = 1 << 10; // the real KDF at a test cost
        c.scryptR = 8;
        c.scryptP = 1;
        c.threads = 24;
        c.readTimeoutSeconds = readTimeoutSeconds;
        c.keepAliveSeconds = keepAliveSeconds;
        c.tlsCertificate = tlsCertificate;
        c.tlsKey = tlsKey;
        auto clk = clock;
        c.clock = [clk] { return clk->load(); };
        return c;
    }

    // Starts an empty portal, seeds it; false on failure (with a message via qWarning).
    bool start(const QStringList& requests = defaultRequests(), qint64 maxUpload = qint64(1) << 30)
    {
        dir = std::make_unique<QTemporaryDir>();
        if (!dir->isValid())
            return false;
        if (!restart(maxUpload))
            return false;
        server::PortalAdmin admin(server->context().store(), server->context().config());
        bool ok = admin.addCompany(QStringLiteral("Studio"), QStringLiteral("studio")).ok() &&
                  admin.addCompany(QStringLiteral("Alpha"), QStringLiteral("agency")).ok() &&
                  admin.addCompany(QStringLiteral("Beta"), QStringLiteral("agency")).ok();
        const QList<QStringList> users = {
            {QStringLiteral("Studio"), QStringLiteral("owner@studio.test"), QStringLiteral("Olga Owner"),
             QStringLiteral("project-owner")},
            {QStringLiteral("Alpha"), QStringLiteral("admin@alpha.test"), QStringLiteral("Al Admin"),
             QStringLiteral("agency-admin")},
            {QStringLiteral("Alpha"), QStringLiteral("ana@alpha.test"), QStringLiteral("Ana Perez"),
             QStringLiteral("agency-user")},
            {QStringLiteral("Alpha"), QStringLiteral("bo@alpha.test"), QStringLiteral("Bo Berg"),
             QStringLiteral("agency-user")},
            {QStringLiteral("Beta"), QStringLiteral("admin@beta.test"), QStringLiteral("Bea Admin"),
             QStringLiteral("agency-admin")},
        };
        for (const QStringList& u : users)
            ok = ok &&
                 admin.addUser(u[0], u[1], u[2], u[3], {}, QStringLiteral("pw-") + u[1].section(QLatin1Char('@'), 0, 0))
                     .ok();
        QJsonArray keys;
        for (const QString& k : requests)
            keys.append(k);
        const QJsonObject order{{QStringLiteral("title"), QStringLiteral("Test Title")},
                                {QStringLiteral("owner"), QStringLiteral("owner@studio.test")},
                                {QStringLiteral("agency"), QStringLiteral("Alpha")},
                                {QStringLiteral("members"), QJsonArray{QStringLiteral("ana@alpha.test")}},
                                {QStringLiteral("requests"), keys}};
        const auto project = admin.createProject(order);
        if (!ok || !project) {
            qWarning("seeding failed: %s", project ? "users" : qPrintable(project.error().message));
            return false;
        }
        projectId = project.value();
        return true;
    }

    bool restart(qint64 maxUpload = qint64(1) << 30)
    {
        server.reset();
        server::ServerConfig c = config();
        c.maxUploadBytes = maxUpload;
        server = std::make_unique<server::PortalServer>(c);
        const Result<int> port = server->start();
        if (!port)
            qWarning("start failed: %s", qPrintable(port.error().message));
        return port.ok();
    }

    int port() const { return server->port(); }

    // `reply`, when given, receives the sign-in's answer (to report why a client has no token).
    ApiClient signedIn(const QString& email, Reply* reply = nullptr)
    {
        ApiClient c(port());
        const Reply r = c.post(
            QStringLiteral("/v1/sessions"),
            {{QStringLiteral("email"), email},
             {QStringLiteral("password"), QString(QStringLiteral("pw-") + email.section(QLatin1Char('@'), 0, 0))}});
        c.setToken(r.json.value(QStringLiteral("token")).toString());
        if (reply)
            *reply = r;
        return c;
    }

    QString projectPath(const QString& rest = {}) const
    {
        return QStringLiteral("/v1/projects/%1").arg(projectId) + rest;
    }

    // The store is sound (see storeProblem()).
    // Also: every answer the test clients got so far is one the spec describes.
    QString consistencyProblem() const
    {
        const QStringList spec = SpecViolations::take();
        if (!spec.isEmpty())
            return QStringLiteral("answers unlike docs/api/openapi.yaml:\n") + spec.join(QLatin1Char('\n'));
        return storeProblem(dir->path());
    }

    // Rows of a query through a second connection.
    QList<sqlite::SqliteRow> rows(const QString& sql, const QVariantList& args = {}) const
    {
        sqlite::SqliteDatabase db;
        db.open(QDir(dir->path()).filePath(QStringLiteral("portal.sqlite")));
        const auto r = db.query(sql, args);
        return r ? r.value() : QList<sqlite::SqliteRow>();
    }
};

inline QByteArray randomBytes(int size, char seed = 1)
{
    QByteArray b(size, Qt::Uninitialized);
    quint32 x = quint32(seed) * 2654435761u + 1;
    for (int i = 0; i < size; ++i) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        b[i] = char(x);
    }
    return b;
}

} // namespace apd::test
