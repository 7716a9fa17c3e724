#include "PortalFlow.h"

#include "AccessRequestDialog.h"
#include "MainWindow.h"
#include "NamingGuideDialog.h"
#include "OrderWindow.h"
#include "PortalAnswer.h"
#include "PortalSession.h"
#include "ProjectListDialog.h"
#include "SettingsDialog.h"
#include "TicketDialog.h"
#include "naming/AssetCatalog.h"
#include "portal/PortalAddress.h"
#include "portal/RoleRules.h"
#include "portal/TokenVault.h"
#include "settings/AppSettings.h"
#include "store/CachingPortal.h"

#include <QApplication>
#include <QMenuBar>

namespace apd::ui {

PortalFlow::PortalFlow(settings::AppSettings& settings, portal::TokenVault& vault, QString journalPath,
                       QString cachePath, QObject* parent)
    : QObject(parent), m_settings(settings), m_vault(vault), m_journalPath(std::move(journalPath)),
      m_cachePath(std::move(cachePath))
{
}

PortalFlow::~PortalFlow()
{
    delete m_window;
    delete m_projects;
    delete m_signIn;
    delete m_checkWindow;
    delete m_session;
}

SignInDialog* PortalFlow::signInDialog() const
{
    return m_signIn;
}

ProjectListDialog* PortalFlow::projectList() const
{
    return m_projects;
}

OrderWindow* PortalFlow::orderWindow() const
{
    return m_window;
}

bool PortalFlow::busy() const
{
    return (m_session && m_session->busy()) || (m_signIn && m_signIn->busy()) || (m_window && m_window->busy());
}

void PortalFlow::start()
{
    const QStringList recent = m_settings.recentPortals();
    const QString email = m_settings.lastEmail();
    const auto server = portal::PortalAddress::parse(recent.value(0));
    if (!server || email.isEmpty())
        return showSignIn();
    m_vault.read(server.value(), [this, url = server.value(), email](const Result<QString>& token) {
        if (!token) {
            m_keychainNotice = tr("The system keychain is not available here (%1), so the sign-in is kept only "
                                  "until you quit the app.")
                                   .arg(token.error().message);
            return showSignIn(m_keychainNotice);
        }
        if (token.value().isEmpty())
            return showSignIn();
        // A kept token: check it; out of reach, work from the cache with it.
        const portal::ConnectionSettings connection = portal::ConnectionSettings::fromAppSettings(m_settings, url);
        auto* probe = new PortalSession(connection, this);
        probe->setToken(token.value());
        probe->call<PortalAnswer<portal::Me>>(
            tr("Signing in"), [](portal::PortalClient& client) { return answerOf(client.me()); }, this,
            [this, probe, connection, email, t = token.value()](const PortalAnswer<portal::Me>& me) {
                probe->deleteLater();
                if (me.value)
                    return useSession(connection, t, email, me.value->user.name, me.value->user.role);
                if (portal::PortalClient::isNetworkError(me.error))
                    return useSession(connection, t, email, email, QString());
                m_vault.remove(connection.server, [](const Result<bool>&) {});
                showSignIn(tr("Your session on %1 has ended; sign in again.").arg(connection.server.toDisplayString()));
            });
    });
}

void PortalFlow::showSignIn(const QString& notice)
{
    if (!m_signIn) {
        m_signIn = new SignInDialog(m_settings, m_cachePath);
        m_signIn->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_signIn, &SignInDialog::signedIn, this, &PortalFlow::onSignedIn);
        connect(m_signIn, &SignInDialog::workOffline, this, &PortalFlow::onWorkOffline);
        connect(m_signIn, &QDialog::rejected, this, [this] {
            if (!m_window && !m_projects)
                Q_EMIT finished();
        });
    }
    m_signIn->setNotice(notice);
    m_signIn->show();
    m_signIn->raise();
}

void PortalFlow::onSignedIn(const SignInDialog::Outcome& outcome)
{
    const portal::ConnectionSettings connection = outcome.connection;
    const QString token = outcome.token;
    m_vault.write(connection.server, token, [this](const Result<bool>& kept) {
        m_keychainNotice = kept ? QString()
                                : tr("The system keychain is not available here (%1). You stay signed in until you "
                                     "quit the app; sign in again at the next start.")
                                      .arg(kept.error().message);
        if (m_projects)
            m_projects->setNotice(m_keychainNotice);
    });
    if (m_signIn)
        m_signIn->accept();
    // An order opened without a session goes on with this one: its held files are sent.
    const bool windowWaits = m_window && m_window->session() && m_window->session()->token().isEmpty() &&
                             m_window->session()->connection().server == connection.server;
    useSession(connection, token, outcome.email, outcome.user.name, outcome.user.role, !windowWaits);
    if (windowWaits) {
        m_window->useToken(token, outcome.user.role);
        applyRole();
    }
}

