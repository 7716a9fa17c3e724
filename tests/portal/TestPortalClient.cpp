// apd::portal::PortalClient against the real reference portal on 127.0.0.1 (in-process), each
// call's normal path and its refusals; transport failures against a closed port, an HTML page
// and a server that stalls.

#include "ClosedPort.h"
#include "PortalFixture.h"

#include "inspect/Thumbnailer.h"
#include "portal/PortalClient.h"
#include "samples/ImageEncoder.h"
#include "settings/AppSettings.h"

#include <QBuffer>
#include <QElapsedTimer>

#include <thread>

using namespace apd;
using namespace apd::test;
using portal::PortalClient;

namespace {

// A plain HTTP server standing where a portal should be: what a captive portal, a
// misconfigured reverse proxy or a wrong address answers.
class NotAPortal
{
public:
    NotAPortal()
    {
        m_http.Get("/v1/me", [](const httplib::Request&, httplib::Response& res) {
            res.set_content("<html><body>Please sign in to the hotel Wi-Fi</body></html>", "text/html");
        });
        m_http.Get("/v1/projects", [](const httplib::Request&, httplib::Response& res) {
            res.set_content("{\"projects\": [", "application/json"); // cut short
        });
        m_http.Get("/v1/catalog", [](const httplib::Request&, httplib::Response& res) {
            res.status = 502;
            res.set_content("<html>Bad Gateway</html>", "text/html");
        });
        m_http.Get(R"(/v1/projects/\d+/files/\d+/thumbnail)", [](const httplib::Request&, httplib::Response& res) {
            res.set_content("<html><body>Please sign in to the hotel Wi-Fi</body></html>", "text/html");
        });
        m_http.Get("/v1/events", [](const httplib::Request&, httplib::Response& res) {
            std::this_thread::sleep_for(std::chrono::milliseconds(2500));
            res.set_content("{\"events\":[],\"next\":0}", "application/json");
        });
        m_port = m_http.bind_to_any_port("127.0.0.1");
        m_thread = std::thread([this] { m_http.listen_after_bind(); });
        while (!m_http.is_running())
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    ~NotAPortal()
    {
        m_http.stop();
        m_thread.join();
    }
    int port() const { return m_port; }

private:
    httplib::Server m_http;
    std::thread m_thread;
    int m_port = 0;
};

QUrl local(int port)
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
}

} // namespace

class TestPortalClient : public QObject
{
    Q_OBJECT

    PortalFixture f;

    PortalClient client(const QString& email = {})
    {
        PortalClient c(portal::ConnectionSettings{local(f.port())});
        if (!email.isEmpty()) {
            const auto s = c.signIn(email, QStringLiteral("pw-") + email.section(QLatin1Char('@'), 0, 0));
            if (!s)
                qWarning("sign-in failed: %s", qPrintable(s.error().message));
        }
        return c;
    }

private Q_SLOTS:
    void init() { QVERIFY(f.start()); }
    void cleanup()
    {
        QCOMPARE(f.consistencyProblem(), QString());
        f.server.reset();
    }

    void endpointsPercentEncodeEverySegment()
    {
        PortalClient c(portal::ConnectionSettings{QUrl(QStringLiteral("https://portal.example:8443/studio/"))});
        QCOMPARE(c.endpoint({QStringLiteral("projects"), QStringLiteral("7")}).toString(),
                 QStringLiteral("https://portal.example:8443/studio/v1/projects/7"));
        const QUrl odd = c.endpoint({QStringLiteral("x"), QStringLiteral("Harbor#billboard 1/../?|%")},
                                    {{QStringLiteral("since"), QStringLiteral("a&b=c#d")}});
        QCOMPARE(odd.toEncoded(),
                 QByteArray("https://portal.example:8443/studio/v1/x/Harbor%23billboard%201%2F..%2F%3F%7C%25"
                            "?since=a%26b%3Dc%23d"));
        QCOMPARE(odd.path(), QStringLiteral("/studio/v1/x/Harbor#billboard 1/../?|%"));
        QCOMPARE(c.uploadEndpoint().toString(), QStringLiteral("https://portal.example:8443/studio/v1/uploads"));
        QVERIFY(c.authorizationHeader().isEmpty());
        c.setToken(QStringLiteral("abc"));
        QCOMPARE(c.authorizationHeader(), QByteArray("Authorization: Bearer abc"));
    }

