#pragma once

#include "SignInDialog.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class QAction;

namespace apd::portal {
class TokenVault;
}
namespace apd::settings {
class AppSettings;
}

namespace apd::ui {

class MainWindow;
class OrderWindow;
class PortalSession;
class ProjectListDialog;

// The way from starting the app to an order on a real portal: the sign-in dialog (or the
// token kept in the keychain for the last portal), the project list, the order window with
// its File and Help menus; sign-out forgets the token. Tokens go to the TokenVault only; when
// it fails (no keychain on this machine) the app says so and keeps the token in memory for
// this run. With the portal out of reach, the lists and orders come from the offline cache.
// The demo mode goes the same way once signed in (showDemoWindow(), openDemo()): the same
// menus, the same project list and sign-out. What only an agency admin may do (ask access
// for team members, edit the team) is offered to that role only, with the reason otherwise.
//
// Test hooks: signInDialog(), projectList(), orderWindow(), keychainNotice(), userRole().
class PortalFlow : public QObject
{
    Q_OBJECT

public:
    PortalFlow(settings::AppSettings& settings, portal::TokenVault& vault, QString journalPath, QString cachePath,
               QObject* parent = nullptr);
    ~PortalFlow() override;

    // Tries the token kept for the last portal; shows the sign-in dialog when there is none.
    void start();
    void showSignIn(const QString& notice = {});
    void showProjects();
    void openProject(qint64 projectId);
    void signOut();
    // The demo: the order window at once (it says it is connecting while the demo portal
    // starts), then openDemo() signs in on that portal and opens its first project there.
    void showDemoWindow();
    void openDemo(const QUrl& server, const QString& email, const QString& password, const QString& journalPath,
                  const QString& cachePath, const QString& banner);

    SignInDialog* signInDialog() const;
    ProjectListDialog* projectList() const;
    OrderWindow* orderWindow() const;
    QString keychainNotice() const { return m_keychainNotice; }
    QString userRole() const { return m_role; }
    bool busy() const;

Q_SIGNALS:
    // Every window of the flow is closed (the user cancelled the sign-in or closed the list).
    void finished();

private:
    void onSignedIn(const SignInDialog::Outcome& outcome);
    void onWorkOffline(const portal::ConnectionSettings& connection, const QString& email);
    void useSession(const portal::ConnectionSettings& connection, const QString& token, const QString& email,
                    const QString& userName, const QString& role, bool listProjects = true);
    void loadProjects();
    OrderWindow* newWindow();
    void showOrder(qint64 projectId);
    // The File and Help menus of an order window, the demo's included: built here only.
    void addMenus(OrderWindow* window);
    void applyRole();
    void showNamingGuide();
    void showSettings(QWidget* parent);
    void showAccessRequest(QWidget* parent);
    void showTicket(QWidget* parent);
    void showCheckWindow();

    settings::AppSettings& m_settings;
    portal::TokenVault& m_vault;
    QString m_journalPath;
    QString m_cachePath;
    portal::ConnectionSettings m_connection;
    QString m_email;
    QString m_userName;
    QString m_role; // as the portal sent it; empty when not known (offline)
    QString m_keychainNotice;
    PortalSession* m_session = nullptr;
    QPointer<SignInDialog> m_signIn;
    QPointer<ProjectListDialog> m_projects;
    QPointer<OrderWindow> m_window;
    QPointer<MainWindow> m_checkWindow;
    QPointer<QAction> m_accessAction;
};

} // namespace apd::ui