void PortalFlow::onWorkOffline(const portal::ConnectionSettings& connection, const QString& email)
{
    // Without a token the order can be opened, checked and files queued; they go once signed in.
    if (m_signIn)
        m_signIn->accept();
    useSession(connection, QString(), email, email, QString());
}

void PortalFlow::useSession(const portal::ConnectionSettings& connection, const QString& token, const QString& email,
                            const QString& userName, const QString& role, bool listProjects)
{
    m_connection = connection;
    m_email = email;
    m_userName = userName;
    m_role = role;
    delete m_session;
    m_session = new PortalSession(connection, this);
    m_session->setToken(token);
    if (listProjects)
        showProjects();
}

void PortalFlow::showProjects()
{
    if (!m_projects) {
        m_projects = new ProjectListDialog;
        m_projects->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_projects, &ProjectListDialog::openRequested, this,
                [this](qint64 id, const QString&) { openProject(id); });
        connect(m_projects, &ProjectListDialog::signOutRequested, this, &PortalFlow::signOut);
        connect(m_projects, &QDialog::rejected, this, [this] {
            if (!m_window && !m_signIn)
                Q_EMIT finished();
        });
    }
    m_projects->setNotice(m_keychainNotice);
    m_projects->show();
    m_projects->raise();
    loadProjects();
}

void PortalFlow::loadProjects()
{
    if (!m_session || !m_projects)
        return;
    const QString portalName = m_connection.server.toDisplayString();
    m_projects->setLoading(portalName);
    m_session->call<PortalAnswer<store::Fetched<QList<portal::ProjectSummary>>>>(
        tr("Loading the projects"),
        [cache = m_cachePath, email = m_email, hasToken = !m_session->token().isEmpty()](portal::PortalClient& client) {
            store::CachingPortal portal(cache, email);
            return answerOf(hasToken ? portal.projects(client) : portal.cachedProjects(client.server()));
        },
        m_projects,
        [this, portalName](const PortalAnswer<store::Fetched<QList<portal::ProjectSummary>>>& a) {
            if (!a.value) {
                if (portal::PortalClient::isNetworkError(a.error))
                    return m_projects->showError(
                        tr("The portal cannot be reached, and this computer keeps no copy of your projects: %1")
                            .arg(a.error.message));
                return m_projects->showError(tr("Your projects could not be loaded: %1").arg(a.error.message));
            }
            m_projects->setProjects(portalName, m_userName, a.value->value, a.value->fromCache, a.value->seenAt);
        });
}

void PortalFlow::openProject(qint64 projectId)
{
    if (!m_session)
        return;
    delete m_window;
    m_window = newWindow();
    showOrder(projectId);
}

OrderWindow* PortalFlow::newWindow()
{
    auto* window = new OrderWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    addMenus(window);
    // Opened offline without a session: when the portal is back, the user is asked to sign in.
    connect(window, &OrderWindow::signInNeeded, this, [this](const QString& why) { showSignIn(why); });
    return window;
}

void PortalFlow::showOrder(qint64 projectId)
{
    m_window->setUserRole(m_role);
    applyRole();
    m_window->openProject(m_connection, m_session->token(), m_email, projectId, m_journalPath, m_cachePath);
    m_window->show();
    if (m_projects)
        m_projects->hide();
}

void PortalFlow::showDemoWindow()
{
    if (!m_window)
        m_window = newWindow();
    applyRole();
    m_window->show();
}

