#include "inspect/Inspector.h"

#include <QDir>
#include <QTest>

using namespace apd::inspect;

// The inspector over the shared field corpus (real files from public test suites), checked
// against what its README says each should give. Skipped when the corpus is absent; every
// kind of fault found here also has a test with generated data (TestInspectBadInput).
class TestFieldCorpus : public QObject
{
    Q_OBJECT

private:
    QString m_root;

private Q_SLOTS:
    void initTestCase()
    {
        m_root = QDir(qEnvironmentVariable("APD_SOURCE_DIR")).filePath(QStringLiteral("../shared/field-corpus"));
        if (!QFileInfo::exists(QDir(m_root).filePath(QStringLiteral("README.md"))))
            QSKIP("the field corpus (../shared/field-corpus) is not here");
    }

    void expectations_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("finding"); // empty: no finding at all
        QTest::addColumn<QString>("property");
        const auto row = [](const char* f, const char* finding, const char* property = "") {
            QTest::newRow(f) << QString::fromLatin1(f) << QString::fromLatin1(finding) << QString::fromLatin1(property);
        };
        row("image-png/pngsuite/basi0g16.png", "", "interlaced");
        row("image-png/pngsuite/ct0n0g04.png", "", "no-text");
        row("image-png/pngsuite/ct1n0g04.png", "", "text");
        row("image-png/pngsuite/cten0g04.png", "", "itxt-en");
        row("image-png/pngsuite/ctfn0g04.png", "");
        row("image-png/pngsuite/ctgn0g04.png", "");
        row("image-png/pngsuite/cthn0g04.png", "");
        row("image-png/pngsuite/ctjn0g04.png", "");
        row("image-png/pngsuite/ctzn0g04.png", "", "ztxt-inflated");
        row("image-png/pngsuite/xc1n0g08.png", "bad-header");
        row("image-png/pngsuite/xc9n2c08.png", "bad-header");
        row("image-png/pngsuite/xcrn0g04.png", "signature-damaged");
        row("image-png/pngsuite/xcsn0g01.png", "bad-crc");
        row("image-png/pngsuite/xd0n2c08.png", "bad-header");
        row("image-png/pngsuite/xd3n2c08.png", "bad-header");
        row("image-png/pngsuite/xd9n2c08.png", "bad-header");
        row("image-png/pngsuite/xdtn0g01.png", "missing-image-data");
        row("image-png/pngsuite/xhdn0g08.png", "bad-crc");
        row("image-png/pngsuite/xlfn0g04.png", "signature-damaged");
        row("image-png/pngsuite/xs1n0g01.png", "signature-damaged");
        row("image-png/pngsuite/xs2n0g01.png", "signature-damaged");
        row("image-png/pngsuite/xs4n0g01.png", "signature-damaged");
        row("image-png/pngsuite/xs7n0g01.png", "signature-damaged");
        row("libjpeg-turbo/monkey12.jpg", "unsupported", "icc");
        row("libjpeg-turbo/monkey16.png", "", "icc");
        row("libjpeg-turbo/testimgari.jpg", "", "arithmetic");
        row("libjpeg-turbo/testorig.jpg", "");
        row("libjpeg-turbo/vgl_5674_0098.png", "", "icc");
        row("libpng/basn0g16.png", "", "16-bit");
        row("libpng/basn2c16.png", "", "16-bit");
        row("libpng/basn3p08.png", "", "indexed");
        row("libpng/basn6a16.png", "", "alpha");
        row("libpng/crashers/bad_iCCP.png", "bad-crc");
        row("libpng/crashers/badadler.png", "corrupt-data");
        row("libpng/crashers/badcrc.png", "bad-crc");
        row("libpng/crashers/empty_ancillary_chunks.png", "metadata-damaged");
        row("libpng/crashers/huge_IDAT.png", "truncated");
        row("libpng/crashers/huge_eXIf_chunk.png", "truncated");
        row("libpng/crashers/huge_iCCP_chunk.png", "truncated");
        row("libpng/crashers/huge_iTXt_chunk.png", "truncated");
        row("libpng/crashers/huge_tEXt_chunk.png", "truncated");
        row("libpng/crashers/huge_zTXt_chunk.png", "truncated");
        row("libpng/ibasn2c08.png", "", "interlaced");
        row("libpng/rgb-16-sRGB.png", "", "srgb");
        row("pillow/broken.png", "corrupt-data");
        row("pillow/five_channels.psd", "");
        row("pillow/hopper.psd", "", "one-ancestor");
        row("pillow/itxt_chunks.png", "", "size-2400");
        row("pillow/mode_16bit.png", "", "animated");
        row("pillow/pil_sample_cmyk.jpg", "", "cmyk");
        row("pillow/pil_sample_rgb.jpg", "", "icc");
        row("pillow/truncated_image.png", "truncated");
    }
    void expectations()
    {
        QFETCH(QString, file);
        QFETCH(QString, finding);
        QFETCH(QString, property);
        const QString path = QDir(m_root).filePath(file);
        if (!QFileInfo::exists(path))
            QSKIP("file not in this copy of the corpus");
        const InspectionReport r = Inspector::inspectFile(path, {});
        if (finding.isEmpty()) {
            QVERIFY2(r.findings.isEmpty(), qPrintable(r.findings.value(0).code + QLatin1String(": ") + r.findings.value(0).message));
            if (r.format == ImageFormat::Jpeg || r.format == ImageFormat::Png)
                QVERIFY(r.decoded);
        } else {
            QVERIFY2(r.hasFinding(finding), qPrintable(r.findings.value(0).code));
            QCOMPARE(r.decoded, finding == QLatin1String("metadata-damaged")); // skipped chunks leave the image intact
        }
        if (property == QLatin1String("interlaced"))
            QVERIFY(r.interlaced);
        else if (property == QLatin1String("no-text"))
            QVERIFY(r.textChunks.isEmpty());
        else if (property == QLatin1String("text"))
            QVERIFY(!r.textChunks.isEmpty() && r.textChunks.first().type == QLatin1String("tEXt"));
        else if (property == QLatin1String("itxt-en"))
            QVERIFY(std::any_of(r.textChunks.cbegin(), r.textChunks.cend(), [](const MetadataChunk& c) { return c.language == QLatin1String("en"); }));
        else if (property == QLatin1String("ztxt-inflated"))
            QVERIFY(std::any_of(r.textChunks.cbegin(), r.textChunks.cend(), [](const MetadataChunk& c) { return c.type == QLatin1String("zTXt") && c.textSize > 0; }));
        else if (property == QLatin1String("icc"))
            QVERIFY(r.iccPresent && !r.iccDescription.isEmpty());
        else if (property == QLatin1String("arithmetic"))
            QVERIFY(r.arithmetic);
        else if (property == QLatin1String("16-bit"))
            QCOMPARE(r.bitDepth, 16);
        else if (property == QLatin1String("indexed"))
            QCOMPARE(r.colourModel, ColourModel::Indexed);
        else if (property == QLatin1String("alpha"))
            QVERIFY(r.alpha);
        else if (property == QLatin1String("srgb"))
            QVERIFY(r.srgbChunk);
        else if (property == QLatin1String("one-ancestor"))
            QCOMPARE(r.documentAncestors, 1);
        else if (property == QLatin1String("size-2400"))
            QCOMPARE(r.width, 2400u);
        else if (property == QLatin1String("animated"))
            QVERIFY(r.animated && r.bitDepth == 16);
        else if (property == QLatin1String("cmyk"))
            QVERIFY(r.colourModel == ColourModel::Cmyk && r.adobeTransform == 2);
    }
};

QTEST_GUILESS_MAIN(TestFieldCorpus)
#include "TestFieldCorpus.moc"
