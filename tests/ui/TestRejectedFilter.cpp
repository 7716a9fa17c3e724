// The "rejected only" filter over the order model: checked with QAbstractItemModelTester
// while it is turned on and off and while the states of rows change under it.
#include "../order/OrderFixtures.h"
#include "OrderItemModel.h"
#include "RejectedFilterModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace apd;
using namespace apd::order::fixtures;
using ui::OrderItemModel;
using ui::RejectedFilterModel;

namespace {

QStringList visibleKeys(const QAbstractItemModel& m)
{
    QStringList keys;
    for (int g = 0; g < m.rowCount(); ++g) {
        const QModelIndex group = m.index(g, 0);
        for (int r = 0; r < m.rowCount(group); ++r)
            keys << m.index(r, OrderItemModel::NameColumn, group).data().toString();
    }
    return keys;
}

order::Project project(order::AssetState storyState)
{
    order::Project p =
        projectWith({QStringLiteral("billboard_dark_ltr_01_zxx"), QStringLiteral("billboard_dark_rtl_02_zxx"),
                     QStringLiteral("storyart_na_01_zxx"), QStringLiteral("sdp_na_01_en")});
    const order::Source uba = addSource(p, QStringLiteral("T#universal-base_na_01_zxx.psd"), true);
    addAsset(p, 1, QStringLiteral("T#billboard_dark_ltr_01_zxx.jpg"), order::AssetState::Rejected);
    addAsset(p, 2, QStringLiteral("T#billboard_dark_rtl_02_zxx.jpg"), order::AssetState::Approved);
    addAsset(p, 3, QStringLiteral("T#storyart_na_01_zxx.jpg"), storyState);
    for (order::Asset& a : p.assets)
        a.sourceId = uba.id;
    return p;
}

} // namespace

class TestRejectedFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsOnlyRejectedRowsUnderTheirGroups()
    {
        OrderItemModel model;
        RejectedFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProject(project(order::AssetState::Delivered));
        const QStringList all = visibleKeys(filter);
        QVERIFY(all.contains(QStringLiteral("sdp_na_01_en")));
        QVERIFY(all.contains(QStringLiteral("T#universal-base_na_01_zxx.psd"))); // sources shown when off

        filter.setRejectedOnly(true);
        QCOMPARE(visibleKeys(filter), QStringList{QStringLiteral("billboard_dark_ltr_01_zxx")});
        QCOMPARE(filter.rowCount(), 1); // the billboards' group only: no sources, no backgrounds

        // A review comes in: the order is read again and the rejected story art joins.
        model.setProject(project(order::AssetState::Rejected));
        QCOMPARE(visibleKeys(filter),
                 (QStringList{QStringLiteral("billboard_dark_ltr_01_zxx"), QStringLiteral("storyart_na_01_zxx")}));
        QCOMPARE(filter.rowCount(), 2);

        filter.setRejectedOnly(false);
        QCOMPARE(visibleKeys(filter), all);
    }

    void anEmptyOrderFiltersToNothing()
    {
        OrderItemModel model;
        RejectedFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setRejectedOnly(true);
        model.setProject(projectWith({QStringLiteral("storyart_na_01_zxx")}));
        QCOMPARE(filter.rowCount(), 0);
    }
};

QTEST_MAIN(TestRejectedFilter)
#include "TestRejectedFilter.moc"
