#include "ImageFactory.h"
#include "inspect/ThumbnailCache.h"
#include "inspect/Thumbnailer.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace apd::inspect;

class TestThumbnail : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    struct Rgba
    {
        int r, g, b, a;
        int red() const { return r; }
        int green() const { return g; }
        int blue() const { return b; }
        int alpha() const { return a; }
        QString name() const { return QStringLiteral("%1,%2,%3,%4").arg(r).arg(g).arg(b).arg(a); }
    };
    static Rgba at(const Thumbnail& t, int x, int y)
    {
        const auto* p = reinterpret_cast<const unsigned char*>(t.rgba.constData()) + (y * t.width + x) * 4;
        return Rgba{p[0], p[1], p[2], p[3]};
    }
    static bool near(int a, int b, int tolerance = 12) { return std::abs(a - b) <= tolerance; }

private Q_SLOTS:
    void jpegScaledKeepsAspectAndColour()
    {
        const QString p = m_dir.filePath(QStringLiteral("red.jpg"));
        QVERIFY(ImageFactory::convert({QStringLiteral("-size"), QStringLiteral("1920x1080"), QStringLiteral("xc:#c81e1e"), p}));
        const auto t = Thumbnailer::make(p, 256);
        QVERIFY(t.ok());
        QCOMPARE(t.value().width, 256);
        QCOMPARE(t.value().height, 144);
        QCOMPARE(t.value().rgba.size(), 256 * 144 * 4);
        const Rgba c = at(t.value(), 128, 72);
        QVERIFY2(near(c.red(), 200) && near(c.green(), 30) && near(c.blue(), 30) && c.alpha() == 255,
                 qPrintable(c.name()));
    }

    // Adobe CMYK JPEGs are stored inverted: the thumbnail must not be a negative.
    void cmykIsNotInverted()
    {
        const QString p = m_dir.filePath(QStringLiteral("cmyk.jpg"));
        QVERIFY(ImageFactory::convert({QStringLiteral("-size"), QStringLiteral("64x64"), QStringLiteral("xc:#c81e1e"),
                                       QStringLiteral("-colorspace"), QStringLiteral("CMYK"), p}));
        const auto t = Thumbnailer::make(p, 32);
        QVERIFY(t.ok());
        const Rgba c = at(t.value(), 16, 16);
        QVERIFY2(c.red() > 150 && c.green() < 90 && c.blue() < 90, qPrintable(c.name()));
    }

    void pngKeepsAlphaAndHandlesInterlace_data()
    {
        QTest::addColumn<bool>("interlaced");
        QTest::newRow("plain") << false;
        QTest::newRow("interlaced") << true;
    }
    void pngKeepsAlphaAndHandlesInterlace()
    {
        QFETCH(bool, interlaced);
        const QString p = m_dir.filePath(QStringLiteral("alpha.png"));
        QStringList args{QStringLiteral("-size"), QStringLiteral("300x100"), QStringLiteral("xc:#1e1ec880")};
        if (interlaced)
            args << QStringLiteral("-interlace") << QStringLiteral("PNG");
        QVERIFY(ImageFactory::convert(args << QStringLiteral("PNG32:") + p));
        const auto t = Thumbnailer::make(p, 60);
        QVERIFY(t.ok());
        QCOMPARE(t.value().width, 60);
        QCOMPARE(t.value().height, 20);
        const Rgba c = at(t.value(), 30, 10);
        QVERIFY2(near(c.blue(), 200) && near(c.alpha(), 128), qPrintable(c.name()));
    }

    void smallImagesAreNotEnlarged()
    {
        const QString p = m_dir.filePath(QStringLiteral("small.png"));
        QVERIFY(ImageFactory::pngRgba(p, 20, 10));
        const auto t = Thumbnailer::make(p, 256);
        QVERIFY(t.ok());
        QCOMPARE(t.value().width, 20);
        QCOMPARE(t.value().height, 10);
    }

    void cacheHitsAndMissesOnChange()
    {
        const QString p = m_dir.filePath(QStringLiteral("cached.jpg"));
        QVERIFY(ImageFactory::jpeg(p, 400, 300));
        const ThumbnailCache cache(m_dir.filePath(QStringLiteral("cache")));
        bool hit = true;
        const auto first = cache.get(p, 100, &hit);
        QVERIFY(first.ok());
        QVERIFY(!hit);
        QVERIFY(QFileInfo::exists(cache.entryPath(p, 100)));
        const auto second = cache.get(p, 100, &hit);
        QVERIFY(hit);
        QCOMPARE(second.value().rgba, first.value().rgba);
        QVERIFY(cache.get(p, 50, &hit).ok());
        QVERIFY(!hit); // another size is another entry
        // A changed file (new mtime and size) misses.
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        QVERIFY(ImageFactory::jpeg(p, 200, 300));
        const auto changed = cache.get(p, 100, &hit);
        QVERIFY(!hit);
        QCOMPARE(changed.value().height, 100);
        QCOMPARE(changed.value().width, 67);
        // A damaged cache entry is made again.
        QVERIFY(ImageFactory::write(cache.entryPath(p, 100), "APDTHMB1garbage"));
        QVERIFY(cache.get(p, 100, &hit).ok());
        QVERIFY(!hit);
        QVERIFY(!cache.get(m_dir.filePath(QStringLiteral("none.jpg")), 100).ok());
    }
};

QTEST_GUILESS_MAIN(TestThumbnail)
#include "TestThumbnail.moc"
