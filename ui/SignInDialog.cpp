#include "SignInDialog.h"

#include "PortalSession.h"
#include "portal/PortalAddress.h"
#include "settings/AppSettings.h"
#include "store/ProjectCache.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <optional>

namespace apd::ui {

namespace {

// What the sign-in call found: a session, or why not (with the error's code).
struct Attempt
{
    std::optional<portal::Session> session;
    Error error;
    bool cached = false; // unreachable, and this computer keeps that portal's projects
};

} // namespace

SignInDialog::SignInDialog(settings::AppSettings& settings, QString cachePath, QWidget* parent)
    : QDialog(parent), m_settings(settings), m_cachePath(std::move(cachePath)), m_portal(new QComboBox(this)),
      m_email(new QLineEdit(this)), m_password(new QLineEdit(this)), m_notice(new QLabel(this)),
      m_error(new QLabel(this)), m_signIn(new QPushButton(tr("Sign in"), this)),
      m_offline(new QPushButton(tr("Work offline"), this))
{
    qRegisterMetaType<Outcome>();
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in — Artwork Portal"));
    m_portal->setObjectName(QStringLiteral("portalAddress"));
    m_email->setObjectName(QStringLiteral("email"));
    m_password->setObjectName(QStringLiteral("password"));
    m_notice->setObjectName(QStringLiteral("signInNotice"));
    m_error->setObjectName(QStringLiteral("signInError"));
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_offline->setObjectName(QStringLiteral("workOfflineButton"));

    m_portal->setEditable(true);
    m_portal->setInsertPolicy(QComboBox::NoInsert);
    m_portal->addItems(m_settings.recentPortals());
    m_portal->lineEdit()->setPlaceholderText(tr("portal.studio.com"));
    m_portal->setMinimumWidth(340);
    m_email->setText(m_settings.lastEmail());
    m_email->setPlaceholderText(tr("you@agency.com"));
    m_password->setEchoMode(QLineEdit::Password);
    for (QLabel* label : {m_notice, m_error}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setVisible(false);
    }
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_signIn->setDefault(true);

    auto* intro = new QLabel(tr("Sign in with the account the studio or your agency gave you."), this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Portal address:"), m_portal);
    form->addRow(tr("E-mail:"), m_email);
    form->addRow(tr("Password:"), m_password);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_signIn, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_offline, QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    m_offline->setVisible(false); // after addButton(), which shows it: offered only when the portal is out of reach
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_notice);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(520);

    // The button box's accepted() would close the dialog; signing in decides that itself.
    disconnect(buttons, nullptr, this, nullptr);
    connect(m_signIn, &QPushButton::clicked, this, &SignInDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_offline, &QPushButton::clicked, this,
            [this] { Q_EMIT workOffline(m_connection, m_email->text().trimmed()); });
    if (m_portal->currentText().isEmpty())
        m_portal->setFocus();
    else if (m_email->text().isEmpty())
        m_email->setFocus();
    else
        m_password->setFocus();
}

SignInDialog::~SignInDialog() = default;

void SignInDialog::setNotice(const QString& text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

QString SignInDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

bool SignInDialog::busy() const
{
    return m_session && m_session->busy();
}

void SignInDialog::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
    // Room for the message's lines without squeezing the fields.
    layout()->activate();
    resize(width(), std::max(height(), sizeHint().height()));
}

void SignInDialog::setWorking(bool working)
{
    m_signIn->setEnabled(!working);
    m_signIn->setText(working ? tr("Signing in…") : tr("Sign in"));
    m_portal->setEnabled(!working);
    m_email->setEnabled(!working);
    m_password->setEnabled(!working);
}

void SignInDialog::submit()
{
    if (busy())
        return;
    m_offline->setVisible(false);
    const auto address = portal::PortalAddress::parse(m_portal->currentText());
    if (!address)
        return showError(address.error().message);
    const QString email = m_email->text().trimmed();
    if (email.isEmpty() || !email.contains(QLatin1Char('@')))
        return showError(tr("Enter your e-mail address."));
    if (m_password->text().isEmpty())
        return showError(tr("Enter your password."));
    showError({});
    m_connection = portal::ConnectionSettings::fromAppSettings(m_settings, address.value());
    delete m_session;
    m_session = new PortalSession(m_connection, this);
    setWorking(true);
    m_session->call<Attempt>(
        tr("Signing in"),
        [email, password = m_password->text(), cache = m_cachePath](portal::PortalClient& client) -> Result<Attempt> {
            Attempt a;
            const auto session = client.signIn(email, password);
            if (session) {
                a.session = session.value();
                return a;
            }
            a.error = session.error();
            if (portal::PortalClient::isNetworkError(a.error) && !cache.isEmpty()) {
                store::ProjectCache c;
                a.cached = c.open(cache).ok() && c.hasProjects(client.server(), email);
            }
            return a;
        },
        this,
        [this, email, url = address.value()](const Attempt& a) {
            setWorking(false);
            if (a.session) {
                m_settings.addRecentPortal(url.toString());
                m_settings.setLastEmail(email);
                m_password->clear();
                Q_EMIT signedIn(Outcome{m_connection, a.session->token, a.session->user, email});
                return;
            }
            if (portal::PortalClient::isNetworkError(a.error)) {
                showError(tr("The portal at %1 cannot be reached. Check the address and your connection, then try "
                             "again.\n(%2)")
                              .arg(url.toDisplayString(), a.error.message));
                m_offline->setVisible(a.cached);
                return;
            }
            showError(tr("The portal refused the sign-in: %1").arg(a.error.message));
        });
}

} // namespace apd::ui
