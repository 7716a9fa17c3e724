#include "../order/OrderFixtures.h"
#include "OrderItemModel.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QSignalSpy>
#include <QTest>

using namespace apd;
using namespace apd::order::fixtures;
using ui::OrderItemModel;

namespace {

// The group row whose label starts with `label`, or -1.
int groupRow(const OrderItemModel& m, const QString& label)
{
    for (int r = 0; r < m.rowCount(); ++r)
        if (m.index(r, OrderItemModel::NameColumn).data().toString().startsWith(label))
            return r;
    return -1;
}

} // namespace

class TestOrderItemModel : public QObject
{
    Q_OBJECT

private:
    // Billboards (one RTL), a storyart, an SDP; a UBA linked to one billboard, a logo without source.
    static order::Project sampleProject()
    {
        order::Project p =
            projectWith({QStringLiteral("billboard_dark_ltr_01_zxx"), QStringLiteral("billboard_dark_rtl_02_zxx"),
                         QStringLiteral("storyart_na_01_zxx"), QStringLiteral("sdp_na_01_en"),
                         QStringLiteral("logo-stacked_light_01_en")});
        const order::Source uba = addSource(p, QStringLiteral("T#universal-base_na_01_zxx.psd"), true);
        order::Asset bb = addAsset(p, 1, QStringLiteral("T#billboard_dark_ltr_01_zxx.jpg"));
        p.assets.last().sourceId = uba.id;
        addAsset(p, 4, QStringLiteral("T#sdp_na_01_en.jpg"));
        p.assets.last().sourceId = uba.id;
        addAsset(p, 5, QStringLiteral("T#logo-stacked_light_01_en.png"), order::AssetState::Delivered);
        addBackground(p, 4, QStringLiteral("T#sdp_na_01_en.jpg"));
        Q_UNUSED(bb);
        return p;
    }

private Q_SLOTS:
    void groupsByTypeWithRtlBillboardsAmongBillboards()
    {
        OrderItemModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProject(sampleProject());
        const int billboards = groupRow(model, QStringLiteral("Billboard"));
        QVERIFY(billboards >= 0);
        const QModelIndex group = model.index(billboards, 0);
        QCOMPARE(model.rowCount(group), 2);
        QCOMPARE(model.index(1, OrderItemModel::NameColumn, group).data().toString(),
                 QStringLiteral("billboard_dark_rtl_02_zxx"));
        QCOMPARE(model.index(1, 0, group).data(OrderItemModel::ExpectedNameRole).toString(),
                 QStringLiteral("billboard_dark_rtl_02_zxx"));
        // Sources and backgrounds come last.
        QCOMPARE(groupRow(model, QStringLiteral("Sources")), model.rowCount() - 2);
        QCOMPARE(groupRow(model, QStringLiteral("Backgrounds")), model.rowCount() - 1);
        const QModelIndex sources = model.index(model.rowCount() - 2, 0);
        QCOMPARE(model.rowCount(sources), 1);
        QCOMPARE(model.index(0, OrderItemModel::FileColumn, sources).data().toString(),
                 QStringLiteral("linked to 2 asset(s)"));
        // A source shows the badge of its kind, in its own row and where it is linked.
        const auto icon = [](const QModelIndex& i) { return i.data(Qt::DecorationRole).value<QIcon>(); };
        QVERIFY(!icon(model.index(0, OrderItemModel::NameColumn, sources)).isNull());
        QVERIFY(!icon(model.indexOfRequest(1).siblingAtColumn(OrderItemModel::SourceColumn)).isNull());
        QVERIFY(icon(model.indexOfRequest(2).siblingAtColumn(OrderItemModel::SourceColumn)).isNull()); // nothing linked
    }

