#include "i18n/Translations.h"
#include "naming/NameParser.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Every string of the client's sources is in the Spanish file and translated: lupdate
    // refreshes a copy of the committed file from the sources, and nothing may come out
    // unfinished (a new tr() string without its Spanish fails here).
    void spanishIsCompleteAndCurrent()
    {
        const QString committed = QStringLiteral(APD_SOURCE_DIR "/resources/translations/artwork-portal_es.ts");
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("probe_es.ts"));
        QVERIFY(QFile::copy(committed, copy));
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(APD_SOURCE_DIR));
        lupdate.start(QStringLiteral(APD_LUPDATE),
                      {QStringLiteral("-silent"), QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                       QStringLiteral("none"), QStringLiteral("core"), QStringLiteral("app/cli"), QStringLiteral("app/gui"),
                       QStringLiteral("ui"), QStringLiteral("-ts"), copy});
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);

        QFile ts(copy);
        QVERIFY(ts.open(QIODevice::ReadOnly));
        const QByteArray xml = ts.readAll();
        int messages = 0;
        QStringList unfinished;
        qsizetype at = 0;
        while ((at = xml.indexOf("<message", at)) >= 0) {
            const qsizetype end = xml.indexOf("</message>", at);
            QVERIFY(end > at);
            const QByteArray message = xml.mid(at, end - at);
            ++messages;
            const bool empty = message.contains("<translation></translation>") || message.contains("<translation/>");
            if (message.contains("type=\"unfinished\"") || empty) {
                const qsizetype s = message.indexOf("<source>");
                unfinished << QString::fromUtf8(message.mid(s, message.indexOf("</source>") - s));
            }
            at = end;
        }
        QVERIFY(messages > 100);
        QVERIFY2(unfinished.isEmpty(), qPrintable(QStringLiteral("%1 string(s) without Spanish:\n").arg(unfinished.size()) +
                                                  unfinished.join(QLatin1Char('\n'))));
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
