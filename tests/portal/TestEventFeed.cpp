// apd::portal::EventFeed against the real reference portal on 127.0.0.1: the backlog, then
// live long polls from the cursor; the portal gone and back on the same port (backoff,
// reconnect, nothing read twice or skipped); a token the portal refuses. And the rules that
// read the feed (apd::portal::FeedRules).

#include "PortalFixture.h"

#include "portal/EventFeed.h"
#include "portal/FeedRules.h"

#include <QElapsedTimer>
#include <QSignalSpy>

using namespace apd;
using namespace apd::test;
using portal::EventFeed;
using portal::PortalClient;

namespace {

QList<portal::Event> arrived(const QSignalSpy& spy, int fromCall = 0)
{
    QList<portal::Event> out;
    for (int i = fromCall; i < spy.size(); ++i)
        out += spy.at(i).at(0).value<QList<portal::Event>>();
    return out;
}

int countOfType(const QList<portal::Event>& events, const QString& type)
{
    return int(std::count_if(events.cbegin(), events.cend(), [&](const portal::Event& e) { return e.type == type; }));
}

portal::Event feedEvent(qint64 id, const char* type, qint64 projectId, const QJsonObject& data)
{
    portal::Event e;
    e.id = id;
    e.type = QString::fromLatin1(type);
    e.projectId = projectId;
    e.data = data;
    return e;
}

} // namespace

class TestEventFeed : public QObject
{
    Q_OBJECT

    PortalFixture f;

    portal::ConnectionSettings settings() const
    {
        return portal::ConnectionSettings{QUrl(QStringLiteral("http://127.0.0.1:%1").arg(f.port()))};
    }
    QString tokenOf(const QString& email)
    {
        PortalClient c(settings());
        const auto s = c.signIn(email, QStringLiteral("pw-") + email.section(QLatin1Char('@'), 0, 0));
        return s ? s.value().token : QString();
    }
    static EventFeed::Options quick() { return EventFeed::Options{2, 2, 50, 400}; }

private Q_SLOTS:
    void init() { QVERIFY(f.start()); }
    void cleanup()
    {
        QCOMPARE(f.consistencyProblem(), QString());
        f.server.reset();
    }

    void readsTheBacklogThenFollowsLive()
    {
        const QString token = tokenOf(QStringLiteral("ana@alpha.test"));
        PortalClient ana(settings(), token);
        for (int i = 0; i < 3; ++i)
            QVERIFY(ana.postChat(f.projectId, QStringLiteral("before %1").arg(i)));

        EventFeed feed(settings(), token, quick());
        QSignalSpy events(&feed, &EventFeed::eventsArrived);
        QSignalSpy backlogRead(&feed, &EventFeed::backlogRead);
        QSignalSpy connection(&feed, &EventFeed::connectionChanged);
        feed.start(0);
        QTRY_COMPARE_WITH_TIMEOUT(backlogRead.size(), 1, 20000);
        QCOMPARE(connection.first().at(0).toBool(), true);
        QVERIFY(feed.online());
        // Pages of two: the three messages came in more than one page, all as backlog.
        QVERIFY(events.size() >= 2);
        for (const QList<QVariant>& call : std::as_const(events))
            QVERIFY(call.at(1).toBool());
        QCOMPARE(countOfType(arrived(events), QStringLiteral("chat.message")), 3);
        const qint64 cursor = feed.cursor();
        QCOMPARE(cursor, arrived(events).last().id);

        const int before = int(events.size());
        QVERIFY(ana.postChat(f.projectId, QStringLiteral("live")));
        QTRY_VERIFY_WITH_TIMEOUT(events.size() > before, 20000);
        const QList<portal::Event> live = arrived(events, before);
        QVERIFY(!events.last().at(1).toBool()); // live, not backlog
        QCOMPARE(countOfType(live, QStringLiteral("chat.message")), 1);
        QVERIFY(live.first().id > cursor);
        QCOMPARE(feed.cursor(), live.last().id);
        feed.stop();
        QVERIFY(!feed.running());
    }