    void statesComeFromTheRules()
    {
        OrderItemModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProject(sampleProject());
        const auto state = [&](qint64 requestId) {
            return model.indexOfRequest(requestId).data(OrderItemModel::StateNameRole).toString();
        };
        QCOMPARE(state(1), QStringLiteral("linked")); // UBA linked
        QCOMPARE(state(2), QStringLiteral("empty"));
        QCOMPARE(state(4), QStringLiteral("uploaded")); // SDP: background not linked yet
        QCOMPARE(state(5), QStringLiteral("delivered"));
        model.setUploadProgress(2, 40);
        QCOMPARE(state(2), QStringLiteral("uploading"));
        QCOMPARE(model.indexOfRequest(2).siblingAtColumn(OrderItemModel::StateColumn).data().toString(),
                 QStringLiteral("uploading 40%"));
        model.setUploadProgress(2, 100);
        QCOMPARE(state(2), QStringLiteral("processing"));
        // The reload that brings the asset ends the live state.
        order::Project p = sampleProject();
        addAsset(p, 2, QStringLiteral("T#billboard_dark_rtl_02_zxx.jpg"));
        model.setProject(p);
        QCOMPARE(state(2), QStringLiteral("uploaded"));
        QCOMPARE(model.indexOfRequest(2).siblingAtColumn(OrderItemModel::SourceColumn).data().toString(),
                 QStringLiteral("missing"));
    }

    void onlyDeliverableRowsCanBeTickedAndTheOthersSayWhy()
    {
        OrderItemModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProject(sampleProject());
        QSignalSpy changed(&model, &OrderItemModel::checkedAssetsChanged);
        const QModelIndex ready = model.indexOfRequest(1);
        QVERIFY(model.flags(ready) & Qt::ItemIsUserCheckable);
        QVERIFY(model.flags(ready) & Qt::ItemIsEnabled);
        QCOMPARE(ready.data(Qt::ToolTipRole).toString(), QStringLiteral("Ready to deliver."));
        QVERIFY(model.setData(ready, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(model.checkedAssets(), QList<qint64>{100});
        QCOMPARE(changed.count(), 1);

        const QModelIndex sdp = model.indexOfRequest(4); // no background linked
        QVERIFY(!(model.flags(sdp) & Qt::ItemIsEnabled));
        QVERIFY(!(model.flags(sdp) & Qt::ItemIsUserCheckable));
        QVERIFY(!model.setData(sdp, Qt::Checked, Qt::CheckStateRole));
        QVERIFY(sdp.data(Qt::ToolTipRole).toString().contains(QStringLiteral("background"), Qt::CaseInsensitive));
        QCOMPARE(sdp.siblingAtColumn(OrderItemModel::BackgroundColumn).data().toString(),
                 QStringLiteral("T#sdp_na_01_en.jpg"));

        const QModelIndex empty = model.indexOfRequest(2);
        QVERIFY(!(model.flags(empty) & Qt::ItemIsEnabled));
        // Its box is there, disabled and empty; the tooltip says what to drop on it.
        QCOMPARE(empty.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
        QVERIFY(empty.data(Qt::ToolTipRole).toString().contains(QStringLiteral("billboard_dark_rtl_02_zxx")));

        // A delivered asset cannot be ticked; a reload drops a tick that no longer applies.
        QVERIFY(!(model.flags(model.indexOfRequest(5)) & Qt::ItemIsUserCheckable));
        order::Project p = sampleProject();
        p.assets.first().state = order::AssetState::Delivered;
        model.setProject(p);
        QVERIFY(model.checkedAssets().isEmpty());
        QCOMPARE(changed.count(), 2);
    }

    void withoutAssigneeNothingCanBeTicked()
    {
        OrderItemModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        order::Project p = sampleProject();
        p.assigneeId = 0;
        model.setProject(p);
        const QModelIndex linked = model.indexOfRequest(1); // would be ready with an assignee
        QVERIFY(!(model.flags(linked) & Qt::ItemIsUserCheckable));
        QVERIFY(!model.setData(linked, Qt::Checked, Qt::CheckStateRole));
        QVERIFY2(linked.data(Qt::ToolTipRole).toString().contains(QStringLiteral("assignee")),
                 qPrintable(linked.data(Qt::ToolTipRole).toString()));
    }

    void rowChecksShowTheReason()
    {
        OrderItemModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProject(sampleProject());
        QSignalSpy data(&model, &QAbstractItemModel::dataChanged);
        model.setRowCheck(3, false, QStringLiteral("refused"), QStringLiteral("The name has a space."));
        QCOMPARE(data.count(), 1);
        const QModelIndex check = model.indexOfRequest(3).siblingAtColumn(OrderItemModel::CheckColumn);
        QCOMPARE(check.data().toString(), QStringLiteral("refused"));
        QCOMPARE(check.data(Qt::ToolTipRole).toString(), QStringLiteral("The name has a space."));
        QVERIFY(!model.indexOfRequest(999).isValid());
    }
};

QTEST_MAIN(TestOrderItemModel)
#include "TestOrderItemModel.moc"