    void settingsComeFromAppSettings()
    {
        QTemporaryDir dir;
        settings::AppSettings app(dir.filePath(QStringLiteral("s.ini")));
        app.setProxy(QStringLiteral("http://proxy.example:3128"));
        app.setCaFile(QStringLiteral("/etc/agency-ca.pem"));
        const auto s = portal::ConnectionSettings::fromAppSettings(app, local(1));
        QCOMPARE(s.proxy, QStringLiteral("http://proxy.example:3128"));
        QCOMPARE(s.caFile, QStringLiteral("/etc/agency-ca.pem"));
        QCOMPARE(s.server, local(1));
    }

    void signInMeSignOut()
    {
        PortalClient c = client();
        const auto wrong = c.signIn(QStringLiteral("ana@alpha.test"), QStringLiteral("nope"));
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code, QStringLiteral("bad-credentials"));
        QVERIFY(!wrong.error().message.isEmpty());
        QCOMPARE(c.lastStatus(), 401);
        QVERIFY(!PortalClient::isTransportError(wrong.error()));

        const auto s = c.signIn(QStringLiteral("ana@alpha.test"), QStringLiteral("pw-ana"));
        QVERIFY2(s, s ? "" : qPrintable(s.error().message));
        QVERIFY(!s.value().token.isEmpty());
        QCOMPARE(c.token(), s.value().token);
        QVERIFY(s.value().expiresAt > QDateTime::fromMSecsSinceEpoch(f.clock->load(), Qt::UTC));
        QCOMPARE(s.value().user.email, QStringLiteral("ana@alpha.test"));
        QCOMPARE(s.value().user.role, QStringLiteral("agency-user"));

        const auto me = c.me();
        QVERIFY(me);
        QCOMPARE(me.value().user.name, QStringLiteral("Ana Perez"));
        QCOMPARE(me.value().company.name, QStringLiteral("Alpha"));
        QCOMPARE(me.value().company.kind, QStringLiteral("agency"));

