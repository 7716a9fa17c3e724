// The demo mode's window, as `artwork-portal --demo` opens it, against the real demo portal in
// process: the same File and Help menus as a sign-in on any portal, and what only an agency
// admin may do (ask access for team members, set the assignee and the collaborators) offered
// to that role only, for the designer greyed out with the reason. Both roles are the demo
// portal's own seeded users.
#include "AccessRequestDialog.h"
#include "ClosedPort.h"
#include "DemoPortal.h"
#include "NamingGuideDialog.h"
#include "OrderWindow.h"
#include "PortalFlow.h"
#include "PortalSession.h"
#include "ProjectListDialog.h"
#include "UiTestSupport.h"
#include "portal/FakeTokenVault.h"
#include "settings/AppSettings.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QToolButton>

#include <memory>

using namespace apd;

class TestDemoWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ui::DemoPortal> m_portal;

    // Opens the demo as `email`, as main() does: the window first, then the sign-in.
    void open(ui::PortalFlow& flow, const QString& email, const QString& password)
    {
        flow.showDemoWindow();
        QVERIFY(flow.orderWindow());
        QVERIFY(flow.orderWindow()->isVisible());
        const QString tag = email.section(QLatin1Char('@'), 0, 0);
        flow.openDemo(QUrl(m_portal->baseUrl()), email, password,
                      m_dir.filePath(tag + QStringLiteral("-journal.sqlite")),
                      m_dir.filePath(tag + QStringLiteral("-cache.sqlite")), QStringLiteral("Demo portal"));
        QVERIFY(QTest::qWaitFor(
            [&flow] { return flow.orderWindow() && flow.orderWindow()->hasProject() && !flow.orderWindow()->busy(); },
            30000));
        QVERIFY(!flow.projectList() || !flow.projectList()->isVisible()); // the order opens at once
    }

    static QAction* action(QWidget* window, const char* name)
    {
        auto* a = window->findChild<QAction*>(QString::fromLatin1(name));
        if (!a)
            qWarning("no action %s", name);
        return a;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::isolateSettings();
        m_portal = std::make_unique<ui::DemoPortal>(m_dir.path());
        QSignalSpy started(m_portal.get(), &ui::DemoPortal::started);
        m_portal->startAsync();
        QVERIFY(started.wait(60000));
        QVERIFY2(started.first().first().toBool(), qPrintable(started.first().at(1).toString()));
        QVERIFY(!m_portal->adminEmail().isEmpty());
    }

    void theDemoWindowHasTheMenusOfAnyPortal()
    {
        settings::AppSettings settings;
        portal::FakeTokenVault vault;
        ui::PortalFlow flow(settings, vault, QString(), QString());
        open(flow, m_portal->email(), m_portal->password());
        if (QTest::currentTestFailed())
            return;
        ui::OrderWindow* window = flow.orderWindow();
        QVERIFY(window->windowTitle().contains(QStringLiteral("Demo portal")));
        auto* file = window->menuBar()->findChild<QMenu*>(QStringLiteral("fileMenu"));
        auto* help = window->menuBar()->findChild<QMenu*>(QStringLiteral("helpMenu"));
        QVERIFY(file && help);
        QCOMPARE(window->menuBar()->actions().size(), 2); // File and Help, once each
        for (const char* name : {"projectsAction", "checkWindowAction", "settingsAction", "signOutAction"})
            QVERIFY2(file->actions().contains(action(window, name)), name);
        for (const char* name : {"namingGuideAction", "accessRequestAction", "ticketAction"})
            QVERIFY2(help->actions().contains(action(window, name)), name);
        // The demo's token stays out of the keychain.
        QVERIFY(vault.tokens().isEmpty());

        // Help → Naming guide: the names of the demo order.
        action(window, "namingGuideAction")->trigger();
        auto* guide = window->findChild<ui::NamingGuideDialog*>(QStringLiteral("namingGuide"));
        QVERIFY(guide);
        QTRY_VERIFY(guide->isVisible());
        const QString names = test::child<QTextBrowser>(guide, "namingGuideText")->toPlainText();
        QVERIFY2(names.contains(QStringLiteral("The_Quiet_Harbor#")), qPrintable(names.left(200)));
        QVERIFY(names.contains(QStringLiteral("storyart_na_01_zxx")));
        guide->close();

        // Help → Ask support: about the demo project.
        action(window, "ticketAction")->trigger();
        QTRY_VERIFY(window->findChild<QDialog*>(QStringLiteral("ticketDialog")));
        window->findChild<QDialog*>(QStringLiteral("ticketDialog"))->close();

        // File → Settings and File → Projects: the demo portal's project list.
        action(window, "settingsAction")->trigger();
        QTRY_VERIFY(window->findChild<QDialog*>(QStringLiteral("settingsDialog")));
        window->findChild<QDialog*>(QStringLiteral("settingsDialog"))->close();
        action(window, "projectsAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(flow.projectList() && flow.projectList()->projectCount() == 1, 20000);
        QCOMPARE(flow.projectList()->selectedProject(), window->project().summary.id);
        flow.projectList()->hide();

        // File → Sign out: the sign-in dialog, the window goes.
        action(window, "signOutAction")->trigger();
        QTRY_VERIFY(flow.signInDialog() && flow.signInDialog()->isVisible());
        QTRY_VERIFY(!flow.orderWindow());
    }

    void aDesignerIsNotOfferedWhatOnlyTheAdminMayDo()
    {
        settings::AppSettings settings;
        portal::FakeTokenVault vault;
        ui::PortalFlow flow(settings, vault, QString(), QString());
        open(flow, m_portal->email(), m_portal->password());
        if (QTest::currentTestFailed())
            return;
        ui::OrderWindow* window = flow.orderWindow();
        QCOMPARE(flow.userRole(), QStringLiteral("agency-user"));
        QAction* access = action(window, "accessRequestAction");
        QVERIFY(access);
        QVERIFY(!access->isEnabled());
        QVERIFY2(access->toolTip().contains(QStringLiteral("admin")), qPrintable(access->toolTip()));
        QVERIFY(window->menuBar()->findChild<QMenu*>(QStringLiteral("helpMenu"))->toolTipsVisible());
        for (const char* name : {"assigneeButton", "collaboratorsButton"}) {
            auto* plus = test::child<QToolButton>(window, name);
            QVERIFY(plus);
            QVERIFY2(!plus->isEnabled(), name);
            QVERIFY2(plus->toolTip().contains(QStringLiteral("admin")), qPrintable(plus->toolTip()));
        }
        // Triggered anyway (a shortcut, say), nothing opens.
        access->trigger();
        QTest::qWait(50);
        QVERIFY(!window->findChild<ui::AccessRequestDialog*>());
        // And the portal agrees: it refuses the designer.
        portal::PortalClient direct(portal::ConnectionSettings(QUrl(m_portal->baseUrl())), window->session()->token());
        const auto refused =
            direct.requestAccess(QStringLiteral("Ana Perez"), QStringLiteral("ana@lumen.example"), QStringLiteral("x"));
        QVERIFY(!refused);
        QCOMPARE(direct.lastStatus(), 403);
        QVERIFY(test::shoot(window, QStringLiteral("demo-window-designer-en")));
    }

    void theAdminAsksAccessAndEditsTheTeam()
    {
        settings::AppSettings settings;
        portal::FakeTokenVault vault;
        ui::PortalFlow flow(settings, vault, QString(), QString());
        open(flow, m_portal->adminEmail(), m_portal->adminPassword());
        if (QTest::currentTestFailed())
            return;
        ui::OrderWindow* window = flow.orderWindow();
        QCOMPARE(flow.userRole(), QStringLiteral("agency-admin"));
        for (const char* name : {"assigneeButton", "collaboratorsButton"}) {
            auto* plus = test::child<QToolButton>(window, name);
            QVERIFY(plus && plus->isEnabled());
            QVERIFY(!plus->toolTip().contains(QStringLiteral("admin")));
        }
        QAction* access = action(window, "accessRequestAction");
        QVERIFY(access && access->isEnabled());
        access->trigger();
        auto* dialog = window->findChild<ui::AccessRequestDialog*>(QStringLiteral("accessRequestDialog"));
        QVERIFY(dialog);
        QSignalSpy sent(dialog, &ui::AccessRequestDialog::sent);
        QCOMPARE(test::child<QLineEdit>(dialog, "accessCompany")->text(), window->project().summary.company.name);
        test::type(dialog, "accessName", QStringLiteral("Ana Pérez"));
        test::type(dialog, "accessEmail", QStringLiteral("ana.perez@lumen.example"));
        QTest::mouseClick(test::child<QPushButton>(dialog, "sendAccessRequest"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(sent.count(), 1, 20000);
        QVERIFY(sent.first().first().toLongLong() > 0);
    }

    void aFailedSignInIsShownInTheWindow_data()
    {
        QTest::addColumn<bool>("reachable");
        QTest::newRow("wrong password") << true;
        QTest::newRow("portal out of reach") << false;
    }

    void aFailedSignInIsShownInTheWindow()
    {
        QFETCH(bool, reachable);
        settings::AppSettings settings;
        portal::FakeTokenVault vault;
        ui::PortalFlow flow(settings, vault, QString(), QString());
        flow.showDemoWindow();
        test::ClosedPort closed;
        const QUrl server(reachable ? m_portal->baseUrl() : QStringLiteral("http://127.0.0.1:%1").arg(closed.port()));
        flow.openDemo(server, m_portal->email(), QStringLiteral("not the password"),
                      m_dir.filePath(QStringLiteral("j")), m_dir.filePath(QStringLiteral("c")),
                      QStringLiteral("Demo portal"));
        ui::OrderWindow* window = flow.orderWindow();
        QVERIFY(window);
        QTRY_VERIFY_WITH_TIMEOUT(test::child<QLabel>(window, "statusSummary")->text().contains(QStringLiteral("demo")),
                                 20000);
        QVERIFY(!window->hasProject());
        QVERIFY(test::child<QLabel>(window, "projectHeader")->text().contains(QStringLiteral("could not")));
        QVERIFY(flow.userRole().isEmpty());
        QVERIFY(!action(window, "accessRequestAction")->isEnabled());
    }

    // Last: the Spanish pictures (the translator stays installed).
    void spanishScreens()
    {
        QVERIFY(i18n::installTranslations(QLocale(QLocale::Spanish, QLocale::Spain)));
        settings::AppSettings settings;
        portal::FakeTokenVault vault;
        ui::PortalFlow flow(settings, vault, QString(), QString());
        open(flow, m_portal->email(), m_portal->password());
        if (QTest::currentTestFailed())
            return;
        ui::OrderWindow* window = flow.orderWindow();
        QAction* access = action(window, "accessRequestAction");
        QVERIFY(!access->isEnabled());
        QVERIFY2(access->toolTip().contains(QStringLiteral("equipo")), qPrintable(access->toolTip())); // in Spanish
        QVERIFY(test::shoot(window, QStringLiteral("demo-window-designer-es")));
        auto* help = window->menuBar()->findChild<QMenu*>(QStringLiteral("helpMenu"));
        help->popup(window->mapToGlobal(QPoint(60, 20)));
        QTRY_VERIFY(help->isVisible());
        QVERIFY(test::shoot(help, QStringLiteral("demo-help-menu-es")));
        help->hide();
    }
};

QTEST_MAIN(TestDemoWindow)
#include "TestDemoWindow.moc"
