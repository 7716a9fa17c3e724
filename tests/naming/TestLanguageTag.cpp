#include "naming/LanguageTag.h"

#include <QTest>

using apd::naming::LanguageTag;
using Status = LanguageTag::Status;

class TestLanguageTag : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void check_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("canonical");

        const auto row = [](const char* text, Status s, const char* canonical) {
            QTest::newRow(text) << QString::fromUtf8(text) << int(s) << QString::fromUtf8(canonical);
        };
        row("es", Status::Canonical, "es");
        row("en", Status::Canonical, "en");
        row("pt-BR", Status::Canonical, "pt-BR");
        row("es-419", Status::Canonical, "es-419");
        row("zh-Hant", Status::Canonical, "zh-Hant");
        row("zh-Hans-CN", Status::Canonical, "zh-Hans-CN");
        row("fil", Status::Canonical, "fil");
        row("zh-Hant-TW", Status::Canonical, "zh-Hant-TW");
        row("spa", Status::NonCanonical, "es");
        row("eng", Status::NonCanonical, "en");
        row("iw", Status::NonCanonical, "he");
        row("in", Status::NonCanonical, "id");
        row("ES", Status::NonCanonical, "es");
        row("pt-br", Status::NonCanonical, "pt-BR");
        row("pt_BR", Status::NonCanonical, "pt-BR");
        row("ZH-HANT", Status::NonCanonical, "zh-Hant");
        row("zxx", Status::NoLanguage, "zxx");
        row("ZXX", Status::NoLanguage, "zxx");
        row("xx", Status::Unknown, "");
        row("qqq", Status::Unknown, "");
        row("es-XQ", Status::Unknown, "");
        row("zh-Abcd", Status::Unknown, "");
        row("es-1", Status::Unknown, "");
        row("spanish", Status::NotATag, "");
        row("e", Status::NotATag, "");
        row("01", Status::NotATag, "");
        row("", Status::NotATag, "");
        row("es-", Status::NotATag, "");
        row("zxx-US", Status::NotATag, "");
        row("é", Status::NotATag, "");
    }

    void check()
    {
        QFETCH(QString, text);
        QFETCH(int, status);
        QFETCH(QString, canonical);
        const LanguageTag tag = LanguageTag::check(text);
        QCOMPARE(int(tag.status), status);
        QCOMPARE(tag.canonical, canonical);
        if (tag.status == Status::Unknown && text.contains(QLatin1Char('-')))
            QVERIFY2(!tag.reason.isEmpty(), "an unknown tag of several parts says which part is wrong");
        // A second look gives the same answer (the memo must not change it).
        QCOMPARE(int(LanguageTag::check(text).status), status);
    }
};

QTEST_GUILESS_MAIN(TestLanguageTag)
#include "TestLanguageTag.moc"
