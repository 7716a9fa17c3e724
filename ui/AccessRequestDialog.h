#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace apd::ui {

class PortalSession;

// Asks the portal's support for an account for a team member: full name, e-mail, company,
// role. The portal's answer (its reference number, or its reason for refusing) is shown in the
// dialog. Test hooks: widgets by objectName, submit(), resultText().
class AccessRequestDialog : public QDialog
{
    Q_OBJECT

public:
    AccessRequestDialog(PortalSession* session, const QString& company, QWidget* parent = nullptr);

    QString resultText() const;
    bool busy() const { return m_busy; }

public Q_SLOTS:
    void submit();

Q_SIGNALS:
    void sent(qint64 requestId);

private:
    void showResult(const QString& text, bool error);

    PortalSession* m_session;
    QLineEdit* m_name;
    QLineEdit* m_email;
    QLineEdit* m_company;
    QComboBox* m_role;
    QLabel* m_result;
    QPushButton* m_send;
    bool m_busy = false;
};

} // namespace apd::ui
