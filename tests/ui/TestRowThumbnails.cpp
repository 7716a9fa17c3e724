// The thumbnail column of the order model with its loader, without a portal: which picture
// a row names (none, the file being sent, the asset on the portal), pictures made from real
// JPEG, PNG and PSD files written here, a damaged file, and the portal's disk cache read
// without a session. The model is checked with QAbstractItemModelTester throughout.
#include "../order/OrderFixtures.h"
#include "OrderItemModel.h"
#include "ThumbnailLoader.h"
#include "samples/ImageEncoder.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPixmap>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace apd;
using namespace apd::order::fixtures;
using ui::OrderItemModel;
using ui::ThumbnailLoader;

namespace {

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class TestRowThumbnails : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static order::Project project()
    {
        order::Project p = projectWith({QStringLiteral("billboard_dark_ltr_01_zxx"),
                                        QStringLiteral("storyart_na_01_zxx"), QStringLiteral("avatar_na_01_en")});
        addAsset(p, 1, QStringLiteral("T#billboard_dark_ltr_01_zxx.jpg"));
        p.assets.last().version = 3;
        return p;
    }

    QString path(const QString& name) const { return m_dir.filePath(name); }

    // Loads the thumbnail of `key` as the delegate does when it paints the row, and waits.
    static bool load(ThumbnailLoader& loader, const QString& key)
    {
        QSignalSpy loaded(&loader, &ThumbnailLoader::loaded);
        loader.request(key);
        return loaded.wait(20000) && loaded.first().first().toString() == key;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void aRowNamesTheFileItShows()
    {
        ThumbnailLoader loader(path(QStringLiteral("cache-keys")));
        OrderItemModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Without a loader the column stays empty.
        model.setProject(project());
        QVERIFY(model.indexOfRequest(1).data(OrderItemModel::ThumbnailKeyRole).toString().isEmpty());
        model.setThumbnails(&loader);
        model.setProject(project());
        const auto keyOf = [&](qint64 request) {
            return model.indexOfRequest(request).data(OrderItemModel::ThumbnailKeyRole).toString();
        };
        QCOMPARE(keyOf(1), ThumbnailLoader::portalKey(1, 100, 3));
        QVERIFY(keyOf(2).isEmpty()); // nothing uploaded: no picture
        QVERIFY(
            model.indexOfRequest(2).siblingAtColumn(OrderItemModel::ThumbnailColumn).data(Qt::ToolTipRole).isNull());

        // A file being sent for a row is its picture, a new version of an asset included.
        const QString local = path(QStringLiteral("T#storyart_na_01_zxx.jpg"));
        model.setUploadProgress(2, 0);
        model.setLocalFile(2, local);
        QCOMPARE(keyOf(2), ThumbnailLoader::localKey(local));
        model.setUploadProgress(1, 10);
        model.setLocalFile(1, local);
        QCOMPARE(keyOf(1), ThumbnailLoader::localKey(local));
        model.clearUpload(1); // a failed upload: the portal's picture again
        QCOMPARE(keyOf(1), ThumbnailLoader::portalKey(1, 100, 3));
        // Once the portal has the asset, its picture is the portal's.
        order::Project next = project();
        addAsset(next, 2, QStringLiteral("T#storyart_na_01_zxx.jpg"));
        model.setProject(next);
        QCOMPARE(keyOf(2), ThumbnailLoader::portalKey(1, 101, 1));
        QVERIFY(model.headerData(OrderItemModel::ThumbnailColumn, Qt::Horizontal, Qt::ToolTipRole).isValid());
    }

    void localFilesGiveAPictureOrAReason_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QSize>("size"); // invalid: no picture
        const auto jpeg = samples::encodeJpeg(samples::makeTestPicture(1920, 1080, 3, 1));
        const auto png = samples::encodePng(samples::makeTestPicture(200, 400, 4, 2));
        const auto small = samples::encodePng(samples::makeTestPicture(20, 10, 4, 2));
        const auto psd = samples::encodePsd(samples::makeTestPicture(100, 100, 3));
        QTest::newRow("jpeg") << QStringLiteral("a.jpg") << jpeg.value() << QSize(ThumbnailLoader::kSide, 18);
        QTest::newRow("png") << QStringLiteral("b.png") << png.value() << QSize(16, ThumbnailLoader::kSide);
        QTest::newRow("png smaller than a thumbnail") << QStringLiteral("c.png") << small.value() << QSize(20, 10);
        QTest::newRow("psd") << QStringLiteral("d.psd") << psd.value() << QSize();
        QTest::newRow("jpeg cut short") << QStringLiteral("e.jpg") << jpeg.value().left(300) << QSize();
        QTest::newRow("not an image") << QStringLiteral("f.jpg") << QByteArray(5000, 'x') << QSize();
        QTest::newRow("zero bytes") << QStringLiteral("g.png") << QByteArray() << QSize();
    }
    void localFilesGiveAPictureOrAReason()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QSize, size);
        QVERIFY(writeFile(path(name), bytes));
        ThumbnailLoader loader(path(QStringLiteral("cache-local")));
        OrderItemModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setThumbnails(&loader);
        model.setProject(project());
        model.setUploadProgress(2, 0);
        model.setLocalFile(2, path(name));
        const QModelIndex cell = model.indexOfRequest(2).siblingAtColumn(OrderItemModel::ThumbnailColumn);
        QVERIFY(cell.data(Qt::DecorationRole).isNull());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(load(loader, ThumbnailLoader::localKey(path(name))));
        QVERIFY(!changed.isEmpty());
        QCOMPARE(changed.last().at(0).toModelIndex(), cell);
        const QString tip = cell.data(Qt::ToolTipRole).toString();
        if (size.isValid()) {
            QCOMPARE(loader.state(ThumbnailLoader::localKey(path(name))), ThumbnailLoader::State::Ready);
            QCOMPARE(cell.data(Qt::DecorationRole).value<QPixmap>().size(), size);
            QVERIFY2(tip.contains(path(name)), qPrintable(tip));
        } else {
            QCOMPARE(loader.state(ThumbnailLoader::localKey(path(name))), ThumbnailLoader::State::Failed);
            QVERIFY(cell.data(Qt::DecorationRole).isNull());
            QVERIFY2(tip.startsWith(QStringLiteral("No preview: ")) && tip.size() > 14, qPrintable(tip));
        }
    }

    void aFileDroppedAgainIsLookedAtAgain()
    {
        const QString file = path(QStringLiteral("again.png"));
        QVERIFY(writeFile(file, samples::encodePng(samples::makeTestPicture(64, 64, 4)).value()));
        ThumbnailLoader loader(path(QStringLiteral("cache-again")));
        OrderItemModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setThumbnails(&loader);
        model.setProject(project());
        model.setUploadProgress(2, 0);
        model.setLocalFile(2, file);
        QVERIFY(load(loader, ThumbnailLoader::localKey(file)));
        const QModelIndex cell = model.indexOfRequest(2).siblingAtColumn(OrderItemModel::ThumbnailColumn);
        QCOMPARE(cell.data(Qt::DecorationRole).value<QPixmap>().size(), QSize(32, 32));
        // Fixed on disk and dropped again: the new picture, not the one remembered.
        QVERIFY(writeFile(file, samples::encodePng(samples::makeTestPicture(64, 32, 4)).value()));
        model.setLocalFile(2, file);
        QVERIFY(cell.data(Qt::DecorationRole).isNull());
        QVERIFY(load(loader, ThumbnailLoader::localKey(file)));
        QCOMPARE(cell.data(Qt::DecorationRole).value<QPixmap>().size(), QSize(32, 16));
    }

    void thePortalsPicturesComeFromTheDiskWithoutASession()
    {
        ThumbnailLoader loader(path(QStringLiteral("cache-portal")));
        OrderItemModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setThumbnails(&loader);
        model.setProject(project());
        const QString key = ThumbnailLoader::portalKey(1, 100, 3);
        const QModelIndex cell = model.indexOfRequest(1).siblingAtColumn(OrderItemModel::ThumbnailColumn);

        // Not on disk and no portal to ask: no picture, for now.
        QVERIFY(load(loader, key));
        QCOMPARE(loader.state(key), ThumbnailLoader::State::Failed);
        QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("T#billboard_dark_ltr_01_zxx.jpg")));
        loader.request(key); // failed: not asked again until the order is read again
        QCOMPARE(loader.state(key), ThumbnailLoader::State::Failed);

        // A damaged cache entry is no picture either; a sound one is.
        const QString file = loader.portalCacheFile(key);
        QVERIFY(QDir().mkpath(QFileInfo(file).path()));
        QVERIFY(writeFile(file, QByteArray("\x89PNG\r\n\x1a\n garbage")));
        loader.retryTransient();
        QVERIFY(load(loader, key));
        QCOMPARE(loader.state(key), ThumbnailLoader::State::Failed);
        QImage picture(32, 20, QImage::Format_RGB32);
        picture.fill(QColor(10, 120, 200));
        QVERIFY(picture.save(file, "PNG"));
        loader.retryTransient();
        QVERIFY(load(loader, key));
        QCOMPARE(loader.state(key), ThumbnailLoader::State::Ready);
        QCOMPARE(cell.data(Qt::DecorationRole).value<QPixmap>().toImage().pixelColor(5, 5), QColor(10, 120, 200));
        // Kept in memory until forgotten; the disk cache stays.
        loader.forgetLoaded();
        QVERIFY(cell.data(Qt::DecorationRole).isNull());
        QVERIFY(load(loader, key));
        QCOMPARE(cell.data(Qt::DecorationRole).value<QPixmap>().size(), QSize(32, 20));
    }
};

QTEST_MAIN(TestRowThumbnails)
#include "TestRowThumbnails.moc"
