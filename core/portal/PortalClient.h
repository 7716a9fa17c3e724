#pragma once

#include "common/Result.h"
#include "portal/PortalTypes.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <atomic>
#include <memory>

namespace apd::settings {
class AppSettings;
}

namespace apd::portal {

// How to reach a portal. TLS verification is always on (there is no switch to turn it off):
// `caFile` adds trust, it never removes checks.
struct ConnectionSettings
{
    ConnectionSettings() = default;
    explicit ConnectionSettings(QUrl serverUrl) : server(std::move(serverUrl)) {}

    QUrl server;    // e.g. https://portal.example or http://127.0.0.1:8443; a path prefix is kept
    QString proxy;  // empty: libcurl's environment (https_proxy, no_proxy, …)
    QString caFile; // a PEM bundle trusted instead of the system store; empty: the system's
    int connectTimeoutMs = 15000;
    int timeoutMs = 60000; // a whole call; a long poll adds its wait to this

    // The proxy and CA file of the user's settings, for `server`.
    static ConnectionSettings fromAppSettings(const settings::AppSettings& app, const QUrl& server);
};

// The portal's JSON API (docs/api/openapi.yaml) as blocking calls; uploads go through the
// transfer engine (tus), not through here.
//
// Thread contract: every call blocks until the server answered, the timeout passed or the
// cancel flag was raised, so call it from a worker thread (QThread, QtConcurrent), never from
// the GUI thread. One client belongs to one thread at a time: it keeps one libcurl handle
// (and its connection) between calls and is not safe to share; make one per worker (they are
// cheap), or move one between threads with the caller's own synchronisation. Nothing here
// touches an event loop.
//
// Errors: the server's application/problem+json becomes Error{code, message} with the
// problem's `code` (the last part of its `type` URN) and its `detail` sentence. Besides the
// server's codes:
//   "network"      the server could not be reached or the connection broke (timeout included)
//   "cancelled"    the cancel flag was raised
//   "bad-response" an answer that is not the portal's JSON (an HTML page, a truncated body)
//   "http-<status>" an error status without a problem document (a proxy's 502, …)
// lastStatus() tells the HTTP status of the last call (0: no answer).
class PortalClient
{
    Q_DECLARE_TR_FUNCTIONS(PortalClient)

public:
    explicit PortalClient(ConnectionSettings settings, QString token = {});
    ~PortalClient();
    PortalClient(const PortalClient&) = delete;
    PortalClient& operator=(const PortalClient&) = delete;
    PortalClient(PortalClient&&) noexcept;
    PortalClient& operator=(PortalClient&&) noexcept;

    const ConnectionSettings& settings() const { return m_settings; }
    QUrl server() const { return m_settings.server; }
    QString token() const { return m_token; }
    void setToken(const QString& token) { m_token = token; }
    // Raised from any thread, it aborts the running call (and every later one) with "cancelled".
    void setCancelFlag(const std::atomic<bool>* flag) { m_cancel = flag; }
    int lastStatus() const { return m_lastStatus; }

    // The URL of an API path built from segments, each percent-encoded ("#" becomes %23, "/" %2F).
    QUrl endpoint(const QStringList& segments, const QList<QPair<QString, QString>>& query = {}) const;
    // The tus creation URL: SERVER/v1/uploads.
    QUrl uploadEndpoint() const { return endpoint({QStringLiteral("uploads")}); }
    // "Authorization: Bearer …" for the transfer engine's extra headers; empty without a token.
    QByteArray authorizationHeader() const;

    static bool isNetworkError(const Error& e) { return e.code == QLatin1String("network"); }
    // True for errors that are not the server refusing what was asked: network, cancelled,
    // bad-response, http-<status> without a problem document, the server's internal and busy.
    // A CLI turns those into exit code 3.
    static bool isTransportError(const Error& e);

    // ---- session ----
    // Signs in and keeps the token for later calls.
    Result<Session> signIn(const QString& email, const QString& password);
    Result<bool> signOut(); // the token stops working; forgets it here too
    Result<Me> me();
    Result<QByteArray> catalogJson(); // the catalog document (naming::AssetCatalog::fromJson)
    Result<QList<Company>> companies();
    Result<QList<User>> companyUsers(qint64 companyId);

