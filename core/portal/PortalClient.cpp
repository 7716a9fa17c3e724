#include "portal/PortalClient.h"

#include "portal/PortalJson.h"
#include "settings/AppSettings.h"
#include "transfer/CurlMulti.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

#include <curl/curl.h>

namespace apd::portal {

namespace {

// An answer larger than this is not the portal's JSON (a project of 1,000 assets is ~1 MB).
constexpr qint64 kMaxBody = 64LL << 20;

QString roleSegment(order::FileRole role)
{
    return role == order::FileRole::Background ? QStringLiteral("background") : QStringLiteral("source");
}

QString num(qint64 n)
{
    return QString::number(n);
}

QJsonArray idArray(const QList<qint64>& ids)
{
    QJsonArray a;
    for (qint64 id : ids)
        a.append(id);
    return a;
}

} // namespace

ConnectionSettings ConnectionSettings::fromAppSettings(const settings::AppSettings& app, const QUrl& server)
{
    ConnectionSettings s;
    s.server = server;
    s.proxy = app.proxy();
    s.caFile = app.caFile();
    return s;
}

// One easy handle kept between calls, so that keep-alive spares a TLS handshake per call.
struct PortalClient::Curl
{
    CURL* handle = nullptr;
    curl_slist* headers = nullptr;
    char error[CURL_ERROR_SIZE] = {};
    QByteArray body;
    bool tooLarge = false;
    const std::atomic<bool>* cancel = nullptr;

