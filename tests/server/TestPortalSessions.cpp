#include "PortalFixture.h"

#include <thread>

using namespace apd::test;

// Sign-in, sessions, the directory and the catalog, with every refusal over real HTTP.
class TestPortalSessions : public QObject
{
    Q_OBJECT

    PortalFixture f;

private Q_SLOTS:
    void initTestCase() { QVERIFY(f.start()); }
    void cleanup() { QCOMPARE(f.consistencyProblem(), QString()); }

    void healthAndCatalogNeedNoToken()
    {
        ApiClient c(f.port());
        QCOMPARE(c.get(QStringLiteral("/v1/health")).status, 200);
        const Reply catalog = c.get(QStringLiteral("/v1/catalog"));
        QCOMPARE(catalog.status, 200);
        QVERIFY(catalog.json.value(QStringLiteral("types")).toArray().size() >= 15);
        QCOMPARE(catalog.json.value(QStringLiteral("sourceExtensions")).toArray().first().toString(),
                 QStringLiteral("psd"));
    }

    void signInSignOut()
    {
        ApiClient c = f.signedIn(QStringLiteral("ana@alpha.test"));
        QVERIFY(!c.token().empty());
        const Reply me = c.get(QStringLiteral("/v1/me"));
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json.value(QStringLiteral("user")).toObject().value(QStringLiteral("role")).toString(),
                 QStringLiteral("agency-user"));
        QCOMPARE(me.json.value(QStringLiteral("company")).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Alpha"));
        QCOMPARE(c.del(QStringLiteral("/v1/sessions/current")).status, 204);
        const Reply after = c.get(QStringLiteral("/v1/me"));
        QCOMPARE(after.status, 401);
        QVERIFY(after.isProblem());
        QCOMPARE(after.json.value(QStringLiteral("type")).toString(),
                 QStringLiteral("urn:apd:problem:unauthenticated"));
    }

    void tokensAreStoredHashed()
    {
        ApiClient c = f.signedIn(QStringLiteral("ana@alpha.test"));
        const QByteArray token = QByteArray::fromStdString(c.token());
        QCOMPARE(token.size(), 43); // 32 random bytes, base64url
        const auto rows = f.rows(QStringLiteral("SELECT token_hash FROM sessions"));
        QVERIFY(!rows.isEmpty());
        bool found = false;
        for (const auto& r : rows) {
            QVERIFY(r.blob(0) != token);
            found = found || r.blob(0) == apd::server::Secrets::sha256(token);
        }
        QVERIFY(found);
        const auto users = f.rows(QStringLiteral("SELECT password_hash FROM users WHERE email = 'ana@alpha.test'"));
        QVERIFY(users.first().text(0).startsWith(QStringLiteral("scrypt$1024$8$1$")));
        QVERIFY(!users.first().text(0).contains(QStringLiteral("pw-ana")));
    }

    void sessionsExpire()
    {
        ApiClient c = f.signedIn(QStringLiteral("ana@alpha.test"));
        QCOMPARE(c.get(QStringLiteral("/v1/me")).status, 200);
        f.clock->fetch_add(13LL * 3600 * 1000);
        const Reply r = c.get(QStringLiteral("/v1/me"));
        QCOMPARE(r.status, 401);
        QCOMPARE(r.code(), QStringLiteral("session-expired"));
    }

