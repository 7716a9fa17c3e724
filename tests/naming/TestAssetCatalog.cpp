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

    void builtInSafeZonesAreInsideTheImage_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("safe");  // a zone that keeps content in
        QTest::addColumn<QString>("clear"); // a zone that keeps content out ("" : none)
        QTest::newRow("billboard") << QStringLiteral("billboard") << QStringLiteral("title")
                                   << QStringLiteral("buttons");
        QTest::newRow("boxshot") << QStringLiteral("boxshot") << QStringLiteral("title") << QStringLiteral("rating");
        QTest::newRow("storyart") << QStringLiteral("storyart") << QStringLiteral("focus") << QStringLiteral("caption");
        QTest::newRow("title card") << QStringLiteral("tcard-background") << QStringLiteral("action")
                                    << QStringLiteral("logo");
    }

    void builtInSafeZonesAreInsideTheImage()
    {
        QFETCH(QString, type);
        QFETCH(QString, safe);
        QFETCH(QString, clear);
        const AssetType* t = AssetCatalog::builtIn().find(type);
        QVERIFY(t);
        QVERIFY(!t->safeZones.isEmpty());
        QStringList safeIds, clearIds;
        for (const SafeZone& z : t->safeZones) {
            (z.kind == SafeZone::Kind::Safe ? safeIds : clearIds) << z.id;
            const QRectF px = z.rectIn(1920, 1080);
            QVERIFY2(QRectF(0, 0, 1920, 1080).adjusted(-1e-6, -1e-6, 1e-6, 1e-6).contains(px), qPrintable(z.id));
            QVERIFY(!z.label.isEmpty());
        }
        QVERIFY2(safeIds.contains(safe), qPrintable(safeIds.join(u',')));
        QVERIFY2(clearIds.contains(clear), qPrintable(clearIds.join(u',')));
        QVERIFY(AssetCatalog::builtIn().find(u"avatar")->safeZones.isEmpty());
    }

    void safeZonesAreFractionsAndMirrorForRightToLeft()
    {
        const QByteArray json = R"({"types":[{"id":"poster","tones":["na"],"formats":["jpg"],"safeZones":[
            {"id":"logo","label":"Logo","kind":"safe","rect":[0.1,0.2,0.3,0.4]},
            {"id":"ui","kind":"clear","rect":[0,0.9,1,0.1]}]}]})";
        const auto loaded = AssetCatalog::fromJson(json);
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().message));
        const QList<SafeZone>& zones = loaded.value().find(u"poster")->safeZones;
        QCOMPARE(zones.size(), 2);
        QCOMPARE(zones[0].kind, SafeZone::Kind::Safe);
        QCOMPARE(zones[1].kind, SafeZone::Kind::Clear);
        QCOMPARE(zones[1].label, QStringLiteral("ui")); // no label: the id
        QCOMPARE(zones[0].rectIn(1000, 500), QRectF(100, 100, 300, 200));
        QCOMPARE(zones[0].rectIn(1000, 500, true), QRectF(600, 100, 300, 200));
        QCOMPARE(zones[1].rectIn(1000, 500, true), QRectF(0, 450, 1000, 50));
    }

    void badSafeZonesAreRefusedWithAReason_data()
    {
        QTest::addColumn<QByteArray>("zones");
        QTest::newRow("not a list") << QByteArray(R"({"id":"a","rect":[0,0,1,1]})");
        QTest::newRow("no id") << QByteArray(R"([{"rect":[0,0,1,1]}])");
        QTest::newRow("twice") << QByteArray(R"([{"id":"a","rect":[0,0,1,1]},{"id":"a","rect":[0,0,1,1]}])");
        QTest::newRow("bad kind") << QByteArray(R"([{"id":"a","kind":"maybe","rect":[0,0,1,1]}])");
        QTest::newRow("no rect") << QByteArray(R"([{"id":"a"}])");
        QTest::newRow("three numbers") << QByteArray(R"([{"id":"a","rect":[0,0,1]}])");
        QTest::newRow("text") << QByteArray(R"([{"id":"a","rect":["0",0,1,1]}])");
        QTest::newRow("pixels") << QByteArray(R"([{"id":"a","rect":[0,0,1920,1080]}])");
        QTest::newRow("past the edge") << QByteArray(R"([{"id":"a","rect":[0.5,0,0.6,1]}])");
        QTest::newRow("negative") << QByteArray(R"([{"id":"a","rect":[-0.1,0,0.5,1]}])");
        QTest::newRow("empty") << QByteArray(R"([{"id":"a","rect":[0.1,0.1,0,0.5]}])");
    }

    void badSafeZonesAreRefusedWithAReason()
    {
        QFETCH(QByteArray, zones);
        const QByteArray json =
            R"({"types":[{"id":"poster","tones":["na"],"formats":["jpg"],"safeZones":)" + zones + "}]}";
        const auto loaded = AssetCatalog::fromJson(json);
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().code, QStringLiteral("catalog-invalid"));
        QVERIFY2(loaded.error().message.contains(QStringLiteral("poster")), qPrintable(loaded.error().message));
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
        QTest::newRow("label a number") << QByteArray(R"({"types":[{"id":"poster","label":7,"tones":["na"]}]})");
        QTest::newRow("label list") << QByteArray(R"({"types":[{"id":"poster","label":["Poster"],"tones":["na"]}]})");
        QTest::newRow("label per language, not text")
            << QByteArray(R"({"types":[{"id":"poster","label":{"en":"Poster","es":1},"tones":["na"]}]})");
        QTest::newRow("label per language, empty")
            << QByteArray(R"({"types":[{"id":"poster","label":{"en":""},"tones":["na"]}]})");
    }

    void labelsPerLanguageFallBackToEnglish_data()
    {
        QTest::addColumn<QByteArray>("label");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("spanish");
        QTest::addColumn<QString>("german");
        QTest::newRow("one text, as older catalogs") << QByteArray(R"("Poster")") << QStringLiteral("Poster")
                                                     << QStringLiteral("Poster") << QStringLiteral("Poster");
        QTest::newRow("per language") << QByteArray(R"({"en": "Poster", "es": "Póster"})") << QStringLiteral("Poster")
                                      << QStringLiteral("Póster") << QStringLiteral("Poster");
        QTest::newRow("no English") << QByteArray(R"({"es": "Póster"})") << QStringLiteral("Póster")
                                    << QStringLiteral("Póster") << QStringLiteral("Póster");
        QTest::newRow("none") << QByteArray() << QStringLiteral("poster") << QStringLiteral("poster")
                              << QStringLiteral("poster");
    }

    void labelsPerLanguageFallBackToEnglish()
    {
        QFETCH(QByteArray, label);
        QFETCH(QString, english);
        QFETCH(QString, spanish);
        QFETCH(QString, german);
        const QByteArray field = label.isEmpty() ? QByteArray() : QByteArray(R"("label":)") + label + ',';
        const QByteArray json = R"({"types":[{"id":"poster",)" + field + R"("tones":["na"],"safeZones":[{"id":"top",)" +
                                field + R"("rect":[0,0,1,0.5]}]}]})";
        const auto loaded = AssetCatalog::fromJson(json);
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
        const AssetType* t = loaded.value().find(u"poster");
        QVERIFY(t);
        QCOMPARE(t->labelIn(QLocale(QLocale::English)), english);
        QCOMPARE(t->labelIn(QLocale(QLocale::Spanish, QLocale::Mexico)), spanish);
        QCOMPARE(t->labelIn(QLocale(QLocale::German)), german);
        const SafeZone& zone = t->safeZones.first();
        QCOMPARE(zone.labelIn(QLocale(QLocale::Spanish)), label.isEmpty() ? QStringLiteral("top") : spanish);
        QCOMPARE(zone.labelIn(QLocale(QLocale::English)), label.isEmpty() ? QStringLiteral("top") : english);
    }

    void builtInLabelsAreGivenInEnglishAndSpanish()
    {
        for (const AssetType& t : AssetCatalog::builtIn().types()) {
            QVERIFY2(t.labels.contains(QStringLiteral("en")) && t.labels.contains(QStringLiteral("es")),
                     qPrintable(t.id));
            QCOMPARE(t.labelIn(QLocale(QLocale::English)), t.label);
        }
        QCOMPARE(AssetCatalog::builtIn().find(u"storyart")->labelIn(QLocale(QLocale::Spanish)),
                 QStringLiteral("Arte de historia"));
        QCOMPARE(AssetCatalog::builtIn().find(u"storyart")->labelIn(QLocale(QLocale::English)),
                 QStringLiteral("Story art"));
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
