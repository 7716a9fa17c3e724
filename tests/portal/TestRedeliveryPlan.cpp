// The redelivery rule shared by the CLI's `redeliver` and the app's folder of fixes, on a
// project read as the portal answers it and a folder of real files written by the test.
#include "portal/RedeliveryPlan.h"
#include "samples/ImageEncoder.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace apd;
using Action = portal::RedeliveryPlan::Action;

namespace {

portal::AssetDetail asset(qint64 id, qint64 requestId, const QString& name, order::AssetState state, int version)
{
    portal::AssetDetail a;
    a.asset.id = id;
    a.asset.requestId = requestId;
    a.asset.name = name;
    a.asset.state = state;
    a.asset.version = version;
    a.state = order::assetStateName(state);
    return a;
}

bool write(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class TestRedeliveryPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void onlyValidFixesOfRejectedAssetsAreSent()
    {
        portal::ProjectDetail p;
        p.summary.id = 3;
        p.assets = {asset(10, 1, QStringLiteral("T#billboard_dark_ltr_01_zxx.jpg"), order::AssetState::Rejected, 1),
                    asset(11, 2, QStringLiteral("T#storyart_na_01_zxx.jpg"), order::AssetState::Rejected, 2),
                    asset(12, 3, QStringLiteral("T#storyart_na_02_zxx.jpg"), order::AssetState::Approved, 1),
                    asset(13, 4, QStringLiteral("T#boxshot_na_01_es.jpg"), order::AssetState::Rejected, 1)};
        QTemporaryDir dir;
        const QByteArray jpeg = samples::encodeJpeg(samples::makeTestPicture(320, 180, 3, 4)).value();
        QVERIFY(write(dir.filePath(QStringLiteral("T#billboard_dark_ltr_01_zxx.jpg")), jpeg));    // a fix
        QVERIFY(write(dir.filePath(QStringLiteral("T#storyart_na_01_zxx.jpg")), jpeg.left(400))); // cut short
        QVERIFY(write(dir.filePath(QStringLiteral("T#storyart_na_02_zxx.jpg")), jpeg));           // approved
        QVERIFY(write(dir.filePath(QStringLiteral("T#boxshot_na_01_ES.jpg")), jpeg));             // misnamed
        QVERIFY(write(dir.filePath(QStringLiteral("T#storyart_na_09_zxx.jpg")), jpeg));           // no such asset
        QVERIFY(write(dir.filePath(QStringLiteral("empty#storyart_na_01_zxx.jpg")), {})); // no asset, valid name

        const files::CollectResult files = files::FileCollector::collect({dir.path()}, {false});
        const naming::NameParser parser;
        const auto plan =
            portal::RedeliveryPlan::make(p, files.files, parser, {{10, QStringLiteral("Move the title up.")}});
        QCOMPARE(plan.rejectedCount(), 3);

        const auto replace = plan.entries(Action::Replace);
        QCOMPARE(replace.size(), 1);
        QCOMPARE(replace.first().assetId, 10);
        QCOMPARE(replace.first().version, 1);
        QCOMPARE(replace.first().comment, QStringLiteral("Move the title up."));
        QVERIFY(replace.first().report && replace.first().report->valid());

        const auto invalid = plan.entries(Action::Invalid);
        QCOMPARE(invalid.size(), 1);
        QCOMPARE(invalid.first().assetId, 11);
        QVERIFY(!invalid.first().report->valid()); // the content was checked, not only the name

        QCOMPARE(plan.entries(Action::NotRejected).size(), 1);
        QCOMPARE(plan.entries(Action::NotRejected).first().state, QStringLiteral("approved"));
        const auto misnamed = plan.entries(Action::Misnamed);
        QCOMPARE(misnamed.size(), 1);
        QCOMPARE(misnamed.first().meant, QStringLiteral("T#boxshot_na_01_es.jpg"));
        QCOMPARE(plan.count(Action::NoSuchAsset), 2);

        // Every rejected asset without a valid fix is listed, the invalid one included.
        const auto missing = plan.entries(Action::Missing);
        QCOMPARE(missing.size(), 2);
        QCOMPARE(missing.at(0).assetId, 11);
        QCOMPARE(missing.at(1).assetId, 13);
        QVERIFY(missing.at(0).path.isEmpty());
        QVERIFY(!plan.nothingToSend());
    }

    void anEmptyFolderSendsNothingAndListsTheRejected()
    {
        portal::ProjectDetail p;
        p.assets = {asset(10, 1, QStringLiteral("T#storyart_na_01_zxx.jpg"), order::AssetState::Rejected, 1)};
        const naming::NameParser parser;
        const auto plan = portal::RedeliveryPlan::make(p, {}, parser);
        QVERIFY(plan.nothingToSend());
        QCOMPARE(plan.count(Action::Missing), 1);
    }
};

QTEST_GUILESS_MAIN(TestRedeliveryPlan)
#include "TestRedeliveryPlan.moc"
