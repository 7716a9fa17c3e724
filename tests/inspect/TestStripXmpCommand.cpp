#include "ImageFactory.h"
#include "cli/StripXmpCommand.h"
#include "inspect/Inspector.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace apd;

class TestStripXmpCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int run(const QStringList& args, QString* out = nullptr, QString* err = nullptr)
    {
        QString o, e;
        QTextStream os(&o), es(&e);
        const int rc = cli::StripXmpCommand(os, es).run(args);
        if (out)
            *out = o;
        if (err)
            *err = e;
        return rc;
    }

private Q_SLOTS:
    void usageErrors()
    {
        QString err;
        QCOMPARE(run({}, nullptr, &err), 2);
        QVERIFY(err.contains(QLatin1String("Usage")));
        QCOMPARE(run({QStringLiteral("a.jpg")}), 2); // neither --in-place nor --output
        QCOMPARE(run({QStringLiteral("--in-place"), QStringLiteral("--output"), m_dir.path(), QStringLiteral("a.jpg")}), 2);
        QCOMPARE(run({QStringLiteral("--output"), m_dir.filePath(QStringLiteral("nope")), QStringLiteral("a.jpg")}), 2);
        QCOMPARE(run({QStringLiteral("--bogus")}), 2);
    }

    void repairsInPlaceAndReportsFailures()
    {
        const QString jpg = m_dir.filePath(QStringLiteral("a.jpg"));
        QVERIFY(ImageFactory::jpeg(jpg, 64, 64));
        QVERIFY(ImageFactory::addAncestors(jpg, 1200, m_dir.path()));
        const QString garbage = m_dir.filePath(QStringLiteral("b.png"));
        QVERIFY(ImageFactory::write(garbage, "not a png at all"));
        QString out, err;
        QCOMPARE(run({QStringLiteral("--in-place"), jpg, garbage}, &out, &err), 1);
        QVERIFY(out.contains(QLatin1String("repaired: ")));
        QVERIFY(err.contains(QLatin1String("b.png")));
        QCOMPARE(inspect::Inspector::inspectFile(jpg, {}).xmpSize, 0u);
        QCOMPARE(ImageFactory::read(garbage), QByteArray("not a png at all"));
        QCOMPARE(run({QStringLiteral("--in-place"), jpg}, &out), 0);
        QVERIFY(out.contains(QLatin1String("clean: ")));
    }
};

QTEST_GUILESS_MAIN(TestStripXmpCommand)
#include "TestStripXmpCommand.moc"
