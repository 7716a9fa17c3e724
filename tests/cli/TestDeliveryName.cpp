#include "files/FileCollector.h"
#include "validate/FileValidator.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace apd;

// A Windows file system cannot hold "|": such a file is delivered under a name given apart
// from its name on disk.
class TestDeliveryName : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deliveryNameOverridesTheFileName()
    {
        QTemporaryDir dir;
        const QString path =
            dir.filePath(QStringLiteral("Red_Notice_JgfyRbjFQO-AsdKlmNPOI#billboard_dark_ltr_01_zxx.png"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const auto collected = files::FileCollector::collect({path}, {});
        QCOMPARE(collected.files.size(), 1);

        const naming::NameParser parser;
        const validate::FileValidator validator(parser, {true});
        const QString delivery = QStringLiteral("Red_Notice_JgfyRbjFQO|AsdKlmNPOI#billboard_dark_ltr_01_zxx.png");
        const validate::FileReport report = validator.check(collected.files.first(), delivery);
        QVERIFY(report.valid());
        QCOMPARE(report.name, delivery);
        QCOMPARE(report.path, path);
        QCOMPARE(report.parts.avaIds, (QStringList{QStringLiteral("JgfyRbjFQO"), QStringLiteral("AsdKlmNPOI")}));
        QCOMPARE(report.parts.requestKey, QStringLiteral("billboard_dark_ltr_01_zxx"));

        // Without it, the name on disk is what is checked.
        const validate::FileReport own = validator.check(collected.files.first());
        QCOMPARE(own.name, QFileInfo(path).fileName());
        QVERIFY(own.parts.avaIds.isEmpty());
    }

    void aBadDeliveryNameIsReportedLikeAFileName()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("art.png"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const naming::NameParser parser;
        const validate::FileValidator validator(parser, {true});
        const auto report = validator.check(files::FileCollector::collect({path}, {}).files.first(),
                                            QStringLiteral("A||B#storyart_na_01_zxx.png"));
        QVERIFY(!report.valid());
        QVERIFY(std::any_of(report.problems.cbegin(), report.problems.cend(),
                            [](const validate::Problem& p) { return p.code == QLatin1String("ava-id-empty"); }));
        // "A" and "B" are not IDs of ten characters: no rename mends that, so no suggestion.
        QVERIFY(report.suggestion.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDeliveryName)
#include "TestDeliveryName.moc"
