#include "ImageFactory.h"
#include "inspect/Inspector.h"
#include "inspect/XmpStripper.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace apd::inspect;

// strip-xmp's core: bloated JPEG and PNG repaired without a changed pixel, ICC kept.
class TestXmpStrip : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_jpeg, m_png;
    QByteArray m_icc;

    static InspectionReport inspect(const QString& p) { return Inspector::inspectFile(p, {}); }
    static QByteArray iccOf(const QString& p)
    {
        QByteArray out;
        ImageFactory::run(QStringLiteral("exiftool"), {QStringLiteral("-b"), QStringLiteral("-ICC_Profile"), p}, &out);
        return out;
    }
    QString copy(const QString& from, const QString& name)
    {
        const QString to = m_dir.filePath(name);
        QFile::remove(to);
        return QFile::copy(from, to) ? to : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_icc = ImageFactory::iccProfile(QStringLiteral("Strip test profile"));
        m_jpeg = m_dir.filePath(QStringLiteral("bloated.jpg"));
        QVERIFY(ImageFactory::jpeg(m_jpeg, 200, 120, {QStringLiteral("-interlace"), QStringLiteral("JPEG")}));
        QVERIFY(ImageFactory::addIcc(m_jpeg, m_icc, m_dir.path()));
        QVERIFY(ImageFactory::addAncestors(m_jpeg, 4000, m_dir.path()));
        m_png = m_dir.filePath(QStringLiteral("bloated.png"));
        QVERIFY(ImageFactory::pngRgba(m_png, 150, 100));
        QVERIFY(ImageFactory::addIcc(m_png, m_icc, m_dir.path()));
        QVERIFY(ImageFactory::addAncestors(m_png, 4000, m_dir.path()));
        const InspectionReport j = inspect(m_jpeg);
        QCOMPARE(j.documentAncestors, 4000);
        QVERIFY(j.extendedXmpSegments > 0);
        QCOMPARE(inspect(m_png).documentAncestors, 4000);
    }

    void removesAllLosslessly_data()
    {
        QTest::addColumn<QString>("source");
        QTest::newRow("jpeg") << QStringLiteral("bloated.jpg");
        QTest::newRow("png") << QStringLiteral("bloated.png");
    }
    void removesAllLosslessly()
    {
        QFETCH(QString, source);
        const QString in = m_dir.filePath(source);
        const QString outDir = m_dir.filePath(QStringLiteral("out"));
        QVERIFY(QDir().mkpath(outDir));
        const QString out = QDir(outDir).filePath(source);
        const QByteArray before = ImageFactory::read(in);
        const auto r = XmpStripper::stripTo(in, out, XmpStripper::Mode::All);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QVERIFY(r.value().changed);
        QCOMPARE(ImageFactory::read(in), before); // the input is untouched
        const InspectionReport after = inspect(out);
        QCOMPARE(after.xmpSize, 0u);
        QCOMPARE(after.documentAncestors, 0);
        QVERIFY(after.decoded);
        QVERIFY(after.iccPresent);
        QCOMPARE(after.iccDescription, QStringLiteral("Strip test profile"));
        QCOMPARE(iccOf(out), iccOf(in));
        QVERIFY(!iccOf(out).isEmpty());
        const QByteArray pixelsBefore = ImageFactory::pixels(in);
        QVERIFY(!pixelsBefore.isEmpty());
        QCOMPARE(ImageFactory::pixels(out), pixelsBefore);
        if (source.endsWith(QLatin1String(".jpg"))) {
            // The entropy-coded data is the very same bytes.
            const QByteArray o = ImageFactory::read(out);
            QCOMPARE(o.mid(o.indexOf("\xFF\xDA")), before.mid(before.indexOf("\xFF\xDA")));
            QByteArray djpegBefore, djpegAfter;
            QVERIFY(ImageFactory::run(QStringLiteral("djpeg"), {in}, &djpegBefore));
            QVERIFY(ImageFactory::run(QStringLiteral("djpeg"), {out}, &djpegAfter));
            QCOMPARE(djpegAfter, djpegBefore);
        }
        QVERIFY(QFileInfo(out).size() < before.size() / 4);
    }

    void ancestorsOnlyKeepsTheRest_data() { removesAllLosslessly_data(); }
    void ancestorsOnlyKeepsTheRest()
    {
        QFETCH(QString, source);
        const QString p = copy(m_dir.filePath(source), QStringLiteral("keep-") + source);
        const auto r = XmpStripper::stripInPlace(p, XmpStripper::Mode::CopiesOnly);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        const InspectionReport after = inspect(p);
        QCOMPARE(after.documentAncestors, 0);
        QVERIFY(after.xmpSize > 0);
        QCOMPARE(after.extendedXmpSegments, 0);
        QByteArray title;
        QVERIFY(ImageFactory::run(QStringLiteral("exiftool"),
                                  {QStringLiteral("-s3"), QStringLiteral("-XMP-dc:Title"), p}, &title));
        QCOMPARE(title.trimmed(), QByteArray("keep me"));
        QCOMPARE(ImageFactory::pixels(p), ImageFactory::pixels(m_dir.filePath(source)));
        QCOMPARE(iccOf(p), iccOf(m_dir.filePath(source)));
    }

    void repairedCopyLeavesTheOriginalAsItIs_data() { removesAllLosslessly_data(); }
    void repairedCopyLeavesTheOriginalAsItIs()
    {
        QFETCH(QString, source);
        QTemporaryDir dir;
        const QString original = dir.filePath(source);
        QVERIFY(QFile::copy(m_dir.filePath(source), original));
        const QByteArray before = ImageFactory::read(original);
        const QString expected = QDir(dir.filePath(QStringLiteral("repaired"))).filePath(source);
        QCOMPARE(XmpStripper::repairedCopyPath(original), expected);
        for (int run = 0; run < 2; ++run) { // a second repair replaces the first copy
            const auto r = XmpStripper::stripToRepairedCopy(original, XmpStripper::Mode::CopiesOnly);
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
            QCOMPARE(r.value().output, expected);
            QVERIFY(r.value().changed);
            QCOMPARE(ImageFactory::read(original), before);
            QCOMPARE(inspect(expected).documentAncestors, 0);
            QCOMPARE(inspect(original).documentAncestors, 4000);
            QCOMPARE(ImageFactory::pixels(expected), ImageFactory::pixels(original));
            QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{source});
            QCOMPARE(QDir(dir.filePath(QStringLiteral("repaired"))).entryList(QDir::Files | QDir::Hidden),
                     QStringList{source});
        }
    }

    void repairedCopyWithoutItsFolderIsAnErrorAndKeepsTheOriginal()
    {
        QTemporaryDir dir;
        const QString original = dir.filePath(QStringLiteral("x.jpg"));
        QVERIFY(QFile::copy(m_jpeg, original));
        const QByteArray before = ImageFactory::read(original);
        {
            QFile blocker(dir.filePath(QStringLiteral("repaired"))); // a file where the folder would go
            QVERIFY(blocker.open(QIODevice::WriteOnly));
        }
        const auto r = XmpStripper::stripToRepairedCopy(original, XmpStripper::Mode::CopiesOnly);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("write-failed"));
        QVERIFY2(r.error().message.contains(QStringLiteral("untouched")), qPrintable(r.error().message));
        QCOMPARE(ImageFactory::read(original), before);
    }

    void inPlaceLeavesNoTemporaryFiles()
    {
        QTemporaryDir dir;
        const QString p = dir.filePath(QStringLiteral("x.jpg"));
        QVERIFY(QFile::copy(m_jpeg, p));
        QFile::setPermissions(p, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup);
        QVERIFY(XmpStripper::stripInPlace(p, XmpStripper::Mode::All).ok());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("x.jpg")});
        QCOMPARE(QFile::permissions(p) & (QFile::ReadGroup | QFile::ReadOther), QFile::ReadGroup);
        // A second run has nothing left to do and writes nothing.
        const auto again = XmpStripper::stripInPlace(p, XmpStripper::Mode::All);
        QVERIFY(again.ok());
        QVERIFY(!again.value().changed);
    }

    void damagedFileIsRefusedAndKept()
    {
        QTemporaryDir dir;
        const QString p = dir.filePath(QStringLiteral("cut.png"));
        const QByteArray whole = ImageFactory::read(m_png);
        const QByteArray cut = whole.left(whole.size() - 30);
        QVERIFY(ImageFactory::write(p, cut));
        const auto r = XmpStripper::stripInPlace(p, XmpStripper::Mode::All);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("damaged"));
        QCOMPARE(ImageFactory::read(p), cut);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
        QVERIFY(!XmpStripper::stripInPlace(dir.filePath(QStringLiteral("missing.jpg")), XmpStripper::Mode::All).ok());
        const QString psd = dir.filePath(QStringLiteral("a.psd"));
        QVERIFY(ImageFactory::convert({QStringLiteral("-size"), QStringLiteral("8x8"), QStringLiteral("xc:red"), psd}));
        QCOMPARE(XmpStripper::stripInPlace(psd, XmpStripper::Mode::All).error().code,
                 QStringLiteral("unsupported-format"));
        QCOMPARE(XmpStripper::stripTo(m_jpeg, m_jpeg, XmpStripper::Mode::All).error().code,
                 QStringLiteral("same-file"));
    }
};

QTEST_GUILESS_MAIN(TestXmpStrip)
#include "TestXmpStrip.moc"
