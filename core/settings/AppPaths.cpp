#include "settings/AppPaths.h"

#include <QDir>
#include <QStandardPaths>

namespace apd::settings {

namespace {

QString ensured(const QString& path)
{
    QDir().mkpath(path);
    return path;
}

QString overrideRoot()
{
    return qEnvironmentVariable("APD_DATA_DIR");
}

} // namespace

QString AppPaths::dataDir()
{
    const QString root = overrideRoot();
    return ensured(root.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
                                  : root + QStringLiteral("/data"));
}

QString AppPaths::cacheDir()
{
    const QString root = overrideRoot();
    return ensured(root.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
                                  : root + QStringLiteral("/cache"));
}

QString AppPaths::journalPath()
{
    return dataDir() + QStringLiteral("/uploads.sqlite");
}

QString AppPaths::offlineCachePath()
{
    return dataDir() + QStringLiteral("/projects.sqlite");
}

QString AppPaths::thumbnailDir()
{
    return ensured(cacheDir() + QStringLiteral("/thumbnails"));
}

} // namespace apd::settings
