// The asset viewer's image and safe zones, as pictures: a billboard and a boxshot generated
// as real JPEG files, shown in the viewer, grabbed to PNG under the build tree with the
// zones off and on. The overlay's colours appear only with the toggle on, and only inside
// the catalog's zones; right-to-left art sees them mirrored; zoom and fit work.
#include "AssetViewer.h"
#include "ImageCanvas.h"
#include "i18n/Translations.h"
#include "inspect/Inspector.h"
#include "naming/AssetCatalog.h"
#include "samples/ImageEncoder.h"

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

using namespace apd;

namespace {

QImage generated(const QTemporaryDir& dir, const QString& name, int w, int h)
{
    const auto jpeg = samples::encodeJpeg(samples::makeTestPicture(w, h, 3, 5), 90);
    if (!jpeg)
        return {};
    QFile f(dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly) || f.write(jpeg.value()) != jpeg.value().size())
        return {};
    f.close();
    return QImage(f.fileName());
}

bool near(QRgb a, const QColor& b)
{
    return std::abs(qRed(a) - b.red()) + std::abs(qGreen(a) - b.green()) + std::abs(qBlue(a) - b.blue()) < 60;
}

struct Count
{
    int safe = 0;
    int clear = 0;
    int changed = 0;
    int changedOutsideZones = 0;
    double changedCentreX = 0;
};

// What the overlay changed between two grabs of the canvas.
Count compare(const QImage& off, const QImage& on, const QList<QRectF>& zones)
{
    Count c;
    for (int y = 0; y < on.height(); ++y)
        for (int x = 0; x < on.width(); ++x) {
            const QRgb p = on.pixel(x, y);
            c.safe += near(p, ui::ImageCanvas::safeColour()) ? 1 : 0;
            c.clear += near(p, ui::ImageCanvas::clearColour()) ? 1 : 0;
            if (p == off.pixel(x, y))
                continue;
            ++c.changed;
            c.changedCentreX += x;
            bool inside = false;
            for (const QRectF& z : zones)
                inside = inside || z.adjusted(-3, -3, 3, 3).contains(QPointF(x, y));
            c.changedOutsideZones += inside ? 0 : 1;
        }
    if (c.changed)
        c.changedCentreX /= c.changed;
    return c;
}

} // namespace

