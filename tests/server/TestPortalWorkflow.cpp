#include "PortalFixture.h"

using namespace apd::test;

namespace {

qint64 idOf(const QJsonObject& project, const char* list, const QString& name)
{
    for (const QJsonValue& v : project.value(QLatin1String(list)).toArray())
        if (v.toObject().value(QStringLiteral("name")).toString() == name ||
            v.toObject().value(QStringLiteral("key")).toString() == name)
            return v.toObject().value(QStringLiteral("id")).toInteger();
    return 0;
}

QStringList refusalCodes(const Reply& r)
{
    QStringList out;
    for (const QJsonValue& v : r.json.value(QStringLiteral("refusals")).toArray())
        out << v.toObject().value(QStringLiteral("code")).toString();
    return out;
}

} // namespace

// Projects, the order, links, deliveries, reviews, conversation, events and support.
class TestPortalWorkflow : public QObject
{
    Q_OBJECT

    PortalFixture f;

private Q_SLOTS:
    void init() { QVERIFY(f.start()); }
    void cleanup()
    {
        QCOMPARE(f.consistencyProblem(), QString());
        f.server.reset();
    }

    // Every route that takes a JSON body (the spec's list) refuses a broken one with its
    // problem, as the sign-in does, and the portal goes on serving and stays consistent.
    void everyJsonBodyIsChecked_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("cut short") << QByteArray("{\"text\": \"half") << QByteArray("application/json") << 400
                                   << QStringLiteral("malformed-json");
        QTest::newRow("not an object") << QByteArray("[1,2]") << QByteArray("application/json") << 400
                                       << QStringLiteral("malformed-json");
        QTest::newRow("not json") << QByteArray("text=hello") << QByteArray("application/x-www-form-urlencoded") << 415
                                  << QStringLiteral("unsupported-media-type");
        QTest::newRow("2 MB") << (QByteArray("{\"text\":\"") + QByteArray(2 << 20, 'a') + "\"}")
                              << QByteArray("application/json") << 413 << QStringLiteral("body-too-large");
    }

    void everyJsonBodyIsChecked()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(int, status);
        QFETCH(QString, code);
        ApiClient ana = f.signedIn(QStringLiteral("ana@alpha.test"));
        QCOMPARE(ana.upload(f.projectId, QStringLiteral("T#storyart_na_01_zxx.jpg"), randomBytes(500, 1)).status, 204);
        const qint64 asset = idOf(ana.get(f.projectPath()).json, "assets", QStringLiteral("T#storyart_na_01_zxx.jpg"));
        ApiClient admin = f.signedIn(QStringLiteral("admin@alpha.test"));
        ApiClient owner = f.signedIn(QStringLiteral("owner@studio.test"));
        const QString a = QStringLiteral("/assets/%1").arg(asset);
        const QList<std::tuple<const char*, QString, ApiClient*>> routes = {
            {"PUT", f.projectPath(QStringLiteral("/assignee")), &admin},
            {"PUT", f.projectPath(QStringLiteral("/collaborators")), &admin},
            {"POST", f.projectPath(QStringLiteral("/requests")), &ana},
            {"PUT", f.projectPath(a + QStringLiteral("/links/source")), &ana},
            {"POST", f.projectPath(QStringLiteral("/deliveries")), &ana},
            {"POST", f.projectPath(a + QStringLiteral("/reviews")), &owner},
            {"POST", f.projectPath(a + QStringLiteral("/comments")), &ana},
            {"POST", f.projectPath(QStringLiteral("/chat")), &ana},
            {"POST", QStringLiteral("/v1/support/access-requests"), &admin},
            {"POST", QStringLiteral("/v1/support/tickets"), &ana},
        };
        for (const auto& [method, path, client] : routes) {
            const Reply r = client->send(method, path, body, contentType.constData());
            const QString where = QStringLiteral("%1 %2").arg(QLatin1String(method), path);
            QVERIFY2(r.status == status, qPrintable(where + QStringLiteral(": %1 %2").arg(r.status).arg(r.code())));
            QVERIFY2(r.isProblem(), qPrintable(where));
            QCOMPARE(r.code(), code);
            QVERIFY(!r.json.value(QStringLiteral("detail")).toString().isEmpty());
        }
        QCOMPARE(ApiClient(f.port()).get(QStringLiteral("/v1/health")).status, 200);
        // Nothing of it was taken: no comment, message, delivery, review or ticket.
        for (const char* table : {"comments", "chat_messages", "deliveries", "reviews", "tickets", "access_requests"})
            QCOMPARE(f.rows(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))).first().integer(0),
                     qint64(0));
    }

    void visibilityFollowsCompanyAndMembership()
    {
        QCOMPARE(f.signedIn(QStringLiteral("ana@alpha.test"))
                     .get(QStringLiteral("/v1/projects"))
                     .json.value(QStringLiteral("projects"))
                     .toArray()
                     .size(),
                 1);
        QCOMPARE(f.signedIn(QStringLiteral("admin@alpha.test"))
                     .get(QStringLiteral("/v1/projects"))
                     .json.value(QStringLiteral("projects"))
                     .toArray()
                     .size(),
                 1);
        QCOMPARE(f.signedIn(QStringLiteral("owner@studio.test"))
                     .get(QStringLiteral("/v1/projects"))
                     .json.value(QStringLiteral("projects"))
                     .toArray()
                     .size(),
                 1);
        QCOMPARE(f.signedIn(QStringLiteral("bo@alpha.test"))
                     .get(QStringLiteral("/v1/projects"))
                     .json.value(QStringLiteral("projects"))
                     .toArray()
                     .size(),
                 0);
        QCOMPARE(f.signedIn(QStringLiteral("admin@beta.test"))
                     .get(QStringLiteral("/v1/projects"))
                     .json.value(QStringLiteral("projects"))
                     .toArray()
                     .size(),
                 0);
        QCOMPARE(f.signedIn(QStringLiteral("admin@beta.test")).get(f.projectPath()).status, 403);
        QCOMPARE(f.signedIn(QStringLiteral("bo@alpha.test")).get(f.projectPath()).status, 403);
        QCOMPARE(f.signedIn(QStringLiteral("ana@alpha.test")).get(QStringLiteral("/v1/projects/999")).status, 404);
        QCOMPARE(ApiClient(f.port()).get(f.projectPath()).status, 401);
        const QJsonObject p = f.signedIn(QStringLiteral("ana@alpha.test")).get(f.projectPath()).json;
        QCOMPARE(p.value(QStringLiteral("requests")).toArray().size(), PortalFixture::defaultRequests().size());
        QCOMPARE(p.value(QStringLiteral("minimums")).toObject().value(QStringLiteral("billboard")).toInt(), 2);
        QVERIFY(p.value(QStringLiteral("assignee")).isNull());
    }

    void assigneeAndCollaborators()
    {
        ApiClient admin = f.signedIn(QStringLiteral("admin@alpha.test"));
        ApiClient ana = f.signedIn(QStringLiteral("ana@alpha.test"));
        const qint64 anaId = ana.get(QStringLiteral("/v1/me"))
                                 .json.value(QStringLiteral("user"))
                                 .toObject()
                                 .value(QStringLiteral("id"))
                                 .toInteger();
        const qint64 boId = f.signedIn(QStringLiteral("bo@alpha.test"))
                                .get(QStringLiteral("/v1/me"))
                                .json.value(QStringLiteral("user"))
                                .toObject()
                                .value(QStringLiteral("id"))
                                .toInteger();
        const qint64 betaId = f.signedIn(QStringLiteral("admin@beta.test"))
                                  .get(QStringLiteral("/v1/me"))
                                  .json.value(QStringLiteral("user"))
                                  .toObject()
                                  .value(QStringLiteral("id"))
                                  .toInteger();
        QCOMPARE(ana.put(f.projectPath(QStringLiteral("/assignee")), {{QStringLiteral("userId"), anaId}}).code(),
                 QStringLiteral("role-forbidden"));
        QCOMPARE(f.signedIn(QStringLiteral("owner@studio.test"))
                     .put(f.projectPath(QStringLiteral("/assignee")), {{QStringLiteral("userId"), anaId}})
                     .status,
                 403);
        QCOMPARE(f.signedIn(QStringLiteral("admin@beta.test"))
                     .put(f.projectPath(QStringLiteral("/assignee")), {{QStringLiteral("userId"), anaId}})
                     .status,
                 403);
        QCOMPARE(admin.put(f.projectPath(QStringLiteral("/assignee")), {{QStringLiteral("userId"), betaId}}).code(),
                 QStringLiteral("not-in-agency"));
        QCOMPARE(
            admin.put(f.projectPath(QStringLiteral("/assignee")), {{QStringLiteral("userId"), QStringLiteral("me")}})
                .status,
            400);
        QCOMPARE(admin.put(f.projectPath(QStringLiteral("/assignee")), {}).code(), QStringLiteral("missing-field"));
        const Reply set = admin.put(f.projectPath(QStringLiteral("/assignee")), {{QStringLiteral("userId"), anaId}});
        QCOMPARE(set.status, 200);
        QCOMPARE(set.json.value(QStringLiteral("assignee")).toObject().value(QStringLiteral("id")).toInteger(), anaId);

        const Reply collab =
            admin.put(f.projectPath(QStringLiteral("/collaborators")), {{QStringLiteral("userIds"), QJsonArray{boId}}});
        QCOMPARE(collab.status, 200);
        QCOMPARE(collab.json.value(QStringLiteral("collaborators")).toArray().size(), 1);
        // Bo now sees the project.
        QCOMPARE(f.signedIn(QStringLiteral("bo@alpha.test")).get(f.projectPath()).status, 200);
        QCOMPARE(
            admin
                .put(f.projectPath(QStringLiteral("/collaborators")), {{QStringLiteral("userIds"), QJsonArray{betaId}}})
                .status,
            422);
        QCOMPARE(admin
                     .put(f.projectPath(QStringLiteral("/collaborators")),
                          {{QStringLiteral("userIds"), QStringLiteral("all")}})
                     .status,
                 400);
    }

    void orderLineItems()
    {
        ApiClient ana = f.signedIn(QStringLiteral("ana@alpha.test"));
        const Reply added = ana.post(f.projectPath(QStringLiteral("/requests")),
                                     {{QStringLiteral("type"), QStringLiteral("billboard")},
                                      {QStringLiteral("tone"), QStringLiteral("dark")},
                                      {QStringLiteral("direction"), QStringLiteral("rtl")}});
        QCOMPARE(added.status, 201);
        QCOMPARE(added.json.value(QStringLiteral("key")).toString(), QStringLiteral("billboard_dark_rtl_03_zxx"));
        QCOMPARE(ana.post(f.projectPath(QStringLiteral("/requests")),
                          {{QStringLiteral("key"), QStringLiteral("storyart_na_02_zxx")}})
                     .status,
                 201);
        QCOMPARE(ana.post(f.projectPath(QStringLiteral("/requests")),
                          {{QStringLiteral("key"), QStringLiteral("storyart_na_02_zxx")}})
                     .status,
                 409);
        QCOMPARE(ana.post(f.projectPath(QStringLiteral("/requests")),
                          {{QStringLiteral("key"), QStringLiteral("storyart_01")}})
                     .code(),
                 QStringLiteral("bad-key"));
        QCOMPARE(
            ana.post(f.projectPath(QStringLiteral("/requests")), {{QStringLiteral("type"), QStringLiteral("poster")},
                                                                  {QStringLiteral("tone"), QStringLiteral("na")}})
                .code(),
            QStringLiteral("unknown-type"));
        QCOMPARE(ana.post(f.projectPath(QStringLiteral("/requests")), {}).code(), QStringLiteral("missing-field"));
        QCOMPARE(f.signedIn(QStringLiteral("owner@studio.test"))
                     .post(f.projectPath(QStringLiteral("/requests")),
                           {{QStringLiteral("key"), QStringLiteral("storyart_na_05_zxx")}})
                     .status,
                 403);

        // Removing: the added ones go, the ordered ones stop at the minimum.
        const QJsonObject p = ana.get(f.projectPath()).json;
        const qint64 extra = added.json.value(QStringLiteral("id")).toInteger();
        QCOMPARE(ana.del(f.projectPath(QStringLiteral("/requests/%1").arg(extra))).status, 204);
        const Reply below = ana.del(f.projectPath(
            QStringLiteral("/requests/%1").arg(idOf(p, "requests", QStringLiteral("billboard_dark_ltr_01_zxx")))));
        QCOMPARE(below.status, 409);
        QCOMPARE(below.code(), QStringLiteral("below-minimum"));
        QCOMPARE(ana.del(f.projectPath(QStringLiteral("/requests/99999"))).status, 404);
        QCOMPARE(f.signedIn(QStringLiteral("admin@beta.test"))
                     .del(f.projectPath(QStringLiteral("/requests/%1").arg(extra)))
                     .status,
                 403);
    }

    void deliverLinkReviewRedeliver()
    {
        ApiClient ana = f.signedIn(QStringLiteral("ana@alpha.test"));
        ApiClient owner = f.signedIn(QStringLiteral("owner@studio.test"));
        QCOMPARE(ana.upload(f.projectId, QStringLiteral("T#storyart_na_01_zxx.jpg"), randomBytes(500, 1)).status, 204);
        QCOMPARE(ana.upload(f.projectId, QStringLiteral("T#avatar_na_01_en.png"), randomBytes(500, 2)).status, 204);
        QCOMPARE(ana.upload(f.projectId, QStringLiteral("T#storyart_na_09_zxx.psd"), randomBytes(500, 3)).code(),
                 QStringLiteral("wrong-sequence"));
        QCOMPARE(ana.upload(f.projectId, QStringLiteral("T#universal-base_na_01_zxx.psd"), randomBytes(500, 4)).status,
                 204);
        QCOMPARE(ana.upload(f.projectId, QStringLiteral("T#universal-base_na_02_zxx.psd"), randomBytes(500, 5)).status,
                 204);
        QJsonObject p = ana.get(f.projectPath()).json;
        const qint64 story = idOf(p, "assets", QStringLiteral("T#storyart_na_01_zxx.jpg"));
        const qint64 avatar = idOf(p, "assets", QStringLiteral("T#avatar_na_01_en.png"));
        const qint64 uba1 = idOf(p, "sources", QStringLiteral("T#universal-base_na_01_zxx.psd"));
        const qint64 uba2 = idOf(p, "sources", QStringLiteral("T#universal-base_na_02_zxx.psd"));
        // The first base was the project's only one when it came: the story art took it.
        const QJsonArray unlinked = ana.get(f.projectPath(QStringLiteral("/sources?unlinked=true")))
                                        .json.value(QStringLiteral("sources"))
                                        .toArray();
        QCOMPARE(unlinked.size(), 1);
        QCOMPARE(unlinked.first().toObject().value(QStringLiteral("id")).toInteger(), uba2);
        QCOMPARE(ana.get(f.projectPath(QStringLiteral("/sources?unlinked=maybe"))).status, 400);

        // Nothing is deliverable yet: no assignee, the avatar has no PSD.
        Reply refused = ana.post(f.projectPath(QStringLiteral("/deliveries")),
                                 {{QStringLiteral("assetIds"), QJsonArray{story, avatar}}});
        QCOMPARE(refused.status, 422);
        QCOMPARE(refused.code(), QStringLiteral("not-deliverable"));
        QCOMPARE(refusalCodes(refused), (QStringList{QStringLiteral("no-assignee"), QStringLiteral("missing-source")}));
        const qint64 anaId = ana.get(QStringLiteral("/v1/me"))
                                 .json.value(QStringLiteral("user"))
                                 .toObject()
                                 .value(QStringLiteral("id"))
                                 .toInteger();
        QCOMPARE(f.signedIn(QStringLiteral("admin@alpha.test"))
                     .put(f.projectPath(QStringLiteral("/assignee")), {{QStringLiteral("userId"), anaId}})
                     .status,
                 200);

        // Links by hand: the other base, none, the first again. An avatar takes only its own PSD.
        const QString link = f.projectPath(QStringLiteral("/assets/%1/links/source"));
        QCOMPARE(ana.put(link.arg(avatar), {{QStringLiteral("targetId"), uba1}}).code(),
                 QStringLiteral("wrong-source"));
        QCOMPARE(ana.put(link.arg(story), {{QStringLiteral("targetId"), 4242}}).code(),
                 QStringLiteral("unknown-target"));
        QCOMPARE(ana.put(f.projectPath(QStringLiteral("/assets/%1/links/background")).arg(story),
                         {{QStringLiteral("targetId"), uba1}})
                     .code(),
                 QStringLiteral("link-not-needed"));
        QCOMPARE(ana.put(f.projectPath(QStringLiteral("/assets/%1/links/poster")).arg(story),
                         {{QStringLiteral("targetId"), uba1}})
                     .status,
                 404);
        QCOMPARE(owner.put(link.arg(story), {{QStringLiteral("targetId"), uba1}}).status, 403);
        QCOMPARE(ana.put(link.arg(story), {{QStringLiteral("targetId"), uba2}})
                     .json.value(QStringLiteral("sourceId"))
                     .toInteger(),
                 uba2);
        QCOMPARE(ana.del(link.arg(story)).json.value(QStringLiteral("sourceId")).isNull(), true);
        const Reply linked = ana.put(link.arg(story), {{QStringLiteral("targetId"), uba1}});
        QCOMPARE(linked.json.value(QStringLiteral("state")).toString(), QStringLiteral("linked"));
        QCOMPARE(ana.upload(f.projectId, QStringLiteral("T#avatar_na_01_en.psd"), randomBytes(500, 6)).status,
                 204); // auto-links

        const Reply delivered = ana.post(f.projectPath(QStringLiteral("/deliveries")),
                                         {{QStringLiteral("assetIds"), QJsonArray{story, avatar}}});
        QCOMPARE(delivered.status, 201);
        QCOMPARE(delivered.json.value(QStringLiteral("assetIds")).toArray().size(), 2);
        QCOMPARE(refusalCodes(ana.post(f.projectPath(QStringLiteral("/deliveries")),
                                       {{QStringLiteral("assetIds"), QJsonArray{story}}})),
                 QStringList{QStringLiteral("in-review")});
        QCOMPARE(
            ana.post(f.projectPath(QStringLiteral("/deliveries")), {{QStringLiteral("assetIds"), QJsonArray{}}}).status,
            422);
        QCOMPARE(ana.get(f.projectPath(QStringLiteral("/deliveries")))
                     .json.value(QStringLiteral("deliveries"))
                     .toArray()
                     .size(),
                 1);
        // The owner was told; a file in review is not replaced; its links stay.
        QCOMPARE(
            f
                .rows(QStringLiteral(
                    "SELECT COUNT(*) FROM outbox WHERE recipient = 'owner@studio.test' AND subject LIKE '%delivered%'"))
                .first()
                .integer(0),
            1);
        QCOMPARE(ana.createUpload(f.projectId, QStringLiteral("T#storyart_na_01_zxx.jpg"), randomBytes(10)).code(),
                 QStringLiteral("request-in-review"));
        QCOMPARE(ana.del(link.arg(story)).code(), QStringLiteral("asset-in-qc"));

        // Reviews: only the owner, only delivered assets, a rejection says why.
        const QString review = f.projectPath(QStringLiteral("/assets/%1/reviews"));
        QCOMPARE(ana.post(review.arg(story), {{QStringLiteral("verdict"), QStringLiteral("approved")}}).status, 403);
        QCOMPARE(owner.post(review.arg(story), {{QStringLiteral("verdict"), QStringLiteral("rejected")}}).code(),
                 QStringLiteral("comment-required"));
        QCOMPARE(owner.post(review.arg(story), {{QStringLiteral("verdict"), QStringLiteral("maybe")}}).status, 400);
        QCOMPARE(owner.post(review.arg(9999), {{QStringLiteral("verdict"), QStringLiteral("approved")}}).status, 404);
        QCOMPARE(owner.post(review.arg(avatar), {{QStringLiteral("verdict"), QStringLiteral("approved")}}).status, 201);
        QCOMPARE(owner.post(review.arg(avatar), {{QStringLiteral("verdict"), QStringLiteral("approved")}}).code(),
                 QStringLiteral("not-delivered"));
        QCOMPARE(
            owner
                .post(review.arg(story), {{QStringLiteral("verdict"), QStringLiteral("rejected")},
                                          {QStringLiteral("comment"), QStringLiteral("Logo burned in; remove it.")}})
                .status,
            201);
        QVERIFY(
            f.rows(QStringLiteral(
                       "SELECT COUNT(*) FROM outbox WHERE recipient = 'ana@alpha.test' AND subject LIKE '%rejected%'"))
                .first()
                .integer(0) >= 1);

        // The fix is dropped under the same name, linked again by hand, delivered again.
        QCOMPARE(ana.createUpload(f.projectId, QStringLiteral("T#avatar_na_01_en.png"), randomBytes(10)).code(),
                 QStringLiteral("request-approved"));
        QCOMPARE(ana.upload(f.projectId, QStringLiteral("T#storyart_na_01_zxx.jpg"), randomBytes(600, 7)).status, 204);
        p = ana.get(f.projectPath()).json;
        QJsonObject storyJson;
        for (const QJsonValue& v : p.value(QStringLiteral("assets")).toArray())
            if (v.toObject().value(QStringLiteral("id")).toInteger() == story)
                storyJson = v.toObject();
        QCOMPARE(storyJson.value(QStringLiteral("version")).toInt(), 2);
        QCOMPARE(storyJson.value(QStringLiteral("state")).toString(), QStringLiteral("linked"));
        QCOMPARE(
            ana.post(f.projectPath(QStringLiteral("/deliveries")), {{QStringLiteral("assetIds"), QJsonArray{story}}})
                .status,
            201);
    }

    void commentsChatAndEvents()
    {
        ApiClient ana = f.signedIn(QStringLiteral("ana@alpha.test"));
        ApiClient owner = f.signedIn(QStringLiteral("owner@studio.test"));
        ApiClient beta = f.signedIn(QStringLiteral("admin@beta.test"));
        QCOMPARE(ana.upload(f.projectId, QStringLiteral("T#storyart_na_01_zxx.jpg"), randomBytes(50)).status, 204);
        const qint64 story = idOf(ana.get(f.projectPath()).json, "assets", QStringLiteral("T#storyart_na_01_zxx.jpg"));

        const QString comments = f.projectPath(QStringLiteral("/assets/%1/comments")).arg(story);
        QCOMPARE(owner.post(comments, {{QStringLiteral("body"), QStringLiteral("Tighter crop, please.")}}).status, 201);
        QCOMPARE(ana.post(comments, {{QStringLiteral("body"), QStringLiteral("   ")}}).code(),
                 QStringLiteral("empty-message"));
        QCOMPARE(ana.post(comments, {{QStringLiteral("body"), QString(20000, QLatin1Char('x'))}}).status, 400);
        QCOMPARE(beta.post(comments, {{QStringLiteral("body"), QStringLiteral("hi")}}).status, 403);
        QCOMPARE(ana.get(f.projectPath(QStringLiteral("/assets/777/comments"))).status, 404);
        QCOMPARE(ana.get(comments).json.value(QStringLiteral("comments")).toArray().size(), 1);

        // Long poll: a waiting client wakes when a chat message with a mention lands.
        ApiClient waiter = f.signedIn(QStringLiteral("owner@studio.test"));
        const qint64 cursor =
            waiter.get(QStringLiteral("/v1/events?limit=500")).json.value(QStringLiteral("next")).toInteger();
        QVERIFY(cursor > 0);
        Reply woken;
        std::thread poll([&] { woken = waiter.get(QStringLiteral("/v1/events?since=%1&wait=20").arg(cursor)); });
        QTest::qWait(200);
        const Reply chat =
            ana.post(f.projectPath(QStringLiteral("/chat")),
                     {{QStringLiteral("body"), QStringLiteral("@owner can you check the crop? cc @nobody @admin2")}});
        poll.join();
        QCOMPARE(chat.status, 201);
        QCOMPARE(chat.json.value(QStringLiteral("mentions")).toArray(),
                 QJsonArray{QStringLiteral("owner")}); // admin2 is Beta's: not on the project
        QCOMPARE(woken.status, 200);
        QStringList types;
        for (const QJsonValue& e : woken.json.value(QStringLiteral("events")).toArray())
            types << e.toObject().value(QStringLiteral("type")).toString();
        QVERIFY2(types.contains(QStringLiteral("chat.message")) && types.contains(QStringLiteral("chat.mention")),
                 qPrintable(types.join(QLatin1Char(','))));
        QVERIFY(woken.json.value(QStringLiteral("next")).toInteger() > cursor);
        QCOMPARE(
            f
                .rows(QStringLiteral(
                    "SELECT COUNT(*) FROM outbox WHERE recipient = 'owner@studio.test' AND subject LIKE '%mentioned%'"))
                .first()
                .integer(0),
            1);
        // Other companies see none of it; the mention is the owner's alone.
        QCOMPARE(beta.get(QStringLiteral("/v1/events")).json.value(QStringLiteral("events")).toArray().size(), 0);
        for (const QJsonValue& e :
             ana.get(QStringLiteral("/v1/events?limit=500")).json.value(QStringLiteral("events")).toArray())
            QVERIFY(e.toObject().value(QStringLiteral("type")).toString() != QLatin1String("chat.mention"));
        QCOMPARE(owner.get(f.projectPath(QStringLiteral("/chat?since=0")))
                     .json.value(QStringLiteral("messages"))
                     .toArray()
                     .size(),
                 1);
        QCOMPARE(owner.get(f.projectPath(QStringLiteral("/chat?since=-1"))).status, 400);
        QCOMPARE(owner.get(QStringLiteral("/v1/events?wait=999")).status, 400);
        QCOMPARE(owner.get(QStringLiteral("/v1/events?since=abc")).status, 400);
        // An empty wait answers an empty page with the same cursor.
        const qint64 last = woken.json.value(QStringLiteral("next")).toInteger();
        const Reply quiet = waiter.get(QStringLiteral("/v1/events?since=%1&wait=1").arg(last + 1000));
        QCOMPARE(quiet.json.value(QStringLiteral("events")).toArray().size(), 0);
        QCOMPARE(quiet.json.value(QStringLiteral("next")).toInteger(), last + 1000);
    }

    void support()
    {
        ApiClient admin = f.signedIn(QStringLiteral("admin@alpha.test"));
        ApiClient ana = f.signedIn(QStringLiteral("ana@alpha.test"));
        const QJsonObject request{{QStringLiteral("name"), QStringLiteral("Lea Novak")},
                                  {QStringLiteral("email"), QStringLiteral("lea@alpha.test")},
                                  {QStringLiteral("company"), QStringLiteral("Alpha")}};
        QCOMPARE(admin.post(QStringLiteral("/v1/support/access-requests"), request).status, 201);
        QCOMPARE(ana.post(QStringLiteral("/v1/support/access-requests"), request).status, 403);
        QJsonObject noLast = request;
        noLast.insert(QStringLiteral("name"), QStringLiteral("Lea"));
        QCOMPARE(admin.post(QStringLiteral("/v1/support/access-requests"), noLast).code(),
                 QStringLiteral("full-name-needed"));
        QJsonObject badMail = request;
        badMail.insert(QStringLiteral("email"), QStringLiteral("lea at alpha"));
        QCOMPARE(admin.post(QStringLiteral("/v1/support/access-requests"), badMail).code(),
                 QStringLiteral("bad-email"));
        QCOMPARE(
            admin.post(QStringLiteral("/v1/support/access-requests"), {{QStringLiteral("name"), QStringLiteral("A B")}})
                .code(),
            QStringLiteral("missing-field"));

        QCOMPARE(ana.post(QStringLiteral("/v1/support/tickets"),
                          {{QStringLiteral("subject"), QStringLiteral("Upload stalls")},
                           {QStringLiteral("body"), QStringLiteral("At 40%.")},
                           {QStringLiteral("projectId"), f.projectId}})
                     .status,
                 201);
        QCOMPARE(f.signedIn(QStringLiteral("admin@beta.test"))
                     .post(QStringLiteral("/v1/support/tickets"), {{QStringLiteral("subject"), QStringLiteral("x")},
                                                                   {QStringLiteral("body"), QStringLiteral("y")},
                                                                   {QStringLiteral("projectId"), f.projectId}})
                     .status,
                 403);
        QCOMPARE(ana.post(QStringLiteral("/v1/support/tickets"), {{QStringLiteral("subject"), QStringLiteral(" ")},
                                                                  {QStringLiteral("body"), QStringLiteral("y")}})
                     .status,
                 422);
        QCOMPARE(ana.get(QStringLiteral("/v1/support/tickets")).json.value(QStringLiteral("tickets")).toArray().size(),
                 1);
        QCOMPARE(
            admin.get(QStringLiteral("/v1/support/tickets")).json.value(QStringLiteral("tickets")).toArray().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPortalWorkflow)
#include "TestPortalWorkflow.moc"
