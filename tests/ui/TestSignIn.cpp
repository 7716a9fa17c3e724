// Getting to an order on a portal: the sign-in dialog against the real portal in process,
// refusals with the portal's reason, an unreachable portal, the project list, the order
// window, sign-out; the token kept through the (fake) keychain, and a keychain that fails.
#include "ClosedPort.h"
#include "ConnectionMonitor.h"
#include "DemoPortal.h"
#include "OrderWindow.h"
#include "PortalFlow.h"
#include "ProjectListDialog.h"
#include "SignInDialog.h"
#include "UiTestSupport.h"
#include "portal/FakeTokenVault.h"
#include "portal/PortalClient.h"
#include "portal/TokenStore.h"
#include "settings/AppSettings.h"

#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace apd;

class TestSignIn : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ui::DemoPortal> m_portal;

    QString journal() const { return m_dir.filePath(QStringLiteral("uploads.sqlite")); }
    QString cache() const { return m_dir.filePath(QStringLiteral("projects.sqlite")); }

    // Fills the dialog and presses Sign in.
    static void signIn(ui::SignInDialog* dialog, const QString& address, const QString& email, const QString& password)
    {
        test::type(dialog, "portalAddress", address);
        test::type(dialog, "email", email);
        test::type(dialog, "password", password);
        QTest::mouseClick(test::child<QPushButton>(dialog, "signInButton"), Qt::LeftButton);
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::isolateSettings();
        m_portal = std::make_unique<ui::DemoPortal>(m_dir.path());
        QVERIFY(m_portal->start().ok());
    }

    void init() { QSettings().clear(); }

    void signInOpenTheOrderAndSignOut()
    {
        settings::AppSettings settings;
        portal::FakeTokenVault vault;
        ui::PortalFlow flow(settings, vault, journal(), cache());
        flow.start();
        QTRY_VERIFY(flow.signInDialog() && flow.signInDialog()->isVisible());
        QVERIFY(!test::child<QPushButton>(flow.signInDialog(), "workOfflineButton")->isVisible());
        test::type(flow.signInDialog(), "portalAddress", m_portal->baseUrl());
        test::type(flow.signInDialog(), "email", m_portal->email());
        QVERIFY(test::shoot(flow.signInDialog(), QStringLiteral("sign-in-en")));
        signIn(flow.signInDialog(), m_portal->baseUrl(), m_portal->email(), m_portal->password());

        QTRY_VERIFY_WITH_TIMEOUT(flow.projectList() && flow.projectList()->projectCount() == 1, 20000);
        QVERIFY(flow.projectList()->isVisible());
        auto* title = test::child<QLabel>(flow.projectList(), "projectListTitle");
        QVERIFY(title->text().contains(QStringLiteral("Dana")));
        QVERIFY(flow.keychainNotice().isEmpty());
        // The token went to the keychain, the portal to the recent ones, the e-mail is remembered.
        QTRY_COMPARE(vault.tokens().size(), 1);
        const QString token = vault.tokens().value(portal::TokenStore::keyFor(QUrl(m_portal->baseUrl())));
        QVERIFY(!token.isEmpty());
        QCOMPARE(settings.recentPortals().value(0), m_portal->baseUrl());
        QCOMPARE(settings.lastEmail(), m_portal->email());
        QVERIFY(test::shoot(flow.projectList(), QStringLiteral("project-list-en")));

        flow.projectList()->openSelected();
        QTRY_VERIFY(flow.orderWindow());
        QTRY_VERIFY_WITH_TIMEOUT(flow.orderWindow()->hasProject() && !flow.orderWindow()->busy(), 30000);
        QCOMPARE(flow.orderWindow()->project().summary.title, QStringLiteral("The Quiet Harbor"));
        QVERIFY(!flow.projectList()->isVisible());
        auto* state = test::child<QLabel>(flow.orderWindow(), "connectionState");
        QCOMPARE(state->text(), ui::ConnectionMonitor::tr("Online"));
        QVERIFY(flow.orderWindow()->menuBar()->findChild<QMenu*>(QStringLiteral("helpMenu")));

        // Sign out: the portal ends the session, the keychain forgets the token.
        auto* signOut = flow.orderWindow()->findChild<QAction*>(QStringLiteral("signOutAction"));
        QVERIFY(signOut);
        signOut->trigger();
        QTRY_VERIFY(flow.signInDialog() && flow.signInDialog()->isVisible());
        QTRY_VERIFY(vault.tokens().isEmpty());
        QTRY_VERIFY(!flow.orderWindow());
        QTRY_VERIFY_WITH_TIMEOUT(!flow.busy(), 10000);
        portal::PortalClient old{portal::ConnectionSettings(QUrl(m_portal->baseUrl())), token};
        QTRY_VERIFY_WITH_TIMEOUT(!old.me().ok(), 10000);
        // The dialog offers the last portal and e-mail again.
        auto* address = test::child<QComboBox>(flow.signInDialog(), "portalAddress");
        QCOMPARE(address->currentText(), m_portal->baseUrl());
    }

    void aKeptTokenSkipsTheSignIn()
    {
        settings::AppSettings settings;
        portal::FakeTokenVault vault;
        {
            ui::PortalFlow first(settings, vault, journal(), cache());
            first.start();
            QTRY_VERIFY(first.signInDialog());
            signIn(first.signInDialog(), m_portal->baseUrl(), m_portal->email(), m_portal->password());
            QTRY_VERIFY_WITH_TIMEOUT(first.projectList() && first.projectList()->projectCount() == 1, 20000);
            QTRY_COMPARE(vault.tokens().size(), 1);
        }
        ui::PortalFlow next(settings, vault, journal(), cache());
        next.start();
        QTRY_VERIFY_WITH_TIMEOUT(next.projectList() && next.projectList()->projectCount() == 1, 20000);
        QVERIFY(!next.signInDialog() || !next.signInDialog()->isVisible());
    }

    void aWrongPasswordIsRefusedWithThePortalsReason()
    {
        settings::AppSettings settings;
        ui::SignInDialog dialog(settings, cache());
        QSignalSpy signedIn(&dialog, &ui::SignInDialog::signedIn);
        dialog.show();
        signIn(&dialog, m_portal->baseUrl(), m_portal->email(), QStringLiteral("not-the-password"));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.errorText().isEmpty(), 20000);
        portal::PortalClient direct{portal::ConnectionSettings(QUrl(m_portal->baseUrl()))};
        const auto refused = direct.signIn(m_portal->email(), QStringLiteral("not-the-password"));
        QVERIFY(!refused);
        QVERIFY2(dialog.errorText().contains(refused.error().message), qPrintable(dialog.errorText()));
        QCOMPARE(signedIn.count(), 0);
        QVERIFY(dialog.isVisible());
        QVERIFY(settings.recentPortals().isEmpty()); // only a portal that let the user in is remembered
    }

    void anUnreachablePortalIsRefusedClearly()
    {
        test::ClosedPort closed;
        settings::AppSettings settings;
        ui::SignInDialog dialog(settings, cache());
        dialog.show();
        const QString address = QStringLiteral("http://127.0.0.1:%1").arg(closed.port());
        signIn(&dialog, address, m_portal->email(), QStringLiteral("whatever"));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.errorText().isEmpty(), 20000);
        QVERIFY2(dialog.errorText().contains(QStringLiteral("cannot be reached")), qPrintable(dialog.errorText()));
        QVERIFY(dialog.errorText().contains(address));
        // Nothing of that portal is kept here: no offline work to offer.
        QVERIFY(!test::child<QPushButton>(&dialog, "workOfflineButton")->isVisible());
        QVERIFY(test::shoot(&dialog, QStringLiteral("sign-in-unreachable-en")));
    }

    void badInputIsRefusedBeforeAnyCall_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("says");
        QTest::newRow("no address") << ""
                                    << "a@b.c"
                                    << "pw"
                                    << "address";
        QTest::newRow("ftp") << "ftp://portal.example"
                             << "a@b.c"
                             << "pw"
                             << "https://";
        QTest::newRow("no e-mail") << "portal.example"
                                   << ""
                                   << "pw"
                                   << "e-mail";
        QTest::newRow("no password") << "portal.example"
                                     << "a@b.c"
                                     << ""
                                     << "password";
    }
    void badInputIsRefusedBeforeAnyCall()
    {
        QFETCH(QString, address);
        QFETCH(QString, email);
        QFETCH(QString, password);
        QFETCH(QString, says);
        settings::AppSettings settings;
        ui::SignInDialog dialog(settings, cache());
        dialog.show();
        signIn(&dialog, address, email, password);
        QVERIFY(!dialog.busy());
        QVERIFY2(dialog.errorText().contains(says), qPrintable(dialog.errorText()));
    }

    // No keychain: the app says so plainly and keeps the token for this run only.
    void aFailingKeychainIsSaidPlainly()
    {
        settings::AppSettings settings;
        portal::FakeTokenVault vault;
        vault.setFailure(QStringLiteral("No Secret Service on this machine"));
        ui::PortalFlow flow(settings, vault, journal(), cache());
        flow.start();
        QTRY_VERIFY(flow.signInDialog());
        signIn(flow.signInDialog(), m_portal->baseUrl(), m_portal->email(), m_portal->password());
        QTRY_VERIFY_WITH_TIMEOUT(flow.projectList() && flow.projectList()->projectCount() == 1, 20000);
        QTRY_VERIFY(!flow.projectList()->notice().isEmpty());
        QVERIFY(flow.projectList()->notice().contains(QStringLiteral("No Secret Service on this machine")));
        QVERIFY(flow.projectList()->notice().contains(QStringLiteral("until you")));
        QVERIFY(vault.tokens().isEmpty());
        // Still signed in for this run: the order opens.
        flow.openProject(flow.projectList()->selectedProject());
        QTRY_VERIFY_WITH_TIMEOUT(flow.orderWindow() && flow.orderWindow()->hasProject(), 30000);
        QVERIFY(test::shoot(flow.projectList(), QStringLiteral("project-list-keychain-en")));
    }

    // Last: the Spanish pictures (the translator stays installed).
    void spanishScreens()
    {
        QVERIFY(i18n::installTranslations(QLocale(QLocale::Spanish, QLocale::Spain)));
        settings::AppSettings settings;
        settings.addRecentPortal(m_portal->baseUrl());
        settings.addRecentPortal(QStringLiteral("https://artwork.northlight.example"));
        portal::FakeTokenVault vault;
        ui::PortalFlow flow(settings, vault, journal(), cache());
        flow.showSignIn();
        test::type(flow.signInDialog(), "email", m_portal->email());
        QVERIFY(test::shoot(flow.signInDialog(), QStringLiteral("sign-in-es")));
        test::type(flow.signInDialog(), "portalAddress", m_portal->baseUrl());
        signIn(flow.signInDialog(), m_portal->baseUrl(), m_portal->email(), m_portal->password());
        QTRY_VERIFY_WITH_TIMEOUT(flow.projectList() && flow.projectList()->projectCount() == 1, 20000);
        QVERIFY(test::shoot(flow.projectList(), QStringLiteral("project-list-es")));
        // Dates in the chosen language, whatever the system's is.
        const QLocale spanish(QLocale::Spanish, QLocale::Spain);
        const QString listed = test::child<QTreeWidget>(flow.projectList(), "projectList")->topLevelItem(0)->text(6);
        QVERIFY2(spanish.toDateTime(listed, spanish.dateTimeFormat(QLocale::ShortFormat)).isValid(),
                 qPrintable(listed));
        {
            portal::ProjectSummary p;
            p.id = 7;
            p.title = QStringLiteral("Harbor");
            p.updatedAt = QDateTime(QDate(2026, 3, 9), QTime(14, 5), Qt::UTC);
            ui::ProjectListDialog list;
            list.setProjects(QStringLiteral("portal"), QStringLiteral("Ana"), {p}, true, p.updatedAt);
            const QString shown = test::child<QTreeWidget>(&list, "projectList")->topLevelItem(0)->text(6);
            const QString expected = spanish.toString(p.updatedAt.toLocalTime(), QLocale::ShortFormat);
            QCOMPARE(shown, expected);
            QVERIFY(shown != QLocale(QLocale::English, QLocale::UnitedStates)
                                 .toString(p.updatedAt.toLocalTime(), QLocale::ShortFormat));
            QVERIFY(test::child<QLabel>(&list, "projectListState")->text().contains(expected));
        }
        test::ClosedPort closed;
        ui::SignInDialog dialog(settings, cache());
        dialog.show();
        signIn(&dialog, QStringLiteral("http://127.0.0.1:%1").arg(closed.port()), m_portal->email(),
               QStringLiteral("x"));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.errorText().isEmpty(), 20000);
        QVERIFY(test::shoot(&dialog, QStringLiteral("sign-in-unreachable-es")));
    }
};

QTEST_MAIN(TestSignIn)
#include "TestSignIn.moc"
