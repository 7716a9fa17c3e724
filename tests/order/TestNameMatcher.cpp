#include "OrderFixtures.h"
#include "order/NameMatcher.h"

#include <QTest>

using namespace apd::order;
using namespace apd::order::fixtures;

class TestNameMatcher : public QObject
{
    Q_OBJECT

private:
    Project demo() const
    {
        return projectWith({QStringLiteral("billboard_dark_ltr_01_zxx"), QStringLiteral("billboard_light_rtl_02_zxx"),
                            QStringLiteral("boxshot_na_01_es"), QStringLiteral("boxshot_na_01_en"),
                            QStringLiteral("logo-stacked_light_01_es"), QStringLiteral("storyart_na_01_zxx")});
    }

private Q_SLOTS:
    void matchesAnOpenRequest_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("role");
        QTest::addColumn<qint64>("requestId");
        QTest::newRow("billboard") << QStringLiteral("Sky#billboard_dark_ltr_01_zxx.jpg") << int(FileRole::Asset)
                                   << 1ll;
        QTest::newRow("rtl billboard") << QStringLiteral("Sky#billboard_light_rtl_02_zxx.png") << int(FileRole::Asset)
                                       << 2ll;
        QTest::newRow("language") << QStringLiteral("Sky#boxshot_na_01_en.jpg") << int(FileRole::Asset) << 4ll;
        QTest::newRow("ava ids") << QStringLiteral("Sky_JgfyRbjFQO|AsdKlmNPOI#storyart_na_01_zxx.jpg")
                                 << int(FileRole::Asset) << 6ll;
        QTest::newRow("own psd") << QStringLiteral("Sky#logo-stacked_light_01_es.psd") << int(FileRole::Source) << 5ll;
        QTest::newRow("uba") << QStringLiteral("Sky#universal-base_na_01_zxx.psd") << int(FileRole::Source) << 0ll;
    }
    void matchesAnOpenRequest()
    {
        QFETCH(QString, name);
        QFETCH(int, role);
        QFETCH(qint64, requestId);
        const auto m = NameMatcher().match(demo(), name);
        QVERIFY2(m.ok(), qPrintable(m.ok() ? QString() : m.error().message));
        QCOMPARE(int(m.value().role), role);
        QCOMPARE(m.value().requestId, requestId);
        QCOMPARE(m.value().replacesId, 0);
        QCOMPARE(m.value().universal, requestId == 0);
    }

    void refusesWithAPreciseReason_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("code");
        QTest::newRow("space") << QStringLiteral("Sky Rojo#billboard_dark_ltr_01_zxx.jpg")
                               << QStringLiteral("name-invalid");
        QTest::newRow("no hash") << QStringLiteral("billboard_dark_ltr_01_zxx.jpg") << QStringLiteral("name-invalid");
        QTest::newRow("path") << QStringLiteral("../etc#billboard_dark_ltr_01_zxx.jpg")
                              << QStringLiteral("name-invalid");
        QTest::newRow("nul") << QStringLiteral("a\0b#billboard_dark_ltr_01_zxx.jpg") << QStringLiteral("name-invalid");
        QTest::newRow("too long") << QString(4096, QLatin1Char('a')) + QStringLiteral("#storyart_na_01_zxx.jpg")
                                  << QStringLiteral("name-invalid");
        QTest::newRow("language") << QStringLiteral("Sky#logo-stacked_light_01_pt-BR.png")
                                  << QStringLiteral("wrong-language");
        QTest::newRow("tone") << QStringLiteral("Sky#logo-stacked_dark_01_es.png") << QStringLiteral("wrong-tone");
        QTest::newRow("direction") << QStringLiteral("Sky#billboard_dark_rtl_01_zxx.jpg")
                                   << QStringLiteral("wrong-direction");
        QTest::newRow("sequence") << QStringLiteral("Sky#storyart_na_02_zxx.jpg") << QStringLiteral("wrong-sequence");
        QTest::newRow("type") << QStringLiteral("Sky#avatar_na_01_es.png") << QStringLiteral("type-not-ordered");
        QTest::newRow("far") << QStringLiteral("Sky#billboard_light_ltr_05_zxx.jpg")
                             << QStringLiteral("no-matching-request");
        QTest::newRow("psd of nothing") << QStringLiteral("Sky#storyart_na_09_zxx.psd")
                                        << QStringLiteral("wrong-sequence");
    }
    void refusesWithAPreciseReason()
    {
        QFETCH(QString, name);
        QFETCH(QString, code);
        const auto m = NameMatcher().match(demo(), name);
        QVERIFY(!m.ok());
        QCOMPARE(m.error().code, code);
        QVERIFY(!m.error().message.isEmpty());
    }

    void wrongLanguageNamesTheRequestedOne()
    {
        const auto m = NameMatcher().match(demo(), QStringLiteral("Sky#logo-stacked_light_01_en.png"));
        QVERIFY(!m.ok());
        QCOMPARE(m.error().code, QStringLiteral("wrong-language"));
        QVERIFY2(m.error().message.contains(QStringLiteral("\"es\"")), qPrintable(m.error().message));
    }

    void droppedOnARow_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<qint64>("droppedOn");
        QTest::addColumn<QString>("code"); // empty: accepted
        QTest::newRow("its own row") << QStringLiteral("Sky#boxshot_na_01_en.jpg") << 4ll << QString();
        QTest::newRow("not on a row") << QStringLiteral("Sky#boxshot_na_01_en.jpg") << 0ll << QString();
        QTest::newRow("the other language")
            << QStringLiteral("Sky#boxshot_na_01_en.jpg") << 3ll << QStringLiteral("wrong-row");
        QTest::newRow("another type") << QStringLiteral("Sky#storyart_na_01_zxx.jpg") << 1ll
                                      << QStringLiteral("wrong-row");
        QTest::newRow("own psd elsewhere")
            << QStringLiteral("Sky#logo-stacked_light_01_es.psd") << 6ll << QStringLiteral("wrong-row");
        QTest::newRow("uba anywhere") << QStringLiteral("Sky#universal-base_na_01_zxx.psd") << 2ll << QString();
        QTest::newRow("misnamed keeps its reason")
            << QStringLiteral("Sky Rojo#storyart_na_01_zxx.jpg") << 1ll << QStringLiteral("name-invalid");
    }
    void droppedOnARow()
    {
        QFETCH(QString, name);
        QFETCH(qint64, droppedOn);
        QFETCH(QString, code);
        const Project p = demo();
        const auto m = NameMatcher().matchDroppedOn(p, name, droppedOn);
        if (code.isEmpty()) {
            QVERIFY2(m.ok(), qPrintable(m.ok() ? QString() : m.error().message));
            QCOMPARE(m.value().requestId, NameMatcher().match(p, name).value().requestId);
            return;
        }
        QVERIFY(!m.ok());
        QCOMPARE(m.error().code, code);
        if (code == QLatin1String("wrong-row")) {
            // It names both rows: where it was dropped and where it belongs.
            const auto plain = NameMatcher().match(p, name);
            QVERIFY2(m.error().message.contains(p.request(droppedOn)->key), qPrintable(m.error().message));
            QVERIFY2(m.error().message.contains(plain.value().requestKey), qPrintable(m.error().message));
        }
    }

    void sameNameReplaces()
    {
        Project p = demo();
        const Asset a = addAsset(p, 1, QStringLiteral("Sky#billboard_dark_ltr_01_zxx.jpg"), AssetState::Rejected);
        const auto m = NameMatcher().match(p, QStringLiteral("Sky#billboard_dark_ltr_01_zxx.jpg"));
        QVERIFY(m.ok());
        QCOMPARE(m.value().replacesId, a.id);
    }

    void otherNameOnATakenRequestIsRefused()
    {
        Project p = demo();
        addAsset(p, 1, QStringLiteral("Sky#billboard_dark_ltr_01_zxx.jpg"));
        const auto m = NameMatcher().match(p, QStringLiteral("Other#billboard_dark_ltr_01_zxx.jpg"));
        QVERIFY(!m.ok());
        QCOMPARE(m.error().code, QStringLiteral("request-has-asset"));
    }

    void assetsInQcAreNotReplaced()
    {
        Project p = demo();
        addAsset(p, 1, QStringLiteral("Sky#billboard_dark_ltr_01_zxx.jpg"), AssetState::Delivered);
        addAsset(p, 6, QStringLiteral("Sky#storyart_na_01_zxx.jpg"), AssetState::Approved);
        QCOMPARE(NameMatcher().match(p, QStringLiteral("Sky#billboard_dark_ltr_01_zxx.jpg")).error().code,
                 QStringLiteral("request-in-review"));
        QCOMPARE(NameMatcher().match(p, QStringLiteral("Sky#storyart_na_01_zxx.jpg")).error().code,
                 QStringLiteral("request-approved"));
    }

    void backgroundsGoWithSdpAndBoxshotOnly()
    {
        Project p = demo();
        const auto ok = NameMatcher().match(p, QStringLiteral("Sky#boxshot_na_01_es.jpg"), FileRole::Background);
        QVERIFY(ok.ok());
        QCOMPARE(ok.value().role, FileRole::Background);
        QCOMPARE(ok.value().requestId, 3);
        const auto refused = NameMatcher().match(p, QStringLiteral("Sky#storyart_na_01_zxx.jpg"), FileRole::Background);
        QCOMPARE(refused.error().code, QStringLiteral("background-not-needed"));
        const Background b = addBackground(p, 3, QStringLiteral("Sky#boxshot_na_01_es.jpg"));
        QCOMPARE(
            NameMatcher().match(p, QStringLiteral("Sky#boxshot_na_01_es.jpg"), FileRole::Background).value().replacesId,
            b.id);
    }

    void declaredRoleMustFitTheFile()
    {
        QCOMPARE(
            NameMatcher().match(demo(), QStringLiteral("Sky#storyart_na_01_zxx.jpg"), FileRole::Source).error().code,
            QStringLiteral("not-a-source"));
        QCOMPARE(
            NameMatcher().match(demo(), QStringLiteral("Sky#storyart_na_01_zxx.psd"), FileRole::Asset).error().code,
            QStringLiteral("not-a-source"));
    }

    void namesCompareInNfc()
    {
        Project p = demo();
        const QString nfc = QStringLiteral("Caf\u00e9#storyart_na_01_zxx.jpg");
        addAsset(p, 6, nfc, AssetState::Rejected);
        const auto m = NameMatcher().match(p, QStringLiteral("Cafe\u0301#storyart_na_01_zxx.jpg"));
        QVERIFY(m.ok());
        QCOMPARE(m.value().name, nfc);
        QCOMPARE(m.value().replacesId, p.assets.first().id);
    }
};

QTEST_APPLESS_MAIN(TestNameMatcher)
#include "TestNameMatcher.moc"
