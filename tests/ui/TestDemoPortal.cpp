#include "DemoPortal.h"
#include "../server/PortalFixture.h"
#include "samples/SampleFolder.h"

#include <QDir>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace apd;

// The demo mode's portal: the real server in this process, seeded, with a sample folder
// whose names fit the demo order.
class TestDemoPortal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsSeedsAndWritesSamplesThatFitTheOrder()
    {
        QTemporaryDir parent;
        QString dataDir;
        {
            ui::DemoPortal demo(parent.path());
            QSignalSpy started(&demo, &ui::DemoPortal::started);
            demo.startAsync();
            QVERIFY(started.wait(60000));
            QVERIFY2(started.first().at(0).toBool(), qPrintable(started.first().at(1).toString()));
            dataDir = demo.dataDir();
            QVERIFY(dataDir.startsWith(parent.path()));
            const QUrl url(demo.baseUrl());
            QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
            QVERIFY(url.port() > 0);

            test::ApiClient client(url.port());
            const test::Reply session = client.post(QStringLiteral("/v1/sessions"),
                                                    {{QStringLiteral("email"), demo.email()},
                                                     {QStringLiteral("password"), demo.password()}});
            QCOMPARE(session.status, 201);
            client.setToken(session.json.value(QStringLiteral("token")).toString());
            const test::Reply projects = client.get(QStringLiteral("/v1/projects"));
            QCOMPARE(projects.status, 200);
            const QJsonArray list = projects.json.value(QStringLiteral("projects")).toArray();
            QCOMPARE(list.size(), 1);
            const qint64 id = list.first().toObject().value(QStringLiteral("id")).toInteger();
            const test::Reply project = client.get(QStringLiteral("/v1/projects/%1").arg(id));
            QCOMPARE(project.status, 200);
            QVERIFY(project.json.value(QStringLiteral("assignee")).isObject()); // deliveries need one
            QStringList keys;
            for (const QJsonValue& r : project.json.value(QStringLiteral("requests")).toArray())
                keys << r.toObject().value(QStringLiteral("key")).toString();
            QVERIFY(keys.size() >= 10);

            // Every well-named sample fills a request of the demo order (or is the universal base).
            int fitting = 0;
            for (const samples::SampleFolder::Entry& e : samples::SampleFolder::entries()) {
                QVERIFY2(QFileInfo::exists(QDir(demo.sampleFolder()).filePath(e.name)), qPrintable(e.name));
                if (!e.validName && !e.bloated)
                    continue;
                const QString key = e.name.section(QLatin1Char('#'), 1).section(QLatin1Char('.'), 0, 0);
                if (key.startsWith(QLatin1String("universal-base")))
                    continue;
                QVERIFY2(keys.contains(key), qPrintable(e.name));
                ++fitting;
            }
            QVERIFY(fitting >= 10);

            // A sample goes up through the portal's tus endpoint like any file.
            QFile f(QDir(demo.sampleFolder()).filePath(QStringLiteral("The_Quiet_Harbor#storyart_na_02_zxx.jpg")));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const test::Reply up = client.upload(id, QStringLiteral("The_Quiet_Harbor#storyart_na_02_zxx.jpg"), f.readAll());
            QCOMPARE(up.status, 204);
        }
        QVERIFY(!QFileInfo::exists(dataDir)); // the demo leaves nothing behind
    }
};

QTEST_MAIN(TestDemoPortal)
#include "TestDemoPortal.moc"
