// The designer's flow in the window, against the real portal running in-process (the demo
// mode): open the order, drop the sample folder, see misnamed files kept out with their
// reasons, the rest uploaded and linked, deliver after the confirmation, see the states.
#include "ConfirmDialog.h"
#include "DemoPortal.h"
#include "DropZone.h"
#include "OrderItemModel.h"
#include "OrderWindow.h"
#include "OrderWindowDriver.h"
#include "ThumbnailLoader.h"
#include "i18n/Translations.h"
#include "samples/SampleFolder.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QListWidget>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace apd;

namespace {

// Request rows by their untranslated state name.
QHash<QString, int> states(const ui::OrderItemModel* model)
{
    QHash<QString, int> count;
    for (int g = 0; g < model->rowCount(); ++g) {
        const QModelIndex group = model->index(g, 0);
        for (int r = 0; r < model->rowCount(group); ++r) {
            const QModelIndex row = model->index(r, 0, group);
            if (row.data(ui::OrderItemModel::RowKindRole).toInt() == ui::OrderItemModel::RequestRow)
                ++count[row.data(ui::OrderItemModel::StateNameRole).toString()];
        }
    }
    return count;
}

} // namespace

class TestOrderWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dropUploadAndDeliverTheSampleFolder()
    {
        // The Spanish picture of the docs: APD_SCREENSHOT_LANGUAGE=es.
        if (const QString language = qEnvironmentVariable("APD_SCREENSHOT_LANGUAGE"); !language.isEmpty())
            QVERIFY(i18n::installTranslations(QLocale(language)));
        QTemporaryDir dir;
        ui::DemoPortal portal(dir.path());
        QSignalSpy started(&portal, &ui::DemoPortal::started);
        portal.startAsync();
        QVERIFY(started.wait(60000));
        QVERIFY2(started.first().first().toBool(), qPrintable(started.first().at(1).toString()));

        ui::OrderWindow window;
        QAbstractItemModelTester tester(window.orderModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.show();
        window.openPortal(QUrl(portal.baseUrl()), portal.email(), portal.password(),
                          dir.filePath(QStringLiteral("journal.sqlite")), QStringLiteral("demo"));
        QTRY_VERIFY_WITH_TIMEOUT(window.hasProject() && !window.busy(), 30000);
        const QHash<QString, int> before = states(window.orderModel());
        QVERIFY(before.value(QStringLiteral("empty")) > 10);

        auto* zone = window.findChild<ui::DropZone*>(QStringLiteral("dropZone"));
        QVERIFY(zone);
        QVERIFY(testing::dropFiles(zone, {portal.sampleFolder()}));
        QTRY_VERIFY_WITH_TIMEOUT(window.busy(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!window.busy(), 120000);

        // Misnamed files are kept out, each with its reason.
        int misnamed = 0;
        for (const auto& e : samples::SampleFolder::entries())
            misnamed += e.validName ? 0 : 1;
        QListWidget* refused = window.refusedList();
        QVERIFY2(refused->count() >= misnamed - 1, qPrintable(QString::number(refused->count())));
        bool spaceExplained = false;
        for (int i = 0; i < refused->count(); ++i)
            spaceExplained = spaceExplained || refused->item(i)->text().contains(QStringLiteral("space")) ||
                             refused->item(i)->text().contains(QStringLiteral("espacio"));
        QVERIFY(spaceExplained);

        // The rest went up, and the server linked them to their sources.
        const QHash<QString, int> after = states(window.orderModel());
        QVERIFY2(after.value(QStringLiteral("linked")) >= 5, qPrintable(QStringList(after.keys()).join(u',')));

        // Deliver what can be delivered, after the confirmation.
        ui::OrderItemModel* model = window.orderModel();
        int ticked = 0;
        for (const order::Asset& a : model->project().assets) {
            model->setAssetChecked(a.id, true);
            ticked += model->checkedAssets().contains(a.id) ? 1 : 0;
        }
        QVERIFY(ticked >= 5);
        ui::ConfirmDialog::setNextAnswer(true);
        window.deliverChecked();
        QTRY_VERIFY_WITH_TIMEOUT(states(window.orderModel()).value(QStringLiteral("delivered")) >= ticked, 30000);

        // The picture of a half-delivered order in the docs comes from here.
        const QString shot = qEnvironmentVariable("APD_SCREENSHOT");
        if (!shot.isEmpty()) {
            window.resize(1480, 1120);
            QTest::qWait(200);
            // The rows on screen asked for their thumbnails when painted: drawn once loaded.
            QTRY_VERIFY_WITH_TIMEOUT(!window.thumbnails()->busy(), 30000);
            QTest::qWait(200);
            QVERIFY(window.grab().save(shot));
        }
    }
};

QTEST_MAIN(TestOrderWindow)
#include "TestOrderWindow.moc"
