#pragma once

#include "portal/PortalClient.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace apd::settings {
class AppSettings;
}

namespace apd::ui {

class PortalSession;

// Signing in to a portal: its address (the recent ones offered in an editable list), the
// e-mail and the password. The call runs off the GUI thread; a refusal shows the portal's own
// reason, an unreachable portal says so plainly and, when this computer keeps a copy of that
// portal's projects, offers to work offline. Non-modal: signedIn() or workOffline() say how
// it ended. Test hooks: the widgets by objectName, submit(), errorText().
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    struct Outcome
    {
        portal::ConnectionSettings connection;
        QString token;
        portal::User user;
        QString email; // as typed
    };

    // `cachePath`: the offline cache, asked whether "work offline" can be offered.
    SignInDialog(settings::AppSettings& settings, QString cachePath, QWidget* parent = nullptr);
    ~SignInDialog() override;

    // A note above the fields (after a sign-out, an expired session, a keychain problem).
    void setNotice(const QString& text);
    QString errorText() const;
    bool busy() const;

public Q_SLOTS:
    void submit();

Q_SIGNALS:
    void signedIn(const apd::ui::SignInDialog::Outcome& outcome);
    // The portal is out of reach and the user chose the copy kept on this computer.
    void workOffline(const apd::portal::ConnectionSettings& connection, const QString& email);

private:
    void showError(const QString& text);
    void setWorking(bool working);

    settings::AppSettings& m_settings;
    QString m_cachePath;
    QComboBox* m_portal;
    QLineEdit* m_email;
    QLineEdit* m_password;
    QLabel* m_notice;
    QLabel* m_error;
    QPushButton* m_signIn;
    QPushButton* m_offline;
    PortalSession* m_session = nullptr;
    portal::ConnectionSettings m_connection;
};

} // namespace apd::ui

Q_DECLARE_METATYPE(apd::ui::SignInDialog::Outcome)