    Curl()
    {
        transfer::CurlMulti::ensureGlobalInit();
        handle = curl_easy_init();
    }
    ~Curl()
    {
        if (handle)
            curl_easy_cleanup(handle);
        curl_slist_free_all(headers);
    }
    static size_t onWrite(char* data, size_t size, size_t count, void* user)
    {
        auto* self = static_cast<Curl*>(user);
        const size_t n = size * count;
        if (self->body.size() + qint64(n) > kMaxBody) {
            self->tooLarge = true;
            return 0; // aborts the transfer
        }
        self->body.append(data, qsizetype(n));
        return n;
    }
    static int onProgress(void* user, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
    {
        const auto* self = static_cast<Curl*>(user);
        return self->cancel && self->cancel->load() ? 1 : 0;
    }
};

PortalClient::PortalClient(ConnectionSettings settings, QString token)
    : m_settings(std::move(settings)), m_token(std::move(token))
{
}

PortalClient::~PortalClient() = default;
PortalClient::PortalClient(PortalClient&&) noexcept = default;
PortalClient& PortalClient::operator=(PortalClient&&) noexcept = default;

QUrl PortalClient::endpoint(const QStringList& segments, const QList<QPair<QString, QString>>& query) const
{
    // Each segment is percent-encoded on its own (PITFALLS.md: never concatenate a name into
    // a URL): "#", "?", "/" and "%" in a segment cannot change the URL's structure.
    QByteArray path = m_settings.server.path(QUrl::FullyEncoded).toUtf8();
    while (path.endsWith('/'))
        path.chop(1);
    path += "/v1";
    for (const QString& s : segments)
        path += '/' + QUrl::toPercentEncoding(s);
    QUrl url = m_settings.server;
    url.setPath(QString::fromLatin1(path), QUrl::StrictMode);
    if (query.isEmpty()) {
        url.setQuery(QString());
    } else {
        QByteArray q;
        for (const auto& [key, value] : query) {
            if (!q.isEmpty())
                q += '&';
            q += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
        }
        url.setQuery(QString::fromLatin1(q), QUrl::StrictMode);
    }
    url.setFragment(QString());
    return url;
}

QByteArray PortalClient::authorizationHeader() const
{
    return m_token.isEmpty() ? QByteArray() : "Authorization: Bearer " + m_token.toUtf8();
}

bool PortalClient::isTransportError(const Error& e)
{
    static const QStringList local = {QStringLiteral("network"),        QStringLiteral("cancelled"),
                                      QStringLiteral("bad-response"),   QStringLiteral("internal"),
                                      QStringLiteral("internal-error"), QStringLiteral("busy"),
                                      QStringLiteral("unavailable")};
    return local.contains(e.code) || e.code.startsWith(QLatin1String("http-"));
}

Result<PortalClient::Reply> PortalClient::send(const QByteArray& method, const QUrl& url, const QByteArray& body,
                                               int extraTimeoutMs)
{
    m_lastStatus = 0;
    if (m_cancel && m_cancel->load())
        return Error{QStringLiteral("cancelled"), tr("Cancelled.")};
    const QString scheme = url.scheme();
    if (!url.isValid() || url.host().isEmpty() || (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
        return Error{
            QStringLiteral("network"),
            tr("\"%1\" is not a portal address (write https://host or http://host:port).").arg(url.toDisplayString())};
    if (!m_curl)
        m_curl = std::make_unique<Curl>();
    if (!m_curl->handle)
        return Error{QStringLiteral("network"), tr("libcurl could not start a request.")};

    Curl& c = *m_curl;
    CURL* h = c.handle;
    // Reset keeps the connection cache: every option is set anew for each call.
    curl_easy_reset(h);
    c.error[0] = '\0';
    c.body.clear();
    c.tooLarge = false;
    c.cancel = m_cancel;
    curl_easy_setopt(h, CURLOPT_ERRORBUFFER, c.error);
    curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
    const QByteArray encodedUrl = url.toEncoded();
    curl_easy_setopt(h, CURLOPT_URL, encodedUrl.constData());
#if LIBCURL_VERSION_NUM >= 0x075500
    curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https");
#endif
    curl_easy_setopt(h, CURLOPT_FOLLOWLOCATION, 0L);
    // TLS verification is always on; a CA file replaces the system store, nothing disables it.
    curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!m_settings.caFile.isEmpty()) {
        const QByteArray ca = m_settings.caFile.toLocal8Bit();
        curl_easy_setopt(h, CURLOPT_CAINFO, ca.constData()); // libcurl copies strings
    }
    if (!m_settings.proxy.isEmpty()) {
        const QByteArray proxy = m_settings.proxy.toUtf8();
        curl_easy_setopt(h, CURLOPT_PROXY, proxy.constData());
    }
    curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS, long(m_settings.connectTimeoutMs));
    curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, long(m_settings.timeoutMs + extraTimeoutMs));
    curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, &Curl::onWrite);
    curl_easy_setopt(h, CURLOPT_WRITEDATA, &c);
    curl_easy_setopt(h, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(h, CURLOPT_XFERINFOFUNCTION, &Curl::onProgress);
    curl_easy_setopt(h, CURLOPT_XFERINFODATA, &c);
    curl_easy_setopt(h, CURLOPT_ACCEPT_ENCODING, ""); // whatever this libcurl decodes

    curl_slist_free_all(c.headers);
    c.headers = nullptr;
    QList<QByteArray> headers{QByteArrayLiteral("Accept: application/json, application/problem+json")};
    if (!m_token.isEmpty())
        headers.append(authorizationHeader());
    if (!body.isNull())
        headers.append(QByteArrayLiteral("Content-Type: application/json"));
    headers.append(QByteArrayLiteral("Expect:")); // no 100-continue round trip for small bodies
    for (const QByteArray& line : headers)
        c.headers = curl_slist_append(c.headers, line.constData());
    curl_easy_setopt(h, CURLOPT_HTTPHEADER, c.headers);

    if (method == "GET") {
        curl_easy_setopt(h, CURLOPT_HTTPGET, 1L);
    } else {
        if (method != "POST")
            curl_easy_setopt(h, CURLOPT_CUSTOMREQUEST, method.constData());
        if (!body.isNull() || method == "POST") {
            curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(body.size()));
            curl_easy_setopt(h, CURLOPT_COPYPOSTFIELDS, body.isNull() ? "" : body.constData());
        }
    }

