#include "OrderFixtures.h"
#include "order/OrderRules.h"

#include <QTest>

using namespace apd::order;
using namespace apd::order::fixtures;

class TestOrderRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void agencyMayAddLineItems()
    {
        Project p =
            projectWith({QStringLiteral("billboard_dark_ltr_01_zxx"), QStringLiteral("billboard_light_ltr_02_zxx"),
                         QStringLiteral("billboard_dark_rtl_03_zxx"), QStringLiteral("boxshot_na_01_es")});
        const OrderRules rules;
        QCOMPARE(rules
                     .nextKey(p, QStringLiteral("billboard"), QStringLiteral("dark"), QStringLiteral("rtl"),
                              QStringLiteral("es"))
                     .value(),
                 QStringLiteral("billboard_dark_rtl_04_zxx"));
        QCOMPARE(rules.nextKey(p, QStringLiteral("boxshot"), QStringLiteral("na"), {}, QStringLiteral("en")).value(),
                 QStringLiteral("boxshot_na_02_en"));
        QCOMPARE(rules.checkNewKey(p, QStringLiteral("storyart_na_07_zxx")).value(), QStringLiteral("storyart"));
    }

    void badLineItemsAreRefused_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("code");
        QTest::newRow("exists") << QStringLiteral("billboard_dark_ltr_01_zxx") << QStringLiteral("request-exists");
        QTest::newRow("no direction") << QStringLiteral("billboard_dark_05_zxx") << QStringLiteral("bad-key");
        QTest::newRow("upper") << QStringLiteral("Billboard_dark_ltr_05_zxx") << QStringLiteral("bad-key");
        QTest::newRow("type") << QStringLiteral("poster_na_01_zxx") << QStringLiteral("bad-key");
        QTest::newRow("extension") << QStringLiteral("storyart_na_01_zxx.jpg") << QStringLiteral("bad-key");
        QTest::newRow("freeform") << QStringLiteral("a#storyart_na_01_zxx") << QStringLiteral("bad-key");
        QTest::newRow("empty") << QString() << QStringLiteral("bad-key");
    }
    void badLineItemsAreRefused()
    {
        QFETCH(QString, key);
        QFETCH(QString, code);
        const Project p = projectWith({QStringLiteral("billboard_dark_ltr_01_zxx")});
        const auto r = OrderRules().checkNewKey(p, key);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, code);
    }

    void unknownTypeHasNoNextKey()
    {
        const auto r = OrderRules().nextKey(projectWith({}), QStringLiteral("poster"), QStringLiteral("na"), {}, {});
        QCOMPARE(r.error().code, QStringLiteral("unknown-type"));
    }

    void removalStopsAtTheMinimum()
    {
        Project p =
            projectWith({QStringLiteral("billboard_dark_ltr_01_zxx"), QStringLiteral("billboard_dark_rtl_02_zxx")});
        p.requests.append({3, QStringLiteral("billboard_dark_ltr_03_zxx"), QStringLiteral("billboard"), false});
        const OrderRules rules;
        QVERIFY(rules.canRemove(p, 3).ok());
        p.requests.removeLast();
        const auto refused = rules.canRemove(p, 2); // RTL billboards count with the billboards
        QCOMPARE(refused.error().code, QStringLiteral("below-minimum"));
        QVERIFY(refused.error().message.contains(QStringLiteral("2")));
        p.minimums.insert(QStringLiteral("billboard"), 1);
        QVERIFY(rules.canRemove(p, 2).ok());
        QCOMPARE(rules.canRemove(p, 99).error().code, QStringLiteral("unknown-request"));
    }

    void removalKeepsWhatIsInQc()
    {
        Project p = projectWith({QStringLiteral("storyart_na_01_zxx")});
        p.minimums.insert(QStringLiteral("storyart"), 0);
        addAsset(p, 1, QStringLiteral("Sky#storyart_na_01_zxx.jpg"), AssetState::Delivered);
        QCOMPARE(OrderRules().canRemove(p, 1).error().code, QStringLiteral("request-in-use"));
        p.assets.first().state = AssetState::Rejected;
        QVERIFY(OrderRules().canRemove(p, 1).ok());
    }
};

QTEST_APPLESS_MAIN(TestOrderRules)
#include "TestOrderRules.moc"
