#pragma once

#include "common/Result.h"

#include <QObject>
#include <QString>
#include <QThreadPool>

#include <memory>

class QTemporaryDir;

namespace apd::server {
class PortalServer;
}

namespace apd::ui {

// The demo mode's portal: the reference server in this process on 127.0.0.1 (any free port),
// over a fresh data directory seeded with the demo project, and the sample artwork folder
// written next to it, named after that project's requests.
//
// start() blocks on disk (seeding hashes passwords, the samples are encoded); startAsync()
// runs it on a worker thread and answers with started() on the owner's thread. The server
// runs until this object is destroyed; the directory is removed then.
class DemoPortal : public QObject
{
    Q_OBJECT

public:
    // `parentDir`: where the fresh directory is made (the app's data directory).
    explicit DemoPortal(QString parentDir, QObject* parent = nullptr);
    ~DemoPortal() override;

    Result<bool> start();
    void startAsync();

    QString baseUrl() const;
    QString sampleFolder() const { return m_sampleFolder; }
    QString dataDir() const;
    // The demo agency user (a designer) the app signs in as.
    QString email() const { return m_email; }
    QString password() const { return m_password; }
    // The demo agency's admin, who may set the assignee and the collaborators.
    QString adminEmail() const { return m_adminEmail; }
    QString adminPassword() const { return m_adminPassword; }
    // The demo studio's project owner (who reviews): for tests that play the studio's side.
    QString ownerEmail() const { return m_ownerEmail; }
    QString ownerPassword() const { return m_ownerPassword; }

Q_SIGNALS:
    void started(bool ok, const QString& message);

private:
    QThreadPool m_pool;
    QString m_parentDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<server::PortalServer> m_server;
    QString m_sampleFolder;
    QString m_email;
    QString m_password;
    QString m_adminEmail;
    QString m_adminPassword;
    QString m_ownerEmail;
    QString m_ownerPassword;
};

} // namespace apd::ui