    const CURLcode rc = curl_easy_perform(h);
    if (rc != CURLE_OK) {
        if (rc == CURLE_ABORTED_BY_CALLBACK)
            return Error{QStringLiteral("cancelled"), tr("Cancelled.")};
        if (c.tooLarge)
            return Error{QStringLiteral("bad-response"),
                         tr("The server's answer is larger than %1 MiB: it is not the portal's.").arg(kMaxBody >> 20)};
        const QString detail = c.error[0] ? QString::fromUtf8(c.error) : QString::fromUtf8(curl_easy_strerror(rc));
        QString what;
        if (rc == CURLE_OPERATION_TIMEDOUT)
            what = tr("The portal %1 did not answer in time (%2).");
        else if (rc == CURLE_PEER_FAILED_VERIFICATION || rc == CURLE_SSL_CACERT_BADFILE ||
                 rc == CURLE_SSL_CONNECT_ERROR)
            what = tr("The secure connection to %1 could not be verified (%2).");
        else
            what = tr("The portal %1 could not be reached (%2).");
        return Error{QStringLiteral("network"), what.arg(url.host(), detail)};
    }
    long status = 0;
    curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status);
    const char* type = nullptr;
    curl_easy_getinfo(h, CURLINFO_CONTENT_TYPE, &type);
    m_lastStatus = int(status);
    return Reply{int(status), c.body, type ? QByteArray(type).toLower() : QByteArray()};
}

Error PortalClient::errorOf(int status, const QJsonDocument& doc, QJsonObject* problem)
{
    if (doc.isObject() && doc.object().contains(QLatin1String("detail"))) {
        const QJsonObject p = doc.object();
        QString code = p.value(QLatin1String("code")).toString();
        if (code.isEmpty())
            code = p.value(QLatin1String("type")).toString().section(QLatin1Char(':'), -1);
        if (code.isEmpty())
            code = QStringLiteral("http-%1").arg(status);
        if (problem)
            *problem = p;
        return Error{code, p.value(QLatin1String("detail")).toString()};
    }
    return Error{
        QStringLiteral("http-%1").arg(status),
        tr("The server answered %1 without saying why; it may not be a portal, or a proxy is in the way.").arg(status)};
}

Result<QJsonObject> PortalClient::call(const QByteArray& method, const QStringList& path, const QJsonObject* body,
                                       const QList<QPair<QString, QString>>& query, int extraTimeoutMs,
                                       QJsonObject* problem)
{
    const QByteArray payload = body ? QJsonDocument(*body).toJson(QJsonDocument::Compact) : QByteArray();
    Result<Reply> sent = send(method, endpoint(path, query), payload, extraTimeoutMs);
    if (!sent)
        return sent.error();
    const Reply& r = sent.value();
    const bool json =
        r.contentType.startsWith("application/json") || r.contentType.startsWith("application/problem+json");
    QJsonParseError parseError{};
    const QJsonDocument doc = json ? QJsonDocument::fromJson(r.body, &parseError) : QJsonDocument();
    if (r.status >= 400)
        return errorOf(r.status, doc, problem);
    if (r.status < 200 || r.status >= 300)
        return Error{QStringLiteral("http-%1").arg(r.status),
                     tr("The server answered %1, which the portal never does; check the address.").arg(r.status)};
    if (r.status == 204 || (r.body.isEmpty() && method == "DELETE"))
        return QJsonObject();
    if (!json || !doc.isObject())
        return Error{
            QStringLiteral("bad-response"),
            tr("The server's answer is not the portal's JSON (%1); check the address.")
                .arg(json ? parseError.errorString()
                          : QString::fromLatin1(r.contentType.isEmpty() ? QByteArray("no type") : r.contentType))};
    return doc.object();
}

// ---- session ----

Result<Session> PortalClient::signIn(const QString& email, const QString& password)
{
    m_token.clear();
    const QJsonObject body{{QStringLiteral("email"), email}, {QStringLiteral("password"), password}};
    const auto r = call("POST", {QStringLiteral("sessions")}, &body);
    if (!r)
        return r.error();
    Result<Session> s = json::session(r.value());
    if (s)
        m_token = s.value().token;
    return s;
}

Result<bool> PortalClient::signOut()
{
    const auto r = call("DELETE", {QStringLiteral("sessions"), QStringLiteral("current")});
    if (!r)
        return r.error();
    m_token.clear();
    return true;
}

Result<Me> PortalClient::me()
{
    const auto r = call("GET", {QStringLiteral("me")});
    return r ? json::me(r.value()) : Result<Me>(r.error());
}

