#include "i18n/Translations.h"
#include "naming/NameParser.h"

#include <QFile>
#include <QTest>

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Every message of the Spanish source file is translated (none unfinished or empty).
    void spanishIsComplete()
    {
        QFile ts(QStringLiteral(APD_SOURCE_DIR "/resources/translations/artwork-portal_es.ts"));
        QVERIFY2(ts.open(QIODevice::ReadOnly), qPrintable(ts.fileName()));
        const QByteArray xml = ts.readAll();
        int messages = 0;
        QStringList unfinished;
        qsizetype at = 0;
        while ((at = xml.indexOf("<message", at)) >= 0) {
            const qsizetype end = xml.indexOf("</message>", at);
            QVERIFY(end > at);
            const QByteArray message = xml.mid(at, end - at);
            ++messages;
            const bool empty = message.contains("<translation></translation>") || message.contains("<translation />");
            if (message.contains("type=\"unfinished\"") || empty) {
                const qsizetype s = message.indexOf("<source>");
                unfinished << QString::fromUtf8(message.mid(s, message.indexOf("</source>") - s));
            }
            at = end;
        }
        QVERIFY(messages > 50);
        QVERIFY2(unfinished.isEmpty(), qPrintable(unfinished.join(QLatin1Char('\n'))));
    }

    // The embedded Spanish translation reaches core's messages.
    void coreMessagesSpeakSpanish()
    {
        QVERIFY(apd::i18n::installTranslations(QLocale(QLocale::Spanish, QLocale::Spain)));
        const apd::naming::NameReport r = apd::naming::NameParser().parse(u"Red Notice#storyart_na_01_zxx.jpg");
        QVERIFY(r.hasProblem(u"whitespace"));
        QCOMPARE(r.problems.first().message,
                 QStringLiteral("El nombre contiene un espacio; el portal rechaza los nombres con espacios."));
        QCOMPARE(r.problems.first().code, QStringLiteral("whitespace")); // codes never change
    }

    void englishNeedsNoTranslation()
    {
        QVERIFY(!apd::i18n::installTranslations(QLocale(QLocale::English, QLocale::UnitedStates)));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
