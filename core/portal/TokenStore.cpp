#include "portal/TokenStore.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include "settings/AppPaths.h"

#include <qt6keychain/keychain.h>

namespace apd::portal {

namespace {

const QString Service = QStringLiteral("artwork-portal");

// Runs one QtKeychain job to its end (its API is asynchronous).
template <typename Job>
bool runJob(Job& job, QString* error)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.start();
    loop.exec();
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound) {
        *error = job.errorString();
        return false;
    }
    return true;
}

} // namespace

TokenStore TokenStore::standard()
{
    return TokenStore(Backend::Auto, settings::AppPaths::dataDir() + QStringLiteral("/credentials.json"));
}

QString TokenStore::keyFor(const QUrl& server)
{
    return server.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
        .toString(QUrl::FullyEncoded);
}

bool TokenStore::keychainUsable() const
{
    if (m_backend == Backend::File)
        return false;
#if defined(Q_OS_LINUX)
    // Without a session bus there is no Secret Service to ask; asking would only time out.
    if (m_backend == Backend::Auto && qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return false;
#endif
    return true;
}

Result<bool> TokenStore::save(const QUrl& server, const QString& token)
{
    const QString key = keyFor(server);
    if (keychainUsable()) {
        QKeychain::WritePasswordJob job(Service);
        job.setKey(key);
        job.setTextData(token);
        QString error;
        if (runJob(job, &error)) {
            m_note = tr("kept in the system keychain");
            fileSave(key, nullptr); // never two copies
            return true;
        }
        if (m_backend == Backend::Keychain)
            return Error{QStringLiteral("keychain"), error};
        m_note = tr("the keychain refused (%1); kept in %2 (readable only by you)").arg(error, m_filePath);
    } else {
        m_note = tr("no keychain here; kept in %1 (readable only by you)").arg(m_filePath);
    }
    return fileSave(key, &token);
}

Result<QString> TokenStore::load(const QUrl& server)
{
    const QString key = keyFor(server);
    if (keychainUsable()) {
        QKeychain::ReadPasswordJob job(Service);
        job.setKey(key);
        QString error;
        if (runJob(job, &error) && !job.textData().isEmpty()) {
            m_note = tr("from the system keychain");
            return job.textData();
        }
        if (m_backend == Backend::Keychain)
            return error.isEmpty() ? Result<QString>(QString()) : Result<QString>(Error{QStringLiteral("keychain"), error});
    }
    m_note = tr("from %1").arg(m_filePath);
    return fileLoad(key);
}

Result<bool> TokenStore::remove(const QUrl& server)
{
    const QString key = keyFor(server);
    if (keychainUsable()) {
        QKeychain::DeletePasswordJob job(Service);
        job.setKey(key);
        QString error;
        if (!runJob(job, &error) && m_backend == Backend::Keychain)
            return Error{QStringLiteral("keychain"), error};
    }
    return fileSave(key, nullptr);
}

Result<QString> TokenStore::fileLoad(const QString& key)
{
    QFile f(m_filePath);
    if (!f.exists())
        return QString();
    if (!f.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("token-file"), f.errorString()};
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
    if (!doc.isObject())
        return Error{QStringLiteral("token-file"), tr("%1 is not a credentials file.").arg(m_filePath)};
    return doc.object().value(key).toString();
}

Result<bool> TokenStore::fileSave(const QString& key, const QString* token)
{
    QJsonObject all;
    {
        QFile f(m_filePath);
        if (f.exists()) {
            if (!f.open(QIODevice::ReadOnly))
                return Error{QStringLiteral("token-file"), f.errorString()};
            all = QJsonDocument::fromJson(f.readAll()).object();
        } else if (!token) {
            return true; // nothing to remove
        }
    }
    if (token)
        all.insert(key, *token);
    else if (all.contains(key))
        all.remove(key);
    else
        return true;
    const QString dir = QFileInfo(m_filePath).absolutePath();
    if (!QDir().mkpath(dir))
        return Error{QStringLiteral("token-file"), tr("Cannot create %1.").arg(dir)};
    QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QSaveFile out(m_filePath);
    if (!out.open(QIODevice::WriteOnly))
        return Error{QStringLiteral("token-file"), out.errorString()};
    // Restricted before a byte of the token is written; the rename keeps the mode.
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    out.write(QJsonDocument(all).toJson(QJsonDocument::Indented));
    if (!out.commit())
        return Error{QStringLiteral("token-file"), out.errorString()};
    return true;
}

} // namespace apd::portal
