// The settings dialog: every field saved and read back through AppSettings, bad values
// refused with the reason, the language note, and the transfer settings the window uses.
#include "SettingsDialog.h"
#include "UiTestSupport.h"
#include "settings/AppSettings.h"

#include <QComboBox>
#include <QLabel>
#include <QSpinBox>
#include <QTemporaryDir>

using namespace apd;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }
    void init() { QSettings().clear(); }

    void defaultsComeFromTheTable()
    {
        settings::AppSettings s;
        QCOMPARE(s.parallelUploads(), transfer::TransferSettings().parallel);
        QCOMPARE(s.bandwidthCapKiBps(), qint64(0));
        QVERIFY(s.proxy().isEmpty());
        QVERIFY(s.caFile().isEmpty());
        QVERIFY(s.language().isEmpty());
        QVERIFY(s.lastEmail().isEmpty());
        ui::SettingsDialog dialog(s);
        QCOMPARE(test::child<QSpinBox>(&dialog, "parallelUploads")->value(), transfer::TransferSettings().parallel);
        QCOMPARE(test::child<QSpinBox>(&dialog, "bandwidthCap")->value(), 0);
        QCOMPARE(test::child<QComboBox>(&dialog, "language")->currentData().toString(), QString());
    }

    void savedAndReadBack()
    {
        QTemporaryDir dir;
        const QString ca = dir.filePath(QStringLiteral("agency-ca.pem"));
        QFile f(ca);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("-----BEGIN CERTIFICATE-----\n");
        f.close();
        {
            settings::AppSettings s;
            ui::SettingsDialog dialog(s);
            dialog.show();
            test::child<QSpinBox>(&dialog, "parallelUploads")->setValue(5);
            test::child<QSpinBox>(&dialog, "bandwidthCap")->setValue(2048);
            test::type(&dialog, "proxy", QStringLiteral("http://proxy.agency.example:3128"));
            test::type(&dialog, "caFile", ca);
            auto* language = test::child<QComboBox>(&dialog, "language");
            auto* note = test::child<QLabel>(&dialog, "languageNote");
            QVERIFY(!note->isVisible());
            language->setCurrentIndex(language->findData(QStringLiteral("es")));
            QVERIFY(note->isVisible()); // the language changes at the next start, and it says so
            QVERIFY(note->text().contains(QStringLiteral("next time")));
            QVERIFY(test::shoot(&dialog, QStringLiteral("settings-en")));
            QVERIFY(dialog.save());
        }
        // A fresh object on the same store: what a new start reads.
        settings::AppSettings again;
        QCOMPARE(again.parallelUploads(), 5);
        QCOMPARE(again.bandwidthCapKiBps(), qint64(2048));
        QCOMPARE(again.proxy(), QStringLiteral("http://proxy.agency.example:3128"));
        QCOMPARE(again.caFile(), ca);
        QCOMPARE(again.language(), QStringLiteral("es"));
        ui::SettingsDialog shown(again);
        QCOMPARE(test::child<QSpinBox>(&shown, "parallelUploads")->value(), 5);
        QCOMPARE(test::child<QComboBox>(&shown, "language")->currentData().toString(), QStringLiteral("es"));

        // The transfer queue gets them, the rest of its settings kept.
        transfer::TransferSettings base;
        base.journalPath = QStringLiteral("/tmp/j.sqlite");
        base.stallTimeoutMs = 1234;
        const transfer::TransferSettings t = again.transferSettings(base);
        QCOMPARE(t.parallel, 5);
        QCOMPARE(t.bandwidthLimit, qint64(2048) * 1024);
        QCOMPARE(t.proxy, QStringLiteral("http://proxy.agency.example:3128"));
        QCOMPARE(t.caFile, ca);
        QCOMPARE(t.journalPath, base.journalPath);
        QCOMPARE(t.stallTimeoutMs, 1234);
    }

    void badValuesAreRefused_data()
    {
        QTest::addColumn<QString>("proxy");
        QTest::addColumn<QString>("caFile");
        QTest::addColumn<QString>("says");
        QTest::newRow("proxy") << "http://"
                               << ""
                               << "proxy";
        QTest::newRow("missing CA file") << ""
                                         << "/nonexistent/ca.pem"
                                         << "/nonexistent/ca.pem";
    }
    void badValuesAreRefused()
    {
        QFETCH(QString, proxy);
        QFETCH(QString, caFile);
        QFETCH(QString, says);
        settings::AppSettings s;
        ui::SettingsDialog dialog(s);
        dialog.show();
        test::child<QSpinBox>(&dialog, "parallelUploads")->setValue(7);
        test::type(&dialog, "proxy", proxy);
        test::type(&dialog, "caFile", caFile);
        QVERIFY(!dialog.save());
        QVERIFY2(dialog.errorText().contains(says), qPrintable(dialog.errorText()));
        QCOMPARE(settings::AppSettings().parallelUploads(), transfer::TransferSettings().parallel); // nothing written
    }

    void anUnknownLanguageIsNotKept()
    {
        settings::AppSettings s;
        s.setLanguage(QStringLiteral("xx"));
        QCOMPARE(s.language(), QString());
        s.setLanguage(QStringLiteral("es"));
        QCOMPARE(s.language(), QStringLiteral("es"));
    }

    void spanishScreen()
    {
        QVERIFY(i18n::installTranslations(QLocale(QLocale::Spanish, QLocale::Spain)));
        settings::AppSettings s;
        ui::SettingsDialog dialog(s);
        dialog.show();
        auto* language = test::child<QComboBox>(&dialog, "language");
        language->setCurrentIndex(language->findData(QStringLiteral("en")));
        QVERIFY(test::shoot(&dialog, QStringLiteral("settings-es")));
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "TestSettingsDialog.moc"
