#include "TicketDialog.h"

#include "PortalAnswer.h"
#include "PortalSession.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace apd::ui {

TicketDialog::TicketDialog(PortalSession* session, qint64 projectId, const QString& projectTitle, QWidget* parent)
    : QDialog(parent), m_session(session), m_projectId(projectId), m_subject(new QLineEdit(this)),
      m_body(new QPlainTextEdit(this)), m_result(new QLabel(this)), m_send(new QPushButton(tr("Open the ticket"), this))
{
    setObjectName(QStringLiteral("ticketDialog"));
    setWindowTitle(tr("Ask the portal's support"));
    m_subject->setObjectName(QStringLiteral("ticketSubject"));
    m_body->setObjectName(QStringLiteral("ticketBody"));
    m_result->setObjectName(QStringLiteral("ticketResult"));
    m_send->setObjectName(QStringLiteral("sendTicket"));
    m_body->setPlaceholderText(tr("What you did, what happened, and the names of the files concerned."));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setVisible(false);

    auto* about = new QLabel(projectId > 0 ? tr("About the project \"%1\".").arg(projectTitle)
                                           : tr("Not about a particular project."),
                             this);
    about->setTextFormat(Qt::PlainText);
    auto* form = new QFormLayout;
    form->addRow(tr("Subject:"), m_subject);
    form->addRow(tr("Description:"), m_body);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_send, QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_send, &QPushButton::clicked, this, &TicketDialog::submit);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addLayout(form, 1);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    resize(560, 380);
}

QString TicketDialog::resultText() const
{
    return m_result->isVisible() ? m_result->text() : QString();
}

void TicketDialog::showResult(const QString& text, bool error)
{
    m_result->setText(text);
    m_result->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    m_result->setVisible(true);
}

void TicketDialog::submit()
{
    if (m_busy || !m_session)
        return;
    const QString subject = m_subject->text().trimmed();
    const QString body = m_body->toPlainText().trimmed();
    if (subject.isEmpty() || body.isEmpty())
        return showResult(tr("Enter a subject and describe the problem."), true);
    m_busy = true;
    m_send->setEnabled(false);
    m_session->call<PortalAnswer<portal::Ticket>>(
        tr("Opening a ticket"),
        [subject, body, project = m_projectId](portal::PortalClient& client) {
            return answerOf(client.openTicket(subject, body, project));
        },
        this,
        [this](const PortalAnswer<portal::Ticket>& a) {
            m_busy = false;
            m_send->setEnabled(true);
            if (!a.value)
                return showResult(tr("The ticket was not opened: %1").arg(a.error.message), true);
            showResult(tr("Ticket %1 opened; the support team answers by e-mail.").arg(a.value->id), false);
            Q_EMIT sent(a.value->id);
        });
}

} // namespace apd::ui