        const QString token = c.token();
        QVERIFY(c.signOut());
        QVERIFY(c.token().isEmpty());
        c.setToken(token); // the old token no longer works
        const auto after = c.me();
        QVERIFY(!after);
        QCOMPARE(c.lastStatus(), 401);
        QCOMPARE(after.error().code, QStringLiteral("unauthenticated"));
        QVERIFY(!c.signOut());
    }

    void catalogAndDirectory()
    {
        PortalClient anonymous = client();
        const auto catalog = anonymous.catalogJson();
        QVERIFY(catalog);
        const auto parsed = naming::AssetCatalog::fromJson(catalog.value());
        QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message));
        QVERIFY(parsed.value().find(u"billboard"));

        PortalClient ana = client(QStringLiteral("ana@alpha.test"));
        const auto companies = ana.companies();
        QVERIFY(companies);
        QCOMPARE(companies.value().size(), 1);
        const auto users = ana.companyUsers(companies.value().first().id);
        QVERIFY(users);
        QCOMPARE(users.value().size(), 3);
        QCOMPARE(ana.companyUsers(9999).error().code, QStringLiteral("company-not-found"));
        PortalClient beta = client(QStringLiteral("admin@beta.test"));
        QCOMPARE(beta.companyUsers(companies.value().first().id).error().code, QStringLiteral("company-forbidden"));
        QCOMPARE(beta.lastStatus(), 403);
    }

    void projectsAndDetail()
    {
        PortalClient ana = client(QStringLiteral("ana@alpha.test"));
        const auto list = ana.projects();
        QVERIFY(list);
        QCOMPARE(list.value().size(), 1);
        QCOMPARE(list.value().first().title, QStringLiteral("Test Title"));
        QCOMPARE(list.value().first().owner.name, QStringLiteral("Olga Owner"));
        QCOMPARE(list.value().first().assignee.id, 0);
        QCOMPARE(list.value().first().counts.requests, PortalFixture::defaultRequests().size());

        PortalClient raw(portal::ConnectionSettings{local(f.port())}, ana.token());
        ApiClient http = f.signedIn(QStringLiteral("ana@alpha.test"));
        QCOMPARE(http.upload(f.projectId, QStringLiteral("T#storyart_na_01_zxx.jpg"), randomBytes(500, 1)).status, 204);
        QCOMPARE(http.upload(f.projectId, QStringLiteral("T#universal-base_na_01_zxx.psd"), randomBytes(400, 2)).status,
                 204);
        QCOMPARE(http.upload(f.projectId, QStringLiteral("T#sdp_na_01_en.jpg"), randomBytes(300, 3)).status, 204);
        QCOMPARE(http.upload(f.projectId, QStringLiteral("T#sdp_na_01_en.jpg"), randomBytes(350, 4)).status, 204);

        const auto p = raw.project(f.projectId);
        QVERIFY2(p, p ? "" : qPrintable(p.error().message));
        const portal::ProjectDetail& d = p.value();
        QCOMPARE(d.order.id, f.projectId);
        QCOMPARE(d.order.requests.size(), PortalFixture::defaultRequests().size());
        QVERIFY(d.order.requestByKey(u"billboard_dark_ltr_01_zxx"));
        QCOMPARE(d.order.minimumFor(QStringLiteral("billboard")), 2);
        QCOMPARE(d.members.size(), 1);
        QCOMPARE(d.order.assets.size(), 2);
        QCOMPARE(d.order.sources.size(), 1);
        QVERIFY(d.order.sources.first().universal);
        const portal::AssetDetail* story = d.assetNamed(QStringLiteral("T#storyart_na_01_zxx.jpg"));
        QVERIFY(story);
        QCOMPARE(story->asset.sourceId, d.order.sources.first().id); // auto-linked on the server
        QCOMPARE(story->state, QStringLiteral("linked"));
        QCOMPARE(story->asset.state, order::AssetState::Uploaded);
        QCOMPARE(d.order.request(story->asset.requestId)->key, QStringLiteral("storyart_na_01_zxx"));
        QCOMPARE(story->versions.size(), 1);
        QCOMPARE(story->versions.first().size, 500);
        QVERIFY(story->requiredLinks.source);
        QCOMPARE(story->refusals.size(), 1); // only: no assignee
        QCOMPARE(story->refusals.first().code, QStringLiteral("no-assignee"));
        const portal::AssetDetail* sdp = d.assetNamed(QStringLiteral("T#sdp_na_01_en.jpg"));
        QVERIFY(sdp);
        QCOMPARE(sdp->asset.version, 2);
        QCOMPARE(sdp->versions.size(), 2);
        QCOMPARE(sdp->versions.last().size, 350);
        QCOMPARE(sdp->versions.first().sha256.size(), 64);
        QVERIFY(sdp->requiredLinks.background);
        QVERIFY(d.asset(sdp->asset.id) == sdp);

        QCOMPARE(ana.project(999).error().code, QStringLiteral("project-not-found"));
        QCOMPARE(ana.lastStatus(), 404);
        PortalClient bo = client(QStringLiteral("bo@alpha.test"));
        QCOMPARE(bo.project(f.projectId).error().code, QStringLiteral("project-forbidden"));
        QCOMPARE(bo.lastStatus(), 403);
        PortalClient nobody = client();
        QCOMPARE(nobody.project(f.projectId).error().code, QStringLiteral("unauthenticated"));
    }

    void filesAreReadBackByVersion()
    {
        ApiClient http = f.signedIn(QStringLiteral("ana@alpha.test"));
        const QByteArray v1 = randomBytes(3000, 7), v2 = randomBytes(2500, 8), psd = randomBytes(900, 9);
        const QString name = QStringLiteral("T#storyart_na_01_zxx.jpg");
        QCOMPARE(http.upload(f.projectId, name, v1).status, 204);
        QCOMPARE(http.upload(f.projectId, name, v2).status, 204);
        QCOMPARE(http.upload(f.projectId, QStringLiteral("T#universal-base_na_01_zxx.psd"), psd).status, 204);
        PortalClient ana = client(QStringLiteral("ana@alpha.test"));
        const auto p = ana.project(f.projectId);
        QVERIFY(p);
        const portal::AssetDetail* story = p.value().assetNamed(name);
        QVERIFY(story);
        const qint64 id = story->asset.id;

        const auto latest = ana.fileBytes(f.projectId, id, 0, story->versions.last().sha256);
        QVERIFY2(latest, latest ? "" : qPrintable(latest.error().message));
        QCOMPARE(latest.value(), v2);
        QCOMPARE(ana.fileBytes(f.projectId, id, 1).value(), v1);
        QCOMPARE(ana.fileBytes(f.projectId, p.value().sources.first().source.id).value(), psd);
        // The owner sees the project, so the owner reads its files too.
        PortalClient owner = client(QStringLiteral("owner@studio.test"));
        QCOMPARE(owner.fileBytes(f.projectId, id).value(), v2);

        // A hash that does not match is a damaged transfer, not a file.
        const auto damaged = ana.fileBytes(f.projectId, id, 0, story->versions.first().sha256);
        QCOMPARE(damaged.error().code, QStringLiteral("bad-response"));
        QCOMPARE(ana.fileBytes(f.projectId, id, 3).error().code, QStringLiteral("file-not-found"));
        QCOMPARE(ana.lastStatus(), 404);
        QCOMPARE(ana.fileBytes(f.projectId, 9999).error().code, QStringLiteral("file-not-found"));
        QCOMPARE(ana.fileBytes(999, id).error().code, QStringLiteral("project-not-found"));
        PortalClient bo = client(QStringLiteral("bo@alpha.test"));
        QCOMPARE(bo.fileBytes(f.projectId, id).error().code, QStringLiteral("project-forbidden"));
        QCOMPARE(client().fileBytes(f.projectId, id).error().code, QStringLiteral("unauthenticated"));
        const Reply bad = http.get(f.projectPath(QStringLiteral("/files/%1?version=0").arg(id)));
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.code(), QStringLiteral("bad-parameter"));
        const Reply raw = http.get(f.projectPath(QStringLiteral("/files/%1").arg(id)));
        QCOMPARE(raw.header("Content-Type"), QStringLiteral("image/jpeg"));
        QCOMPARE(raw.header("File-Version"), QStringLiteral("2"));
        QCOMPARE(raw.header("ETag"), QLatin1Char('"') + story->versions.last().sha256 + QLatin1Char('"'));
    }

    void thumbnailsOfStoredImages()
    {
        ApiClient http = f.signedIn(QStringLiteral("ana@alpha.test"));
        const QString name = QStringLiteral("T#storyart_na_01_zxx.jpg");
        const auto jpeg = samples::encodeJpeg(samples::makeTestPicture(900, 300, 3, 2));
        QVERIFY(jpeg);
        QCOMPARE(http.upload(f.projectId, name, jpeg.value()).status, 204);
        const auto psd = samples::encodePsd(samples::makeTestPicture(60, 40, 3));
        QCOMPARE(http.upload(f.projectId, QStringLiteral("T#universal-base_na_01_zxx.psd"), psd.value()).status, 204);
        PortalClient ana = client(QStringLiteral("ana@alpha.test"));
        const auto p = ana.project(f.projectId);
        QVERIFY(p);
        const qint64 id = p.value().assetNamed(name)->asset.id;

        const auto png = ana.thumbnail(f.projectId, id, 90);
        QVERIFY2(png, png ? "" : qPrintable(png.error().message));
        QByteArray bytes = png.value();
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        const auto decoded = inspect::Thumbnailer::make(buffer, 10000);
        QVERIFY(decoded);
        QCOMPARE(decoded.value().width, 90);
        QCOMPARE(decoded.value().height, 30);
        QCOMPARE(ana.thumbnail(f.projectId, id, 90, 1).value(), bytes);

        const auto ofPsd = ana.thumbnail(f.projectId, p.value().sources.first().source.id);
        QCOMPARE(ofPsd.error().code, QStringLiteral("no-thumbnail"));
        QCOMPARE(ana.lastStatus(), 415);
        QVERIFY(!PortalClient::isTransportError(ofPsd.error()));
        QCOMPARE(ana.thumbnail(f.projectId, 9999).error().code, QStringLiteral("file-not-found"));
        QCOMPARE(ana.thumbnail(f.projectId, id, 64, 5).error().code, QStringLiteral("file-not-found"));
        QCOMPARE(client(QStringLiteral("bo@alpha.test")).thumbnail(f.projectId, id).error().code,
                 QStringLiteral("project-forbidden"));
        QCOMPARE(client().thumbnail(f.projectId, id).error().code, QStringLiteral("unauthenticated"));

        // Not the portal's answer: an HTML page where a PNG should be; no server at all.
        NotAPortal other;
        PortalClient wrong(portal::ConnectionSettings{local(other.port())}, QStringLiteral("token"));
        QCOMPARE(wrong.thumbnail(1, 2).error().code, QStringLiteral("bad-response"));
        const ClosedPort closed;
        PortalClient nowhere(portal::ConnectionSettings{local(closed.port())}, QStringLiteral("token"));
        QCOMPARE(nowhere.thumbnail(1, 2).error().code, QStringLiteral("network"));
    }

    void aFileWhoseBytesAreGoneIsAServerFailure()
    {
        ApiClient http = f.signedIn(QStringLiteral("ana@alpha.test"));
        QCOMPARE(http.upload(f.projectId, QStringLiteral("T#storyart_na_01_zxx.jpg"), randomBytes(800, 3)).status, 204);
        PortalClient ana = client(QStringLiteral("ana@alpha.test"));
        const qint64 id = ana.project(f.projectId).value().order.assets.first().id;
        // Cut the stored file short behind the server's back (a disk fault).
        QString path;
        {
            auto lock = f.server->context().store().lock();
            path = f.server->context()
                       .store()
                       .db()
                       .query(QStringLiteral("SELECT path FROM versions"))
                       .value()
                       .first()
                       .text(0);
        }
        QFile stored(path);
        QVERIFY(stored.open(QIODevice::ReadWrite));
        QVERIFY(stored.resize(100));
        stored.close();
        const auto r = ana.fileBytes(f.projectId, id);
        QVERIFY(!r);
        QVERIFY2(PortalClient::isTransportError(r.error()), qPrintable(r.error().code));
        QCOMPARE(ana.lastStatus(), 500);
        QVERIFY(stored.open(QIODevice::ReadWrite));
        QVERIFY(stored.resize(800)); // the consistency check at cleanup wants the recorded size back
    }

    void assigneeCollaboratorsAndLineItems()
    {
        PortalClient admin = client(QStringLiteral("admin@alpha.test"));
        PortalClient ana = client(QStringLiteral("ana@alpha.test"));
        const qint64 anaId = ana.me().value().user.id;
        const qint64 boId = client(QStringLiteral("bo@alpha.test")).me().value().user.id;
        const qint64 betaId = client(QStringLiteral("admin@beta.test")).me().value().user.id;

        QCOMPARE(ana.setAssignee(f.projectId, anaId).error().code, QStringLiteral("role-forbidden"));
        QCOMPARE(admin.setAssignee(f.projectId, betaId).error().code, QStringLiteral("not-in-agency"));
        QCOMPARE(admin.lastStatus(), 422);
        const auto set = admin.setAssignee(f.projectId, anaId);
        QVERIFY(set);
        QCOMPARE(set.value().summary.assignee.id, anaId);
        QCOMPARE(set.value().order.assigneeId, anaId);
        const auto collab = admin.setCollaborators(f.projectId, {boId});
        QVERIFY(collab);
        QCOMPARE(collab.value().collaborators.size(), 1);
        QCOMPARE(collab.value().collaborators.first().id, boId);
        QCOMPARE(admin.setCollaborators(f.projectId, {betaId}).error().code, QStringLiteral("not-in-agency"));

        portal::NewRequest parts;
        parts.type = QStringLiteral("billboard");
        parts.tone = QStringLiteral("dark");
        parts.direction = QStringLiteral("rtl");
        const auto added = ana.addRequest(f.projectId, parts);
        QVERIFY2(added, added ? "" : qPrintable(added.error().message));
        QCOMPARE(added.value().key, QStringLiteral("billboard_dark_rtl_03_zxx"));
        QVERIFY(!added.value().ordered);
        portal::NewRequest byKey;
        byKey.key = QStringLiteral("storyart_na_02_zxx");
        QVERIFY(ana.addRequest(f.projectId, byKey));
        QCOMPARE(ana.addRequest(f.projectId, byKey).error().code.isEmpty(), false);
        QCOMPARE(ana.lastStatus(), 409);
        byKey.key = QStringLiteral("storyart_01");
        QCOMPARE(ana.addRequest(f.projectId, byKey).error().code, QStringLiteral("bad-key"));

        QVERIFY(ana.removeRequest(f.projectId, added.value().id));
        const qint64 ordered = ana.project(f.projectId).value().order.requestByKey(u"billboard_dark_ltr_01_zxx")->id;
        QCOMPARE(ana.removeRequest(f.projectId, ordered).error().code, QStringLiteral("below-minimum"));
        QCOMPARE(ana.removeRequest(f.projectId, 99999).error().code.isEmpty(), false);
        QCOMPARE(ana.lastStatus(), 404);
    }

    void linksDeliveryReviewsAndComments()
    {
        PortalClient ana = client(QStringLiteral("ana@alpha.test"));
        PortalClient owner = client(QStringLiteral("owner@studio.test"));
        ApiClient http = f.signedIn(QStringLiteral("ana@alpha.test"));
        QCOMPARE(http.upload(f.projectId, QStringLiteral("T#storyart_na_01_zxx.jpg"), randomBytes(500, 1)).status, 204);
        QCOMPARE(http.upload(f.projectId, QStringLiteral("T#avatar_na_01_en.png"), randomBytes(500, 2)).status, 204);
        QCOMPARE(http.upload(f.projectId, QStringLiteral("T#universal-base_na_01_zxx.psd"), randomBytes(500, 4)).status,
                 204);
        QCOMPARE(http.upload(f.projectId, QStringLiteral("T#universal-base_na_02_zxx.psd"), randomBytes(500, 5)).status,
                 204);
        const portal::ProjectDetail p = ana.project(f.projectId).value();
        const qint64 story = p.assetNamed(QStringLiteral("T#storyart_na_01_zxx.jpg"))->asset.id;
        const qint64 avatar = p.assetNamed(QStringLiteral("T#avatar_na_01_en.png"))->asset.id;
        const qint64 uba2 = p.order.sources.last().id;

        const auto unlinked = ana.sources(f.projectId, true);
        QVERIFY(unlinked);
        QCOMPARE(unlinked.value().size(), 1);
        QCOMPARE(unlinked.value().first().source.id, uba2);
        QCOMPARE(ana.sources(f.projectId).value().size(), 2);

        // Refused delivery: the reasons per asset come back.
        QList<order::Refusal> refusals;
        const auto refused = ana.deliver(f.projectId, {story, avatar}, &refusals);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("not-deliverable"));
        QCOMPARE(ana.lastStatus(), 422);
        QCOMPARE(refusals.size(), 2);
        QCOMPARE(refusals.at(0).code, QStringLiteral("no-assignee"));
        QCOMPARE(refusals.at(1).code, QStringLiteral("missing-source"));
        QCOMPARE(refusals.at(1).assetId, avatar);
        QVERIFY(!refusals.at(1).message.isEmpty());

        const qint64 anaId = ana.me().value().user.id;
        QVERIFY(client(QStringLiteral("admin@alpha.test")).setAssignee(f.projectId, anaId));

        // Links by hand.
        QCOMPARE(ana.link(f.projectId, avatar, order::FileRole::Source, uba2).error().code,
                 QStringLiteral("wrong-source"));
        QCOMPARE(ana.link(f.projectId, story, order::FileRole::Source, 4242).error().code,
                 QStringLiteral("unknown-target"));
        QCOMPARE(owner.link(f.projectId, story, order::FileRole::Source, uba2).error().code,
                 QStringLiteral("role-forbidden"));
        auto linked = ana.link(f.projectId, story, order::FileRole::Source, uba2);
        QVERIFY(linked);
        QCOMPARE(linked.value().asset.sourceId, uba2);
        const auto cut = ana.unlink(f.projectId, story, order::FileRole::Source);
        QVERIFY(cut);
        QCOMPARE(cut.value().asset.sourceId, 0);
        QCOMPARE(cut.value().state, QStringLiteral("uploaded"));
        QCOMPARE(cut.value().refusals.first().code, QStringLiteral("missing-source"));
        QVERIFY(ana.link(f.projectId, story, order::FileRole::Source, uba2));
        QCOMPARE(http.upload(f.projectId, QStringLiteral("T#avatar_na_01_en.psd"), randomBytes(500, 6)).status, 204);

        const auto delivered = ana.deliver(f.projectId, {story, avatar}, &refusals);
        QVERIFY2(delivered, delivered ? "" : qPrintable(delivered.error().message));
        QVERIFY(refusals.isEmpty());
        QCOMPARE(delivered.value().assetIds, (QList<qint64>{story, avatar}));
        QCOMPARE(delivered.value().by.id, anaId);
        QCOMPARE(ana.deliveries(f.projectId).value().size(), 1);
        QCOMPARE(ana.unlink(f.projectId, story, order::FileRole::Source).error().code, QStringLiteral("asset-in-qc"));
        QCOMPARE(ana.lastStatus(), 409);

        // Reviews (owner side).
        QCOMPARE(ana.review(f.projectId, story, true).error().code, QStringLiteral("role-forbidden"));
        QCOMPARE(owner.review(f.projectId, story, false).error().code, QStringLiteral("comment-required"));
        QCOMPARE(owner.review(f.projectId, 9999, true).error().code, QStringLiteral("asset-not-found"));
        const auto approved = owner.review(f.projectId, avatar, true);
        QVERIFY(approved);
        QCOMPARE(approved.value().verdict, QStringLiteral("approved"));
        const auto rejected = owner.review(f.projectId, story, false, QStringLiteral("Logo burned in; remove it."));
        QVERIFY(rejected);
        QCOMPARE(rejected.value().comment, QStringLiteral("Logo burned in; remove it."));
        const portal::ProjectDetail after = ana.project(f.projectId).value();
        QCOMPARE(after.asset(story)->asset.state, order::AssetState::Rejected);
        QCOMPARE(after.asset(avatar)->asset.state, order::AssetState::Approved);
        QCOMPARE(after.summary.counts.rejected, 1);

        // Comments.
        const auto comment = ana.addComment(f.projectId, story, QStringLiteral("Fixed version coming."));
        QVERIFY(comment);
        QCOMPARE(comment.value().author.id, anaId);
        QCOMPARE(ana.addComment(f.projectId, story, QStringLiteral("  ")).error().code,
                 QStringLiteral("empty-message"));
        QCOMPARE(client(QStringLiteral("admin@beta.test")).comments(f.projectId, story).error().code,
                 QStringLiteral("project-forbidden"));
        const auto thread = owner.comments(f.projectId, story);
        QVERIFY(thread);
        QVERIFY(thread.value().size() >= 1);
        QCOMPARE(thread.value().last().body, QStringLiteral("Fixed version coming."));
    }

    void chatAndEventsLongPoll()
    {
        PortalClient ana = client(QStringLiteral("ana@alpha.test"));
        PortalClient waiter = client(QStringLiteral("owner@studio.test"));
        const auto start = waiter.events(0, 0, 500);
        QVERIFY(start);
        const qint64 cursor = start.value().next;

        portal::EventPage woken;
        QElapsedTimer timer;
        timer.start();
        std::thread poll([&] {
            const auto r = waiter.events(cursor, 20);
            if (r)
                woken = r.value();
        });
        QTest::qWait(300);
        const auto posted = ana.postChat(f.projectId, QStringLiteral("@owner can you check the crop?"));
        poll.join();
        QVERIFY(posted);
        QCOMPARE(posted.value().mentions, QStringList{QStringLiteral("owner")});
        QVERIFY(timer.elapsed() < 15000);
        QStringList types;
        for (const portal::Event& e : woken.events)
            types << e.type;
        QVERIFY2(types.contains(QStringLiteral("chat.message")), qPrintable(types.join(QLatin1Char(','))));
        QVERIFY(woken.next > cursor);
        QCOMPARE(woken.events.first().projectId, f.projectId);

        const auto messages = waiter.chat(f.projectId);
        QVERIFY(messages);
        QCOMPARE(messages.value().size(), 1);
        QCOMPARE(waiter.chat(f.projectId, messages.value().first().id).value().size(), 0);
        QCOMPARE(ana.postChat(f.projectId, QStringLiteral(" ")).error().code, QStringLiteral("empty-message"));
        QCOMPARE(client(QStringLiteral("bo@alpha.test")).chat(f.projectId).error().code,
                 QStringLiteral("project-forbidden"));

        // An empty long poll answers an empty page with the same cursor.
        const auto quiet = waiter.events(woken.next, 1);
        QVERIFY(quiet);
        QVERIFY(quiet.value().events.isEmpty());
        QCOMPARE(quiet.value().next, woken.next);
        QCOMPARE(client().events().error().code, QStringLiteral("unauthenticated"));
    }

    void cancelEndsALongPoll()
    {
        PortalClient waiter = client(QStringLiteral("owner@studio.test"));
        const qint64 next = waiter.events(0, 0, 500).value().next;
        std::atomic<bool> cancel{false};
        waiter.setCancelFlag(&cancel);
        QElapsedTimer timer;
        timer.start();
        std::thread stopper([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            cancel = true;
        });
        const auto r = waiter.events(next, 20);
        stopper.join();
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("cancelled"));
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(PortalClient::isTransportError(r.error()));
    }

    void support()
    {
        PortalClient admin = client(QStringLiteral("admin@alpha.test"));
        PortalClient ana = client(QStringLiteral("ana@alpha.test"));
        const auto filed =
            admin.requestAccess(QStringLiteral("Lea Novak"), QStringLiteral("lea@alpha.test"), QStringLiteral("Alpha"));
        QVERIFY(filed);
        QCOMPARE(filed.value().email, QStringLiteral("lea@alpha.test"));
        QCOMPARE(filed.value().role, QStringLiteral("agency-user"));
        QCOMPARE(
            ana.requestAccess(QStringLiteral("Lea Novak"), QStringLiteral("lea@alpha.test"), QStringLiteral("Alpha"))
                .error()
                .code,
            QStringLiteral("role-forbidden"));
        QCOMPARE(admin.requestAccess(QStringLiteral("Lea"), QStringLiteral("lea@alpha.test"), QStringLiteral("Alpha"))
                     .error()
                     .code,
                 QStringLiteral("full-name-needed"));
        QCOMPARE(
            admin.requestAccess(QStringLiteral("Lea Novak"), QStringLiteral("lea at alpha"), QStringLiteral("Alpha"))
                .error()
                .code,
            QStringLiteral("bad-email"));

        const auto ticket = ana.openTicket(QStringLiteral("Upload stalls"), QStringLiteral("At 40%."), f.projectId);
        QVERIFY(ticket);
        QCOMPARE(ticket.value().subject, QStringLiteral("Upload stalls"));
        QCOMPARE(ana.openTicket(QStringLiteral(" "), QStringLiteral("y")).error().code.isEmpty(), false);
        QCOMPARE(ana.lastStatus(), 422);
        QCOMPARE(client(QStringLiteral("admin@beta.test"))
                     .openTicket(QStringLiteral("x"), QStringLiteral("y"), f.projectId)
                     .error()
                     .code.isEmpty(),
                 false);
        QCOMPARE(ana.tickets().value().size(), 1);
        QCOMPARE(admin.tickets().value().size(), 0);
    }

    void transportFailuresAreTheirOwnCodes()
    {
        // A closed port: bound, never listening, so nothing else can take it meanwhile.
        const ClosedPort closed;
        const int port = closed.port();
        QVERIFY(port > 0);
        PortalClient c(portal::ConnectionSettings{local(port)});
        const auto refused = c.me();
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("network"));
        QVERIFY(refused.error().message.contains(QStringLiteral("127.0.0.1")));
        QCOMPARE(c.lastStatus(), 0);
        QVERIFY(PortalClient::isNetworkError(refused.error()));
        QVERIFY(PortalClient::isTransportError(refused.error()));

        NotAPortal other;
        portal::ConnectionSettings s{local(other.port())};
        s.timeoutMs = 700;
        PortalClient wrong(s, QStringLiteral("token"));
        QCOMPARE(wrong.me().error().code, QStringLiteral("bad-response")); // an HTML page
        QCOMPARE(wrong.lastStatus(), 200);
        QCOMPARE(wrong.projects().error().code, QStringLiteral("bad-response")); // JSON cut short
        const auto gateway = wrong.catalogJson();
        QCOMPARE(gateway.error().code, QStringLiteral("http-502"));
        QVERIFY(PortalClient::isTransportError(gateway.error()));
        QElapsedTimer timer;
        timer.start();
        const auto stalled = wrong.events();
        QCOMPARE(stalled.error().code, QStringLiteral("network")); // the timeout
        QVERIFY(timer.elapsed() < 2400);
        QCOMPARE(wrong.project(1).error().code, QStringLiteral("http-404")); // no route, no problem document

        // Not a portal address at all.
        PortalClient nothing(portal::ConnectionSettings{QUrl(QStringLiteral("ftp://127.0.0.1/"))});
        QCOMPARE(nothing.me().error().code, QStringLiteral("network"));
    }

    void tlsIsVerified()
    {
        // The plain-HTTP portal spoken to as HTTPS: the handshake fails, nothing is sent in clear.
        PortalClient c(portal::ConnectionSettings{QUrl(QStringLiteral("https://127.0.0.1:%1").arg(f.port()))});
        const auto r = c.signIn(QStringLiteral("ana@alpha.test"), QStringLiteral("pw-ana"));
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("network"));
    }
};

QTEST_GUILESS_MAIN(TestPortalClient)
#include "TestPortalClient.moc"
