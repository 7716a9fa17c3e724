#include "cli/LoginCommand.h"

#include "cli/ExitCode.h"
#include "cli/PortalOptions.h"
#include "cli/VerbSupport.h"

#include <QCommandLineParser>
#include <QLocale>

#include <cstdio>

#if defined(Q_OS_UNIX)
#include <termios.h>
#include <unistd.h>
#endif

namespace apd::cli {

namespace {

// Echo off on standard input for as long as it lives (POSIX terminals).
class NoEcho
{
public:
    NoEcho()
    {
#if defined(Q_OS_UNIX)
        if (tcgetattr(STDIN_FILENO, &m_saved) == 0) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            m_active = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
        }
#endif
    }
    ~NoEcho()
    {
#if defined(Q_OS_UNIX)
        if (m_active)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
#endif
    }
    NoEcho(const NoEcho&) = delete;
    NoEcho& operator=(const NoEcho&) = delete;

private:
#if defined(Q_OS_UNIX)
    termios m_saved{};
#endif
    bool m_active = false;
};

} // namespace

QString LoginCommand::askPassword()
{
    m_err << tr("Password: ");
    m_err.flush();
    QString line;
    {
        const NoEcho quiet;
        line = m_in.readLine();
    }
    m_err << QLatin1Char('\n');
    m_err.flush();
    return line;
}

int LoginCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Signs in to a portal and keeps the token for the other verbs."));
    PortalOptions portalOptions;
    portalOptions.addTo(parser);
    const QCommandLineOption email(QStringLiteral("email"), tr("Your e-mail address on the portal."),
                                   QStringLiteral("ADDRESS"));
    const QCommandLineOption passwordStdin(QStringLiteral("password-stdin"),
                                           tr("Read the password from standard input (its first line)."));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    parser.addOptions({email, passwordStdin, help});
    const QString usageLine = tr("Usage: artwork-portal-cli login --server URL --email ADDRESS [--password-stdin]");
    if (const auto done = VerbSupport::parse(parser, QStringLiteral("login"), arguments, help, usageLine, m_out, m_err))
        return *done;
    QStringList problems;
    portalOptions.read(parser, &problems);
    if (parser.value(email).trimmed().isEmpty())
        problems << tr("--email is required.");
    if (!parser.positionalArguments().isEmpty())
        problems << tr("login takes no file (the password is never an argument: use --password-stdin).");
    if (!parser.isSet(passwordStdin) && !m_terminal)
        problems << tr("No terminal to ask the password on: pipe it in with --password-stdin.");
    if (!problems.isEmpty())
        return VerbSupport::usage(problems, usageLine, m_err);

    QString password = parser.isSet(passwordStdin) ? m_in.readLine() : askPassword();
    if (password.endsWith(QLatin1Char('\r')))
        password.chop(1);
    if (password.isEmpty()) {
        m_err << tr("No password given.") << QLatin1Char('\n');
        return ExitUsage;
    }

    portal::PortalClient client(portalOptions.connection());
    const Result<portal::Session> session = client.signIn(parser.value(email).trimmed(), password);
    password.fill(QLatin1Char(' '));
    if (!session) {
        m_err << tr("Not signed in: %1").arg(session.error().message) << QLatin1Char('\n');
        return portal::PortalClient::isTransportError(session.error()) ? ExitNetwork : ExitProblems;
    }
    const Result<bool> kept = m_tokens.save(portalOptions.server(), session.value().token);
    if (!kept) {
        m_err << tr("Signed in, but the token could not be kept: %1").arg(kept.error().message) << QLatin1Char('\n');
        client.signOut(); // a token nobody keeps should not stay valid
        return ExitProblems;
    }
    const portal::User& u = session.value().user;
    m_out << tr("Signed in to %1 as %2 <%3> (%4) until %5.")
                 .arg(portal::TokenStore::keyFor(portalOptions.server()), u.name, u.email, u.role,
                      QLocale::c().toString(session.value().expiresAt, QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")))
          << QLatin1Char('\n') << tr("Token kept: %1.").arg(m_tokens.lastNote()) << QLatin1Char('\n');
    m_out.flush();
    return ExitOk;
}

int LogoutCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Signs out of a portal and forgets the token."));
    PortalOptions portalOptions;
    portalOptions.addTo(parser);
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    parser.addOption(help);
    const QString usageLine = tr("Usage: artwork-portal-cli logout --server URL");
    if (const auto done =
            VerbSupport::parse(parser, QStringLiteral("logout"), arguments, help, usageLine, m_out, m_err))
        return *done;
    QStringList problems;
    if (!portalOptions.read(parser, &problems) || !parser.positionalArguments().isEmpty()) {
        for (const QString& p : problems)
            m_err << p << QLatin1Char('\n');
        m_err << usageLine << QLatin1Char('\n');
        return ExitUsage;
    }
    const Result<QString> stored = m_tokens.load(portalOptions.server());
    if (!stored) {
        m_err << stored.error().message << QLatin1Char('\n');
        return ExitProblems;
    }
    if (stored.value().isEmpty()) {
        m_out << tr("Not signed in to %1.").arg(portal::TokenStore::keyFor(portalOptions.server()))
              << QLatin1Char('\n');
        return ExitOk;
    }
    portal::PortalClient client(portalOptions.connection(), stored.value());
    const Result<bool> out = client.signOut();
    // An expired or already revoked token is as signed out as it gets.
    const bool serverKnows = out || !portal::PortalClient::isTransportError(out.error());
    const Result<bool> removed = m_tokens.remove(portalOptions.server());
    if (!removed) {
        m_err << tr("The token could not be removed: %1").arg(removed.error().message) << QLatin1Char('\n');
        return ExitProblems;
    }
    if (!serverKnows) {
        m_err << tr("The token was forgotten here, but the portal could not be told (%1); it stays valid there "
                    "until it expires.")
                     .arg(out.error().message)
              << QLatin1Char('\n');
        return ExitNetwork;
    }
    m_out << tr("Signed out of %1.").arg(portal::TokenStore::keyFor(portalOptions.server())) << QLatin1Char('\n');
    m_out.flush();
    return ExitOk;
}

} // namespace apd::cli
