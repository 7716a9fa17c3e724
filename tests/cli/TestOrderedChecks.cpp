// A folder checked on several threads reads as if checked one file at a time: same reports,
// same order, every file once; a vanished file and a zero-byte one get their report in place.
#include "files/FileCollector.h"
#include "validate/FileValidator.h"
#include "validate/OrderedChecks.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace apd;

class TestOrderedChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameReportsInTheSameOrder_data()
    {
        QTest::addColumn<int>("threads");
        QTest::newRow("one") << 1;
        QTest::newRow("two") << 2;
        QTest::newRow("eight") << 8;
    }

    void sameReportsInTheSameOrder()
    {
        QFETCH(int, threads);
        QTemporaryDir dir;
        QStringList paths;
        for (int i = 0; i < 300; ++i) {
            // Valid and invalid names, empty and non-empty files, mixed.
            const QString name = i % 3 == 0   ? QStringLiteral("Title_%1#storyart_na_01_zxx.jpg").arg(i)
                                 : i % 3 == 1 ? QStringLiteral("Title %1#Storyart_na_01.jpg").arg(i)
                                              : QStringLiteral("notes-%1.txt").arg(i);
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            if (i % 2)
                f.write(QByteArray(i, 'x'));
            paths << f.fileName();
        }
        const auto collected = files::FileCollector::collect({dir.path()}, {});
        QCOMPARE(collected.files.size(), 300);
        const naming::NameParser parser;
        const validate::FileValidator validator(parser, {});
        // A well-named file with bytes that are not a JPEG: its content is read, and then it goes
        // between listing and checking.
        qsizetype gone = -1;
        for (qsizetype i = 0; i < collected.files.size(); ++i)
            if (collected.files[i].fileName == QLatin1String("Title_3#storyart_na_01_zxx.jpg"))
                gone = i;
        QVERIFY(gone >= 0);
        const validate::FileReport beforeRemoval = validator.check(collected.files[gone]);
        QVERIFY(QFile::remove(collected.files[gone].path));
        QList<validate::FileReport> sequential;
        for (const files::CollectedFile& f : collected.files)
            sequential << validator.check(f);
        QList<validate::FileReport> parallel;
        validate::checkInOrder(
            validator, collected.files, [&](const validate::FileReport& r) { parallel << r; }, threads);

        QCOMPARE(parallel.size(), sequential.size());
        for (qsizetype i = 0; i < parallel.size(); ++i) {
            QCOMPARE(parallel[i].path, collected.files[i].path);
            QCOMPARE(parallel[i].valid(), sequential[i].valid());
            QCOMPARE(parallel[i].problems.size(), sequential[i].problems.size());
            for (qsizetype k = 0; k < parallel[i].problems.size(); ++k)
                QCOMPARE(parallel[i].problems[k].code, sequential[i].problems[k].code);
        }
        // The vanished file says so: a problem it did not have while it was there.
        QStringList codes;
        for (const validate::Problem& p : beforeRemoval.problems)
            codes << p.code;
        QVERIFY(std::any_of(parallel[gone].problems.cbegin(), parallel[gone].problems.cend(),
                            [&](const validate::Problem& p) { return !codes.contains(p.code); }));
    }

    void nothingToCheck()
    {
        const naming::NameParser parser;
        const validate::FileValidator validator(parser, {});
        int calls = 0;
        validate::checkInOrder(
            validator, {}, [&](const validate::FileReport&) { ++calls; }, 4);
        QCOMPARE(calls, 0);
    }
};

QTEST_GUILESS_MAIN(TestOrderedChecks)
#include "TestOrderedChecks.moc"