Result<QByteArray> PortalClient::catalogJson()
{
    const auto r = call("GET", {QStringLiteral("catalog")});
    if (!r)
        return r.error();
    return QJsonDocument(r.value()).toJson(QJsonDocument::Compact);
}

Result<QList<Company>> PortalClient::companies()
{
    const auto r = call("GET", {QStringLiteral("companies")});
    return r ? json::list<Company>(r.value(), "companies", json::company) : Result<QList<Company>>(r.error());
}

Result<QList<User>> PortalClient::companyUsers(qint64 companyId)
{
    const auto r = call("GET", {QStringLiteral("companies"), num(companyId), QStringLiteral("users")});
    return r ? json::list<User>(r.value(), "users", json::user) : Result<QList<User>>(r.error());
}

// ---- projects ----

Result<QList<ProjectSummary>> PortalClient::projects()
{
    const auto r = call("GET", {QStringLiteral("projects")});
    return r ? json::list<ProjectSummary>(r.value(), "projects", json::projectSummary)
             : Result<QList<ProjectSummary>>(r.error());
}

Result<ProjectDetail> PortalClient::project(qint64 projectId)
{
    const auto r = call("GET", {QStringLiteral("projects"), num(projectId)});
    return r ? json::projectDetail(r.value()) : Result<ProjectDetail>(r.error());
}

Result<QJsonObject> PortalClient::projectsDocument()
{
    return call("GET", {QStringLiteral("projects")});
}

Result<QJsonObject> PortalClient::projectDocument(qint64 projectId)
{
    return call("GET", {QStringLiteral("projects"), num(projectId)});
}

Result<ProjectDetail> PortalClient::setAssignee(qint64 projectId, qint64 userId)
{
    const QJsonObject body{{QStringLiteral("userId"), userId}};
    const auto r = call("PUT", {QStringLiteral("projects"), num(projectId), QStringLiteral("assignee")}, &body);
    return r ? json::projectDetail(r.value()) : Result<ProjectDetail>(r.error());
}

Result<ProjectDetail> PortalClient::setCollaborators(qint64 projectId, const QList<qint64>& userIds)
{
    const QJsonObject body{{QStringLiteral("userIds"), idArray(userIds)}};
    const auto r = call("PUT", {QStringLiteral("projects"), num(projectId), QStringLiteral("collaborators")}, &body);
    return r ? json::projectDetail(r.value()) : Result<ProjectDetail>(r.error());
}

Result<order::Request> PortalClient::addRequest(qint64 projectId, const NewRequest& request)
{
    QJsonObject body;
    const auto put = [&body](const char* key, const QString& value) {
        if (!value.isEmpty())
            body.insert(QLatin1String(key), value);
    };
    put("key", request.key);
    put("type", request.type);
    put("tone", request.tone);
    put("direction", request.direction);
    put("language", request.language);
    const auto r = call("POST", {QStringLiteral("projects"), num(projectId), QStringLiteral("requests")}, &body);
    return r ? json::request(r.value()) : Result<order::Request>(r.error());
}

Result<bool> PortalClient::removeRequest(qint64 projectId, qint64 requestId)
{
    const auto r =
        call("DELETE", {QStringLiteral("projects"), num(projectId), QStringLiteral("requests"), num(requestId)});
    return r ? Result<bool>(true) : Result<bool>(r.error());
}

// ---- links ----

Result<AssetDetail> PortalClient::link(qint64 projectId, qint64 assetId, order::FileRole role, qint64 targetId)
{
    const QJsonObject body{{QStringLiteral("targetId"), targetId}};
    const auto r = call("PUT",
                        {QStringLiteral("projects"), num(projectId), QStringLiteral("assets"), num(assetId),
                         QStringLiteral("links"), roleSegment(role)},
                        &body);
    return r ? json::asset(r.value()) : Result<AssetDetail>(r.error());
}

Result<AssetDetail> PortalClient::unlink(qint64 projectId, qint64 assetId, order::FileRole role)
{
    const auto r = call("DELETE", {QStringLiteral("projects"), num(projectId), QStringLiteral("assets"), num(assetId),
                                   QStringLiteral("links"), roleSegment(role)});
    return r ? json::asset(r.value()) : Result<AssetDetail>(r.error());
}