    // ---- projects ----
    Result<QList<ProjectSummary>> projects();
    Result<ProjectDetail> project(qint64 projectId);
    // The same two answers as the portal's JSON documents (the offline cache keeps them as sent).
    Result<QJsonObject> projectsDocument();
    Result<QJsonObject> projectDocument(qint64 projectId);
    Result<ProjectDetail> setAssignee(qint64 projectId, qint64 userId);
    Result<ProjectDetail> setCollaborators(qint64 projectId, const QList<qint64>& userIds);
    Result<order::Request> addRequest(qint64 projectId, const NewRequest& request);
    Result<bool> removeRequest(qint64 projectId, qint64 requestId);

    // ---- links ----
    Result<AssetDetail> link(qint64 projectId, qint64 assetId, order::FileRole role, qint64 targetId);
    Result<AssetDetail> unlink(qint64 projectId, qint64 assetId, order::FileRole role);
    Result<QList<SourceDetail>> sources(qint64 projectId, bool unlinkedOnly = false);

    // ---- deliveries ----
    // Refused as a whole with code "not-deliverable"; `refusals` (if given) then gets the
    // reasons per asset (assetId 0: the project, e.g. no assignee).
    Result<Delivery> deliver(qint64 projectId, const QList<qint64>& assetIds,
                             QList<order::Refusal>* refusals = nullptr);
    Result<QList<Delivery>> deliveries(qint64 projectId);
    // The project owner's side; a rejection needs a comment.
    Result<Review> review(qint64 projectId, qint64 assetId, bool approve, const QString& comment = {});

    // ---- conversation ----
    Result<QList<Message>> comments(qint64 projectId, qint64 assetId);
    Result<Message> addComment(qint64 projectId, qint64 assetId, const QString& body);
    Result<QList<Message>> chat(qint64 projectId, qint64 sinceId = 0);
    Result<Message> postChat(qint64 projectId, const QString& body);

    // ---- files ----
    // The stored bytes of an asset, a source or a background of the project (`version` 0: the
    // latest), up to 64 MiB (larger: "bad-response"). With `sha256` (hex, as in Version) the
    // bytes are checked against it ("bad-response" when they differ).
    Result<QByteArray> fileBytes(qint64 projectId, qint64 itemId, int version = 0, const QString& sha256 = {});
    // A PNG thumbnail of a stored JPEG or PNG, its longest side `size` pixels (the server clamps
    // it to 32..512) or the image's own when smaller; `version` 0: the latest. A file the
    // server makes no thumbnail of (a PSD, a damaged image) is "no-thumbnail"; an answer that
    // is not a PNG is "bad-response".
    Result<QByteArray> thumbnail(qint64 projectId, qint64 itemId, int size = 128, int version = 0);

    // ---- events ----
    // Events after `since` (0: from the start). waitSeconds > 0 (at most 30) long-polls: the
    // call returns at the first new event or after the wait with an empty page.
    Result<EventPage> events(qint64 since = 0, int waitSeconds = 0, int limit = 100);

    // ---- support ----
    Result<AccessRequest> requestAccess(const QString& name, const QString& email, const QString& company,
                                        const QString& role = QStringLiteral("agency-user"));
    Result<Ticket> openTicket(const QString& subject, const QString& body, qint64 projectId = 0);
    Result<QList<Ticket>> tickets();

    struct Reply
    {
        int status = 0;
        QByteArray body;
        QByteArray contentType;
    };
    // One request; `body` null: none. Network failures are errors; any HTTP status is a Reply.
    Result<Reply> send(const QByteArray& method, const QUrl& url, const QByteArray& body = QByteArray(),
                       int extraTimeoutMs = 0);
    // A GET answered with bytes rather than JSON: a problem or an unexpected status is an error.
    Result<Reply> getBytes(const QUrl& url);

private:
    // The Error of an error status: the problem document's code and detail, else http-<status>.
    static Error errorOf(int status, const QJsonDocument& doc, QJsonObject* problem);
    // A call whose 2xx answer is a JSON object (or empty for 204); error statuses become Errors.
    Result<QJsonObject> call(const QByteArray& method, const QStringList& path, const QJsonObject* body = nullptr,
                             const QList<QPair<QString, QString>>& query = {}, int extraTimeoutMs = 0,
                             QJsonObject* problem = nullptr);

    struct Curl;
    ConnectionSettings m_settings;
    QString m_token;
    std::unique_ptr<Curl> m_curl;
    const std::atomic<bool>* m_cancel = nullptr;
    int m_lastStatus = 0;
};

} // namespace apd::portal
