#include "ImageFactory.h"
#include "inspect/Inspector.h"

#include <QTemporaryDir>
#include <QTest>

using namespace apd::inspect;

class TestInspectPng : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_rgba;
    QString path(const QString& name) const { return m_dir.filePath(name); }
    static InspectionReport inspect(const QString& p, Level level = Level::Full)
    {
        Inspector::Options o;
        o.level = level;
        return Inspector::inspectFile(p, o);
    }
    QString withChunk(const QString& name, const QByteArray& chunk, bool after)
    {
        const QString p = path(name);
        return ImageFactory::write(p, ImageFactory::withPngChunk(ImageFactory::read(m_rgba), chunk, after)) ? p
                                                                                                            : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_rgba = path(QStringLiteral("rgba.png"));
        QVERIFY(ImageFactory::pngRgba(m_rgba, 120, 80));
    }

    void rgbaBasics()
    {
        const InspectionReport r = inspect(m_rgba);
        QCOMPARE(r.format, ImageFormat::Png);
        QCOMPARE(r.width, 120u);
        QCOMPARE(r.height, 80u);
        QCOMPARE(r.colourModel, ColourModel::Rgb);
        QCOMPARE(r.bitDepth, 8);
        QCOMPARE(r.channels, 4);
        QVERIFY(r.alpha);
        QVERIFY(r.decoded);
        QVERIFY2(r.findings.isEmpty(), qPrintable(r.findings.value(0).message));
    }

    void kinds_data()
    {
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<ColourModel>("model");
        QTest::addColumn<int>("depth");
        QTest::addColumn<bool>("interlaced");
        QTest::newRow("rgb48") << QStringLiteral("PNG48:") << ColourModel::Rgb << 16 << false;
        QTest::newRow("palette") << QStringLiteral("PNG8:") << ColourModel::Indexed << 8 << false;
        QTest::newRow("grey") << QStringLiteral("GRAY:") << ColourModel::Grey << 8 << false;
        QTest::newRow("interlaced") << QStringLiteral("PNG24:") << ColourModel::Rgb << 8 << true;
    }
    void kinds()
    {
        QFETCH(QString, prefix);
        QFETCH(ColourModel, model);
        QFETCH(int, depth);
        QFETCH(bool, interlaced);
        const QString p = path(QLatin1String(QTest::currentDataTag()) + QLatin1String(".png"));
        QStringList args{m_rgba};
        if (interlaced)
            args << QStringLiteral("-interlace") << QStringLiteral("PNG");
        if (prefix == QLatin1String("GRAY:"))
            args << QStringLiteral("-colorspace") << QStringLiteral("Gray") << QStringLiteral("-alpha")
                 << QStringLiteral("off") << QStringLiteral("-depth") << QStringLiteral("8") << p;
        else
            args << prefix + p;
        QVERIFY(ImageFactory::convert(args));
        const InspectionReport r = inspect(p);
        QCOMPARE(r.colourModel, model);
        QCOMPARE(r.bitDepth, depth);
        QCOMPARE(r.interlaced, interlaced);
        QVERIFY(r.decoded);
    }

    // XMP text chunks before and after IDAT, plain and compressed, are all found and counted.
    void xmpChunksAnywhere_data()
    {
        QTest::addColumn<bool>("after");
        QTest::addColumn<bool>("compressed");
        QTest::newRow("before, plain") << false << false;
        QTest::newRow("after, plain") << true << false;
        QTest::newRow("after, compressed") << true << true;
    }
    void xmpChunksAnywhere()
    {
        QFETCH(bool, after);
        QFETCH(bool, compressed);
        const QByteArray xmp = ImageFactory::xmpPacket(2500, 3);
        const QString p =
            withChunk(QStringLiteral("xmp.png"),
                      ImageFactory::pngChunk("iTXt", ImageFactory::itxt("XML:com.adobe.xmp", xmp, compressed)), after);
        QVERIFY(!p.isEmpty());
        for (Level level : {Level::Metadata, Level::Full}) {
            const InspectionReport r = inspect(p, level);
            QCOMPARE(r.documentAncestors, 2500);
            QCOMPARE(r.pantryItems, 3);
            QCOMPARE(r.xmpSize, quint64(xmp.size()));
            const auto xmpChunk = std::find_if(r.textChunks.cbegin(), r.textChunks.cend(), [](const MetadataChunk& c) {
                return c.keyword == QLatin1String("XML:com.adobe.xmp");
            });
            QVERIFY(xmpChunk != r.textChunks.cend());
            QCOMPARE(xmpChunk->type, QStringLiteral("iTXt"));
            QCOMPARE(xmpChunk->afterImageData, after);
            QVERIFY2(r.findings.isEmpty(), qPrintable(r.findings.value(0).message));
        }
    }

    // A chunk over libpng's 8,000,000-byte limit: inspected without libpng's refusal.
    void hugeMetadataChunk()
    {
        const QByteArray filler(8'100'000, 'x');
        const QByteArray xmp = ImageFactory::xmpPacket(10, 0, "<dc:description>" + filler + "</dc:description>");
        const QString p =
            withChunk(QStringLiteral("huge.png"),
                      ImageFactory::pngChunk("iTXt", ImageFactory::itxt("XML:com.adobe.xmp", xmp)), false);
        const InspectionReport r = inspect(p, Level::Full);
        QVERIFY(r.largestMetadataChunk >= 8'000'000);
        QCOMPARE(r.documentAncestors, 10);
        QVERIFY(!r.xmpParsed); // over XmpCounter::exiv2Cap: counted by the scan
        QVERIFY(r.decoded);
    }

    void badCrcNamed()
    {
        QByteArray d = ImageFactory::read(m_rgba);
        const qsizetype idat = d.indexOf("IDAT");
        const qsizetype length = (quint8(d[idat - 2]) << 8) | quint8(d[idat - 1]);
        d[idat + 4 + length] = char(d[idat + 4 + length] ^ 0x55); // the CRC itself
        const QString p = path(QStringLiteral("crc.png"));
        QVERIFY(ImageFactory::write(p, d));
        QVERIFY(!inspect(p, Level::Metadata).hasFinding(u"bad-crc")); // IDAT is not read without a decode
        QVERIFY(inspect(p, Level::Full).hasFinding(u"bad-crc"));
        // A text chunk CRC is checked at every level.
        QByteArray t =
            ImageFactory::read(withChunk(QStringLiteral("t.png"), ImageFactory::pngChunk("tEXt", "Title\0x"), false));
        t[t.indexOf("tEXt") + 5] = 'X';
        QVERIFY(ImageFactory::write(p, t));
        QVERIFY(inspect(p, Level::Metadata).hasFinding(u"bad-crc"));
    }

    // The CRC of an XMP chunk is taken in the same read that counts its ancestors: a damaged
    // byte anywhere in it (head, text across read blocks, the CRC itself) is still caught.
    void xmpChunkCrc_data()
    {
        QTest::addColumn<QByteArray>("type");
        QTest::addColumn<bool>("compressed");
        QTest::addColumn<int>("where"); // -1: the stored CRC; else per mille of the text
        for (const int where : {-1, 0, 500, 999}) {
            QTest::addRow("iTXt at %d", where) << QByteArray("iTXt") << false << where;
            QTest::addRow("compressed iTXt at %d", where) << QByteArray("iTXt") << true << where;
            QTest::addRow("tEXt at %d", where) << QByteArray("tEXt") << false << where;
        }
    }

    void xmpChunkCrc()
    {
        QFETCH(QByteArray, type);
        QFETCH(bool, compressed);
        QFETCH(int, where);
        const QByteArray xmp = ImageFactory::xmpPacket(12000); // several read blocks
        const QByteArray data = type == "tEXt" ? QByteArray("XML:com.adobe.xmp") + '\0' + xmp
                                               : ImageFactory::itxt("XML:com.adobe.xmp", xmp, compressed);
        const QString intact =
            withChunk(QStringLiteral("xmp-intact.png"), ImageFactory::pngChunk(type.constData(), data), false);
        QByteArray bytes = ImageFactory::read(intact);
        const InspectionReport before = inspect(intact, Level::Metadata);
        QVERIFY(!before.hasFinding(u"bad-crc"));
        QCOMPARE(before.documentAncestors, 12000);
        const qsizetype start = bytes.indexOf(type) + 4;
        const qsizetype at =
            where < 0 ? start + data.size() : start + 17 + qsizetype(qint64(data.size() - 18) * where / 1000);
        bytes[at] = char(bytes[at] ^ 0x01);
        const QString p = path(QStringLiteral("xmp-damaged.png"));
        QVERIFY(ImageFactory::write(p, bytes));
        const InspectionReport r = inspect(p, Level::Metadata);
        QStringList codes;
        for (const auto& f : r.findings)
            codes << f.code;
        QVERIFY2(r.hasFinding(u"bad-crc"), qPrintable(codes.join(u' ')));
    }

    void iccAndSrgb()
    {
        const QString p = path(QStringLiteral("icc.png"));
        QVERIFY(QFile::copy(m_rgba, p));
        QVERIFY(ImageFactory::addIcc(p, ImageFactory::iccProfile(QStringLiteral("Display P3 test")), m_dir.path()));
        const InspectionReport r = inspect(p);
        QVERIFY(r.iccPresent);
        QCOMPARE(r.iccDescription, QStringLiteral("Display P3 test"));
        QVERIFY(r.decoded);
    }
};

QTEST_GUILESS_MAIN(TestInspectPng)
#include "TestInspectPng.moc"
