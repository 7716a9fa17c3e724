#include "inspect/ContentRules.h"
#include "naming/AssetCatalog.h"

#include <QTest>

using namespace apd;
using namespace apd::inspect;

// The delivery rules, on inspection reports as the inspector fills them.
class TestContentRules : public QObject
{
    Q_OBJECT

private:
    static InspectionReport goodJpeg()
    {
        InspectionReport r;
        r.format = ImageFormat::Jpeg;
        r.fileSize = 500'000;
        r.width = 1920;
        r.height = 1080;
        r.colourModel = ColourModel::Rgb;
        r.bitDepth = 8;
        r.channels = 3;
        r.decoded = true;
        return r;
    }
    static InspectionReport goodPng()
    {
        InspectionReport r = goodJpeg();
        r.format = ImageFormat::Png;
        r.channels = 4;
        r.alpha = true;
        return r;
    }
    static QStringList codes(const QList<ContentProblem>& problems)
    {
        QStringList c;
        for (const ContentProblem& p : problems)
            c << p.code;
        return c;
    }
    static const naming::AssetType* type(const char* id)
    {
        return naming::AssetCatalog::builtIn().find(QString::fromLatin1(id));
    }

private Q_SLOTS:
    void cleanFilesPass()
    {
        QVERIFY(ContentRules::check(goodJpeg(), u"jpg", type("billboard")).isEmpty());
        QVERIFY(ContentRules::check(goodPng(), u"png", type("logo-stacked")).isEmpty());
        QVERIFY(ContentRules::check(goodPng(), u"png", type("storyart")).isEmpty());
    }

    void rules_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("ext");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("expected");
        QTest::newRow("png named jpg") << 1 << "jpg" << "billboard" << "extension-mismatch";
        QTest::newRow("jpg logo, no name") << 0 << "" << "logo-stacked" << "format-not-allowed";
        QTest::newRow("cmyk") << 2 << "jpg" << "billboard" << "colour-model";
        QTest::newRow("indexed") << 3 << "png" << "storyart" << "colour-model";
        QTest::newRow("grey") << 4 << "jpg" << "storyart" << "colour-model";
        QTest::newRow("16 bit") << 5 << "png" << "storyart" << "bit-depth";
        QTest::newRow("logo without alpha") << 6 << "png" << "avatar" << "alpha-missing";
        QTest::newRow("png chunk over 8 MB") << 7 << "png" << "storyart" << "xmp-bloated";
        QTest::newRow("extended xmp") << 8 << "jpg" << "storyart" << "xmp-bloated";
        QTest::newRow("9 MB file") << 9 << "jpg" << "storyart" << "file-large";
        QTest::newRow("1,001 ancestors") << 10 << "jpg" << "storyart" << "xmp-large";
        QTest::newRow("truncated") << 11 << "jpg" << "storyart" << "truncated";
    }
    void rules()
    {
        QFETCH(int, kind);
        QFETCH(QString, ext);
        QFETCH(QString, type);
        QFETCH(QString, expected);
        InspectionReport r = kind == 1 || kind == 3 || kind == 5 || kind == 6 || kind == 7 ? goodPng() : goodJpeg();
        switch (kind) {
        case 2: r.colourModel = ColourModel::Cmyk; break;
        case 3: r.colourModel = ColourModel::Indexed; r.alpha = false; break;
        case 4: r.colourModel = ColourModel::Grey; break;
        case 5: r.bitDepth = 16; break;
        case 6: r.alpha = false; r.channels = 3; break;
        case 7: r.largestMetadataChunk = 8'000'000; r.xmpSize = 8'000'000; r.documentAncestors = 90000; break;
        case 8: r.extendedXmpSegments = 30; r.xmpSize = 2'000'000; r.documentAncestors = 40000; break;
        case 9: r.fileSize = 9'000'000; break;
        case 10: r.documentAncestors = 1001; r.xmpSize = 80'000; break;
        case 11: r.addFinding(QStringLiteral("truncated"), QStringLiteral("cut")); r.decoded = false; break;
        default: break;
        }
        const QList<ContentProblem> p = ContentRules::check(r, ext, naming::AssetCatalog::builtIn().find(type));
        QVERIFY2(codes(p).contains(expected), qPrintable(codes(p).join(QLatin1Char(','))));
        const auto it = std::find_if(p.cbegin(), p.cend(), [&](const ContentProblem& c) { return c.code == expected; });
        const bool warning = expected == QLatin1String("file-large") || expected == QLatin1String("xmp-large");
        QCOMPARE(it->severity, warning ? naming::Severity::Warning : naming::Severity::Error);
        QVERIFY(!it->message.isEmpty());
    }

    void bloatMessageNamesSizeAndAncestors()
    {
        InspectionReport r = goodJpeg();
        r.extendedXmpSegments = 40;
        r.xmpSize = 2'600'000;
        r.documentAncestors = 41234;
        const QList<ContentProblem> p = ContentRules::check(r, u"jpg", nullptr);
        QCOMPARE(codes(p), QStringList{QStringLiteral("xmp-bloated")}); // no duplicate xmp-large warning
        QVERIFY(p.first().message.contains(QLatin1String("bloated XMP: 2.6 MB, 41234 document ancestor(s); will arrive broken")));
        QVERIFY(p.first().fix.contains(QLatin1String("strip-xmp")));
    }

    void largeFileNamesTheCause()
    {
        InspectionReport r = goodJpeg();
        r.fileSize = 9'000'000;
        r.xmpSize = 6'000'000;
        r.documentAncestors = 100;
        const QList<ContentProblem> p = ContentRules::check(r, u"jpg", nullptr);
        QVERIFY(codes(p).contains(QStringLiteral("file-large")));
        QVERIFY(p.first().message.contains(QLatin1String("metadata")));
    }

    void pixelRulesFromTheCatalog()
    {
        const auto catalog = naming::AssetCatalog::fromJson(R"({"version":1,"sourceExtensions":["psd"],"types":[
            {"id":"poster","label":"Poster","language":false,"tones":["na"],"direction":false,"formats":["jpg"],
             "transparency":false,"source":"uba","background":false,"pixels":{"width":1920,"height":1080}},
            {"id":"square","label":"Square","language":false,"tones":["na"],"direction":false,"formats":["jpg"],
             "transparency":false,"source":"uba","background":false,"pixels":{"aspect":1.0}}]})");
        QVERIFY2(catalog.ok(), qPrintable(catalog.ok() ? QString() : catalog.error().message));
        InspectionReport r = goodJpeg();
        QVERIFY(ContentRules::check(r, u"jpg", catalog.value().find(u"poster")).isEmpty());
        QCOMPARE(codes(ContentRules::check(r, u"jpg", catalog.value().find(u"square"))), QStringList{QStringLiteral("aspect-ratio")});
        r.width = 1000;
        r.height = 1000;
        QCOMPARE(codes(ContentRules::check(r, u"jpg", catalog.value().find(u"poster"))), QStringList{QStringLiteral("pixel-size")});
        QVERIFY(ContentRules::check(r, u"jpg", catalog.value().find(u"square")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestContentRules)
#include "TestContentRules.moc"
