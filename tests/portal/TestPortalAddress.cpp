// The portal address as people type it, and the online/offline state.
#include "portal/PortalAddress.h"
#include "portal/Reachability.h"

#include <QTest>

using namespace apd;

class TestPortalAddress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("url"); // empty: refused
        QTest::newRow("bare host") << "portal.example"
                                   << "https://portal.example";
        QTest::newRow("host and port") << "portal.example:8443"
                                       << "https://portal.example:8443";
        QTest::newRow("spaces and slash") << "  https://portal.example/  "
                                          << "https://portal.example";
        QTest::newRow("path prefix") << "https://studio.example/artwork/"
                                     << "https://studio.example/artwork";
        QTest::newRow("loopback http") << "http://127.0.0.1:8443"
                                       << "http://127.0.0.1:8443";
        QTest::newRow("query dropped") << "https://portal.example/?x=1#top"
                                       << "https://portal.example";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("blank") << "   "
                               << "";
        QTest::newRow("ftp") << "ftp://portal.example"
                             << "";
        QTest::newRow("user info") << "https://ana@portal.example"
                                   << "";
        QTest::newRow("no host") << "https://"
                                 << "";
    }
    void parse()
    {
        QFETCH(QString, typed);
        QFETCH(QString, url);
        const auto r = portal::PortalAddress::parse(typed);
        if (url.isEmpty()) {
            QVERIFY(!r);
            QCOMPARE(r.error().code, QStringLiteral("bad-address"));
            QVERIFY(!r.error().message.isEmpty());
        } else {
            QVERIFY2(r.ok(), r ? "" : qPrintable(r.error().message));
            QCOMPARE(r.value().toString(), url);
        }
    }

    void reachabilityChangesOnlyOnAChange()
    {
        portal::Reachability state;
        QVERIFY(state.online());
        QVERIFY(!state.since().isValid());
        const QDateTime t0 = QDateTime::fromSecsSinceEpoch(1800000000, Qt::UTC);
        QVERIFY(!state.report(true, t0)); // first answer: online as assumed
        QCOMPARE(state.since(), t0);
        QVERIFY(!state.report(true, t0.addSecs(5)));
        QCOMPARE(state.since(), t0);
        QVERIFY(state.report(false, t0.addSecs(10)));
        QVERIFY(!state.online());
        QCOMPARE(state.since(), t0.addSecs(10));
        QVERIFY(!state.report(false, t0.addSecs(20)));
        QCOMPARE(state.since(), t0.addSecs(10)); // offline since the first failure
        QVERIFY(state.report(true, t0.addSecs(30)));
        QCOMPARE(state.since(), t0.addSecs(30));
    }
};

QTEST_GUILESS_MAIN(TestPortalAddress)
#include "TestPortalAddress.moc"
