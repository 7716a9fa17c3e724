// artwork-portal-server: the reference portal, and its admin command.
#include "server/AdminCommand.h"
#include "server/DemoSeed.h"
#include "server/PortalContext.h"
#include "server/PortalServer.h"

#include <QCoreApplication>
#include <QTextStream>

#include <csignal>
#include <cstdio>

namespace {

int usage(QTextStream& err, const QString& problem)
{
    if (!problem.isEmpty())
        err << problem << '\n';
    err << QCoreApplication::translate(
        "main", "Usage: artwork-portal-server --data DIR [--listen HOST:PORT] [--tls-cert FILE "
                "--tls-key FILE] [--demo]\n"
                "       artwork-portal-server admin --data DIR VERB …   (admin --help for the verbs)\n");
    return 2;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("artwork-portal-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(APD_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments().mid(1);
    if (args.value(0) == QLatin1String("admin"))
        return apd::server::AdminCommand(out, err).run(args.mid(1));

    apd::server::ServerConfig config;
    QString listen = QStringLiteral("127.0.0.1:8443");
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args[i];
        auto value = [&]() -> QString { return i + 1 < args.size() ? args[++i] : QString(); };
        if (a == QLatin1String("--data"))
            config.dataDir = value();
        else if (a == QLatin1String("--listen"))
            listen = value();
        else if (a == QLatin1String("--tls-cert"))
            config.tlsCertificate = value();
        else if (a == QLatin1String("--tls-key"))
            config.tlsKey = value();
        else if (a == QLatin1String("--demo"))
            config.demo = true;
        else if (a == QLatin1String("--help") || a == QLatin1String("-h"))
            return usage(out, {}), 0;
        else if (a == QLatin1String("--version")) {
            out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << '\n';
            return 0;
        } else
            return usage(err, QCoreApplication::translate("main", "Unknown option \"%1\".").arg(a));
    }
    if (config.dataDir.isEmpty())
        return usage(err, QCoreApplication::translate("main", "--data DIR is required."));
    const qsizetype colon = listen.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    config.host = listen.left(colon);
    config.port = listen.mid(colon + 1).toInt(&portOk);
    if (colon <= 0 || !portOk || config.port < 0 || config.port > 65535)
        return usage(err, QCoreApplication::translate("main", "--listen takes HOST:PORT, e.g. 127.0.0.1:8443."));
    if (config.tlsCertificate.isEmpty() != config.tlsKey.isEmpty())
        return usage(err, QCoreApplication::translate("main", "--tls-cert and --tls-key go together."));

    // The signals are waited for on this thread; the server threads never see them.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGINT);
    sigaddset(&stopSignals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);
    std::signal(SIGPIPE, SIG_IGN);

    apd::server::PortalServer server(config);
    const apd::Result<int> port = server.start();
    if (!port) {
        err << port.error().message << '\n';
        return 3;
    }
    if (config.demo) {
        const auto seeded = apd::server::DemoSeed::seed(server.context().store(), config, out);
        if (!seeded) {
            err << seeded.error().message << '\n';
            return 3;
        }
    }
    out << QCoreApplication::translate("main", "artwork-portal-server listening on %1 (data in %2)")
               .arg(server.baseUrl(), config.dataDir)
        << '\n';
    out.flush();
    int signal = 0;
    sigwait(&stopSignals, &signal);
    server.stop();
    return 0;
}
