#include "CheckResultsModel.h"
#include "DropZone.h"
#include "MainWindow.h"
#include "NamingGuideDialog.h"
#include "OrderWindowDriver.h"
#include "samples/ImageEncoder.h"
#include "samples/SampleFolder.h"
#include "validate/CheckQueue.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDropEvent>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>
#include <QUrl>

using namespace apd;

namespace {

// Drops `paths` on `target` the way a file manager does: a real QMimeData with file:// URLs.
bool waitForIdle(validate::CheckQueue* queue)
{
    return QTest::qWaitFor([queue] { return !queue->busy(); }, 20000);
}

} // namespace

class TestCheckWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void droppingTheSampleFolderChecksEveryFile()
    {
        QTemporaryDir dir;
        const auto written = samples::SampleFolder::write(dir.path());
        QVERIFY(written.ok());
        ui::MainWindow window;
        QAbstractItemModelTester tester(window.checkResults(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.show();
        auto* zone = window.findChild<ui::DropZone*>(QStringLiteral("dropZone"));
        QVERIFY(zone);
        QVERIFY(testing::dropFiles(zone, {dir.path()}));
        QVERIFY(waitForIdle(window.checkQueue()));

        const auto* model = window.checkResults();
        QCOMPARE(model->rowCount(), int(samples::SampleFolder::entries().size()));
        int invalid = 0;
        for (const auto& e : samples::SampleFolder::entries())
            invalid += e.validName ? 0 : 1;
        QVERIFY(model->rowCount() - model->validCount() >= invalid);
        auto* status = window.findChild<QLabel*>(QStringLiteral("statusSummary"));
        QVERIFY(status->text().contains(QStringLiteral("refused")));
    }

    void aMisnamedFileIsExplainedAndRenamedInPlace()
    {
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("Red Notice#Story-Art_1.JPEG"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(samples::encodeJpeg(samples::makeTestPicture(64, 36, 3)).value()); // content is checked too
        f.close();
        ui::MainWindow window;
        window.show();
        window.checkPaths({bad});
        QVERIFY(waitForIdle(window.checkQueue()));
        QCOMPARE(window.checkResults()->rowCount(), 1);

        auto* view = window.findChild<QTreeView*>(QStringLiteral("checkResults"));
        view->setCurrentIndex(window.checkResults()->index(0, 0));
        auto* details = window.findChild<QTextBrowser*>(QStringLiteral("checkDetails"));
        QVERIFY(details->toPlainText().contains(QStringLiteral("Red_Notice#storyart_na_01_zxx.jpg")));
        auto* rename = window.findChild<QPushButton*>(QStringLiteral("renameButton"));
        QVERIFY(rename->isEnabled());
        QTest::mouseClick(rename, Qt::LeftButton);

        const QString renamed = dir.filePath(QStringLiteral("Red_Notice#storyart_na_01_zxx.jpg"));
        QVERIFY(QTest::qWaitFor([&] { return QFileInfo::exists(renamed); }, 10000));
        QVERIFY(!QFileInfo::exists(bad));
        QVERIFY(QTest::qWaitFor(
            [&] { return window.checkResults()->rowCount() == 1 && window.checkResults()->validCount() == 1; }, 10000));
        QCOMPARE(window.checkResults()->report(0).path, renamed);
    }

    void dropsWithoutLocalFilesAreIgnored()
    {
        ui::DropZone zone;
        QSignalSpy spy(&zone, &ui::DropZone::pathsDropped);
        QMimeData mime;
        mime.setUrls({QUrl(QStringLiteral("https://example.invalid/a.jpg"))});
        QDragEnterEvent enter(QPoint(1, 1), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&zone, &enter);
        QVERIFY(!enter.isAccepted());
        QMimeData text;
        text.setText(QStringLiteral("not a file"));
        QDropEvent drop(QPointF(1, 1), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&zone, &drop);
        QCOMPARE(spy.count(), 0);
    }

    void namingGuideListsEveryCatalogType()
    {
        const QString html = ui::NamingGuideDialog::guideHtml(naming::AssetCatalog::builtIn());
        for (const naming::AssetType& t : naming::AssetCatalog::builtIn().types())
            QVERIFY2(html.contains(QStringLiteral("Title#") + t.id), qPrintable(t.id));
        QVERIFY(html.contains(QStringLiteral("Title#billboard_light_ltr_01_zxx.jpg")));
    }
};

QTEST_MAIN(TestCheckWindow)
#include "TestCheckWindow.moc"