Result<QList<SourceDetail>> PortalClient::sources(qint64 projectId, bool unlinkedOnly)
{
    QList<QPair<QString, QString>> query;
    if (unlinkedOnly)
        query.append({QStringLiteral("unlinked"), QStringLiteral("true")});
    const auto r = call("GET", {QStringLiteral("projects"), num(projectId), QStringLiteral("sources")}, nullptr, query);
    return r ? json::list<SourceDetail>(r.value(), "sources", json::source) : Result<QList<SourceDetail>>(r.error());
}

// ---- deliveries ----

Result<Delivery> PortalClient::deliver(qint64 projectId, const QList<qint64>& assetIds, QList<order::Refusal>* refusals)
{
    if (refusals)
        refusals->clear();
    const QJsonObject body{{QStringLiteral("assetIds"), idArray(assetIds)}};
    QJsonObject problem;
    const auto r = call("POST", {QStringLiteral("projects"), num(projectId), QStringLiteral("deliveries")}, &body, {},
                        0, &problem);
    if (!r) {
        if (refusals)
            *refusals = json::refusals(problem.value(QLatin1String("refusals")).toArray());
        return r.error();
    }
    return json::delivery(r.value());
}

Result<QList<Delivery>> PortalClient::deliveries(qint64 projectId)
{
    const auto r = call("GET", {QStringLiteral("projects"), num(projectId), QStringLiteral("deliveries")});
    return r ? json::list<Delivery>(r.value(), "deliveries", json::delivery) : Result<QList<Delivery>>(r.error());
}

Result<Review> PortalClient::review(qint64 projectId, qint64 assetId, bool approve, const QString& comment)
{
    QJsonObject body{{QStringLiteral("verdict"), approve ? QStringLiteral("approved") : QStringLiteral("rejected")}};
    if (!comment.isEmpty())
        body.insert(QStringLiteral("comment"), comment);
    const auto r = call(
        "POST",
        {QStringLiteral("projects"), num(projectId), QStringLiteral("assets"), num(assetId), QStringLiteral("reviews")},
        &body);
    return r ? json::review(r.value()) : Result<Review>(r.error());
}

// ---- conversation ----

Result<QList<Message>> PortalClient::comments(qint64 projectId, qint64 assetId)
{
    const auto r = call("GET", {QStringLiteral("projects"), num(projectId), QStringLiteral("assets"), num(assetId),
                                QStringLiteral("comments")});
    return r ? json::list<Message>(r.value(), "comments", json::message) : Result<QList<Message>>(r.error());
}

Result<Message> PortalClient::addComment(qint64 projectId, qint64 assetId, const QString& body)
{
    const QJsonObject o{{QStringLiteral("body"), body}};
    const auto r = call("POST",
                        {QStringLiteral("projects"), num(projectId), QStringLiteral("assets"), num(assetId),
                         QStringLiteral("comments")},
                        &o);
    return r ? json::message(r.value()) : Result<Message>(r.error());
}

Result<QList<Message>> PortalClient::chat(qint64 projectId, qint64 sinceId)
{
    QList<QPair<QString, QString>> query;
    if (sinceId > 0)
        query.append({QStringLiteral("since"), num(sinceId)});
    const auto r = call("GET", {QStringLiteral("projects"), num(projectId), QStringLiteral("chat")}, nullptr, query);
    return r ? json::list<Message>(r.value(), "messages", json::message) : Result<QList<Message>>(r.error());
}

Result<Message> PortalClient::postChat(qint64 projectId, const QString& body)
{
    const QJsonObject o{{QStringLiteral("body"), body}};
    const auto r = call("POST", {QStringLiteral("projects"), num(projectId), QStringLiteral("chat")}, &o);
    return r ? json::message(r.value()) : Result<Message>(r.error());
}

// ---- files ----