    void stoppingDoesNotWaitOutALongPoll()
    {
        // A window closing while the feed waits on the portal's 25 s long poll must not
        // freeze for the rest of it: stop() cancels the request in flight.
        const QString token = tokenOf(QStringLiteral("ana@alpha.test"));
        EventFeed feed(settings(), token, EventFeed::Options{25, 200, 50, 400});
        QSignalSpy backlogRead(&feed, &EventFeed::backlogRead);
        feed.start(0);
        QTRY_COMPARE_WITH_TIMEOUT(backlogRead.size(), 1, 20000);
        QTest::qWait(1500); // in the long poll now
        QElapsedTimer t;
        t.start();
        feed.stop();
        QVERIFY2(t.elapsed() < 10000, qPrintable(QStringLiteral("stop() took %1 ms").arg(t.elapsed())));
        QVERIFY(!feed.running());
    }

    void closingAfterThePortalCameBackDoesNotWaitOutALongPoll()
    {
        // An order window opened with the portal away and closed once it is back: the feed
        // started offline, failed and backed off, reconnected to a new server on the same
        // port, and is in a long poll when it is destroyed. The window's destructor must not
        // wait for the poll to run out.
        const QString token = tokenOf(QStringLiteral("ana@alpha.test"));
        const portal::ConnectionSettings connection = settings();
        server::ServerConfig config = f.config();
        config.port = f.port();
        f.server.reset();

        auto feed = std::make_unique<EventFeed>(connection, token, EventFeed::Options{25, 200, 50, 400});
        QSignalSpy changes(feed.get(), &EventFeed::connectionChanged);
        feed->start(0);
        QTRY_COMPARE_WITH_TIMEOUT(changes.size(), 1, 20000);
        QVERIFY(!feed->online());
        QTest::qWait(300); // a few attempts refused

        f.server = std::make_unique<server::PortalServer>(config);
        QVERIFY(f.server->start());
        QTRY_VERIFY_WITH_TIMEOUT(feed->online() && feed->caughtUp(), 20000);
        QTest::qWait(1500); // in the long poll now
        QElapsedTimer t;
        t.start();
        feed.reset();
        QVERIFY2(t.elapsed() < 5000, qPrintable(QStringLiteral("destroying the feed took %1 ms").arg(t.elapsed())));
    }

    void reconnectsWhenThePortalComesBackAndSkipsNothing()
    {
        const QString token = tokenOf(QStringLiteral("ana@alpha.test"));
        EventFeed feed(settings(), token, quick());
        QSignalSpy events(&feed, &EventFeed::eventsArrived);
        QSignalSpy connection(&feed, &EventFeed::connectionChanged);
        feed.start(0);
        QTRY_VERIFY_WITH_TIMEOUT(feed.caughtUp(), 20000);

        // The portal goes away: said once, then retried with backoff.
        const int port = f.port();
        server::ServerConfig config = f.config();
        config.port = port;
        f.server.reset();
        QTRY_VERIFY_WITH_TIMEOUT(!feed.online(), 20000);
        const auto offline = connection.last();
        QCOMPARE(offline.at(0).toBool(), false);
        QVERIFY(!offline.at(1).toString().isEmpty());
        QTest::qWait(600); // a few failed attempts
        int downs = 0;
        for (const auto& c : std::as_const(connection))
            downs += c.at(0).toBool() ? 0 : 1;
        QCOMPARE(downs, 1);

        // Back on the same port, over the same data: the feed goes on from its cursor.
        f.server = std::make_unique<server::PortalServer>(config);
        QVERIFY(f.server->start());
        QTRY_VERIFY_WITH_TIMEOUT(feed.online(), 20000);
        PortalClient ana(settings(), token);
        QVERIFY(ana.postChat(f.projectId, QStringLiteral("after the outage")));
        QTRY_COMPARE_WITH_TIMEOUT(countOfType(arrived(events), QStringLiteral("chat.message")), 1, 20000);
        const QList<portal::Event> all = arrived(events);
        for (qsizetype i = 1; i < all.size(); ++i)
            QVERIFY2(all[i].id > all[i - 1].id, "an event came twice or out of order");
    }

    void aRefusedTokenIsSaidAndNothingArrives()
    {
        EventFeed feed(settings(), QStringLiteral("not-a-token"), quick());
        QSignalSpy events(&feed, &EventFeed::eventsArrived);
        QSignalSpy connection(&feed, &EventFeed::connectionChanged);
        feed.start(0);
        QTRY_COMPARE_WITH_TIMEOUT(connection.size(), 1, 20000);
        QCOMPARE(connection.first().at(0).toBool(), false);
        QVERIFY(!connection.first().at(1).toString().isEmpty());
        QVERIFY(events.isEmpty());
        QVERIFY(!feed.caughtUp());
    }