class TestAssetViewer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void safeZonesAppearOnlyWhenToggledOn_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::newRow("billboard") << QStringLiteral("billboard") << 1920 << 1080;
        QTest::newRow("boxshot") << QStringLiteral("boxshot") << 1000 << 1500;
    }

    void safeZonesAppearOnlyWhenToggledOn()
    {
        QFETCH(QString, type);
        QFETCH(int, width);
        QFETCH(int, height);
        QTemporaryDir dir;
        const QImage image = generated(dir, type + QStringLiteral(".jpg"), width, height);
        QVERIFY(!image.isNull());

        ui::AssetViewer viewer;
        viewer.resize(1100, 680);
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        viewer.showImage(image, QStringLiteral("The_Quiet_Harbor#%1.jpg").arg(type), type, false);
        viewer.showReport(inspect::Inspector::inspectFile(dir.filePath(type + QStringLiteral(".jpg")), {}));
        QVERIFY(viewer.findChild<QPlainTextEdit*>(QStringLiteral("inspectionReport"))
                    ->toPlainText()
                    .contains(QStringLiteral("%1 × %2 px").arg(width).arg(height)));
        auto* toggle = viewer.findChild<QCheckBox*>(QStringLiteral("safeZonesToggle"));
        QVERIFY(toggle);
        QVERIFY(toggle->isEnabled());
        QVERIFY(!toggle->isChecked());
        ui::ImageCanvas* canvas = viewer.canvas();
        QApplication::processEvents();
        const QImage off = canvas->grab().toImage();

        QTest::mouseClick(toggle, Qt::LeftButton, {}, QPoint(8, toggle->height() / 2));
        QVERIFY(toggle->isChecked());
        QVERIFY(canvas->zonesVisible());
        QApplication::processEvents();
        const QImage on = canvas->grab().toImage();
        const QString shot = QStringLiteral(APD_SHOT_DIR "/viewer-%1.png").arg(type);
        QVERIFY(viewer.grab().save(shot));
        QVERIFY(off.save(QStringLiteral(APD_SHOT_DIR "/viewer-%1-off.png").arg(type)));

        // Where the zones land on the canvas (the image is fitted and centred).
        const double zoom = canvas->zoom();
        const QPointF origin((canvas->width() - width * zoom) / 2, (canvas->height() - height * zoom) / 2);
        QList<QRectF> zones;
        bool hasClear = false;
        for (const naming::SafeZone& z : naming::AssetCatalog::builtIn().find(type)->safeZones) {
            const QRectF r = z.rectIn(width, height);
            zones << QRectF(origin + r.topLeft() * zoom, r.size() * zoom);
            hasClear = hasClear || z.kind == naming::SafeZone::Kind::Clear;
        }
        const Count none = compare(off, off, zones);
        QCOMPARE(none.changed, 0);
        const Count c = compare(off, on, zones);
        const Count before = compare(on, off, zones); // colours already in the picture itself
        QVERIFY2(c.changed > 2000, qPrintable(QString::number(c.changed)));
        QCOMPARE(c.changedOutsideZones, 0);
        QVERIFY2(c.safe > before.safe + 500, qPrintable(QStringLiteral("%1 vs %2").arg(c.safe).arg(before.safe)));
        if (hasClear)
            QVERIFY2(c.clear > before.clear + 200,
                     qPrintable(QStringLiteral("%1 vs %2").arg(c.clear).arg(before.clear)));

        // Off again: the picture as it was.
        toggle->click();
        QApplication::processEvents();
        QCOMPARE(canvas->grab().toImage(), off);
    }

    void rightToLeftArtSeesTheZonesMirrored()
    {
        QTemporaryDir dir;
        const QImage image = generated(dir, QStringLiteral("bb.jpg"), 1920, 1080);
        QVERIFY(!image.isNull());
        double centre[2] = {0, 0};
        for (int rtl = 0; rtl < 2; ++rtl) {
            ui::ImageCanvas canvas;
            canvas.resize(960, 540);
            canvas.setImage(image);
            naming::SafeZone title = naming::AssetCatalog::builtIn().find(u"billboard")->safeZones.first();
            QCOMPARE(title.id, QStringLiteral("title"));
            canvas.setZones({title}, rtl == 1);
            const QImage off = canvas.grab().toImage();
            canvas.setZonesVisible(true);
            centre[rtl] = compare(off, canvas.grab().toImage(), {QRectF(0, 0, 960, 540)}).changedCentreX;
        }
        QVERIFY2(centre[0] < 480 && centre[1] > 480, qPrintable(QStringLiteral("%1 %2").arg(centre[0]).arg(centre[1])));
    }

    // The names of every catalog type's zones, the art fitted into viewers of a few sizes (the
    // sample art's proportions: 2:3 boxshots, 16:9 the rest): each inside its own zone, none
    // over another, none touching a zone that does not contain its own. In a small window, or
    // squeezed to other proportions, the first two still hold.
    void zoneNamesStayClearOfEachOther_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QSize>("screen");
        QTest::addColumn<bool>("roomy");
        for (const naming::AssetType& t : naming::AssetCatalog::builtIn().types()) {
            if (t.safeZones.isEmpty())
                continue;
            const QSize art = t.id == QLatin1String("boxshot") ? QSize(1000, 1500) : QSize(1920, 1080);
            for (const QSize window : {QSize(480, 320), QSize(850, 650), QSize(1280, 900), QSize(1920, 1100)}) {
                const QSize screen = art.scaled(window, Qt::KeepAspectRatio);
                QTest::addRow("%s %dx%d", qPrintable(t.id), screen.width(), screen.height())
                    << t.id << screen << (window.width() >= 850);
            }
            for (const QSize squeezed : {QSize(640, 360), QSize(420, 630), QSize(200, 120)})
                QTest::addRow("%s squeezed %dx%d", qPrintable(t.id), squeezed.width(), squeezed.height())
                    << t.id << squeezed << false;
        }
    }

    void zoneNamesStayClearOfEachOther()
    {
        QFETCH(QString, type);
        QFETCH(QSize, screen);
        QFETCH(bool, roomy);
        const naming::AssetType* t = naming::AssetCatalog::builtIn().find(type);
        QVERIFY(t);
        QList<QRect> frames;
        QList<QSize> sizes;
        QFont bold = QApplication::font();
        bold.setBold(true);
        const QFontMetrics metrics(bold);
        for (const naming::SafeZone& z : t->safeZones) {
            frames << z.rectIn(screen.width(), screen.height(), false).toAlignedRect();
            sizes << QSize(metrics.horizontalAdvance(z.label) + 8, metrics.height() + 2);
        }
        const QList<QRect> chips = ui::ImageCanvas::placeLabels(frames, sizes);
        QCOMPARE(chips.size(), frames.size());
        int placed = 0;
        for (qsizetype i = 0; i < chips.size(); ++i) {
            if (chips.at(i).isNull())
                continue; // a zone too small for its name at this size
            ++placed;
            const QString what = QStringLiteral("%1 of %2").arg(t->safeZones.at(i).id, type);
            QVERIFY2(frames.at(i).contains(chips.at(i)), qPrintable(what));
            for (qsizetype j = 0; j < chips.size(); ++j) {
                if (j == i)
                    continue;
                QVERIFY2(!chips.at(i).intersects(chips.at(j)), qPrintable(what + QStringLiteral(" covers a name")));
                if (roomy && !frames.at(j).contains(frames.at(i)))
                    QVERIFY2(!chips.at(i).intersects(frames.at(j)),
                             qPrintable(what + QStringLiteral(" touches ") + t->safeZones.at(j).id));
            }
        }
        if (roomy)
            QCOMPARE(placed, int(chips.size()));
    }

    void zoomPanAndFit()
    {
        QTemporaryDir dir;
        const QImage image = generated(dir, QStringLiteral("story.jpg"), 1600, 900);
        ui::ImageCanvas canvas;
        canvas.resize(800, 450);
        canvas.show();
        canvas.setImage(image);
        QCOMPARE(canvas.zoom(), 0.5);
        QWheelEvent wheel(QPointF(400, 225), canvas.mapToGlobal(QPointF(400, 225)), {}, QPoint(0, 120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(&canvas, &wheel);
        QCOMPARE(canvas.zoom(), 0.625);
        const QImage zoomed = canvas.grab().toImage();
        QTest::mousePress(&canvas, Qt::LeftButton, {}, QPoint(400, 225));
        QTest::mouseMove(&canvas, QPoint(300, 200));
        QTest::mouseRelease(&canvas, Qt::LeftButton, {}, QPoint(300, 200));
        QVERIFY(canvas.grab().toImage() != zoomed); // panned
        QTest::keyClick(&canvas, Qt::Key_0);
        QCOMPARE(canvas.zoom(), 0.5);
    }

    // Last: it leaves the Spanish translation installed.
    void inSpanish()
    {
        QVERIFY(i18n::installTranslations(QLocale(QLocale::Spanish, QLocale::Spain)));
        QTemporaryDir dir;
        const QImage image = generated(dir, QStringLiteral("bb.jpg"), 1920, 1080);
        ui::AssetViewer viewer;
        viewer.resize(1100, 680);
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        viewer.showImage(image, QStringLiteral("The_Quiet_Harbor#billboard_dark_ltr_01_zxx.jpg"),
                         QStringLiteral("billboard"), false);
        viewer.showReport(inspect::Inspector::inspectFile(dir.filePath(QStringLiteral("bb.jpg")), {}));
        auto* toggle = viewer.findChild<QCheckBox*>(QStringLiteral("safeZonesToggle"));
        QCOMPARE(toggle->text(), QStringLiteral("Mostrar zonas seguras"));
        toggle->click();
        QApplication::processEvents();
        QVERIFY(viewer.grab().save(QStringLiteral(APD_SHOT_DIR "/viewer-billboard-es.png")));
    }
};

QTEST_MAIN(TestAssetViewer)
#include "TestAssetViewer.moc"