Result<PortalClient::Reply> PortalClient::getBytes(const QUrl& url)
{
    Result<Reply> sent = send("GET", url);
    if (!sent)
        return sent.error();
    const Reply& r = sent.value();
    if (r.status >= 400) {
        const bool json =
            r.contentType.startsWith("application/problem+json") || r.contentType.startsWith("application/json");
        return errorOf(r.status, json ? QJsonDocument::fromJson(r.body) : QJsonDocument(), nullptr);
    }
    if (r.status != 200)
        return Error{QStringLiteral("http-%1").arg(r.status),
                     tr("The server answered %1, which the portal never does; check the address.").arg(r.status)};
    return sent;
}

Result<QByteArray> PortalClient::fileBytes(qint64 projectId, qint64 itemId, int version, const QString& sha256)
{
    QList<QPair<QString, QString>> query;
    if (version > 0)
        query.append({QStringLiteral("version"), num(version)});
    const Result<Reply> r =
        getBytes(endpoint({QStringLiteral("projects"), num(projectId), QStringLiteral("files"), num(itemId)}, query));
    if (!r)
        return r.error();
    // The stored file is what was verified on arrival: a different hash is a broken transfer.
    if (!sha256.isEmpty() &&
        QCryptographicHash::hash(r.value().body, QCryptographicHash::Sha256).toHex() != sha256.toLatin1().toLower())
        return Error{QStringLiteral("bad-response"),
                     tr("The file arrived damaged (its SHA-256 is not the one the portal registered).")};
    return r.value().body;
}

Result<QByteArray> PortalClient::thumbnail(qint64 projectId, qint64 itemId, int size, int version)
{
    QList<QPair<QString, QString>> query{{QStringLiteral("size"), num(size)}};
    if (version > 0)
        query.append({QStringLiteral("version"), num(version)});
    const Result<Reply> r = getBytes(endpoint(
        {QStringLiteral("projects"), num(projectId), QStringLiteral("files"), num(itemId), QStringLiteral("thumbnail")},
        query));
    if (!r)
        return r.error();
    if (!r.value().contentType.startsWith("image/png") || !r.value().body.startsWith("\x89PNG\r\n\x1a\n"))
        return Error{QStringLiteral("bad-response"), tr("The portal's thumbnail is not a PNG image.")};
    return r.value().body;
}

// ---- events ----

Result<EventPage> PortalClient::events(qint64 since, int waitSeconds, int limit)
{
    waitSeconds = std::clamp(waitSeconds, 0, 30);
    QList<QPair<QString, QString>> query{{QStringLiteral("since"), num(std::max<qint64>(0, since))}};
    if (waitSeconds > 0)
        query.append({QStringLiteral("wait"), num(waitSeconds)});
    if (limit != 100)
        query.append({QStringLiteral("limit"), num(std::clamp(limit, 1, 500))});
    const auto r = call("GET", {QStringLiteral("events")}, nullptr, query, waitSeconds * 1000);
    return r ? json::eventPage(r.value()) : Result<EventPage>(r.error());
}

// ---- support ----

Result<AccessRequest> PortalClient::requestAccess(const QString& name, const QString& email, const QString& company,
                                                  const QString& role)
{
    const QJsonObject body{{QStringLiteral("name"), name},
                           {QStringLiteral("email"), email},
                           {QStringLiteral("company"), company},
                           {QStringLiteral("role"), role}};
    const auto r = call("POST", {QStringLiteral("support"), QStringLiteral("access-requests")}, &body);
    return r ? json::accessRequest(r.value()) : Result<AccessRequest>(r.error());
}

Result<Ticket> PortalClient::openTicket(const QString& subject, const QString& body, qint64 projectId)
{
    QJsonObject o{{QStringLiteral("subject"), subject}, {QStringLiteral("body"), body}};
    if (projectId > 0)
        o.insert(QStringLiteral("projectId"), projectId);
    const auto r = call("POST", {QStringLiteral("support"), QStringLiteral("tickets")}, &o);
    return r ? json::ticket(r.value()) : Result<Ticket>(r.error());
}

Result<QList<Ticket>> PortalClient::tickets()
{
    const auto r = call("GET", {QStringLiteral("support"), QStringLiteral("tickets")});
    return r ? json::list<Ticket>(r.value(), "tickets", json::ticket) : Result<QList<Ticket>>(r.error());
}

} // namespace apd::portal
