// The per-row upload bar as it is drawn: the delegate paints a request's state cell into an
// image at several percentages, and the picture is read back: how much of the bar's width
// carries the chunk colour, and where the text lies. Also the order view in Spanish: the
// group headers show the catalog's Spanish labels.
#include "../order/OrderFixtures.h"
#include "OrderItemModel.h"
#include "UploadProgressDelegate.h"
#include "i18n/Translations.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QStyleFactory>
#include <QTest>
#include <QTreeView>

using namespace apd;
using namespace apd::order::fixtures;
using ui::OrderItemModel;

namespace {

const QColor kChunk(200, 30, 30); // the palette's highlight: a red nothing else in the cell uses
const QString kKey = QStringLiteral("storyart_na_01_zxx");

bool isChunk(QRgb p)
{
    return qRed(p) > 130 && qGreen(p) < 110 && qBlue(p) < 110;
}

int difference(QRgb a, QRgb b)
{
    return std::abs(qRed(a) - qRed(b)) + std::abs(qGreen(a) - qGreen(b)) + std::abs(qBlue(a) - qBlue(b));
}

} // namespace

class TestUploadProgressDelegate : public QObject
{
    Q_OBJECT

    static constexpr int kWidth = 240;
    static constexpr int kHeight = 40;

    // The state cell of the request row at `percent`, painted by the delegate.
    static QImage paintAt(OrderItemModel& model, int percent, QString* text)
    {
        const qint64 id = model.project().requestByKey(kKey)->id;
        model.setUploadProgress(id, percent);
        const QModelIndex index = model.indexOfRequest(id).siblingAtColumn(OrderItemModel::StateColumn);
        *text = index.data(Qt::DisplayRole).toString();
        QStyleOptionViewItem option;
        option.rect = QRect(0, 0, kWidth, kHeight);
        option.state = QStyle::State_Enabled;
        option.font = QApplication::font();
        option.fontMetrics = QFontMetrics(option.font);
        option.palette = QApplication::palette();
        option.palette.setColor(QPalette::Highlight, kChunk);
        option.palette.setColor(QPalette::HighlightedText, Qt::white);
        option.palette.setColor(QPalette::Base, Qt::white);
        option.palette.setColor(QPalette::Window, QColor(0xf0, 0xf0, 0xf0));
        option.palette.setColor(QPalette::Text, Qt::black);
        option.palette.setColor(QPalette::WindowText, Qt::black);
        option.direction = Qt::LeftToRight;
        QImage image(kWidth, kHeight, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        ui::UploadProgressDelegate delegate;
        delegate.paint(&painter, option, index);
        painter.end();
        return image;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // One style for every machine: the bar's look is Fusion's.
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QVERIFY(QApplication::style());
    }

    void drawsTheBarAndItsText_data()
    {
        QTest::addColumn<int>("percent");
        QTest::addColumn<QString>("label");
        QTest::newRow("0%") << 0 << QStringLiteral("uploading 0%");
        QTest::newRow("40%") << 40 << QStringLiteral("uploading 40%");
        // Sent: the portal processes it until the reload shows the asset.
        QTest::newRow("100%") << 100 << QStringLiteral("processing");
    }

    void drawsTheBarAndItsText()
    {
        QFETCH(int, percent);
        QFETCH(QString, label);
        OrderItemModel model;
        model.setProject(projectWith({kKey}));
        QString text;
        const QImage image = paintAt(model, percent, &text);
        QCOMPARE(text, label);
        if (const QString dir = qEnvironmentVariable("APD_SCREENSHOT_DIR"); !dir.isEmpty())
            image.save(QDir(dir).filePath(QStringLiteral("upload-bar-%1.png").arg(percent)));

        // Above the text, the chunk covers the bar from its left edge, over `percent` of it.
        // The bar is the cell less 2 px each side (the delegate's margin).
        const int barLeft = 2, barWidth = kWidth - 4;
        const int y = 7;
        int chunk = 0, firstChunk = -1;
        for (int x = 0; x < kWidth; ++x)
            if (isChunk(image.pixel(x, y))) {
                ++chunk;
                if (firstChunk < 0)
                    firstChunk = x;
            }
        const double covered = double(chunk) / barWidth;
        QVERIFY2(std::abs(covered - percent / 100.0) <= 0.04,
                 qPrintable(QStringLiteral("%1 chunk pixels of %2").arg(chunk).arg(barWidth)));
        if (percent > 0)
            QVERIFY2(firstChunk >= barLeft && firstChunk <= barLeft + 3, qPrintable(QString::number(firstChunk)));
        // Nothing of the chunk colour outside the bar: above and below it the cell is plain.
        for (int x = 0; x < kWidth; ++x) {
            QVERIFY(!isChunk(image.pixel(x, 0)));
            QVERIFY(!isChunk(image.pixel(x, kHeight - 1)));
        }

        // The text: in the bar's middle band, pixels that differ from the fill above them, all
        // within the text's width around the centre.
        const QFontMetrics metrics(QApplication::font());
        const int advance = metrics.horizontalAdvance(text);
        const int centre = barLeft + barWidth / 2;
        int inked = 0, outside = 0;
        for (int x = barLeft + 3; x < barLeft + barWidth - 3; ++x) {
            bool ink = false;
            for (int row = kHeight / 2 - metrics.ascent() / 2; row <= kHeight / 2 + metrics.ascent() / 2; ++row)
                ink = ink || difference(image.pixel(x, row), image.pixel(x, y)) > 150;
            if (!ink)
                continue;
            ++inked;
            if (std::abs(x - centre) > advance / 2 + 3)
                ++outside;
        }
        QVERIFY2(inked > advance / 3,
                 qPrintable(QStringLiteral("%1 columns inked, text %2 px").arg(inked).arg(advance)));
        QCOMPARE(outside, 0);
    }

    void otherCellsAreNotBars()
    {
        OrderItemModel model;
        model.setProject(projectWith({kKey}));
        const qint64 id = model.project().requestByKey(kKey)->id;
        model.setUploadProgress(id, 100);
        QStyleOptionViewItem option;
        option.rect = QRect(0, 0, kWidth, kHeight);
        option.palette = QApplication::palette();
        option.palette.setColor(QPalette::Highlight, kChunk);
        option.font = QApplication::font();
        option.fontMetrics = QFontMetrics(option.font);
        QImage image(kWidth, kHeight, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        ui::UploadProgressDelegate delegate;
        delegate.paint(&painter, option, model.indexOfRequest(id).siblingAtColumn(OrderItemModel::NameColumn));
        painter.end();
        int chunk = 0;
        for (int x = 0; x < kWidth; ++x)
            chunk += isChunk(image.pixel(x, 7)) ? 1 : 0;
        QCOMPARE(chunk, 0);
    }

    // The Spanish window: group headers are the catalog's Spanish labels (last: the
    // translation stays installed).
    void groupHeadersInSpanish()
    {
        QVERIFY(i18n::installTranslations(QLocale(QLocale::Spanish, QLocale::Spain)));
        OrderItemModel model;
        model.setProject(projectWith(
            {kKey, QStringLiteral("billboard_dark_ltr_01_zxx"), QStringLiteral("logo-stacked_light_01_en")}));
        QStringList headers;
        for (int r = 0; r < model.rowCount(); ++r)
            headers << model.index(r, OrderItemModel::NameColumn).data().toString();
        QVERIFY2(headers.contains(QStringLiteral("Arte de historia (1)")), qPrintable(headers.join(u'|')));
        QVERIFY2(headers.contains(QStringLiteral("Logo, apilado (1)")), qPrintable(headers.join(u'|')));
        QVERIFY2(!headers.contains(QStringLiteral("Story art (1)")), qPrintable(headers.join(u'|')));

        QTreeView view;
        view.setModel(&model);
        view.setItemDelegate(new ui::UploadProgressDelegate(&view));
        view.expandAll();
        view.resize(900, 260);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        model.setUploadProgress(model.project().requestByKey(kKey)->id, 40);
        for (int c = 0; c < OrderItemModel::ColumnCount; ++c)
            view.resizeColumnToContents(c);
        if (const QString dir = qEnvironmentVariable("APD_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(view.grab().save(QDir(dir).filePath(QStringLiteral("order-groups-es.png"))));
        const QModelIndex state =
            model.indexOfRequest(model.project().requestByKey(kKey)->id).siblingAtColumn(OrderItemModel::StateColumn);
        QVERIFY2(state.data().toString().contains(QStringLiteral("40")), qPrintable(state.data().toString()));
    }
};

QTEST_MAIN(TestUploadProgressDelegate)
#include "TestUploadProgressDelegate.moc"
