// Offline work: a real portal in process, signed in and the order opened (so the offline
// cache holds it); the portal is stopped; the project list and the order open from the cache,
// the window says it is offline and since when; dropped files are checked and queued, and
// stay queued when the window closes (the upload journal); the portal starts again on the same
// data directory and port; the window says it is online and every queued file arrives.
#include "ConnectionMonitor.h"
#include "QcLoop.h"
#include "DropZone.h"
#include "OrderWindow.h"
#include "OrderWindowDriver.h"
#include "PortalFlow.h"
#include "ProjectListDialog.h"
#include "ReplaceDialog.h"
#include "SignInDialog.h"
#include "UiTestSupport.h"
#include "portal/FakeTokenVault.h"
#include "portal/PortalClient.h"
#include "samples/SampleFolder.h"
#include "server/DemoSeed.h"
#include "server/PortalContext.h"
#include "server/PortalServer.h"
#include "settings/AppSettings.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QTemporaryDir>

using namespace apd;

namespace {

} // namespace

class TestOfflineOrder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::isolateSettings();
        ui::ConnectionMonitor::setIntervals(1000, 300);
    }

    void queuedOfflineAndSentWhenThePortalIsBack()
    {
        QTemporaryDir dir;
        server::ServerConfig config;
        config.dataDir = dir.filePath(QStringLiteral("portal"));
        config.port = 0;
        config.threads = 8;
        config.scryptN = 1 << 10; // the real KDF at a test cost
        config.scryptP = 1;
        QVERIFY(QDir().mkpath(config.dataDir));
        auto server = std::make_unique<server::PortalServer>(config);
        const Result<int> port = server->start();
        QVERIFY(port.ok());
        QString printed;
        QTextStream out(&printed);
        const auto accounts = server::DemoSeed::seed(server->context().store(), config, out);
        QVERIFY(accounts.ok());
        QString email, password;
        for (const auto& a : accounts.value())
            if (a.role == QLatin1String("agency-user")) {
                email = a.email;
                password = a.password;
            }
        const QString samples = dir.filePath(QStringLiteral("samples"));
        QVERIFY(samples::SampleFolder::write(samples).ok());
        QStringList good;
        for (const auto& e : samples::SampleFolder::entries())
            if (e.validName && !e.bloated && e.name.endsWith(QStringLiteral(".jpg")) && good.size() < 3)
                good << QDir(samples).filePath(e.name);
        QCOMPARE(good.size(), 3);
        const QString url = server->baseUrl();

        // Online: sign in, open the order (the cache keeps the list and the order).
        settings::AppSettings settings;
        portal::FakeTokenVault vault;
        ui::PortalFlow flow(settings, vault, dir.filePath(QStringLiteral("uploads.sqlite")),
                            dir.filePath(QStringLiteral("projects.sqlite")));
        flow.showSignIn();
        test::type(flow.signInDialog(), "portalAddress", url);
        test::type(flow.signInDialog(), "email", email);
        test::type(flow.signInDialog(), "password", password);
        flow.signInDialog()->submit();
        QTRY_VERIFY_WITH_TIMEOUT(flow.projectList() && flow.projectList()->projectCount() == 1, 20000);
        const qint64 projectId = flow.projectList()->selectedProject();
        flow.openProject(projectId);
        QTRY_VERIFY_WITH_TIMEOUT(flow.orderWindow() && flow.orderWindow()->hasProject() && !flow.orderWindow()->busy(),
                                 30000);
        const int requests = int(flow.orderWindow()->project().order.requests.size());
        flow.orderWindow()->close();
        QTRY_VERIFY(!flow.orderWindow());

        // The portal goes away.
        server->stop();
        server.reset();

        // Signing in now says the portal is out of reach and offers the copy kept here.
        {
            ui::SignInDialog dialog(settings, dir.filePath(QStringLiteral("projects.sqlite")));
            QStringList offline; // the e-mail of each "work offline"
            connect(&dialog, &ui::SignInDialog::workOffline, this,
                    [&offline](const portal::ConnectionSettings&, const QString& who) { offline << who; });
            dialog.show();
            test::type(&dialog, "portalAddress", url);
            test::type(&dialog, "email", email);
            test::type(&dialog, "password", password);
            dialog.submit();
            QTRY_VERIFY_WITH_TIMEOUT(!dialog.errorText().isEmpty(), 20000);
            QVERIFY(dialog.errorText().contains(QStringLiteral("cannot be reached")));
            auto* workOffline = test::child<QPushButton>(&dialog, "workOfflineButton");
            QVERIFY(workOffline->isVisible());
            QTest::mouseClick(workOffline, Qt::LeftButton);
            QCOMPARE(offline, QStringList{email});
        }

        flow.showProjects();
        QTRY_VERIFY_WITH_TIMEOUT(flow.projectList()->projectCount() == 1 &&
                                     test::child<QLabel>(flow.projectList(), "projectListState")
                                         ->text()
                                         .startsWith(QStringLiteral("Offline")),
                                 20000);
        flow.projectList()->openSelected();
        QTRY_VERIFY_WITH_TIMEOUT(flow.orderWindow() && flow.orderWindow()->hasProject(), 20000);
        ui::OrderWindow* window = flow.orderWindow();
        QCOMPARE(int(window->project().order.requests.size()), requests);
        QLabel* state = test::child<QLabel>(window, "connectionState");
        QTRY_VERIFY_WITH_TIMEOUT(state->text().startsWith(QStringLiteral("Offline since")), 10000);
        QVERIFY(!window->connectionMonitor()->online());
        QVERIFY(window->connectionMonitor()->since().isValid());
        QVERIFY(!state->toolTip().isEmpty());

        // Dropped while offline: checked and queued, not refused.
        QVERIFY(testing::dropFiles(test::child<ui::DropZone>(window, "dropZone"), {good.at(0)}));
        QTRY_VERIFY_WITH_TIMEOUT(window->busy(), 5000);
        QTest::qWait(1500); // checked; the upload waits for the portal
        QVERIFY(window->busy());
        QCOMPARE(window->refusedList()->count(), 0);

        // The window closes with the file still queued (as when the app quits): the journal keeps
        // it. The order opens again, still offline, and one more file is dropped.
        window->close();
        QTRY_VERIFY(!flow.orderWindow());
        flow.openProject(projectId);
        QTRY_VERIFY_WITH_TIMEOUT(flow.orderWindow() && flow.orderWindow()->hasProject(), 20000);
        window = flow.orderWindow();
        state = test::child<QLabel>(window, "connectionState");
        QTRY_VERIFY_WITH_TIMEOUT(state->text().startsWith(QStringLiteral("Offline since")), 10000);
        QVERIFY(testing::dropFiles(test::child<ui::DropZone>(window, "dropZone"), {good.at(1)}));
        QTRY_VERIFY_WITH_TIMEOUT(window->busy(), 5000);
        QTest::qWait(1500);
        QVERIFY(window->busy());
        QCOMPARE(window->refusedList()->count(), 0);
        QVERIFY(test::shoot(window, QStringLiteral("order-offline-en")));

        // The portal is back on the same data and port: online again, and the files arrive.
        config.port = port.value();
        server = std::make_unique<server::PortalServer>(config);
        QVERIFY(server->start().ok());
        QTRY_VERIFY_WITH_TIMEOUT(state->text() == ui::ConnectionMonitor::tr("Online"), 20000);
        // Opened while away, the QC loop learns who the user is once the portal answers (the
        // chat and @mentions need it).
        QTRY_VERIFY_WITH_TIMEOUT(window->qcLoop()->userId() != 0, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(!window->busy(), 120000);
        QVERIFY2(window->refusedList()->count() == 0,
                 qPrintable(window->refusedList()->count() ? window->refusedList()->item(0)->text() : QString()));

        // Both arrive: the one of this window and the one the journal kept from the closed one.
        portal::PortalClient check{portal::ConnectionSettings(QUrl(url))};
        QVERIFY(check.signIn(email, password).ok());
        const auto arrived = [&](const QString& path) {
            const auto detail = check.project(projectId);
            return detail.ok() && detail.value().assetNamed(QFileInfo(path).fileName()) != nullptr;
        };
        QVERIFY(arrived(good.at(1)));
        QTRY_VERIFY_WITH_TIMEOUT(arrived(good.at(0)), 120000);
        // And the window shows the order as the portal has it now, both files included.
        QTRY_VERIFY_WITH_TIMEOUT(window->project().assetNamed(QFileInfo(good.at(0)).fileName()) &&
                                     window->project().assetNamed(QFileInfo(good.at(1)).fileName()),
                                 30000);
        const auto before = check.project(projectId);
        QVERIFY(before.ok());
        const int versionBefore = before.value().assetNamed(QFileInfo(good.at(0)).fileName())->asset.version;
        flow.orderWindow()->close();
        server->stop();

        // A fresh start with the portal away and no token kept (no keychain): the sign-in
        // offers the copy on this computer; the order opens from it, and a dropped file is
        // checked and held (in the journal) until the user signs in.
        portal::FakeTokenVault empty;
        ui::PortalFlow fresh(settings, empty, dir.filePath(QStringLiteral("uploads.sqlite")),
                             dir.filePath(QStringLiteral("projects.sqlite")));
        fresh.start();
        QTRY_VERIFY(fresh.signInDialog() && fresh.signInDialog()->isVisible());
        QCOMPARE(test::child<QComboBox>(fresh.signInDialog(), "portalAddress")->currentText(), url);
        test::type(fresh.signInDialog(), "password", password);
        fresh.signInDialog()->submit();
        auto* workOffline = test::child<QPushButton>(fresh.signInDialog(), "workOfflineButton");
        QTRY_VERIFY_WITH_TIMEOUT(workOffline->isVisible(), 20000);
        QTest::mouseClick(workOffline, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(fresh.projectList() && fresh.projectList()->projectCount() == 1, 20000);
        fresh.projectList()->openSelected();
        QTRY_VERIFY_WITH_TIMEOUT(fresh.orderWindow() && fresh.orderWindow()->hasProject(), 20000);
        ui::OrderWindow* held = fresh.orderWindow();
        QCOMPARE(int(held->project().order.requests.size()), requests);
        // The first file is on the portal already (the copy on this computer says so): it is
        // asked about; it and a new one are held for want of a session, not refused.
        ui::ReplaceDialog::setNextAnswers({{ui::ReplaceDialog::Answer::Replace, false}});
        const int asked = ui::ReplaceDialog::timesAsked();
        QVERIFY(testing::dropFiles(test::child<ui::DropZone>(held, "dropZone"), {good.at(0), good.at(2)}));
        QTRY_COMPARE_WITH_TIMEOUT(held->heldForSignIn(), 2, 20000);
        QCOMPARE(ui::ReplaceDialog::timesAsked(), asked + 1);
        QCOMPARE(held->refusedList()->count(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!held->busy(), 20000); // held files wait for the user, not for the window
        QVERIFY(test::child<QLabel>(held, "statusSummary")->text().contains(QStringLiteral("sign in")));

        // The portal is back: the window asks for a sign-in, and with it the held file goes.
        server = std::make_unique<server::PortalServer>(config);
        QVERIFY(server->start().ok());
        QTRY_VERIFY_WITH_TIMEOUT(fresh.signInDialog() && fresh.signInDialog()->isVisible(), 20000);
        QVERIFY(test::child<QLabel>(held, "statusSummary")->text().contains(QStringLiteral("sign in")));
        test::type(fresh.signInDialog(), "password", password);
        fresh.signInDialog()->submit();
        QTRY_COMPARE_WITH_TIMEOUT(held->heldForSignIn(), 0, 20000);
        QCOMPARE(fresh.orderWindow(), held); // the same window goes on, no project list in between
        QTRY_VERIFY_WITH_TIMEOUT(!held->busy(), 120000);
        QCOMPARE(held->refusedList()->count(), 0);
        // The new file arrived; the replacement of the first, the same bytes, made no new version.
        QVERIFY(arrived(good.at(2)));
        const auto after = check.project(projectId);
        QVERIFY(after.ok());
        QCOMPARE(after.value().assetNamed(QFileInfo(good.at(0)).fileName())->asset.version, versionBefore);
        held->close();
        server->stop();
    }
};

QTEST_MAIN(TestOfflineOrder)
#include "TestOfflineOrder.moc"
