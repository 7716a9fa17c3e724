#include "DemoPortal.h"

#include "samples/SampleFolder.h"
#include "server/DemoSeed.h"
#include "server/PortalContext.h"
#include "server/PortalServer.h"

#include <QDir>
#include <QTemporaryDir>

namespace apd::ui {

DemoPortal::DemoPortal(QString parentDir, QObject* parent) : QObject(parent), m_parentDir(std::move(parentDir)) {}

DemoPortal::~DemoPortal()
{
    m_pool.waitForDone();
    // The server goes before its directory.
    if (m_server)
        m_server->stop();
    m_server.reset();
}

Result<bool> DemoPortal::start()
{
    if (!QDir().mkpath(m_parentDir))
        return Error{QStringLiteral("demo-dir"), tr("Cannot create the folder %1.").arg(m_parentDir)};
    m_dir = std::make_unique<QTemporaryDir>(QDir(m_parentDir).filePath(QStringLiteral("demo-XXXXXX")));
    if (!m_dir->isValid())
        return Error{QStringLiteral("demo-dir"),
                     tr("Cannot create a folder for the demo portal in %1: %2").arg(m_parentDir, m_dir->errorString())};
    server::ServerConfig config;
    config.dataDir = m_dir->filePath(QStringLiteral("portal"));
    config.host = QStringLiteral("127.0.0.1");
    config.port = 0;
    config.threads = 8;
    if (!QDir().mkpath(config.dataDir))
        return Error{QStringLiteral("demo-dir"), tr("Cannot create the folder %1.").arg(config.dataDir)};
    m_server = std::make_unique<server::PortalServer>(config);
    const Result<int> port = m_server->start();
    if (!port)
        return port.error();

    QString printed; // the seed prints the passwords for people; the app takes them from the result
    QTextStream out(&printed);
    const auto accounts = server::DemoSeed::seed(m_server->context().store(), config, out);
    if (!accounts)
        return accounts.error();
    for (const server::DemoSeed::Account& a : accounts.value()) {
        if (a.role == QLatin1String("agency-user")) {
            m_email = a.email;
            m_password = a.password;
        } else if (a.role == QLatin1String("agency-admin")) {
            m_adminEmail = a.email;
            m_adminPassword = a.password;
        } else if (a.role == QLatin1String("project-owner")) {
            m_ownerEmail = a.email;
            m_ownerPassword = a.password;
        }
    }
    if (m_email.isEmpty())
        return Error{QStringLiteral("demo-seed"), tr("The demo portal has no designer account.")};

    m_sampleFolder = m_dir->filePath(QStringLiteral("sample-artwork"));
    const auto written = samples::SampleFolder::write(m_sampleFolder);
    if (!written)
        return written.error();
    return true;
}

void DemoPortal::startAsync()
{
    m_pool.start([this] {
        const Result<bool> r = start();
        const QString message = r ? QString() : r.error().message;
        // The destructor waits for this task; the queued call is dropped if the object is gone.
        QMetaObject::invokeMethod(
            this, [this, ok = r.ok(), message] { Q_EMIT started(ok, message); }, Qt::QueuedConnection);
    });
}

QString DemoPortal::baseUrl() const
{
    return m_server ? m_server->baseUrl() : QString();
}

QString DemoPortal::dataDir() const
{
    return m_dir ? m_dir->path() : QString();
}

} // namespace apd::ui
