#include "AccessRequestDialog.h"

#include "PortalAnswer.h"
#include "PortalSession.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace apd::ui {

AccessRequestDialog::AccessRequestDialog(PortalSession* session, const QString& company, QWidget* parent)
    : QDialog(parent), m_session(session), m_name(new QLineEdit(this)), m_email(new QLineEdit(this)),
      m_company(new QLineEdit(company, this)), m_role(new QComboBox(this)), m_result(new QLabel(this)),
      m_send(new QPushButton(tr("Send the request"), this))
{
    setObjectName(QStringLiteral("accessRequestDialog"));
    setWindowTitle(tr("Request access for a team member"));
    m_name->setObjectName(QStringLiteral("accessName"));
    m_email->setObjectName(QStringLiteral("accessEmail"));
    m_company->setObjectName(QStringLiteral("accessCompany"));
    m_role->setObjectName(QStringLiteral("accessRole"));
    m_result->setObjectName(QStringLiteral("accessResult"));
    m_send->setObjectName(QStringLiteral("sendAccessRequest"));
    m_role->addItem(tr("Designer (agency user)"), QStringLiteral("agency-user"));
    m_role->addItem(tr("Agency admin"), QStringLiteral("agency-admin"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setVisible(false);

    auto* intro = new QLabel(
        tr("The portal's support team creates the account and sends the sign-in details to that address."), this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Full name:"), m_name);
    form->addRow(tr("E-mail:"), m_email);
    form->addRow(tr("Company:"), m_company);
    form->addRow(tr("Role:"), m_role);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_send, QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_send, &QPushButton::clicked, this, &AccessRequestDialog::submit);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

QString AccessRequestDialog::resultText() const
{
    return m_result->isVisible() ? m_result->text() : QString();
}

void AccessRequestDialog::showResult(const QString& text, bool error)
{
    m_result->setText(text);
    m_result->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    m_result->setVisible(true);
}

void AccessRequestDialog::submit()
{
    if (m_busy || !m_session)
        return;
    const QString name = m_name->text().trimmed();
    const QString email = m_email->text().trimmed();
    const QString company = m_company->text().trimmed();
    if (name.isEmpty() || company.isEmpty() || !email.contains(QLatin1Char('@')))
        return showResult(tr("Enter the full name, the e-mail address and the company."), true);
    m_busy = true;
    m_send->setEnabled(false);
    m_session->call<PortalAnswer<portal::AccessRequest>>(
        tr("Requesting access"),
        [name, email, company, role = m_role->currentData().toString()](portal::PortalClient& client) {
            return answerOf(client.requestAccess(name, email, company, role));
        },
        this,
        [this](const PortalAnswer<portal::AccessRequest>& a) {
            m_busy = false;
            m_send->setEnabled(true);
            if (!a.value)
                return showResult(tr("The request was not sent: %1").arg(a.error.message), true);
            showResult(tr("Request %1 sent: the support team will write to %2.").arg(a.value->id).arg(a.value->email),
                       false);
            Q_EMIT sent(a.value->id);
        });
}

} // namespace apd::ui