    void signInRefusals_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("wrong password") << QByteArray("{\"email\":\"ana@alpha.test\",\"password\":\"nope\"}")
                                        << QByteArray("application/json") << 401 << QStringLiteral("bad-credentials");
        QTest::newRow("unknown user") << QByteArray("{\"email\":\"who@alpha.test\",\"password\":\"pw-who\"}")
                                      << QByteArray("application/json") << 401 << QStringLiteral("bad-credentials");
        QTest::newRow("malformed json") << QByteArray("{\"email\":\"ana@alpha.test\",")
                                        << QByteArray("application/json") << 400 << QStringLiteral("malformed-json");
        QTest::newRow("not an object") << QByteArray("[1,2]") << QByteArray("application/json") << 400
                                       << QStringLiteral("malformed-json");
        QTest::newRow("missing password") << QByteArray("{\"email\":\"ana@alpha.test\"}")
                                          << QByteArray("application/json") << 400 << QStringLiteral("missing-field");
        QTest::newRow("wrong type") << QByteArray("{\"email\":7,\"password\":\"x\"}") << QByteArray("application/json")
                                    << 400 << QStringLiteral("wrong-type");
        QTest::newRow("form") << QByteArray("email=a&password=b") << QByteArray("application/x-www-form-urlencoded")
                              << 415 << QStringLiteral("unsupported-media-type");
        QTest::newRow("nul") << QByteArray("{\"email\":\"ana@alpha.test\\u0000\",\"password\":\"x\"}")
                             << QByteArray("application/json") << 400 << QStringLiteral("bad-character");
        QTest::newRow("4 KB email") << (QByteArray("{\"email\":\"") + QByteArray(4096, 'a') + "\",\"password\":\"x\"}")
                                    << QByteArray("application/json") << 400 << QStringLiteral("field-too-long");
        QTest::newRow("2 MB body") << (QByteArray("{\"email\":\"") + QByteArray(2 << 20, 'a') + "\"}")
                                   << QByteArray("application/json") << 413 << QStringLiteral("body-too-large");
    }
    void signInRefusals()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(int, status);
        QFETCH(QString, code);
        ApiClient c(f.port());
        const Reply r = c.send("POST", QStringLiteral("/v1/sessions"), body, contentType.constData());
        QCOMPARE(r.status, status);
        QVERIFY(r.isProblem());
        QCOMPARE(r.code(), code);
        QVERIFY(!r.json.value(QStringLiteral("detail")).toString().isEmpty());
        // The server keeps serving.
        QCOMPARE(ApiClient(f.port()).get(QStringLiteral("/v1/health")).status, 200);
    }

    void badTokens_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::newRow("none") << QByteArray();
        QTest::newRow("not bearer") << QByteArray("Basic YW5hOnB3");
        QTest::newRow("unknown") << QByteArray("Bearer ") + apd::server::Secrets::randomToken();
        QTest::newRow("long") << QByteArray("Bearer ") + QByteArray(4000, 'x');
    }
    void badTokens()
    {
        QFETCH(QByteArray, authorization);
        ApiClient c(f.port());
        httplib::Headers h;
        if (!authorization.isEmpty())
            h.emplace("Authorization", authorization.toStdString());
        for (const char* path : {"/v1/me", "/v1/projects", "/v1/events", "/v1/companies"}) {
            const Reply r = c.send("GET", QString::fromLatin1(path), QByteArray(), "", h);
            QCOMPARE(r.status, 401);
            QVERIFY(!r.header("WWW-Authenticate").isEmpty());
        }
    }

    void oversizedHeadersAndUnknownPaths()
    {
        ApiClient c(f.port());
        const Reply big =
            c.send("GET", QStringLiteral("/v1/health"), QByteArray(), "", {{"X-Filler", std::string(16 * 1024, 'h')}});
        QVERIFY2(big.status == 0 || big.status >= 400, qPrintable(QString::number(big.status)));
        const Reply longUri =
            ApiClient(f.port()).get(QStringLiteral("/v1/projects/") + QString(10000, QLatin1Char('9')));
        QVERIFY(longUri.status == 0 || longUri.status >= 400);
        const Reply unknown = ApiClient(f.port()).get(QStringLiteral("/v1/nothing/here"));
        QCOMPARE(unknown.status, 404);
        QVERIFY(unknown.isProblem());
        const Reply notId = f.signedIn(QStringLiteral("ana@alpha.test")).get(QStringLiteral("/v1/projects/abc"));
        QCOMPARE(notId.status, 404);
        QCOMPARE(ApiClient(f.port()).get(QStringLiteral("/v1/health")).status, 200);
    }

    void embeddedServerStopsAndStartsAgain()
    {
        // The desktop app embeds the server: start and stop from code, any free port.
        f.server->stop();
        QVERIFY(!f.server->isRunning());
        QCOMPARE(f.server->port(), 0);
        const auto port = f.server->start();
        QVERIFY(port.ok());
        QVERIFY(port.value() > 0);
        QVERIFY(f.server->baseUrl().startsWith(QStringLiteral("http://127.0.0.1:")));
        ApiClient c = f.signedIn(QStringLiteral("ana@alpha.test"));
        QCOMPARE(c.get(QStringLiteral("/v1/me")).status, 200);
        // The event feed waits again too: a chat message posted meanwhile wakes the poll.
        const qint64 cursor =
            c.get(QStringLiteral("/v1/events?limit=500")).json.value(QStringLiteral("next")).toInteger();
        ApiClient poller = f.signedIn(QStringLiteral("ana@alpha.test"));
        Reply events;
        std::thread poll([&] { events = poller.get(QStringLiteral("/v1/events?wait=20&since=%1").arg(cursor)); });
        QTest::qWait(300);
        QCOMPARE(
            c.post(f.projectPath(QStringLiteral("/chat")), {{QStringLiteral("body"), QStringLiteral("back")}}).status,
            201);
        poll.join();
        QCOMPARE(events.json.value(QStringLiteral("events")).toArray().size(), 1);
    }

    void directory()
    {
        ApiClient ana = f.signedIn(QStringLiteral("ana@alpha.test"));
        const Reply companies = ana.get(QStringLiteral("/v1/companies"));
        QCOMPARE(companies.status, 200);
        QCOMPARE(companies.json.value(QStringLiteral("companies")).toArray().size(), 1);
        const qint64 alpha = companies.json.value(QStringLiteral("companies"))
                                 .toArray()
                                 .first()
                                 .toObject()
                                 .value(QStringLiteral("id"))
                                 .toInteger();
        const Reply users = ana.get(QStringLiteral("/v1/companies/%1/users").arg(alpha));
        QCOMPARE(users.status, 200);
        QCOMPARE(users.json.value(QStringLiteral("users")).toArray().size(), 3);
        QCOMPARE(ana.get(QStringLiteral("/v1/companies/%1/users").arg(alpha + 1)).status, 403);
        QCOMPARE(ana.get(QStringLiteral("/v1/companies/999/users")).status, 404);
        ApiClient owner = f.signedIn(QStringLiteral("owner@studio.test"));
        QCOMPARE(owner.get(QStringLiteral("/v1/companies")).json.value(QStringLiteral("companies")).toArray().size(),
                 3);
        QCOMPARE(owner.get(QStringLiteral("/v1/companies/%1/users").arg(alpha)).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestPortalSessions)
#include "TestPortalSessions.moc"