void PortalFlow::openDemo(const QUrl& server, const QString& email, const QString& password, const QString& journalPath,
                          const QString& cachePath, const QString& banner)
{
    showDemoWindow();
    m_window->setBanner(banner);
    m_journalPath = journalPath;
    m_cachePath = cachePath;
    // The demo portal's token is of this run only: it is not kept in the keychain.
    const portal::ConnectionSettings connection(server);
    struct Start
    {
        portal::Session session;
        qint64 projectId = 0;
    };
    auto* probe = new PortalSession(connection, this);
    probe->call<Start>(
        tr("Signing in"),
        [email, password](portal::PortalClient& client) -> Result<Start> {
            const auto session = client.signIn(email, password);
            if (!session)
                return session.error();
            const auto projects = client.projects();
            if (!projects)
                return projects.error();
            if (projects.value().isEmpty())
                return Error{QStringLiteral("no-project"), tr("The demo portal has no project for %1.").arg(email)};
            return Start{session.value(), projects.value().first().id};
        },
        this,
        [this, probe, connection, email](const Start& start) {
            probe->deleteLater();
            useSession(connection, start.session.token, email, start.session.user.name, start.session.user.role,
                       false); // the demo opens its project at once; the list is one menu away
            if (!m_window)
                m_window = newWindow();
            showOrder(start.projectId);
        },
        [this, probe](const Error& e) {
            probe->deleteLater();
            if (m_window)
                m_window->showStartupError(tr("Signing in to the demo portal failed: %1").arg(e.message));
        });
}

void PortalFlow::signOut()
{
    if (m_session && !m_session->token().isEmpty())
        // The portal ends the session; done or not (offline), the token is forgotten here.
        m_session->call<PortalAnswer<bool>>(
            tr("Signing out"), [](portal::PortalClient& client) { return answerOf(client.signOut()); }, this,
            [](const PortalAnswer<bool>&) {});
    m_vault.remove(m_connection.server, [](const Result<bool>&) {});
    if (m_session)
        m_session->setToken(QString());
    // The sign-in dialog first: closing the last window would quit the app.
    showSignIn(tr("Signed out of %1.").arg(m_connection.server.toDisplayString()));
    if (m_window)
        m_window->close();
    if (m_projects)
        m_projects->close();
}

void PortalFlow::addMenus(OrderWindow* window)
{
    QMenu* file = window->menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(tr("&Projects…"), this, [this] { showProjects(); })
        ->setObjectName(QStringLiteral("projectsAction"));
    file->addAction(tr("Check files without a portal…"), this, &PortalFlow::showCheckWindow)
        ->setObjectName(QStringLiteral("checkWindowAction"));
    file->addAction(tr("&Settings…"), this, [this, window] { showSettings(window); })
        ->setObjectName(QStringLiteral("settingsAction"));
    file->addSeparator();
    file->addAction(tr("Sign &out"), this, &PortalFlow::signOut)->setObjectName(QStringLiteral("signOutAction"));
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);

    QMenu* help = window->menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(tr("&Naming guide"), this, &PortalFlow::showNamingGuide)
        ->setObjectName(QStringLiteral("namingGuideAction"));
    m_accessAction =
        help->addAction(tr("&Request access for a team member…"), this, [this, window] { showAccessRequest(window); });
    m_accessAction->setObjectName(QStringLiteral("accessRequestAction"));
    help->setToolTipsVisible(true); // says why an action is not offered
    help->addAction(tr("Ask the portal's &support…"), this, [this, window] { showTicket(window); })
        ->setObjectName(QStringLiteral("ticketAction"));
}

void PortalFlow::applyRole()
{
    if (!m_accessAction)
        return;
    const portal::RoleRules::Permission may = portal::RoleRules::requestAccess(m_role);
    m_accessAction->setEnabled(may.allowed);
    m_accessAction->setToolTip(may.allowed ? tr("Ask the portal's support to give a team member an account.")
                                           : may.reason);
    m_accessAction->setStatusTip(m_accessAction->toolTip());
}

void PortalFlow::showNamingGuide()
{
    if (!m_window)
        return;
    const portal::ProjectDetail& project = m_window->project();
    auto* dialog =
        new NamingGuideDialog(naming::AssetCatalog::builtIn(), project.summary.title, project.order.requests, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void PortalFlow::showSettings(QWidget* parent)
{
    auto* dialog = new SettingsDialog(m_settings, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void PortalFlow::showAccessRequest(QWidget* parent)
{
    const QString company = m_window ? m_window->project().summary.company.name : QString();
    auto* dialog = new AccessRequestDialog(m_session, company, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void PortalFlow::showTicket(QWidget* parent)
{
    const portal::ProjectSummary summary = m_window ? m_window->project().summary : portal::ProjectSummary();
    auto* dialog = new TicketDialog(m_session, summary.id, summary.title, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void PortalFlow::showCheckWindow()
{
    if (!m_checkWindow) {
        m_checkWindow = new MainWindow;
        m_checkWindow->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_checkWindow->show();
    m_checkWindow->raise();
}

} // namespace apd::ui
