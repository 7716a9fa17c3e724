// The QC loop end to end, against the real portal in-process (the demo mode), with the
// studio's side played through the portal API as the project owner: the designer delivers,
// the owner rejects some assets with comments and approves others; the rows change by
// themselves (the event feed), each verdict is a notification (through a fake notifier:
// there is no notification daemon here); the viewer shows the owner's comment and posts a
// reply the owner reads; a folder of fixes redelivers exactly the rejected assets, which
// the owner then sees in version 2; the summary says what went and what was skipped.
#include "AssetViewer.h"
#include "ConfirmDialog.h"
#include "DemoPortal.h"
#include "DropZone.h"
#include "FakeNotifier.h"
#include "ImageCanvas.h"
#include "OrderItemModel.h"
#include "OrderView.h"
#include "OrderWindow.h"
#include "OrderWindowDriver.h"
#include "QcLoop.h"
#include "RedeliverySummaryDialog.h"
#include "RejectedFilterModel.h"
#include "ReplaceDialog.h"
#include "samples/ImageEncoder.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace apd;
using Outcome = ui::RedeliverySummary::Outcome;

namespace {

const QString kBillboard1 = QStringLiteral("The_Quiet_Harbor#billboard_dark_ltr_01_zxx.jpg");
const QString kBillboard2 = QStringLiteral("The_Quiet_Harbor#billboard_light_ltr_02_zxx.jpg");
const QString kStory1 = QStringLiteral("The_Quiet_Harbor_JgfyRbjFQO#storyart_na_01_zxx.jpg");
const QString kStory2 = QStringLiteral("The_Quiet_Harbor#storyart_na_02_zxx.jpg");
const QString kUba = QStringLiteral("The_Quiet_Harbor#universal-base_na_01_zxx.psd");

QString stateOf(const ui::OrderItemModel* model, qint64 assetId)
{
    const order::Asset* a = model->project().asset(assetId);
    return a ? model->indexOfRequest(a->requestId).data(ui::OrderItemModel::StateNameRole).toString() : QString();
}

bool writeFix(const QString& path, int seed)
{
    const auto jpeg = samples::encodeJpeg(samples::makeTestPicture(1280, 720, 3, seed), 88);
    QFile f(path);
    return jpeg && f.open(QIODevice::WriteOnly) && f.write(jpeg.value()) == jpeg.value().size();
}

} // namespace

