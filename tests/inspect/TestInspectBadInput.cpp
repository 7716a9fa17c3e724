#include "ImageFactory.h"
#include "inspect/Inspector.h"
#include "inspect/Thumbnailer.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <zlib.h>

using namespace apd::inspect;

// Zero bytes, random bytes, truncation at every 10 %, hostile headers, garbled XMP, files
// that change or vanish while read: each gives a clear finding, never a crash or hang.
class TestInspectBadInput : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QByteArray m_jpeg, m_png, m_psd;

    static InspectionReport inspectBytes(const QByteArray& data, Level level = Level::Full)
    {
        QByteArray copy = data;
        QBuffer buffer(&copy);
        buffer.open(QIODevice::ReadOnly);
        Inspector::Options o;
        o.level = level;
        return Inspector::inspectDevice(buffer, o);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString j = m_dir.filePath(QStringLiteral("a.jpg"));
        const QString p = m_dir.filePath(QStringLiteral("a.png"));
        const QString s = m_dir.filePath(QStringLiteral("a.psd"));
        QVERIFY(ImageFactory::jpeg(j, 96, 64, {QStringLiteral("-interlace"), QStringLiteral("JPEG")}));
        QVERIFY(ImageFactory::addAncestors(j, 2000, m_dir.path())); // ExtendedXMP too
        QVERIFY(ImageFactory::pngRgba(p, 96, 64));
        QVERIFY(ImageFactory::addAncestors(p, 50, m_dir.path()));
        QVERIFY(ImageFactory::convert({QStringLiteral("-size"), QStringLiteral("16x16"), QStringLiteral("xc:red"), s}));
        QVERIFY(ImageFactory::addAncestors(s, 20, m_dir.path()));
        m_jpeg = ImageFactory::read(j);
        m_png = ImageFactory::read(p);
        m_psd = ImageFactory::read(s);
    }

    void zeroBytes()
    {
        const QString p = m_dir.filePath(QStringLiteral("zero.jpg"));
        QVERIFY(ImageFactory::write(p, {}));
        const InspectionReport r = Inspector::inspectFile(p, {});
        QVERIFY(r.hasFinding(u"empty"));
        QVERIFY(!Thumbnailer::make(p, 64).ok());
    }

    void randomBytes()
    {
        QRandomGenerator rng(1234);
        for (int i = 0; i < 50; ++i) {
            QByteArray d(int(rng.bounded(1, 5000)), '\0');
            for (char& c : d)
                c = char(rng.bounded(256));
            const InspectionReport r = inspectBytes(d);
            QVERIFY(!r.findings.isEmpty());
            // The same garbage behind each real signature.
            for (const QByteArray& sig : {QByteArray("\xFF\xD8\xFF", 3), QByteArray("\x89PNG\r\n\x1a\n", 8), QByteArray("8BPS\0\1", 6)})
                QVERIFY(!inspectBytes(sig + d).findings.isEmpty() || inspectBytes(sig + d).format != ImageFormat::Unknown);
        }
    }

    void truncatedEveryTenth_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("jpeg") << 0;
        QTest::newRow("png") << 1;
        QTest::newRow("psd") << 2;
    }
    void truncatedEveryTenth()
    {
        QFETCH(int, kind);
        const QByteArray& whole = kind == 0 ? m_jpeg : kind == 1 ? m_png : m_psd;
        QVERIFY(inspectBytes(whole).findings.isEmpty());
        for (int tenth = 1; tenth < 10; ++tenth) {
            const QByteArray part = whole.left(whole.size() * tenth / 10);
            for (Level level : {Level::Metadata, Level::Full}) {
                const InspectionReport r = inspectBytes(part, level);
                QVERIFY2(r.hasFinding(u"truncated") || (kind == 2 && r.hasFinding(u"corrupt-data")),
                         qPrintable(QStringLiteral("%1/10: %2").arg(tenth).arg(r.findings.value(0).code)));
                QVERIFY(!r.decoded);
            }
            QBuffer b;
            b.setData(part);
            b.open(QIODevice::ReadOnly);
            if (kind < 2)
                QVERIFY(!Thumbnailer::make(b, 32).ok());
        }
    }

    // A PNG declaring 100,000 × 100,000 pixels is refused before any allocation.
    void hugeDeclaredPng()
    {
        QByteArray d = m_png;
        const qsizetype ihdr = d.indexOf("IHDR");
        QByteArray header = d.mid(ihdr + 4, 13);
        for (int i : {0, 4}) {
            header[i] = 0;
            header[i + 1] = char(0x01);
            header[i + 2] = char(0x86);
            header[i + 3] = char(0xA0);
        }
        d.replace(ihdr + 4, 13, header);
        uLong crc = crc32(0, reinterpret_cast<const Bytef*>(d.constData() + ihdr), 17);
        d[ihdr + 17] = char(crc >> 24);
        d[ihdr + 18] = char(crc >> 16);
        d[ihdr + 19] = char(crc >> 8);
        d[ihdr + 20] = char(crc);
        const InspectionReport r = inspectBytes(d);
        QCOMPARE(r.width, 100000u);
        QVERIFY(r.hasFinding(u"pixel-limit"));
        QVERIFY(!r.decoded);
        QBuffer b(&d);
        b.open(QIODevice::ReadOnly);
        QCOMPARE(Thumbnailer::make(b, 64).error().code, QStringLiteral("pixel-limit"));
    }

    // An ExtendedXMP piece that claims a 2 GB packet: never allocated, reported.
    void extendedXmpClaims2GB()
    {
        QByteArray d = m_jpeg;
        const qsizetype ext = d.indexOf("http://ns.adobe.com/xmp/extension/");
        QVERIFY(ext > 0);
        d[ext + 67] = char(0x80);
        d[ext + 68] = 0;
        d[ext + 69] = 0;
        d[ext + 70] = 0;
        const InspectionReport r = inspectBytes(d);
        QVERIFY(r.hasFinding(u"corrupt-data"));
        QCOMPARE(r.documentAncestors, 2000); // still counted by the scan
    }

    // A JPEG segment whose length runs past the end of the file.
    void segmentPastTheEnd()
    {
        QByteArray d = m_jpeg.left(400);
        d[4] = char(0xFF);
        d[5] = char(0xF0);
        QVERIFY(inspectBytes(d).hasFinding(u"truncated"));
    }

    void garbledAndRecursiveXmp_data()
    {
        QTest::addColumn<QByteArray>("xmp");
        QTest::addColumn<QString>("code");
        QTest::newRow("not xml") << QByteArray("<x:xmpmeta><rdf:RDF><<<>>& garbage") << QStringLiteral("xmp-garbled");
        QByteArray deep = "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">";
        for (int i = 0; i < 5000; ++i)
            deep += "<a:b xmlns:a=\"urn:a\">";
        QTest::newRow("5000 levels") << deep << QStringLiteral("xmp-too-deep");
    }
    void garbledAndRecursiveXmp()
    {
        QFETCH(QByteArray, xmp);
        QFETCH(QString, code);
        const QByteArray png = ImageFactory::withPngChunk(
            m_png, ImageFactory::pngChunk("iTXt", ImageFactory::itxt("XML:com.adobe.xmp", xmp)), true);
        const InspectionReport r = inspectBytes(png);
        QVERIFY2(r.hasFinding(code), qPrintable(r.findings.value(0).code));
        QVERIFY(r.decoded); // the pixels are fine
        const QByteArray jpeg = ImageFactory::withJpegXmp(m_jpeg, xmp);
        QVERIFY(inspectBytes(jpeg).hasFinding(code));
    }

    // Each kind of fault the field corpus showed, made here from a clean file.
    void fieldFaultKinds_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("finding");
        QTest::newRow("7-bit signature") << 0 << "signature-damaged";
        QTest::newRow("text-mode signature") << 1 << "signature-damaged";
        QTest::newRow("colour type 1") << 2 << "bad-header";
        QTest::newRow("bit depth 3") << 3 << "bad-header";
        QTest::newRow("IHDR CRC") << 4 << "bad-crc";
        QTest::newRow("no IDAT") << 5 << "missing-image-data";
        QTest::newRow("empty ancillary chunks") << 6 << "metadata-damaged";
        QTest::newRow("text chunk declares 1 GiB") << 7 << "truncated";
        QTest::newRow("invalid chunk type") << 8 << "corrupt-data";
        QTest::newRow("bad Adler-32") << 9 << "corrupt-data";
        QTest::newRow("12-bit JPEG") << 10 << "unsupported";
    }
    void fieldFaultKinds()
    {
        QFETCH(int, kind);
        QFETCH(QString, finding);
        QByteArray d = kind == 10 ? m_jpeg : m_png;
        const qsizetype ihdr = d.indexOf("IHDR");
        const auto fixCrc = [&](qsizetype type) {
            const qsizetype length = (quint8(d[type - 2]) << 8) | quint8(d[type - 1]);
            const uLong crc = crc32(0, reinterpret_cast<const Bytef*>(d.constData() + type), uInt(length + 4));
            for (int i = 0; i < 4; ++i)
                d[type + 4 + length + i] = char(crc >> (24 - 8 * i));
        };
        switch (kind) {
        case 0: d[0] = char(0x09); break;
        case 1: d.remove(4, 1); break; // CR LF became LF
        case 2: d[ihdr + 4 + 9] = 1; fixCrc(ihdr); break;
        case 3: d[ihdr + 4 + 8] = 3; fixCrc(ihdr); break;
        case 4: d[ihdr + 4 + 13] = char(d[ihdr + 4 + 13] ^ 1); break;
        case 5: {
            qsizetype idat;
            while ((idat = d.indexOf("IDAT")) > 0)
                d.remove(idat - 4, 12 + ((quint8(d[idat - 2]) << 8) | quint8(d[idat - 1])));
            break;
        }
        case 6:
            for (const char* t : {"tEXt", "zTXt", "iTXt", "iCCP"})
                d = ImageFactory::withPngChunk(d, ImageFactory::pngChunk(t, {}), false);
            break;
        case 7: d = d.left(d.indexOf("IEND") - 4) + QByteArray("\x3F\xFF\xFF\xFFtEXtTitle\0abc", 17); break;
        case 8: d = ImageFactory::withPngChunk(d, ImageFactory::pngChunk("\1\2\3\4", "x"), false); break;
        case 9: {
            const qsizetype idat = d.indexOf("IDAT");
            const qsizetype length = (quint8(d[idat - 2]) << 8) | quint8(d[idat - 1]);
            QCOMPARE(d.indexOf("IDAT", idat + 1), -1); // one IDAT: its last 4 bytes are the Adler-32
            d[idat + 4 + length - 1] = char(d[idat + 4 + length - 1] ^ 0x5A);
            fixCrc(idat);
            break;
        }
        case 10: d[d.indexOf("ÿÂ") + 4] = 12; break;
        default: break;
        }
        const InspectionReport r = inspectBytes(d);
        QVERIFY2(r.hasFinding(finding), qPrintable(r.findings.value(0).code + QLatin1Char(' ') + r.findings.value(0).message));
        QCOMPARE(r.decoded, kind == 6);
    }

    void apngAndAdobeCmykAreReported()
    {
        const QByteArray apng = ImageFactory::withPngChunk(m_png, ImageFactory::pngChunk("acTL", QByteArray(8, '\1')), false);
        QVERIFY(inspectBytes(apng).animated);
        const QString p = m_dir.filePath(QStringLiteral("cmyk.jpg"));
        QVERIFY(ImageFactory::jpeg(p, 16, 16, {QStringLiteral("-colorspace"), QStringLiteral("CMYK")}));
        const InspectionReport r = Inspector::inspectFile(p, {});
        QCOMPARE(r.colourModel, ColourModel::Cmyk);
        QVERIFY(r.adobeTransform >= 0);
        QVERIFY(r.decoded);
    }

    void changedWhileReading()
    {
        const QString p = m_dir.filePath(QStringLiteral("moving.png"));
        QVERIFY(ImageFactory::write(p, m_png));
        Inspector::Options o;
        o.afterMetadata = [&] { ImageFactory::write(p, m_png.left(m_png.size() / 2)); };
        const InspectionReport r = Inspector::inspectFile(p, o);
        QVERIFY(r.hasFinding(u"changed-while-reading"));
    }

    void vanishedWhileReading()
    {
        const QString p = m_dir.filePath(QStringLiteral("going.jpg"));
        QVERIFY(ImageFactory::write(p, m_jpeg));
        Inspector::Options o;
        o.afterMetadata = [&] { QFile::remove(p); };
        QVERIFY(Inspector::inspectFile(p, o).hasFinding(u"vanished-while-reading"));
        QVERIFY(Inspector::inspectFile(p, {}).hasFinding(u"unreadable"));
        QVERIFY(Inspector::inspectFile(m_dir.path(), {}).hasFinding(u"not-regular"));
    }
};

QTEST_GUILESS_MAIN(TestInspectBadInput)
#include "TestInspectBadInput.moc"
