// The offline cache of projects and orders, on a real SQLite file, filled from the real
// portal on 127.0.0.1 and read back once that portal is stopped.
#include "ClosedPort.h"
#include "PortalFixture.h"
#include "portal/PortalClient.h"
#include "store/CachingPortal.h"
#include "store/ProjectCache.h"

#include <QTemporaryDir>
#include <QTest>

using namespace apd;

class TestProjectCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void schemaIsVersionedAndReopens()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("projects.sqlite"));
        const QUrl server(QStringLiteral("https://portal.example"));
        const QDateTime seen = QDateTime::fromSecsSinceEpoch(1800000000, Qt::UTC);
        {
            store::ProjectCache cache;
            QVERIFY(cache.open(path).ok());
            QVERIFY(!cache.hasProjects(server, QStringLiteral("ana@alpha.test")));
            QCOMPARE(cache.projects(server, QStringLiteral("ana@alpha.test")).error().code,
                     QStringLiteral("cache-miss"));
            QVERIFY(cache
                        .saveProjects(server, QStringLiteral("Ana@Alpha.test"),
                                      {{QStringLiteral("projects"), QJsonArray()}}, seen)
                        .ok());
        }
        store::ProjectCache again;
        QVERIFY(again.open(path).ok());
        const auto kept =
            again.projects(QUrl(QStringLiteral("https://portal.example/")), QStringLiteral("ana@alpha.test"));
        QVERIFY(kept.ok());
        QCOMPARE(kept.value().seenAt, seen);
        QVERIFY(kept.value().json.value(QStringLiteral("projects")).isArray());
        // Another user of the same portal sees nothing of Ana's.
        QVERIFY(!again.hasProjects(server, QStringLiteral("bo@alpha.test")));

        sqlite::SqliteDatabase db;
        QVERIFY(db.open(path).ok());
        QCOMPARE(db.schemaVersion().value(), store::ProjectCache::schemaVersion());
    }

    void aNewerCacheIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("projects.sqlite"));
        {
            store::ProjectCache cache;
            QVERIFY(cache.open(path).ok());
        }
        {
            sqlite::SqliteDatabase db;
            QVERIFY(db.open(path).ok());
            QVERIFY(db.execute(QStringLiteral("INSERT INTO schema_version (version) VALUES (99)")).ok());
        }
        store::ProjectCache cache;
        QVERIFY(!cache.open(path).ok());
    }

    void aDamagedDocumentIsAnErrorNotAnEmptyProject()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("projects.sqlite"));
        const QUrl server(QStringLiteral("https://portal.example"));
        {
            store::ProjectCache cache;
            QVERIFY(cache.open(path).ok());
        }
        {
            sqlite::SqliteDatabase db;
            QVERIFY(db.open(path).ok());
            QVERIFY(db.execute(QStringLiteral("INSERT INTO projects VALUES (?1, ?2, 7, '{not json', 0)"),
                               {QStringLiteral("https://portal.example"), QStringLiteral("ana@alpha.test")})
                        .ok());
        }
        store::CachingPortal portal(path, QStringLiteral("ana@alpha.test"));
        const auto r = portal.cachedProject(server, 7);
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("cache-damaged"));
    }

    // Online, each answer is kept; with the portal stopped, the same list and order come from
    // the cache, marked as such and dated when they were seen.
    void answersFromTheCacheWhenThePortalIsGone()
    {
        test::PortalFixture fx;
        QVERIFY(fx.start());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("projects.sqlite"));
        const QUrl server(QStringLiteral("http://127.0.0.1:%1").arg(fx.port()));
        portal::PortalClient client{portal::ConnectionSettings(server)};
        QVERIFY(client.signIn(QStringLiteral("ana@alpha.test"), QStringLiteral("pw-ana")).ok());
        const QDateTime t1 = QDateTime::fromSecsSinceEpoch(1800000000, Qt::UTC);
        store::CachingPortal portal(path, QStringLiteral("ana@alpha.test"), [t1] { return t1; });

        const auto online = portal.projects(client);
        QVERIFY2(online.ok(), online ? "" : qPrintable(online.error().message));
        QVERIFY(!online.value().fromCache);
        QCOMPARE(online.value().value.size(), 1);
        const auto order = portal.project(client, fx.projectId);
        QVERIFY(order.ok());
        QVERIFY(!order.value().fromCache);
        QCOMPARE(order.value().value.order.requests.size(), test::PortalFixture::defaultRequests().size());

        fx.server->stop();
        const auto list = portal.projects(client);
        QVERIFY2(list.ok(), list ? "" : qPrintable(list.error().message));
        QVERIFY(list.value().fromCache);
        QCOMPARE(list.value().seenAt, t1);
        QCOMPARE(list.value().value.first().title, QStringLiteral("Test Title"));
        const auto offline = portal.project(client, fx.projectId);
        QVERIFY(offline.ok());
        QVERIFY(offline.value().fromCache);
        QCOMPARE(offline.value().value.order.requests.size(), order.value().value.order.requests.size());
        QCOMPARE(offline.value().value.summary.title, QStringLiteral("Test Title"));

        // An order never opened here: the network error, explained.
        const auto never = portal.project(client, fx.projectId + 1);
        QVERIFY(!never);
        QVERIFY(portal::PortalClient::isNetworkError(never.error()));
    }

    // A refusal is never hidden behind the cache: an ended session is an error, not old data.
    void aRefusalIsNotAnsweredFromTheCache()
    {
        test::PortalFixture fx;
        QVERIFY(fx.start());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("projects.sqlite"));
        portal::PortalClient client{
            portal::ConnectionSettings(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(fx.port())))};
        QVERIFY(client.signIn(QStringLiteral("ana@alpha.test"), QStringLiteral("pw-ana")).ok());
        store::CachingPortal portal(path, QStringLiteral("ana@alpha.test"));
        QVERIFY(portal.projects(client).ok());
        client.setToken(QStringLiteral("not-a-token"));
        const auto r = portal.projects(client);
        QVERIFY(!r);
        QVERIFY(!portal::PortalClient::isNetworkError(r.error()));
    }

    void nothingKeptAndNothingInReach()
    {
        test::ClosedPort closed;
        QTemporaryDir dir;
        portal::PortalClient client{
            portal::ConnectionSettings(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closed.port())))};
        store::CachingPortal portal(dir.filePath(QStringLiteral("projects.sqlite")), QStringLiteral("ana@alpha.test"));
        const auto r = portal.projects(client);
        QVERIFY(!r);
        QVERIFY(portal::PortalClient::isNetworkError(r.error()));
        // A cache file that cannot be made: the error says so rather than crashing.
        store::CachingPortal nowhere(QStringLiteral("/nonexistent/dir/projects.sqlite"), QStringLiteral("a@b.c"));
        QVERIFY(!nowhere.cachedProjects(QUrl(QStringLiteral("https://portal.example"))).ok());
    }
};

QTEST_GUILESS_MAIN(TestProjectCache)
#include "TestProjectCache.moc"