    void noticesForReviewsAndMentionsOnly()
    {
        portal::ProjectDetail p;
        p.summary.id = 7;
        p.summary.title = QStringLiteral("Harbor");
        p.members = {{2, QStringLiteral("Dana Okafor"), QStringLiteral("dana")}};
        p.summary.owner = {1, QStringLiteral("Olivia Reyes"), QStringLiteral("olivia")};
        portal::AssetDetail a;
        a.asset.id = 40;
        a.asset.name = QStringLiteral("T#storyart_na_01_zxx.jpg");
        p.assets = {a};
        const qint64 dana = 2;

        const auto rejected =
            portal::FeedRules::notice(feedEvent(1, "review.created", 7,
                                                {{QStringLiteral("assetId"), 40},
                                                 {QStringLiteral("verdict"), QStringLiteral("rejected")},
                                                 {QStringLiteral("comment"), QStringLiteral("Remove the logo.")},
                                                 {QStringLiteral("by"), 1}}),
                                      p, dana);
        QVERIFY(rejected);
        QCOMPARE(rejected->kind, portal::Notice::Kind::Rejected);
        QCOMPARE(rejected->assetId, 40);
        QVERIFY(rejected->title.contains(a.asset.name));
        QCOMPARE(rejected->body, QStringLiteral("Remove the logo."));
        const auto approved =
            portal::FeedRules::notice(feedEvent(2, "review.created", 7,
                                                {{QStringLiteral("assetId"), 40},
                                                 {QStringLiteral("verdict"), QStringLiteral("approved")},
                                                 {QStringLiteral("by"), 1}}),
                                      p, dana);
        QVERIFY(approved);
        QCOMPARE(approved->kind, portal::Notice::Kind::Approved);
        const auto mention = portal::FeedRules::notice(
            feedEvent(3, "chat.mention", 7, {{QStringLiteral("messageId"), 9}, {QStringLiteral("by"), 1}}), p, dana);
        QVERIFY(mention);
        QCOMPARE(mention->kind, portal::Notice::Kind::Mention);
        QVERIFY(mention->title.contains(QStringLiteral("Olivia Reyes")));
        // Another project, one's own doing, and plain traffic say nothing.
        QVERIFY(!portal::FeedRules::notice(feedEvent(4, "chat.mention", 8, {{QStringLiteral("by"), 1}}), p, dana));
        QVERIFY(!portal::FeedRules::notice(feedEvent(5, "chat.mention", 7, {{QStringLiteral("by"), 2}}), p, dana));
        QVERIFY(!portal::FeedRules::notice(feedEvent(6, "chat.message", 7, {{QStringLiteral("by"), 1}}), p, dana));
        QVERIFY(!portal::FeedRules::notice(feedEvent(7, "upload.completed", 7, {{QStringLiteral("by"), 1}}), p, dana));

        QVERIFY(portal::FeedRules::changesOrder(feedEvent(8, "review.created", 7, {}), 7));
        QVERIFY(portal::FeedRules::changesOrder(feedEvent(9, "upload.completed", 7, {}), 7));
        QVERIFY(!portal::FeedRules::changesOrder(feedEvent(10, "review.created", 8, {}), 7));
        QVERIFY(!portal::FeedRules::changesOrder(feedEvent(11, "chat.message", 7, {}), 7));

        QHash<qint64, portal::Verdict> verdicts;
        portal::FeedRules::collectVerdicts(
            {feedEvent(12, "review.created", 7,
                       {{QStringLiteral("assetId"), 40},
                        {QStringLiteral("verdict"), QStringLiteral("rejected")},
                        {QStringLiteral("comment"), QStringLiteral("first")}}),
             feedEvent(13, "review.created", 8,
                       {{QStringLiteral("assetId"), 41}, {QStringLiteral("verdict"), QStringLiteral("rejected")}}),
             feedEvent(14, "review.created", 7,
                       {{QStringLiteral("assetId"), 40}, {QStringLiteral("verdict"), QStringLiteral("approved")}})},
            7, &verdicts);
        QCOMPARE(verdicts.size(), 1);
        QCOMPARE(verdicts.value(40).verdict, QStringLiteral("approved"));
    }
};

QTEST_GUILESS_MAIN(TestEventFeed)
#include "TestEventFeed.moc"
