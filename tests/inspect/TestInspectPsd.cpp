#include "ImageFactory.h"
#include "inspect/Inspector.h"

#include <QTemporaryDir>
#include <QTest>

using namespace apd::inspect;

class TestInspectPsd : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    static InspectionReport inspect(const QString& p)
    {
        Inspector::Options o;
        return Inspector::inspectFile(p, o);
    }

private Q_SLOTS:
    void headerResourcesAndLayers()
    {
        const QString p = m_dir.filePath(QStringLiteral("art.psd"));
        QVERIFY(ImageFactory::convert({QStringLiteral("-size"), QStringLiteral("64x32"), QStringLiteral("xc:red"),
                                       QStringLiteral("-size"), QStringLiteral("64x32"), QStringLiteral("xc:blue"), p}));
        QVERIFY(ImageFactory::addAncestors(p, 1500, m_dir.path()));
        const InspectionReport r = inspect(p);
        QCOMPARE(r.format, ImageFormat::Psd);
        QCOMPARE(r.psdVersion, 1);
        QCOMPARE(r.width, 64u);
        QCOMPARE(r.height, 32u);
        QCOMPARE(r.colourModel, ColourModel::Rgb);
        QCOMPARE(r.psdColourMode, 3);
        QVERIFY(r.layerCount >= 1);
        QCOMPARE(r.documentAncestors, 1500);
        QVERIFY(r.xmpParsed);
        QVERIFY2(r.findings.isEmpty(), qPrintable(r.findings.value(0).message));
    }

    void nonsenseHeader()
    {
        QByteArray d("8BPS\0\7", 6);
        d += QByteArray(40, '\xEE');
        const QString p = m_dir.filePath(QStringLiteral("bad.psd"));
        QVERIFY(ImageFactory::write(p, d));
        QVERIFY(inspect(p).hasFinding(u"bad-header"));
    }

    void truncatedSections()
    {
        const QString p = m_dir.filePath(QStringLiteral("cut.psd"));
        QVERIFY(ImageFactory::convert({QStringLiteral("-size"), QStringLiteral("16x16"), QStringLiteral("xc:red"), p}));
        QVERIFY(ImageFactory::addAncestors(p, 10, m_dir.path()));
        const QByteArray d = ImageFactory::read(p);
        QVERIFY(ImageFactory::write(p, d.left(200)));
        QVERIFY(inspect(p).hasFinding(u"truncated"));
    }
};

QTEST_GUILESS_MAIN(TestInspectPsd)
#include "TestInspectPsd.moc"
