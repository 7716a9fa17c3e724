#include "ImageFactory.h"
#include "inspect/Inspector.h"

#include <QTemporaryDir>
#include <QTest>

using namespace apd::inspect;

class TestInspectJpeg : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }
    static InspectionReport inspect(const QString& p, Level level = Level::Full)
    {
        Inspector::Options o;
        o.level = level;
        return Inspector::inspectFile(p, o);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void baselineRgbWithIcc()
    {
        const QString p = path(QStringLiteral("base.jpg"));
        QVERIFY(ImageFactory::jpeg(p, 320, 200));
        QVERIFY(ImageFactory::addIcc(p, ImageFactory::iccProfile(QStringLiteral("Test RGB profile")), m_dir.path()));
        const InspectionReport r = inspect(p);
        QCOMPARE(r.format, ImageFormat::Jpeg);
        QCOMPARE(r.width, 320u);
        QCOMPARE(r.height, 200u);
        QCOMPARE(r.colourModel, ColourModel::Rgb);
        QCOMPARE(r.bitDepth, 8);
        QVERIFY(!r.progressive);
        QVERIFY(r.iccPresent);
        QCOMPARE(r.iccDescription, QStringLiteral("Test RGB profile"));
        QVERIFY(r.decoded);
        QVERIFY2(r.findings.isEmpty(), qPrintable(r.findings.value(0).message));
        QCOMPARE(r.fileSize, quint64(QFileInfo(p).size()));
    }

    void progressiveGreyCmyk_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<ColourModel>("model");
        QTest::addColumn<bool>("progressive");
        QTest::addColumn<int>("channels");
        QTest::newRow("progressive") << QStringList{QStringLiteral("-interlace"), QStringLiteral("JPEG")}
                                     << ColourModel::Rgb << true << 3;
        QTest::newRow("grey") << QStringList{QStringLiteral("-colorspace"), QStringLiteral("Gray")} << ColourModel::Grey
                              << false << 1;
        QTest::newRow("cmyk") << QStringList{QStringLiteral("-colorspace"), QStringLiteral("CMYK")} << ColourModel::Cmyk
                              << false << 4;
    }
    void progressiveGreyCmyk()
    {
        QFETCH(QStringList, extra);
        QFETCH(ColourModel, model);
        QFETCH(bool, progressive);
        QFETCH(int, channels);
        const QString p = path(QStringLiteral("%1.jpg").arg(QLatin1String(QTest::currentDataTag())));
        QVERIFY(ImageFactory::jpeg(p, 64, 48, extra));
        const InspectionReport r = inspect(p);
        QCOMPARE(r.colourModel, model);
        QCOMPARE(r.progressive, progressive);
        QCOMPARE(r.channels, channels);
        QVERIFY(r.decoded);
    }

    // exiftool writes thousands of ancestors as a standard packet plus ExtendedXMP.
    void exiftoolAncestors()
    {
        const QString p = path(QStringLiteral("bloated.jpg"));
        QVERIFY(ImageFactory::jpeg(p, 64, 48));
        QVERIFY(ImageFactory::addAncestors(p, 3000, m_dir.path()));
        for (Level level : {Level::Metadata, Level::Full}) {
            const InspectionReport r = inspect(p, level);
            QCOMPARE(r.documentAncestors, 3000);
            QVERIFY(r.extendedXmpSegments >= 2);
            QVERIFY(r.xmpSize > 150000);
            QVERIFY(r.extendedXmpSize > 0 && r.extendedXmpSize < r.xmpSize);
            QCOMPARE(r.xmpParsed, level == Level::Full);
            QCOMPARE(r.decoded, level == Level::Full);
        }
    }

    // Our own ExtendedXMP, pieces in reverse order and before the standard packet; Pantry
    // items carry nested ancestors that belong to them, not to the document.
    void extendedXmpAnyOrder()
    {
        const QString base = path(QStringLiteral("plain.jpg"));
        QVERIFY(ImageFactory::jpeg(base, 64, 48));
        const QByteArray extended = ImageFactory::xmpPacket(5000, 7);
        const QByteArray standard = ImageFactory::xmpPacket(0, 0, "<dc:format>image/jpeg</dc:format>");
        const QString p = path(QStringLiteral("shuffled.jpg"));
        QVERIFY(ImageFactory::write(p, ImageFactory::withJpegXmp(ImageFactory::read(base), standard, extended, true)));
        for (Level level : {Level::Metadata, Level::Full}) {
            const InspectionReport r = inspect(p, level);
            QCOMPARE(r.documentAncestors, 5000);
            QCOMPARE(r.pantryItems, 7);
            QCOMPARE(r.extendedXmpSize, quint64(extended.size()));
            QVERIFY(r.xmpSize > quint64(extended.size()));
            QVERIFY2(!r.hasFinding(u"corrupt-data"), qPrintable(r.findings.value(0).message));
        }
    }

    void metadataLevelDoesNotDecode()
    {
        // Damage the entropy data in the middle: only a decode can see it.
        const QString p = path(QStringLiteral("entropy.jpg"));
        QVERIFY(ImageFactory::jpeg(p, 256, 256));
        QByteArray d = ImageFactory::read(p);
        const qsizetype sos = d.indexOf("\xFF\xDA");
        QVERIFY(sos > 0);
        for (qsizetype i = sos + 200; i < sos + 260; ++i)
            d[i] = char(0xFF);
        d[sos + 261] = char(0xD3); // a stray restart marker
        QVERIFY(ImageFactory::write(p, d));
        const InspectionReport quick = inspect(p, Level::Metadata);
        QVERIFY(quick.findings.isEmpty());
        QVERIFY(!quick.decoded);
        const InspectionReport full = inspect(p, Level::Full);
        QVERIFY(!full.decoded);
        QVERIFY(full.hasFinding(u"corrupt-data"));
    }

    void truncatedSaysSo()
    {
        const QString p = path(QStringLiteral("cut.jpg"));
        QVERIFY(ImageFactory::jpeg(p, 256, 256));
        const QByteArray d = ImageFactory::read(p);
        QVERIFY(ImageFactory::write(p, d.left(d.size() * 7 / 10)));
        QVERIFY(inspect(p, Level::Metadata).hasFinding(u"truncated"));
        const InspectionReport full = inspect(p, Level::Full);
        QVERIFY(full.hasFinding(u"truncated"));
        QVERIFY(!full.decoded);
        // The data's end, not corruption: no second finding that echoes it.
        QVERIFY2(!full.hasFinding(u"corrupt-data"), qPrintable(full.findings.value(1).message));
    }

    // A little data after the end-of-image marker is tolerated; pages of it mean the marker
    // seen was not the end.
    void trailingDataAfterEoi()
    {
        const QString p = path(QStringLiteral("trailing.jpg"));
        QVERIFY(ImageFactory::jpeg(p, 64, 64));
        const QByteArray d = ImageFactory::read(p);
        QVERIFY(d.endsWith("\xFF\xD9"));
        QVERIFY(ImageFactory::write(p, d + QByteArray(3000, 'x')));
        QVERIFY(!inspect(p, Level::Metadata).hasFinding(u"truncated"));
        QVERIFY(ImageFactory::write(p, d + QByteArray(5000, 'x')));
        QVERIFY(inspect(p, Level::Metadata).hasFinding(u"truncated"));
    }
};

QTEST_GUILESS_MAIN(TestInspectJpeg)
#include "TestInspectJpeg.moc"
