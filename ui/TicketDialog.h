#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace apd::ui {

class PortalSession;

// Opens a help ticket with the portal's support: a subject and what happened, about the open
// project when there is one. Shows the ticket's number, or the portal's reason for refusing.
// Test hooks: widgets by objectName, submit(), resultText().
class TicketDialog : public QDialog
{
    Q_OBJECT

public:
    // `projectId` 0: not about a project.
    TicketDialog(PortalSession* session, qint64 projectId, const QString& projectTitle, QWidget* parent = nullptr);

    QString resultText() const;
    bool busy() const { return m_busy; }

public Q_SLOTS:
    void submit();

Q_SIGNALS:
    void sent(qint64 ticketId);

private:
    void showResult(const QString& text, bool error);

    PortalSession* m_session;
    qint64 m_projectId;
    QLineEdit* m_subject;
    QPlainTextEdit* m_body;
    QLabel* m_result;
    QPushButton* m_send;
    bool m_busy = false;
};

} // namespace apd::ui
