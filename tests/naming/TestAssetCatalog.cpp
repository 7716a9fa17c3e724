#include "naming/AssetCatalog.h"
#include "naming/NameParser.h"

#include <QTemporaryDir>
#include <QTest>

using namespace apd::naming;

class TestAssetCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInHasEveryTypeOfTheDomain()
    {
        const AssetCatalog& c = AssetCatalog::builtIn();
        const QStringList ids = {QStringLiteral("avatar"),
                                 QStringLiteral("boxshot"),
                                 QStringLiteral("sdp"),
                                 QStringLiteral("logo-horizontal"),
                                 QStringLiteral("logo-stacked"),
                                 QStringLiteral("billboard"),
                                 QStringLiteral("character-pose"),
                                 QStringLiteral("character-story"),
                                 QStringLiteral("short-panel"),
                                 QStringLiteral("storyart"),
                                 QStringLiteral("tcard-background"),
                                 QStringLiteral("universal-base"),
                                 QStringLiteral("vertical-background"),
                                 QStringLiteral("vertical-background-animated"),
                                 QStringLiteral("vertical-billboard")};
        QCOMPARE(c.types().size(), ids.size());
        for (const QString& id : ids)
            QVERIFY2(c.find(id), qPrintable(id));
        QVERIFY(c.find(u"billboard")->needsDirection);
        QVERIFY(!c.find(u"vertical-billboard")->needsDirection);
        QVERIFY(c.find(u"logo-stacked")->needsTransparency);
        QVERIFY(c.find(u"sdp")->needsBackground);
        QVERIFY(c.find(u"avatar")->languageSpecific);
        QVERIFY(!c.find(u"storyart")->languageSpecific);
        QCOMPARE(c.find(u"avatar")->source, SourceRelation::Own);
        QCOMPARE(c.find(u"billboard")->source, SourceRelation::Universal);
        QVERIFY(c.isSourceExtension(u"psb"));
        QVERIFY(!c.isSourceExtension(u"jpg"));
    }

    void looseAndNearestLookups()
    {
        const AssetCatalog& c = AssetCatalog::builtIn();
        QCOMPARE(c.findLoose(u"Story_Art")->id, QStringLiteral("storyart"));
        QCOMPARE(c.findLoose(u"LOGO-stacked")->id, QStringLiteral("logo-stacked"));
        QCOMPARE(c.findLoose(u"bilboard"), nullptr);
        QCOMPARE(c.nearest(u"bilboard")->id, QStringLiteral("billboard"));
        QCOMPARE(c.nearest(u"avtar")->id, QStringLiteral("avatar"));
        QCOMPARE(c.nearest(u"zz"), nullptr);
        QCOMPARE(c.nearest(u"photograph"), nullptr);
    }

    void aPortalMayAddATypeWithPixelRules()
    {
        const QByteArray json = R"({"sourceExtensions":["psd"],"types":[
            {"id":"poster","language":true,"tones":["na"],"formats":["jpg"],"source":"uba",
             "pixels":{"width":2000,"height":3000}}]})";
        const auto loaded = AssetCatalog::fromJson(json);
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().message));
        const AssetCatalog& c = loaded.value();
        QCOMPARE(c.types().size(), 1);
        QVERIFY(c.find(u"poster")->pixels.has_value());
        QCOMPARE(c.find(u"poster")->pixels->height, 3000);

        const NameParser parser(c);
        const NameReport ok = parser.parse(u"Title#poster_na_01_es.jpg");
        QVERIFY(ok.valid());
        QCOMPARE(ok.parts.requestKey, QStringLiteral("poster_na_01_es"));
        QVERIFY(parser.parse(u"Title#billboard_dark_ltr_01_zxx.jpg").hasProblem(u"type-unknown"));
    }

    void badCatalogsAreRefusedWithAReason_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not json") << QByteArray("{types:");
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("no types") << QByteArray(R"({"types":[]})");
        QTest::newRow("upper-case id") << QByteArray(R"({"types":[{"id":"Poster","tones":["na"]}]})");
        QTest::newRow("underscore id") << QByteArray(R"({"types":[{"id":"my_type","tones":["na"]}]})");
        QTest::newRow("no tones") << QByteArray(R"({"types":[{"id":"poster","tones":[]}]})");
        QTest::newRow("duplicate") << QByteArray(R"({"types":[{"id":"a","tones":["na"]},{"id":"a","tones":["na"]}]})");
        QTest::newRow("same loosely") << QByteArray(
            R"({"types":[{"id":"ab","tones":["na"]},{"id":"a-b","tones":["na"]}]})");
        QTest::newRow("empty") << QByteArray();
    }

    void badCatalogsAreRefusedWithAReason()
    {
        QFETCH(QByteArray, json);
        const auto loaded = AssetCatalog::fromJson(json);
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().code, QStringLiteral("catalog-invalid"));
        QVERIFY(!loaded.error().message.isEmpty());
    }

    void missingFileIsAnError()
    {
        QTemporaryDir dir;
        const auto loaded = AssetCatalog::fromFile(dir.filePath(QStringLiteral("absent.json")));
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().code, QStringLiteral("catalog-unreadable"));
    }
};

QTEST_GUILESS_MAIN(TestAssetCatalog)
#include "TestAssetCatalog.moc"
