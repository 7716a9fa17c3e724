#pragma once

#include "SignInDialog.h"

#include <QObject>
#include <QPointer>

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
//
// Test hooks: signInDialog(), projectList(), orderWindow(), keychainNotice().
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

    SignInDialog* signInDialog() const;
    ProjectListDialog* projectList() const;
    OrderWindow* orderWindow() const;
    QString keychainNotice() const { return m_keychainNotice; }
    bool busy() const;

Q_SIGNALS:
    // Every window of the flow is closed (the user cancelled the sign-in or closed the list).
    void finished();

private:
    void onSignedIn(const SignInDialog::Outcome& outcome);
    void onWorkOffline(const portal::ConnectionSettings& connection, const QString& email);
    void useSession(const portal::ConnectionSettings& connection, const QString& token, const QString& email,
                    const QString& userName);
    void loadProjects();
    void addMenus(OrderWindow* window);
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
    QString m_keychainNotice;
    PortalSession* m_session = nullptr;
    QPointer<SignInDialog> m_signIn;
    QPointer<ProjectListDialog> m_projects;
    QPointer<OrderWindow> m_window;
    QPointer<MainWindow> m_checkWindow;
};

} // namespace apd::ui
