#include "naming/NameParser.h"

#include <QTest>

using namespace apd::naming;

namespace {

QString describe(const NameReport& r)
{
    QStringList lines;
    for (const NameProblem& p : r.problems)
        lines << QStringLiteral("[%1] %2").arg(p.code, p.message);
    return r.name + QLatin1String(": ") + lines.join(QLatin1String("; "));
}

} // namespace

class TestNameFixes : public QObject
{
    Q_OBJECT

private:
    NameParser m_parser;

private Q_SLOTS:
    // Names with exactly one fixable problem: applying that problem's own fix yields a valid
    // name, and exactly the expected one.
    void eachFixYieldsAValidName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("fixed");
        const auto row = [](const char* tag, const char* name, const char* code, const char* fixed) {
            QTest::newRow(tag) << QString::fromUtf8(name) << QString::fromUtf8(code) << QString::fromUtf8(fixed);
        };
        row("space between words", "Red Notice#storyart_na_01_zxx.jpg", "whitespace",
            "Red_Notice#storyart_na_01_zxx.jpg");
        row("space before hash", "Red_Notice #storyart_na_01_zxx.jpg", "whitespace",
            "Red_Notice#storyart_na_01_zxx.jpg");
        row("nbsp between words", "Red\u00a0Notice#storyart_na_01_zxx.jpg", "whitespace",
            "Red_Notice#storyart_na_01_zxx.jpg");
        row("space in request", "Title#storyart_na_01 _zxx.jpg", "whitespace", "Title#storyart_na_01_zxx.jpg");
        row("spaces as separators", "T#billboard dark ltr 01 zxx.jpg", "whitespace", "T#billboard_dark_ltr_01_zxx.jpg");
        row("spaces of every kind", "The Quiet\u00a0Harbor #storyart_na_01_zxx.jpg", "whitespace",
            "The_Quiet_Harbor#storyart_na_01_zxx.jpg");
        row("control", "Ti\x01tle#storyart_na_01_zxx.jpg", "control-character", "Title#storyart_na_01_zxx.jpg");
        row("colon", "Title:2#storyart_na_01_zxx.jpg", "forbidden-character", "Title2#storyart_na_01_zxx.jpg");
        row("trailing dot", "Title#storyart_na_01_zxx.jpg.", "trailing-dot", "Title#storyart_na_01_zxx.jpg");
        row("full-width hash", "Title\uff03storyart_na_01_zxx.jpg", "lookalike-character",
            "Title#storyart_na_01_zxx.jpg");
        row("full-width digits", "Title#storyart_na_\uff10\uff11_zxx.jpg", "lookalike-character",
            "Title#storyart_na_01_zxx.jpg");
        row("extended arabic-indic digits", "Title#storyart_na_\u06f0\u06f2_zxx.jpg", "lookalike-character",
            "Title#storyart_na_02_zxx.jpg");
        row("hyphen", "T#logo\u2010stacked_light_01_es.png", "lookalike-character", "T#logo-stacked_light_01_es.png");
        row("hash missing", "Title_storyart_na_01_zxx.jpg", "hash-missing", "Title#storyart_na_01_zxx.jpg");
        row("hash missing at start", "storyart_na_01_zxx.jpg", "hash-missing", "#storyart_na_01_zxx.jpg");
        row("hash missing multiword", "My_Title_logo-stacked_light_01_es.png", "hash-missing",
            "My_Title#logo-stacked_light_01_es.png");
        row("two hashes", "Title#2#storyart_na_01_zxx.jpg", "hash-multiple", "Title_2#storyart_na_01_zxx.jpg");
        row("double hash", "Title##storyart_na_01_zxx.jpg", "hash-multiple", "Title#storyart_na_01_zxx.jpg");
        row("id ||", "Red_Notice_JgfyRbjFQO||AsdKlmNPOI#storyart_na_01_zxx.jpg", "ava-id-empty",
            "Red_Notice_JgfyRbjFQO|AsdKlmNPOI#storyart_na_01_zxx.jpg");
        row("id _|#", "Red_Notice_|#storyart_na_01_zxx.jpg", "ava-id-empty", "Red_Notice_#storyart_na_01_zxx.jpg");
        row("id trailing |", "Red_Notice_JgfyRbjFQO|#storyart_na_01_zxx.jpg", "ava-id-empty",
            "Red_Notice_JgfyRbjFQO#storyart_na_01_zxx.jpg");
        row("id leading |", "Red_Notice_|JgfyRbjFQO#storyart_na_01_zxx.jpg", "ava-id-empty",
            "Red_Notice_JgfyRbjFQO#storyart_na_01_zxx.jpg");
        row("Billboard", "Title#Billboard_dark_ltr_01_zxx.jpg", "type-case", "Title#billboard_dark_ltr_01_zxx.jpg");
        row("STORYART", "Title#STORYART_na_01_zxx.jpg", "type-case", "Title#storyart_na_01_zxx.jpg");
        row("story-art", "Title#story-art_na_01_zxx.jpg", "type-spelling", "Title#storyart_na_01_zxx.jpg");
        row("story_art", "Title#story_art_na_01_zxx.jpg", "type-spelling", "Title#storyart_na_01_zxx.jpg");
        row("Story_Art", "Title#Story_Art_na_01_zxx.jpg", "type-spelling", "Title#storyart_na_01_zxx.jpg");
        row("logo_stacked", "Title#logo_stacked_light_01_es.png", "type-spelling",
            "Title#logo-stacked_light_01_es.png");
        row("vertical_billboard", "Title#vertical_billboard_dark_01_zxx.jpg", "type-spelling",
            "Title#vertical-billboard_dark_01_zxx.jpg");
        row("bilboard", "Title#bilboard_dark_ltr_01_zxx.jpg", "type-unknown", "Title#billboard_dark_ltr_01_zxx.jpg");
        row("avtar", "Title#avtar_na_01_es.png", "type-unknown", "Title#avatar_na_01_es.png");
        row("tone missing na", "Title#storyart_01_zxx.jpg", "tone-missing", "Title#storyart_na_01_zxx.jpg");
        row("tone missing avatar", "Title#avatar_01_es.png", "tone-missing", "Title#avatar_na_01_es.png");
        row("tone case", "Title#short-panel_Dark_01_zxx.jpg", "tone-case", "Title#short-panel_dark_01_zxx.jpg");
        row("tone LIGHT", "Title#billboard_LIGHT_ltr_01_zxx.jpg", "tone-case", "Title#billboard_light_ltr_01_zxx.jpg");
        row("avatar_light", "Title#avatar_light_01_es.png", "tone-not-allowed", "Title#avatar_na_01_es.png");
        row("storyart_dark", "Title#storyart_dark_01_zxx.jpg", "tone-not-allowed", "Title#storyart_na_01_zxx.jpg");
        row("drak", "Title#short-panel_drak_01_zxx.jpg", "tone-unknown", "Title#short-panel_dark_01_zxx.jpg");
        row("ligth", "Title#billboard_ligth_ltr_01_zxx.jpg", "tone-unknown", "Title#billboard_light_ltr_01_zxx.jpg");
        row("direction on vertical", "Title#vertical-billboard_dark_ltr_01_zxx.jpg", "direction-not-allowed",
            "Title#vertical-billboard_dark_01_zxx.jpg");
        row("direction on storyart", "Title#storyart_na_rtl_01_zxx.jpg", "direction-not-allowed",
            "Title#storyart_na_01_zxx.jpg");
        row("direction case", "Title#billboard_dark_LTR_01_zxx.jpg", "direction-case",
            "Title#billboard_dark_ltr_01_zxx.jpg");
        row("ltr after seq", "Title#billboard_dark_01_ltr_zxx.jpg", "direction-misplaced",
            "Title#billboard_dark_ltr_01_zxx.jpg");
        row("rtl first", "Title#billboard_rtl_dark_01_zxx.jpg", "direction-misplaced",
            "Title#billboard_dark_rtl_01_zxx.jpg");
        row("ltr last", "Title#billboard_dark_01_zxx_ltr.jpg", "direction-misplaced",
            "Title#billboard_dark_ltr_01_zxx.jpg");
        row("seq 1", "Title#storyart_na_1_zxx.jpg", "sequence-format", "Title#storyart_na_01_zxx.jpg");
        row("seq 001", "Title#storyart_na_001_zxx.jpg", "sequence-format", "Title#storyart_na_01_zxx.jpg");
        row("seq 7", "Title#billboard_dark_ltr_7_zxx.jpg", "sequence-format", "Title#billboard_dark_ltr_07_zxx.jpg");
        row("order", "Title#storyart_01_na_zxx.jpg", "order", "Title#storyart_na_01_zxx.jpg");
        row("order lang first", "Title#boxshot_es_na_01.jpg", "order", "Title#boxshot_na_01_es.jpg");
        row("zxx missing", "Title#storyart_na_01.jpg", "language-missing", "Title#storyart_na_01_zxx.jpg");
        row("zxx missing billboard", "Title#billboard_dark_ltr_01.jpg", "language-missing",
            "Title#billboard_dark_ltr_01_zxx.jpg");
        row("ES", "Title#boxshot_na_01_ES.jpg", "language-case", "Title#boxshot_na_01_es.jpg");
        row("pt-br", "Title#boxshot_na_01_pt-br.jpg", "language-case", "Title#boxshot_na_01_pt-BR.jpg");
        row("pt_BR", "Title#boxshot_na_01_pt_BR.jpg", "language-case", "Title#boxshot_na_01_pt-BR.jpg");
        row("es_419", "Title#sdp_na_01_es_419.jpg", "language-case", "Title#sdp_na_01_es-419.jpg");
        row("zh-hant", "Title#sdp_na_01_zh-hant.jpg", "language-case", "Title#sdp_na_01_zh-Hant.jpg");
        row("ZXX", "Title#storyart_na_01_ZXX.jpg", "language-case", "Title#storyart_na_01_zxx.jpg");
        row("es on billboard", "Title#billboard_dark_ltr_01_es.jpg", "language-not-allowed",
            "Title#billboard_dark_ltr_01_zxx.jpg");
        row("unexpected word", "Title#storyart_na_01_final_zxx.jpg", "token-unexpected",
            "Title#storyart_na_01_zxx.jpg");
        row("doubled underscore", "Title#storyart__na_01_zxx.jpg", "separator-repeated",
            "Title#storyart_na_01_zxx.jpg");
        row("trailing underscore", "Title#storyart_na_01_zxx_.jpg", "separator-repeated",
            "Title#storyart_na_01_zxx.jpg");
        row("double extension", "Title#storyart_na_01_zxx.jpg.png", "extension-double", "Title#storyart_na_01_zxx.png");
        row("jpeg", "Title#storyart_na_01_zxx.jpeg", "extension-alias", "Title#storyart_na_01_zxx.jpg");
        row("JPG", "Title#storyart_na_01_zxx.JPG", "extension-case", "Title#storyart_na_01_zxx.jpg");
        row("zh_Hant_TW", "T#boxshot_na_01_zh_Hant_TW.jpg", "language-case", "T#boxshot_na_01_zh-Hant-TW.jpg");
        row("spa", "T#boxshot_na_01_spa.jpg", "language-case", "T#boxshot_na_01_es.jpg");
        row("iw", "T#boxshot_na_01_iw.jpg", "language-case", "T#boxshot_na_01_he.jpg");
        row("animated split", "T#vertical-background_animated_dark_01_zxx.mp4", "type-spelling",
            "T#vertical-background-animated_dark_01_zxx.mp4");
        row("long sequence", "T#storyart_na_000000000001_zxx.jpg", "sequence-format", "T#storyart_na_01_zxx.jpg");
        row("second direction", "T#billboard_dark_ltr_rtl_01_zxx.jpg", "token-unexpected",
            "T#billboard_dark_ltr_01_zxx.jpg");
        row("same direction twice", "T#billboard_dark_ltr_ltr_01_zxx.jpg", "token-unexpected",
            "T#billboard_dark_ltr_01_zxx.jpg");
        row("second tone", "T#billboard_dark_dark_ltr_01_zxx.jpg", "token-unexpected",
            "T#billboard_dark_ltr_01_zxx.jpg");
        row("dot dot", "T#billboard_dark_ltr_01_zxx..jpg", "extension-junk", "T#billboard_dark_ltr_01_zxx.jpg");
        row("dot word", "T#storyart_na_01_zxx.final.jpg", "extension-junk", "T#storyart_na_01_zxx.jpg");
        row("dot word psd", "T#storyart_na_01_zxx.backup.psd", "extension-junk", "T#storyart_na_01_zxx.psd");
        row("stray hash at end", "T#billboard_dark_ltr_01_zxx#.jpg", "hash-multiple",
            "T#billboard_dark_ltr_01_zxx.jpg");
        row("type glued with dash", "Title-billboard_dark_ltr_01_zxx.jpg", "hash-missing",
            "Title#billboard_dark_ltr_01_zxx.jpg");
        row("bar in title", "Mad_Max_|_Fury_Road#storyart_na_01_zxx.jpg", "ava-id-misplaced",
            "Mad_Max__Fury_Road#storyart_na_01_zxx.jpg");
        row("zero width", "T\u200b#storyart_na_01_zxx.jpg", "control-character", "T#storyart_na_01_zxx.jpg");
        row("right-to-left override", "T\u202egpj#storyart_na_01_zxx.jpg", "control-character",
            "Tgpj#storyart_na_01_zxx.jpg");
        row("byte order mark", "T\ufeff#storyart_na_01_zxx.jpg", "control-character", "T#storyart_na_01_zxx.jpg");
    }

    void eachFixYieldsAValidName()
    {
        QFETCH(QString, name);
        QFETCH(QString, code);
        QFETCH(QString, fixed);
        const NameReport r = m_parser.parse(name);
        const auto it =
            std::find_if(r.problems.cbegin(), r.problems.cend(), [&](const NameProblem& p) { return p.code == code; });
        QVERIFY2(it != r.problems.cend(), qPrintable(describe(r)));
        QVERIFY2(it->fix.has_value(), qPrintable(describe(r)));
        QVERIFY(!it->fix->description.isEmpty());
        const QString applied = applyFix(r.name, *it->fix);
        QCOMPARE(applied, fixed);
        const NameReport after = m_parser.parse(applied);
        QVERIFY2(after.valid(), qPrintable(describe(after)));
        QVERIFY2(!after.hasProblem(code), qPrintable(describe(after)));
    }

    // Problems that no rename can mend carry no fix.
    void someProblemsHaveNoFix_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("code");
        QTest::newRow("no type at all") << QStringLiteral("IMG_0042.jpg") << QStringLiteral("hash-missing");
        QTest::newRow("tone light or dark")
            << QStringLiteral("Title#short-panel_01_zxx.jpg") << QStringLiteral("tone-missing");
        QTest::newRow("direction") << QStringLiteral("Title#billboard_dark_01_zxx.jpg")
                                   << QStringLiteral("direction-missing");
        QTest::newRow("sequence") << QStringLiteral("Title#storyart_na_zxx.jpg") << QStringLiteral("sequence-missing");
        QTest::newRow("language of the art")
            << QStringLiteral("Title#boxshot_na_01.jpg") << QStringLiteral("language-missing");
        QTest::newRow("zxx on boxshot") << QStringLiteral("Title#boxshot_na_01_zxx.jpg")
                                        << QStringLiteral("language-zxx-not-allowed");
        QTest::newRow("format") << QStringLiteral("Title#logo-stacked_light_01_es.jpg")
                                << QStringLiteral("format-not-allowed");
        QTest::newRow("tif") << QStringLiteral("Title#storyart_na_01_zxx.tif")
                             << QStringLiteral("extension-not-deliverable");
        QTest::newRow("reserved") << QStringLiteral("CON.jpg") << QStringLiteral("windows-reserved-name");
        QTest::newRow("id shape") << QStringLiteral("A_JgfyRbjFQO|Short#storyart_na_01_zxx.jpg")
                                  << QStringLiteral("ava-id-shape");
    }

    void someProblemsHaveNoFix()
    {
        QFETCH(QString, name);
        QFETCH(QString, code);
        const NameReport r = m_parser.parse(name);
        const auto it =
            std::find_if(r.problems.cbegin(), r.problems.cend(), [&](const NameProblem& p) { return p.code == code; });
        QVERIFY2(it != r.problems.cend(), qPrintable(describe(r)));
        QVERIFY(!it->fix.has_value());
        QCOMPARE(m_parser.suggest(name), QString());
    }

    // Several problems at once: the suggestion applies every fix.
    void suggestionAppliesEveryFix_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("suggestion");
        const auto row = [](const char* name, const char* suggestion) {
            QTest::newRow(name) << QString::fromUtf8(name) << QString::fromUtf8(suggestion);
        };
        row("Red Notice#Story-Art_1.JPEG", "Red_Notice#storyart_na_01_zxx.jpg");
        row("Title Billboard_dark_ltr_01_zxx.jpg", "Title#billboard_dark_ltr_01_zxx.jpg");
        row("Title#Billboard_Dark_01_LTR.JPG", "Title#billboard_dark_ltr_01_zxx.jpg");
        row("x#avatar_light_1_pt_br.png", "x#avatar_na_01_pt-BR.png");
        row("My Show_logo_stacked_LIGHT_01_ES.png", "My_Show#logo-stacked_light_01_es.png");
        row("Title#storyart_na_01_zxx.jpg", "Title#storyart_na_01_zxx.jpg");
        row("T#storyart_na_#1_zxx.jpg", "T#storyart_na_01_zxx.jpg");
        row("T#billboard_dark_ltr_01_zxx.final.JPEG", "T#billboard_dark_ltr_01_zxx.jpg");
        // Typed with a full-width input method: every run of lookalikes is mended.
        row("\uff34\uff49\uff54\uff4c\uff45\uff03storyart\uff3fna\uff3f\uff10\uff11\uff3fzxx.jpg",
            "Title#storyart_na_01_zxx.jpg");
    }

    void suggestionAppliesEveryFix()
    {
        QFETCH(QString, name);
        QFETCH(QString, suggestion);
        QCOMPARE(m_parser.suggest(name), suggestion);
        QVERIFY(m_parser.parse(suggestion).valid());
    }
};

QTEST_GUILESS_MAIN(TestNameFixes)
#include "TestNameFixes.moc"
