#include "ImageFactory.h"
#include "cli/ValidateCommand.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace apd;

// `validate` with content inspection, through the command class, on real generated files.
class TestValidateInspection : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QJsonObject run(const QStringList& args, int* exitCode = nullptr)
    {
        QString out, err;
        QTextStream o(&out), e(&err);
        const int rc = cli::ValidateCommand(o, e).run(QStringList{QStringLiteral("--json")} + args);
        if (exitCode)
            *exitCode = rc;
        return QJsonDocument::fromJson(out.toUtf8()).object();
    }
    static QJsonObject fileNamed(const QJsonObject& root, const QString& name)
    {
        for (const QJsonValue& v : root.value(QStringLiteral("files")).toArray()) {
            if (v.toObject().value(QStringLiteral("name")).toString() == name)
                return v.toObject();
        }
        return {};
    }
    static QStringList codes(const QJsonObject& file)
    {
        QStringList c;
        for (const QJsonValue& v : file.value(QStringLiteral("problems")).toArray())
            c << v.toObject().value(QStringLiteral("code")).toString();
        return c;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QDir d(m_dir.path());
        QVERIFY(ImageFactory::jpeg(d.filePath(QStringLiteral("Sky#billboard_dark_ltr_01_zxx.jpg")), 320, 180));
        QVERIFY(ImageFactory::pngRgba(d.filePath(QStringLiteral("Sky#logo-stacked_light_01_es.png")), 200, 100));
        // A PNG named .jpg, a logo without alpha, a CMYK billboard, a bloated story art.
        QVERIFY(ImageFactory::pngRgba(d.filePath(QStringLiteral("Sky#storyart_na_01_zxx.jpg")), 64, 64));
        QVERIFY(ImageFactory::convert({QStringLiteral("-size"), QStringLiteral("64x64"), QStringLiteral("xc:white"),
                                       QStringLiteral("PNG24:") + d.filePath(QStringLiteral("Sky#logo-stacked_dark_01_es.png"))}));
        QVERIFY(ImageFactory::jpeg(d.filePath(QStringLiteral("Sky#billboard_light_ltr_01_zxx.jpg")), 64, 64,
                                   {QStringLiteral("-colorspace"), QStringLiteral("CMYK")}));
        const QString bloated = d.filePath(QStringLiteral("Sky#storyart_na_02_zxx.jpg"));
        QVERIFY(ImageFactory::jpeg(bloated, 64, 64));
        QVERIFY(ImageFactory::addAncestors(bloated, 2500, m_dir.path()));
        // Cut short.
        const QString cut = d.filePath(QStringLiteral("Sky#billboard_dark_rtl_01_zxx.jpg"));
        QVERIFY(ImageFactory::jpeg(cut, 256, 256));
        const QByteArray whole = ImageFactory::read(cut);
        QVERIFY(ImageFactory::write(cut, whole.left(whole.size() / 2)));
    }

    void reportsContentProblems()
    {
        int rc = 0;
        const QJsonObject root = run({m_dir.path()}, &rc);
        QCOMPARE(rc, 1);
        const QJsonObject good = fileNamed(root, QStringLiteral("Sky#billboard_dark_ltr_01_zxx.jpg"));
        QVERIFY(good.value(QStringLiteral("valid")).toBool());
        const QJsonObject i = good.value(QStringLiteral("inspection")).toObject();
        QCOMPARE(i.value(QStringLiteral("format")).toString(), QStringLiteral("jpeg"));
        QCOMPARE(i.value(QStringLiteral("width")).toInt(), 320);
        QCOMPARE(i.value(QStringLiteral("level")).toString(), QStringLiteral("full"));
        QVERIFY(i.value(QStringLiteral("decoded")).toBool());
        QVERIFY(fileNamed(root, QStringLiteral("Sky#logo-stacked_light_01_es.png")).value(QStringLiteral("valid")).toBool());
        QVERIFY(codes(fileNamed(root, QStringLiteral("Sky#storyart_na_01_zxx.jpg"))).contains(QStringLiteral("extension-mismatch")));
        QVERIFY(codes(fileNamed(root, QStringLiteral("Sky#logo-stacked_dark_01_es.png"))).contains(QStringLiteral("alpha-missing")));
        QVERIFY(codes(fileNamed(root, QStringLiteral("Sky#billboard_light_ltr_01_zxx.jpg"))).contains(QStringLiteral("colour-model")));
        const QJsonObject bloated = fileNamed(root, QStringLiteral("Sky#storyart_na_02_zxx.jpg"));
        QVERIFY(codes(bloated).contains(QStringLiteral("xmp-bloated")));
        const QJsonObject meta = bloated.value(QStringLiteral("inspection")).toObject().value(QStringLiteral("metadata")).toObject();
        QCOMPARE(meta.value(QStringLiteral("documentAncestors")).toInt(), 2500);
        QVERIFY(meta.value(QStringLiteral("extendedXmpSegments")).toInt() > 0);
        QVERIFY(codes(fileNamed(root, QStringLiteral("Sky#billboard_dark_rtl_01_zxx.jpg"))).contains(QStringLiteral("truncated")));
    }

    void quickSkipsTheDecode()
    {
        const QJsonObject root = run({QStringLiteral("--quick"), m_dir.path()});
        const QJsonObject i = fileNamed(root, QStringLiteral("Sky#billboard_dark_ltr_01_zxx.jpg")).value(QStringLiteral("inspection")).toObject();
        QCOMPARE(i.value(QStringLiteral("level")).toString(), QStringLiteral("metadata"));
        QVERIFY(!i.value(QStringLiteral("decoded")).toBool());
        QCOMPARE(fileNamed(root, QStringLiteral("Sky#storyart_na_02_zxx.jpg")).value(QStringLiteral("inspection")).toObject()
                     .value(QStringLiteral("metadata")).toObject().value(QStringLiteral("documentAncestors")).toInt(), 2500);
    }

    void namesOnlyOpensNothing()
    {
        const QJsonObject root = run({QStringLiteral("--names-only"), m_dir.path()});
        const QJsonObject f = fileNamed(root, QStringLiteral("Sky#billboard_dark_rtl_01_zxx.jpg"));
        QVERIFY(!f.contains(QStringLiteral("inspection")));
        QVERIFY(f.value(QStringLiteral("valid")).toBool());
    }
};

QTEST_GUILESS_MAIN(TestValidateInspection)
#include "TestValidateInspection.moc"
