// The thumbnails of the order's rows, against the real portal running in-process (the demo):
// a file dropped on its row shows its own picture while it waits to be sent (made from the
// local file, off the GUI thread); once uploaded, the row shows the portal's thumbnail, kept
// on disk; a click on it opens the asset viewer on that asset; with the portal gone, the same
// order shown again in a new window still has the picture, from the disk cache.
#include "AssetViewer.h"
#include "DemoPortal.h"
#include "OrderItemModel.h"
#include "OrderWindow.h"
#include "OrderWindowDriver.h"
#include "ThumbnailLoader.h"
#include "UiTestSupport.h"
#include "samples/SampleFolder.h"
#include "settings/AppPaths.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QPixmap>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace apd;

namespace {

QPixmap thumbnailOf(const ui::OrderItemModel* model, const QString& key)
{
    return testing::requestIndex(model, key, ui::OrderItemModel::ThumbnailColumn)
        .data(Qt::DecorationRole)
        .value<QPixmap>();
}

QString thumbnailKeyOf(const ui::OrderItemModel* model, const QString& key)
{
    return testing::requestIndex(model, key).data(ui::OrderItemModel::ThumbnailKeyRole).toString();
}

// Scrolls the row into view, so that the view paints it (and asks for its thumbnail).
QRect showRow(ui::OrderView* view, const ui::OrderItemModel* model, const QString& key)
{
    const QModelIndex at =
        testing::viewIndex(view, testing::requestIndex(model, key, ui::OrderItemModel::ThumbnailColumn));
    view->scrollTo(at);
    view->viewport()->update();
    return view->visualRect(at);
}

} // namespace

