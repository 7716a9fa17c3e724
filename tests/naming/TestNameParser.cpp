#include "naming/NameParser.h"

#include <QTest>

using namespace apd::naming;

namespace {

QString describe(const NameReport& r)
{
    QStringList lines;
    for (const NameProblem& p : r.problems)
        lines << QStringLiteral("%1 [%2] %3").arg(severityName(p.severity), p.code, p.message);
    return r.name + QLatin1String(": ") + lines.join(QLatin1String("; "));
}

} // namespace

class TestNameParser : public QObject
{
    Q_OBJECT

private:
    NameParser m_parser;

private Q_SLOTS:
    // Every example name of the portal's public guide is valid as a request name.
    void guideExamplesAreValid_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("key");
        const auto row = [](const char* name, const char* key) {
            QTest::newRow(name) << QString::fromUtf8(name) << QString::fromUtf8(key);
        };
        row("freeform#storyart_na_01_zxx", "storyart_na_01_zxx");
        row("freeform#storyart_na_02_zxx", "storyart_na_02_zxx");
        row("Red_Notice_JgfyRbjFQO#storyart_na_20_zxx.png", "storyart_na_20_zxx");
        row("Red_Notice_JgfyRbjFQO|AsdKlmNPOI#billboard_dark_ltr_01_zxx.png", "billboard_dark_ltr_01_zxx");
        row("freeform#avatar_na_01_es", "avatar_na_01_es");
        row("freeform#boxshot_na_01_es", "boxshot_na_01_es");
        row("freeform#sdp_na_01_es", "sdp_na_01_es");
        row("freeform#logo-stacked_light_01_es", "logo-stacked_light_01_es");
        row("freeform#logo-horizontal_dark_01_es", "logo-horizontal_dark_01_es");
        row("freeform#billboard_dark_ltr_01_zxx", "billboard_dark_ltr_01_zxx");
        row("freeform#billboard_dark_rtl_01_zxx", "billboard_dark_rtl_01_zxx");
        row("freeform#character-pose_na_01_zxx", "character-pose_na_01_zxx");
        row("freeform#character-story_na_01_zxx", "character-story_na_01_zxx");
        row("freeform#short-panel_dark_01_zxx", "short-panel_dark_01_zxx");
        row("freeform#tcard-background_dark_01_zxx", "tcard-background_dark_01_zxx");
        row("freeform#universal-base_na_01_zxx", "universal-base_na_01_zxx");
        row("freeform#vertical-background_dark_01_zxx", "vertical-background_dark_01_zxx");
        row("freeform#vertical-background-animated_dark_01_zxx", "vertical-background-animated_dark_01_zxx");
        row("freeform#vertical-billboard_dark_01_zxx", "vertical-billboard_dark_01_zxx");
        row("freeform#tcard-background_dark_00_zxx.jpg", "tcard-background_dark_00_zxx");
        row("SkyRojo#logo-stacked_light_01_es.png", "logo-stacked_light_01_es");
        row("SkyRojo#logo-stacked_light_01_es.psd", "logo-stacked_light_01_es");
    }

    void guideExamplesAreValid()
    {
        QFETCH(QString, name);
        QFETCH(QString, key);
        const NameReport r = m_parser.parse(name, NameParser::Mode::RequestName);
        QVERIFY2(r.valid(), qPrintable(describe(r)));
        QCOMPARE(r.count(Severity::Warning), 0);
        QCOMPARE(r.parts.requestKey, key);
    }

    // Valid file names: the request key, the kind and the parts they yield.
    void validFileNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("extension");
        const auto row = [](const char* name, const char* key, const char* kind, const char* ext) {
            QTest::newRow(name) << QString::fromUtf8(name) << QString::fromUtf8(key) << QString::fromUtf8(kind)
                                << QString::fromUtf8(ext);
        };
        row("Title#billboard_light_ltr_01_zxx.jpg", "billboard_light_ltr_01_zxx", "deliverable", "jpg");
        row("Title#billboard_dark_rtl_99_zxx.png", "billboard_dark_rtl_99_zxx", "deliverable", "png");
        row("Title#billboard_dark_ltr_01_zxx.psd", "billboard_dark_ltr_01_zxx", "source", "psd");
        row("Title#billboard_dark_ltr_01_zxx.psb", "billboard_dark_ltr_01_zxx", "source", "psb");
        row("Title#billboard_dark_ltr_01_zxx.ai", "billboard_dark_ltr_01_zxx", "source", "ai");
        row("Title#billboard_dark_ltr_01_zxx.aep", "billboard_dark_ltr_01_zxx", "source", "aep");
        row("Title#avatar_na_01_es.png", "avatar_na_01_es", "deliverable", "png");
        row("Title#avatar_na_02_pt-BR.png", "avatar_na_02_pt-BR", "deliverable", "png");
        row("Title#boxshot_na_01_es-419.jpg", "boxshot_na_01_es-419", "deliverable", "jpg");
        row("Title#sdp_na_01_zh-Hant.jpg", "sdp_na_01_zh-Hant", "deliverable", "jpg");
        row("Title#sdp_na_01_fil.jpg", "sdp_na_01_fil", "deliverable", "jpg");
        row("Title#logo-horizontal_light_01_en.png", "logo-horizontal_light_01_en", "deliverable", "png");
        row("Title#logo-stacked_dark_03_fr.png", "logo-stacked_dark_03_fr", "deliverable", "png");
        row("Title#character-pose_na_01_zxx.png", "character-pose_na_01_zxx", "deliverable", "png");
        row("Title#character-story_na_05_zxx.png", "character-story_na_05_zxx", "deliverable", "png");
        row("Title#short-panel_light_01_zxx.jpg", "short-panel_light_01_zxx", "deliverable", "jpg");
        row("Title#storyart_na_00_zxx.jpg", "storyart_na_00_zxx", "deliverable", "jpg");
        row("Title#tcard-background_light_01_zxx.jpg", "tcard-background_light_01_zxx", "deliverable", "jpg");
        row("Title#universal-base_na_01_zxx.psd", "universal-base_na_01_zxx", "deliverable", "psd");
        row("Title#universal-base_na_01_zxx.psb", "universal-base_na_01_zxx", "deliverable", "psb");
        row("Title#vertical-background_light_01_zxx.jpg", "vertical-background_light_01_zxx", "deliverable", "jpg");
        row("Title#vertical-background-animated_dark_01_zxx.mp4", "vertical-background-animated_dark_01_zxx",
            "deliverable", "mp4");
        row("Title#vertical-background-animated_light_02_zxx.mov", "vertical-background-animated_light_02_zxx",
            "deliverable", "mov");
        row("Title#vertical-billboard_light_01_zxx.jpg", "vertical-billboard_light_01_zxx", "deliverable", "jpg");
        row("La_Casa_de_Papel#storyart_na_01_zxx.jpg", "storyart_na_01_zxx", "deliverable", "jpg");
        row("Élite_Temporada-2#boxshot_na_01_es.jpg", "boxshot_na_01_es", "deliverable", "jpg");
        row("東京リベンジャーズ#storyart_na_01_zxx.jpg", "storyart_na_01_zxx", "deliverable", "jpg");
        row("الحلقة#billboard_dark_rtl_01_zxx.jpg", "billboard_dark_rtl_01_zxx", "deliverable", "jpg");
        row("Party🎉Time#storyart_na_01_zxx.jpg", "storyart_na_01_zxx", "deliverable", "jpg");
        row("a.b.c#storyart_na_01_zxx.jpg", "storyart_na_01_zxx", "deliverable", "jpg");
        row("Title#storyart_na_01_zxx.JPG", "storyart_na_01_zxx", "deliverable", "jpg");
        row("Title#storyart_na_01_zxx.jpeg", "storyart_na_01_zxx", "deliverable", "jpg");
        row("Title#storyart_na_01_zxx.PNG", "storyart_na_01_zxx", "deliverable", "png");
        row("Title-with-dashes#storyart_na_01_zxx.jpg", "storyart_na_01_zxx", "deliverable", "jpg");
        row("CONSOLE#storyart_na_01_zxx.jpg", "storyart_na_01_zxx", "deliverable", "jpg");
    }

    void validFileNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, key);
        QFETCH(QString, kind);
        QFETCH(QString, extension);
        const NameReport r = m_parser.parse(name);
        QVERIFY2(r.valid(), qPrintable(describe(r)));
        QCOMPARE(r.parts.requestKey, key);
        QCOMPARE(fileKindName(r.parts.kind), kind);
        QCOMPARE(r.parts.extension, extension);
    }

    // Invalid names: each must report the named problem with the named severity.
    void problemsAreFound_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("severity");
        const auto row = [](const char* tag, const char* name, const char* code, const char* severity = "error") {
            QTest::newRow(tag) << QString::fromUtf8(name) << QString::fromUtf8(code) << QString::fromUtf8(severity);
        };
        row("empty", "", "name-empty");
        row("space", "Red Notice#storyart_na_01_zxx.jpg", "whitespace");
        row("nbsp", "Red\u00a0Notice#storyart_na_01_zxx.jpg", "whitespace");
        row("tab", "Red\tNotice#storyart_na_01_zxx.jpg", "whitespace");
        row("trailing space", "Title#storyart_na_01_zxx.jpg ", "whitespace");
        row("space in request", "Title#storyart_na_01 _zxx.jpg", "whitespace");
        row("control", "Ti\x01tle#storyart_na_01_zxx.jpg", "control-character");
        row("colon", "Title:2#storyart_na_01_zxx.jpg", "forbidden-character");
        row("question", "Title?#storyart_na_01_zxx.jpg", "forbidden-character");
        row("slash", "A/B#storyart_na_01_zxx.jpg", "forbidden-character");
        row("trailing dot", "Title#storyart_na_01_zxx.jpg.", "trailing-dot");
        row("reserved", "NUL.jpg", "windows-reserved-name");
        row("reserved lower", "com1.png", "windows-reserved-name");
        row("reserved superscript", "COM\u00b9.jpg", "windows-reserved-name");
        row("reserved console", "CONIN$.jpg", "windows-reserved-name");
        row("full-width hash", "Title\uff03storyart_na_01_zxx.jpg", "lookalike-character");
        row("full-width digits", "Title#storyart_na_\uff10\uff11_zxx.jpg", "lookalike-character");
        row("arabic-indic digits", "Title#storyart_na_\u0660\u0661_zxx.jpg", "lookalike-character");
        row("en dash", "T#logo\u2013stacked_light_01_es.png", "lookalike-character");
        row("too long", QByteArray("T").repeated(250).append("#storyart_na_01_zxx.jpg").constData(), "name-too-long");
        row("too long utf8",
            QString(QStringLiteral("é").repeated(120) + QStringLiteral("#storyart_na_01_zxx.jpg")).toUtf8().constData(),
            "name-too-long");
        row("replacement char", "Bad\xef\xbf\xbdName#storyart_na_01_zxx.jpg", "name-encoding");
        row("no hash", "Title_storyart_na_01_zxx.jpg", "hash-missing");
        row("no hash no type", "IMG_0042.jpg", "hash-missing");
        row("no hash at start", "storyart_na_01_zxx.jpg", "hash-missing");
        row("two hashes", "Title#2#storyart_na_01_zxx.jpg", "hash-multiple");
        row("double hash", "Title##storyart_na_01_zxx.jpg", "hash-multiple");
        row("nothing after hash", "Title#.jpg", "type-missing");
        row("empty freeform", "#storyart_na_01_zxx.jpg", "freeform-empty", "warning");
        row("probable id", "Red_Notice_JgfyRbjFQO#storyart_na_01_zxx.jpg", "ava-id-probable", "info");
        row("empty id ||", "Red_Notice_JgfyRbjFQO||AsdKlmNPOI#storyart_na_01_zxx.jpg", "ava-id-empty");
        row("empty id _|#", "Red_Notice_|#storyart_na_01_zxx.jpg", "ava-id-empty");
        row("empty id trailing |", "Red_Notice_JgfyRbjFQO|#storyart_na_01_zxx.jpg", "ava-id-empty");
        row("id shape", "Red_Notice_JgfyRbjFQO|Short#storyart_na_01_zxx.jpg", "ava-id-shape");
        row("id misplaced", "Red|Notice_JgfyRbjFQO#storyart_na_01_zxx.jpg", "ava-id-misplaced");
        row("type case", "Title#Billboard_dark_ltr_01_zxx.jpg", "type-case");
        row("type upper", "Title#STORYART_na_01_zxx.jpg", "type-case");
        row("type story-art", "Title#story-art_na_01_zxx.jpg", "type-spelling");
        row("type story_art", "Title#story_art_na_01_zxx.jpg", "type-spelling");
        row("type logo_stacked", "Title#logo_stacked_light_01_es.png", "type-spelling");
        row("type logostacked", "Title#logostacked_light_01_es.png", "type-spelling");
        row("type typo", "Title#bilboard_dark_ltr_01_zxx.jpg", "type-unknown");
        row("type unknown", "Title#poster_na_01_zxx.jpg", "type-unknown");
        row("tone missing na", "Title#storyart_01_zxx.jpg", "tone-missing");
        row("tone missing light/dark", "Title#short-panel_01_zxx.jpg", "tone-missing");
        row("tone case", "Title#short-panel_Dark_01_zxx.jpg", "tone-case");
        row("tone not allowed", "Title#avatar_light_01_es.png", "tone-not-allowed");
        row("tone na on logo", "Title#logo-stacked_na_01_es.png", "tone-not-allowed");
        row("tone typo", "Title#short-panel_drak_01_zxx.jpg", "tone-unknown");
        row("tone typo ligth", "Title#billboard_ligth_ltr_01_zxx.jpg", "tone-unknown");
        row("direction missing", "Title#billboard_dark_01_zxx.jpg", "direction-missing");
        row("direction not allowed", "Title#vertical-billboard_dark_ltr_01_zxx.jpg", "direction-not-allowed");
        row("direction on storyart", "Title#storyart_na_rtl_01_zxx.jpg", "direction-not-allowed");
        row("direction case", "Title#billboard_dark_LTR_01_zxx.jpg", "direction-case");
        row("direction misplaced", "Title#billboard_dark_01_ltr_zxx.jpg", "direction-misplaced");
        row("direction first", "Title#billboard_ltr_dark_01_zxx.jpg", "direction-misplaced");
        row("sequence missing", "Title#storyart_na_zxx.jpg", "sequence-missing");
        row("sequence one digit", "Title#storyart_na_1_zxx.jpg", "sequence-format");
        row("sequence three digits", "Title#storyart_na_001_zxx.jpg", "sequence-format");
        row("sequence too big", "Title#storyart_na_100_zxx.jpg", "sequence-format");
        row("sequence letters", "Title#storyart_na_a1_zxx.jpg", "sequence-format");
        row("order", "Title#storyart_01_na_zxx.jpg", "order");
        row("order lang first", "Title#storyart_zxx_na_01.jpg", "order");
        row("zxx missing", "Title#storyart_na_01.jpg", "language-missing");
        row("language missing", "Title#boxshot_na_01.jpg", "language-missing");
        row("language upper", "Title#boxshot_na_01_ES.jpg", "language-case");
        row("language pt-br", "Title#boxshot_na_01_pt-br.jpg", "language-case");
        row("language pt_BR", "Title#boxshot_na_01_pt_BR.jpg", "language-case");
        row("language zh-hant", "Title#boxshot_na_01_zh-hant.jpg", "language-case");
        row("zxx upper", "Title#storyart_na_01_ZXX.jpg", "language-case");
        row("language unknown", "Title#boxshot_na_01_xx.jpg", "language-unknown");
        row("region unknown", "Title#boxshot_na_01_es-XQ.jpg", "language-unknown");
        row("zxx on language type", "Title#boxshot_na_01_zxx.jpg", "language-zxx-not-allowed");
        row("language on zxx type", "Title#billboard_dark_ltr_01_es.jpg", "language-not-allowed");
        row("unexpected word", "Title#storyart_na_01_final_zxx.jpg", "token-unexpected");
        row("second tone", "Title#billboard_dark_light_ltr_01_zxx.jpg", "token-unexpected");
        row("doubled underscore", "Title#storyart__na_01_zxx.jpg", "separator-repeated");
        row("trailing underscore", "Title#storyart_na_01_zxx_.jpg", "separator-repeated");
        row("no extension", "Title#storyart_na_01_zxx", "extension-missing");
        row("tif", "Title#storyart_na_01_zxx.tif", "extension-not-deliverable");
        row("txt", "Title#storyart_na_01_zxx.txt", "extension-not-deliverable");
        row("double extension", "Title#storyart_na_01_zxx.jpg.png", "extension-double");
        row("jpg logo", "Title#logo-stacked_light_01_es.jpg", "format-not-allowed");
        row("jpg avatar", "Title#avatar_na_01_es.jpg", "format-not-allowed");
        row("mp4 storyart", "Title#storyart_na_01_zxx.mp4", "format-not-allowed");
        row("png uba", "Title#universal-base_na_01_zxx.png", "format-not-allowed");
        row("jpeg alias", "Title#storyart_na_01_zxx.jpeg", "extension-alias", "info");
        row("JPG case", "Title#storyart_na_01_zxx.JPG", "extension-case", "info");
        row("combining mark in extension", "Title#storyart_na_01_zxx.jp\u0301g", "extension-not-deliverable");
        row("zero width in extension", "Title#storyart_na_01_zxx.jpg\u200b", "control-character");
        row("zero width in type", "T#billboard\u200b_dark_ltr_01_zxx.jpg", "control-character");
    }

    void problemsAreFound()
    {
        QFETCH(QString, name);
        QFETCH(QString, code);
        QFETCH(QString, severity);
        const NameReport r = m_parser.parse(name);
        const auto it =
            std::find_if(r.problems.cbegin(), r.problems.cend(), [&](const NameProblem& p) { return p.code == code; });
        QVERIFY2(it != r.problems.cend(), qPrintable(describe(r)));
        QCOMPARE(severityName(it->severity), severity);
        QVERIFY(!it->message.isEmpty());
        QVERIFY(it->span.start >= 0 && it->span.end() <= r.name.size());
        QCOMPARE(r.valid(), severity != QLatin1String("error"));
    }

    void everyProblemIsReportedNotJustTheFirst()
    {
        const NameReport r = m_parser.parse(u"Red Notice#Story-Art_1_ES.jpeg");
        QVERIFY(r.hasProblem(u"whitespace"));
        QVERIFY(r.hasProblem(u"type-spelling"));
        QVERIFY(r.hasProblem(u"tone-missing"));
        QVERIFY(r.hasProblem(u"sequence-format"));
        QVERIFY(r.hasProblem(u"language-not-allowed"));
        QVERIFY(r.hasProblem(u"extension-alias"));
        QVERIFY(r.parts.requestKey.isEmpty());
    }

    void spansPointAtTheProblem()
    {
        const QString name = QStringLiteral("Title#Billboard_dark_ltr_01_zxx.jpg");
        const NameReport r = m_parser.parse(name);
        QCOMPARE(r.problems.size(), 1);
        QCOMPARE(name.mid(r.problems[0].span.start, r.problems[0].span.length), QStringLiteral("Billboard"));

        const QString spaced = QStringLiteral("A B#billboard_Dark_ltr_01_zxx.jpg");
        const NameReport s = m_parser.parse(spaced);
        for (const NameProblem& p : s.problems) {
            if (p.code == QLatin1String("tone-case"))
                QCOMPARE(spaced.mid(p.span.start, p.span.length), QStringLiteral("Dark"));
            if (p.code == QLatin1String("whitespace"))
                QCOMPARE(spaced.mid(p.span.start, p.span.length), QStringLiteral(" "));
        }
        QVERIFY(s.hasProblem(u"tone-case") && s.hasProblem(u"whitespace"));
    }

    void avaIdsAreExtracted()
    {
        const NameReport two = m_parser.parse(u"Red_Notice_JgfyRbjFQO|AsdKlmNPOI#billboard_dark_ltr_01_zxx.png");
        QCOMPARE(two.parts.avaIds, (QStringList{QStringLiteral("JgfyRbjFQO"), QStringLiteral("AsdKlmNPOI")}));
        QCOMPARE(two.parts.freeform, QStringLiteral("Red_Notice_JgfyRbjFQO|AsdKlmNPOI"));
        QVERIFY(!two.hasProblem(u"ava-id-probable"));

        const NameReport one = m_parser.parse(u"Red_Notice_JgfyRbjFQO#storyart_na_20_zxx.png");
        QCOMPARE(one.parts.avaIds, QStringList{QStringLiteral("JgfyRbjFQO")});

        const NameReport word = m_parser.parse(u"Red_Notice_Background#storyart_na_20_zxx.png");
        QVERIFY(word.parts.avaIds.isEmpty());
        QVERIFY(!word.hasProblem(u"ava-id-probable"));
    }

    void allSpacesAreOneProblem()
    {
        const NameReport r = m_parser.parse(u"T#billboard dark ltr 01 zxx.jpg");
        QCOMPARE(std::count_if(r.problems.cbegin(), r.problems.cend(),
                               [](const NameProblem& p) { return p.code == QLatin1String("whitespace"); }),
                 1);
        QVERIFY(r.problems.first().message.contains(QStringLiteral("4 spaces")));
    }

    void oneBarIsOneProblem()
    {
        const NameReport r = m_parser.parse(u"|#storyart_na_01_zxx.jpg");
        QCOMPARE(std::count_if(r.problems.cbegin(), r.problems.cend(),
                               [](const NameProblem& p) { return p.code == QLatin1String("ava-id-empty"); }),
                 1);
    }

    void typeMessagesNameTheFixNotTheFault()
    {
        const NameReport r = m_parser.parse(u"T#billboard\u200b_dark_ltr_01_zxx.jpg");
        QVERIFY(!r.hasProblem(u"type-unknown")); // the invisible character is the problem, not the type
        QCOMPARE(r.parts.requestKey, QStringLiteral("billboard_dark_ltr_01_zxx"));
    }

    void decomposedUnicodeIsNormalized()
    {
        const QString nfd = QStringLiteral("E\u0301lite#boxshot_na_01_es.jpg");
        const NameReport r = m_parser.parse(nfd);
        QVERIFY2(r.valid(), qPrintable(describe(r)));
        QCOMPARE(r.name, QStringLiteral("\u00c9lite#boxshot_na_01_es.jpg"));
        QCOMPARE(r.parts.freeform, QStringLiteral("\u00c9lite"));
    }

    void partsOfAnInvalidNameAreStillReported()
    {
        const NameReport r = m_parser.parse(u"Title#billboard_dark_01_es.jpg");
        QCOMPARE(r.parts.type, QStringLiteral("billboard"));
        QCOMPARE(r.parts.tone, QStringLiteral("dark"));
        QCOMPARE(r.parts.sequence, QStringLiteral("01"));
        QCOMPARE(r.parts.language, QStringLiteral("es"));
        QVERIFY(r.parts.requestKey.isEmpty());
    }

    void hostileNamesDoNotCrash_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("only hash") << QStringLiteral("#");
        QTest::newRow("only dots") << QStringLiteral("....");
        QTest::newRow("only underscores") << QStringLiteral("#____");
        QTest::newRow("only bars") << QStringLiteral("|||#");
        QTest::newRow("only spaces") << QStringLiteral("   ");
        QTest::newRow("dot hash") << QStringLiteral(".#.");
        QTest::newRow("4k text") << QString(4096, QLatin1Char('x'));
        QTest::newRow("4k hashes") << QString(4096, QLatin1Char('#'));
        QTest::newRow("4k underscores") << QStringLiteral("a#") + QString(4096, QLatin1Char('_'));
        QTest::newRow("lone surrogate") << QString(QChar(0xd800)) + QStringLiteral("#storyart_na_01_zxx.jpg");
        QTest::newRow("nul") << QString(QChar(0)) + QStringLiteral("#storyart_na_01_zxx.jpg");
        QTest::newRow("path") << QStringLiteral("../../etc/passwd#storyart_na_01_zxx.jpg");
    }

    void hostileNamesDoNotCrash()
    {
        QFETCH(QString, name);
        const NameReport r = m_parser.parse(name);
        QVERIFY(!r.valid());
        for (const NameProblem& p : r.problems) {
            QVERIFY(!p.message.isEmpty());
            QVERIFY(p.span.start >= 0 && p.span.end() <= r.name.size());
            if (p.fix)
                QVERIFY(p.fix->span.start >= 0 && p.fix->span.end() <= r.name.size());
        }
        m_parser.suggest(name); // terminates; may or may not find a name
    }
};

QTEST_GUILESS_MAIN(TestNameParser)
#include "TestNameParser.moc"
