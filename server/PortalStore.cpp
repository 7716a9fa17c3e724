#include "server/PortalStore.h"

#include "server/Schema.h"

#include <QDir>

namespace apd::server {

Result<bool> PortalStore::open(const QString& dataDir)
{
    std::lock_guard<std::mutex> guard(m_mutex);
    m_dataDir = QDir(dataDir).absolutePath();
    if (!QDir().mkpath(m_dataDir) || !QDir().mkpath(filesDir()))
        return Error{QStringLiteral("data-dir"), QStringLiteral("cannot create the data directory %1").arg(m_dataDir)};
    const Result<bool> opened = m_db.open(QDir(m_dataDir).filePath(QStringLiteral("portal.sqlite")));
    if (!opened)
        return opened;
    return m_db.migrate(Schema::migrations());
}

void PortalStore::close()
{
    std::lock_guard<std::mutex> guard(m_mutex);
    m_db.close();
}

QString PortalStore::filesDir() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("files"));
}

QString PortalStore::uploadPath(const QString& uploadId) const
{
    return QDir(filesDir()).filePath(uploadId);
}

} // namespace apd::server