class TestOrderThumbnails : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::isolateSettings();
        // A cache left by an earlier run would answer for the portal: start without one.
        QDir(settings::AppPaths::thumbnailDir()).removeRecursively();
        if (const QString language = qEnvironmentVariable("APD_SCREENSHOT_LANGUAGE"); !language.isEmpty())
            QVERIFY(i18n::installTranslations(QLocale(language)));
    }

    void rowsShowTheirPictureOpenTheViewerAndKeepItOffline()
    {
        QTemporaryDir dir;
        auto portal = std::make_unique<ui::DemoPortal>(dir.path());
        QSignalSpy started(portal.get(), &ui::DemoPortal::started);
        portal->startAsync();
        QVERIFY(started.wait(60000));
        QVERIFY2(started.first().first().toBool(), qPrintable(started.first().at(1).toString()));
        const QString baseUrl = portal->baseUrl();

        QString file;
        for (const auto& e : samples::SampleFolder::entries())
            if (file.isEmpty() && e.validName && !e.bloated && e.name.endsWith(QStringLiteral(".jpg")))
                file = QDir(portal->sampleFolder()).filePath(e.name);
        QVERIFY(!file.isEmpty());
        const QString key = QFileInfo(file).completeBaseName().section(QLatin1Char('#'), -1);

        auto window = std::make_unique<ui::OrderWindow>();
        ui::OrderItemModel* model = window->orderModel();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        window->resize(1180, 760);
        window->show();
        window->openPortal(QUrl(baseUrl), portal->email(), portal->password(),
                           dir.filePath(QStringLiteral("journal.sqlite")), QStringLiteral("demo"));
        QTRY_VERIFY_WITH_TIMEOUT(window->hasProject() && !window->busy(), 30000);
        auto* view = test::child<ui::OrderView>(window.get(), "orderView");
        QVERIFY(view);
        QVERIFY(model->project().requestByKey(key));

        // An empty request has no picture, and asks for none.
        QVERIFY(!testing::assetOf(model, key));
        QVERIFY(thumbnailKeyOf(model, key).isEmpty());
        QVERIFY(thumbnailOf(model, key).isNull());
        QVERIFY(testing::requestIndex(model, key, ui::OrderItemModel::ThumbnailColumn).data(Qt::ToolTipRole).isNull());

        // Dropped while uploads are paused: the row shows the local file's picture.
        window->setUploadsPaused(true);
        QVERIFY(testing::dropOnRow(view, key, {file}));
        QTRY_VERIFY_WITH_TIMEOUT(thumbnailKeyOf(model, key) == ui::ThumbnailLoader::localKey(file), 30000);
        showRow(view, model, key);
        QTRY_VERIFY_WITH_TIMEOUT(!thumbnailOf(model, key).isNull(), 30000);
        QPixmap local = thumbnailOf(model, key);
        QCOMPARE(std::max(local.width(), local.height()), ui::ThumbnailLoader::kSide);
        QVERIFY(testing::requestIndex(model, key, ui::OrderItemModel::ThumbnailColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(file));
        test::shoot(window.get(), QStringLiteral("thumbnails-queued"));

        // Sent: the asset's own thumbnail comes from the portal and is kept on disk.
        window->setUploadsPaused(false);
        QTRY_VERIFY_WITH_TIMEOUT(testing::assetOf(model, key) && !window->busy(), 60000);
        const order::Asset asset = *testing::assetOf(model, key);
        const QString portalKey = ui::ThumbnailLoader::portalKey(model->project().id, asset.id, asset.version);
        QTRY_COMPARE_WITH_TIMEOUT(thumbnailKeyOf(model, key), portalKey, 30000);
        showRow(view, model, key);
        QTRY_VERIFY_WITH_TIMEOUT(!thumbnailOf(model, key).isNull(), 30000);
        const QPixmap remote = thumbnailOf(model, key);
        QCOMPARE(remote.size(), local.size());
        QVERIFY(QFileInfo::exists(window->thumbnails()->portalCacheFile(portalKey)));
        QVERIFY(testing::requestIndex(model, key, ui::OrderItemModel::ThumbnailColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(asset.name));
        test::shoot(window.get(), QStringLiteral("thumbnails-uploaded"));

        // A click on the thumbnail opens the viewer on that asset.
        const QRect cell = showRow(view, model, key);
        QVERIFY(cell.isValid());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, cell.center());
        ui::AssetViewer* viewer = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((viewer = window->findChild<ui::AssetViewer*>()) != nullptr, 5000);
        QCOMPARE(viewer->assetId(), asset.id);
        QTRY_VERIFY_WITH_TIMEOUT(!viewer->loading(), 30000);
        viewer->close();
        // A click elsewhere on the row opens nothing.
        QTRY_VERIFY(!window->findChild<ui::AssetViewer*>());
        const QModelIndex name =
            testing::viewIndex(view, testing::requestIndex(model, key, ui::OrderItemModel::NameColumn));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, view->visualRect(name).center());
        QTest::qWait(200);
        QVERIFY(!window->findChild<ui::AssetViewer*>());

        // The portal gone: the order shown again in a new window has the picture from the disk.
        const portal::ProjectDetail detail = window->project();
        window.reset();
        portal.reset();
        ui::OrderWindow again;
        QAbstractItemModelTester againTester(again.orderModel(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        again.resize(1180, 760);
        again.show();
        again.openProject(portal::ConnectionSettings{QUrl(baseUrl)}, QString(), QString(), detail.summary.id,
                          dir.filePath(QStringLiteral("journal2.sqlite")), QString());
        again.showProject(detail);
        auto* againView = test::child<ui::OrderView>(&again, "orderView");
        QVERIFY(againView);
        QVERIFY(thumbnailOf(again.orderModel(), key).isNull()); // nothing in memory yet
        showRow(againView, again.orderModel(), key);
        QTRY_VERIFY_WITH_TIMEOUT(!thumbnailOf(again.orderModel(), key).isNull(), 30000);
        QCOMPARE(thumbnailOf(again.orderModel(), key).size(), remote.size());
        QCOMPARE(thumbnailOf(again.orderModel(), key).toImage(), remote.toImage());
    }
};

QTEST_MAIN(TestOrderThumbnails)
#include "TestOrderThumbnails.moc"