class TestQcLoop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rejectReviewAndRedeliverAFolderOfFixes()
    {
        QTemporaryDir dir;
        ui::DemoPortal portal(dir.path());
        QSignalSpy started(&portal, &ui::DemoPortal::started);
        portal.startAsync();
        QVERIFY(started.wait(60000));
        QVERIFY2(started.first().first().toBool(), qPrintable(started.first().at(1).toString()));

        ui::OrderWindow window;
        FakeNotifier notifier;
        window.qcLoop()->setNotifier(&notifier);
        window.qcLoop()->setFeedOptions(2, 100);
        QAbstractItemModelTester tester(window.qcLoop()->filterModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.show();
        window.openPortal(QUrl(portal.baseUrl()), portal.email(), portal.password(),
                          dir.filePath(QStringLiteral("journal.sqlite")), QStringLiteral("demo"));
        QTRY_VERIFY_WITH_TIMEOUT(window.hasProject() && !window.busy(), 30000);

        // The designer delivers two billboards and two story arts (with their UBA).
        const QDir samples(portal.sampleFolder());
        QStringList first;
        for (const QString& n : {kUba, kBillboard1, kBillboard2, kStory1, kStory2})
            first << samples.filePath(n);
        QVERIFY(testing::dropFiles(window.findChild<ui::DropZone*>(QStringLiteral("dropZone")), first));
        QTRY_VERIFY_WITH_TIMEOUT(window.busy(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!window.busy(), 120000);
        ui::OrderItemModel* model = window.orderModel();
        QHash<QString, qint64> ids;
        for (const order::Asset& a : model->project().assets) {
            ids.insert(a.name, a.id);
            model->setAssetChecked(a.id, true);
        }
        QCOMPARE(model->checkedAssets().size(), 4);
        ui::ConfirmDialog::setNextAnswer(true);
        window.deliverChecked();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(model, ids.value(kStory2)), QStringLiteral("delivered"), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!window.busy(), 30000);

        // The studio's side: the owner reviews through the portal API.
        portal::PortalClient owner(portal::ConnectionSettings{QUrl(portal.baseUrl())});
        QVERIFY(owner.signIn(portal.ownerEmail(), portal.ownerPassword()));
        const qint64 pid = model->project().id;
        const QString why1 = QStringLiteral("The title sits where the buttons go; move it up.");
        const QString why2 = QStringLiteral("Story art is textless: remove the logo.");
        QVERIFY(owner.review(pid, ids.value(kBillboard1), false, why1));
        QVERIFY(owner.review(pid, ids.value(kStory2), false, why2));
        QVERIFY(owner.review(pid, ids.value(kBillboard2), true));
        QVERIFY(owner.review(pid, ids.value(kStory1), true));
        const QString ownerComment = QStringLiteral("Turn on the safe zones to see the buttons' area.");
        QVERIFY(owner.addComment(pid, ids.value(kBillboard1), ownerComment));

        // Nobody reloads: the feed brings the verdicts and the rows change by themselves.
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(model, ids.value(kBillboard1)), QStringLiteral("rejected"), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(model, ids.value(kStory2)), QStringLiteral("rejected"), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(model, ids.value(kStory1)), QStringLiteral("approved"), 30000);
        QCOMPARE(stateOf(model, ids.value(kBillboard2)), QStringLiteral("approved"));
        QTRY_COMPARE_WITH_TIMEOUT(notifier.count(portal::Notice::Kind::Rejected), 2, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(notifier.count(portal::Notice::Kind::Approved), 2, 30000);
        QStringList bodies;
        for (const portal::Notice& n : notifier.notices)
            bodies << n.body;
        QVERIFY(bodies.contains(why1));
        QVERIFY(bodies.contains(why2));
        QCOMPARE(window.qcLoop()->verdicts().value(ids.value(kStory2)).comment, why2);

        window.resize(1280, 800);
        QApplication::processEvents();
        QVERIFY(window.grab().save(QStringLiteral(APD_SHOT_DIR "/qc-window.png")));
        // The verdicts came after the columns were sized, and the window is narrow: no state,
        // check or "needed" is cut short.
        {
            auto* orderView = window.findChild<ui::OrderView*>();
            QVERIFY(orderView);
            const QAbstractItemModel* shown = orderView->model();
            const QFontMetrics metrics(orderView->font());
            for (int g = 0; g < shown->rowCount(); ++g)
                for (int r = 0; r < shown->rowCount(shown->index(g, 0)); ++r)
                    for (int c : {int(ui::OrderItemModel::StateColumn), int(ui::OrderItemModel::CheckColumn),
                                  int(ui::OrderItemModel::BackgroundColumn)}) {
                        const QString text = shown->index(r, c, shown->index(g, 0)).data().toString();
                        QVERIFY2(metrics.horizontalAdvance(text) < orderView->columnWidth(c), qPrintable(text));
                    }
        }

        // "Rejected only" keeps the two rejected rows.
        auto* rejectedOnly = window.findChild<QCheckBox*>(QStringLiteral("rejectedOnly"));
        QVERIFY(rejectedOnly);
        rejectedOnly->setChecked(true);
        ui::RejectedFilterModel* filter = window.qcLoop()->filterModel();
        int visible = 0;
        for (int g = 0; g < filter->rowCount(); ++g)
            visible += filter->rowCount(filter->index(g, 0));
        QCOMPARE(visible, 2);

        // A double click on the rejected billboard opens the viewer: image, report, comments.
        auto* view = window.findChild<ui::OrderView*>(QStringLiteral("orderView"));
        QModelIndex row;
        for (int g = 0; g < filter->rowCount() && !row.isValid(); ++g)
            for (int r = 0; r < filter->rowCount(filter->index(g, 0)); ++r) {
                const QModelIndex i = filter->index(r, ui::OrderItemModel::NameColumn, filter->index(g, 0));
                if (i.data(ui::OrderItemModel::AssetIdRole).toLongLong() == ids.value(kBillboard1))
                    row = i;
            }
        QVERIFY(row.isValid());
        view->scrollTo(row);
        const QPoint at = view->visualRect(row).center();
        // A widget's double click in QtTest is the second press only: the first one comes before.
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
        ui::AssetViewer* viewer = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((viewer = window.findChild<ui::AssetViewer*>()) != nullptr, 5000);
        QCOMPARE(viewer->assetId(), ids.value(kBillboard1));
        QTRY_VERIFY_WITH_TIMEOUT(!viewer->loading(), 30000);
        QVERIFY(!viewer->canvas()->image().isNull());
        auto* report = viewer->findChild<QPlainTextEdit*>(QStringLiteral("inspectionReport"));
        QVERIFY(report->toPlainText().contains(QStringLiteral("JPEG")));
        QCOMPARE(viewer->commentCount(), 1);
        QVERIFY(viewer->findChild<QLabel*>(QStringLiteral("viewerVerdict"))->text().contains(why1));
        QVERIFY(
            viewer->findChild<QListWidget*>(QStringLiteral("commentThread"))->item(0)->text().contains(ownerComment));
        const QString reply = QStringLiteral("Moved the title up; the fix is on its way.");
        viewer->findChild<QLineEdit*>(QStringLiteral("commentInput"))->setText(reply);
        viewer->findChild<QPushButton*>(QStringLiteral("commentPost"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(viewer->commentCount(), 2, 30000);
        const auto thread = owner.comments(pid, ids.value(kBillboard1));
        QVERIFY(thread);
        QCOMPARE(thread.value().last().body, reply);
        QCOMPARE(thread.value().last().author.name, QStringLiteral("Dana Okafor"));
        viewer->findChild<QCheckBox*>(QStringLiteral("safeZonesToggle"))->setChecked(true);
        QApplication::processEvents();
        QVERIFY(viewer->grab().save(QStringLiteral(APD_SHOT_DIR "/qc-viewer.png")));
        viewer->close();

        // A folder of fixes: the two rejected ones, the approved billboard again, a misnamed copy.
        QTemporaryDir fixes;
        QVERIFY(writeFix(fixes.filePath(kBillboard1), 21));
        QVERIFY(writeFix(fixes.filePath(kStory2), 22));
        QVERIFY(QFile::copy(samples.filePath(kBillboard2), fixes.filePath(kBillboard2)));
        QVERIFY(writeFix(fixes.filePath(QStringLiteral("The Quiet Harbor#storyart_na_02_zxx.jpg")), 23));
        ui::RedeliverySummaryDialog::setAutoClose(true);
        QSignalSpy done(window.qcLoop(), &ui::QcLoop::redeliveryFinished);
        QVERIFY(testing::dropFiles(window.findChild<ui::DropZone*>(QStringLiteral("dropZone")), {fixes.path()}));
        QVERIFY(done.wait(120000));
        const auto summary = ui::RedeliverySummaryDialog::lastSummary();
        QVERIFY(summary.has_value());
        QVERIFY2(summary->error.isEmpty(), qPrintable(summary->error));
        QStringList redelivered, skipped;
        for (const ui::RedeliverySummary::Line& l : summary->lines) {
            if (l.outcome == Outcome::Redelivered)
                redelivered << l.name;
            else if (l.outcome == Outcome::Skipped)
                skipped << l.name + QStringLiteral(": ") + l.reason;
            else
                QFAIL(qPrintable(l.name + QStringLiteral(" ") + l.reason));
        }
        redelivered.sort();
        QCOMPARE(redelivered, (QStringList{kBillboard1, kStory2}));
        QCOMPARE(skipped.size(), 2);
        QVERIFY2(skipped.join(u'\n').contains(QStringLiteral("rename it to \"%1\"").arg(kStory2)),
                 qPrintable(skipped.join(u'\n')));

        // The owner sees version 2 of exactly the rejected ones, delivered together.
        const auto seen = owner.project(pid);
        QVERIFY(seen);
        for (const QString& n : {kBillboard1, kStory2}) {
            QCOMPARE(seen.value().assetNamed(n)->asset.version, 2);
            QCOMPARE(seen.value().assetNamed(n)->asset.state, order::AssetState::Delivered);
        }
        QCOMPARE(seen.value().assetNamed(kBillboard2)->asset.version, 1);
        QCOMPARE(seen.value().assetNamed(kBillboard2)->asset.state, order::AssetState::Approved);
        QList<qint64> last = owner.deliveries(pid).value().first().assetIds;
        std::sort(last.begin(), last.end());
        QList<qint64> expected{ids.value(kBillboard1), ids.value(kStory2)};
        std::sort(expected.begin(), expected.end());
        QCOMPARE(last, expected);
        // And the rows follow: nothing is rejected any more.
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(model, ids.value(kBillboard1)), QStringLiteral("delivered"), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!window.busy(), 30000);
        QCOMPARE(filter->rowCount(), 0);

        // Rejected again; a fixed file dropped on its row replaces it and, once linked, is
        // ticked for delivery (not delivered: the designer decides).
        QVERIFY(owner.review(pid, ids.value(kBillboard1), false, QStringLiteral("Closer, but still too low.")));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(model, ids.value(kBillboard1)), QStringLiteral("rejected"), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!window.busy(), 30000);
        QModelIndex rejectedRow = filter->index(0, ui::OrderItemModel::NameColumn, filter->index(0, 0));
        QCOMPARE(rejectedRow.data(ui::OrderItemModel::AssetIdRole).toLongLong(), ids.value(kBillboard1));
        QTemporaryDir single;
        QVERIFY(writeFix(single.filePath(kBillboard1), 31));
        view->scrollTo(rejectedRow);
        // Nothing is asked: the drop on the rejected row says the file replaces it. Were the
        // replace question shown anyway, it would be answered "skip" and the test would fail.
        const int asked = ui::ReplaceDialog::timesAsked();
        ui::ReplaceDialog::setNextAnswers({{ui::ReplaceDialog::Answer::Skip, true}});
        QVERIFY(testing::dropFiles(view->viewport(), {single.filePath(kBillboard1)},
                                   view->visualRect(rejectedRow).center()));
        QTRY_VERIFY_WITH_TIMEOUT(!window.checksRunning(), 30000);
        QCOMPARE(ui::ReplaceDialog::timesAsked(), asked);
        ui::ReplaceDialog::setNextAnswers({});
        QTRY_VERIFY_WITH_TIMEOUT(model->checkedAssets().contains(ids.value(kBillboard1)), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(!window.busy(), 30000);
        QCOMPARE(stateOf(model, ids.value(kBillboard1)), QStringLiteral("linked"));
        QCOMPARE(owner.project(pid).value().assetNamed(kBillboard1)->asset.version, 3);
        QCOMPARE(owner.deliveries(pid).value().size(), 2); // offered, not sent
    }
};

QTEST_MAIN(TestQcLoop)
#include "TestQcLoop.moc"
