#include "OrderFixtures.h"
#include "order/DeliveryRules.h"

#include <QTest>

using namespace apd::order;
using namespace apd::order::fixtures;

namespace {

QStringList codes(const QList<Refusal>& refusals)
{
    QStringList out;
    for (const Refusal& r : refusals)
        out << r.code;
    return out;
}

} // namespace

class TestDeliveryRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requiredLinksFollowTheCatalog_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<bool>("source");
        QTest::addColumn<bool>("background");
        QTest::newRow("billboard") << QStringLiteral("billboard") << true << false;
        QTest::newRow("sdp") << QStringLiteral("sdp") << true << true;
        QTest::newRow("boxshot") << QStringLiteral("boxshot") << true << true;
        QTest::newRow("logo") << QStringLiteral("logo-horizontal") << true << false;
        QTest::newRow("uba") << QStringLiteral("universal-base") << false << false;
        QTest::newRow("unknown") << QStringLiteral("poster") << false << false;
    }
    void requiredLinksFollowTheCatalog()
    {
        QFETCH(QString, type);
        QFETCH(bool, source);
        QFETCH(bool, background);
        const RequiredLinks need = DeliveryRules().requiredLinks(type);
        QCOMPARE(need.source, source);
        QCOMPARE(need.background, background);
    }

    void linkedAssetsMayBeDelivered()
    {
        Project p = projectWith({QStringLiteral("sdp_na_01_es"), QStringLiteral("storyart_na_01_zxx")});
        const Asset sdp = addAsset(p, 1, QStringLiteral("Sky#sdp_na_01_es.jpg"));
        const Asset story = addAsset(p, 2, QStringLiteral("Sky#storyart_na_01_zxx.jpg"));
        const Source uba = addSource(p, QStringLiteral("Sky#universal-base_na_01_zxx.psd"), true);
        const Background bg = addBackground(p, 1, QStringLiteral("Sky#sdp_na_01_es.jpg"));
        const DeliveryRules rules;
        QCOMPARE(rules.displayState(p, sdp), QStringLiteral("uploaded"));
        QCOMPARE(codes(rules.refusals(p, {sdp.id, story.id})),
                 (QStringList{QStringLiteral("missing-source"), QStringLiteral("missing-background"),
                              QStringLiteral("missing-source")}));
        p.assets[0].sourceId = uba.id;
        p.assets[1].sourceId = uba.id;
        QCOMPARE(codes(rules.refusals(p, {sdp.id, story.id})), QStringList{QStringLiteral("missing-background")});
        p.assets[0].backgroundId = bg.id;
        QVERIFY(rules.refusals(p, {sdp.id, story.id}).isEmpty());
        QCOMPARE(rules.displayState(p, p.assets[0]), QStringLiteral("linked"));
    }

    void projectLevelRefusals()
    {
        Project p = projectWith({QStringLiteral("storyart_na_01_zxx")});
        p.assigneeId = 0;
        QCOMPARE(codes(DeliveryRules().refusals(p, {})),
                 (QStringList{QStringLiteral("no-assignee"), QStringLiteral("nothing-selected")}));
        QCOMPARE(codes(DeliveryRules().refusals(p, {42})),
                 (QStringList{QStringLiteral("no-assignee"), QStringLiteral("unknown-asset")}));
    }

    void assetsInQcAreRefused()
    {
        Project p = projectWith(
            {QStringLiteral("avatar_na_01_es"), QStringLiteral("avatar_na_02_es"), QStringLiteral("avatar_na_03_es")});
        for (AssetState s : {AssetState::Delivered, AssetState::Approved, AssetState::Rejected}) {
            const Asset a =
                addAsset(p, p.assets.size() + 1, QStringLiteral("A#avatar_na_0%1_es.png").arg(p.assets.size() + 1), s);
            p.assets.last().sourceId = addSource(p, stemOf(a.name) + QStringLiteral(".psd")).id;
        }
        QCOMPARE(codes(DeliveryRules().refusals(p, {100, 101, 102})),
                 (QStringList{QStringLiteral("in-review"), QStringLiteral("approved")}));
        QCOMPARE(DeliveryRules().displayState(p, p.assets[2]), QStringLiteral("rejected"));
    }

    void aLinkToAVanishedFileDoesNotCount()
    {
        Project p = projectWith({QStringLiteral("storyart_na_01_zxx")});
        const Asset a = addAsset(p, 1, QStringLiteral("Sky#storyart_na_01_zxx.jpg"));
        p.assets[0].sourceId = 12345;
        QCOMPARE(codes(DeliveryRules().refusals(p, {a.id})), QStringList{QStringLiteral("missing-source")});
    }
};

QTEST_APPLESS_MAIN(TestDeliveryRules)
#include "TestDeliveryRules.moc"
