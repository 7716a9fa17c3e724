#include "files/FileRenamer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace apd::files {

Result<QString> FileRenamer::rename(const QString& path, const QString& newName)
{
    // Only a last component: a name with a separator would move the file elsewhere.
    if (newName.isEmpty() || newName.contains(QLatin1Char('/')) || newName.contains(QLatin1Char('\\')) ||
        newName == QLatin1String(".") || newName == QLatin1String("..") || newName.contains(QChar(0)))
        return Error{QStringLiteral("rename-bad-name"), tr("\"%1\" cannot be a file name.").arg(newName)};
    const QFileInfo from(path);
    if (!from.exists() || !from.isFile())
        return Error{QStringLiteral("rename-missing"),
                     tr("%1 is no longer there.").arg(QDir::toNativeSeparators(path))};
    const QString target = from.dir().filePath(newName);
    if (QFileInfo::exists(target))
        return Error{QStringLiteral("rename-target-exists"),
                     tr("%1 already exists in %2; nothing was renamed.")
                         .arg(newName, QDir::toNativeSeparators(from.absolutePath()))};
    QFile file(path);
    if (!file.rename(target))
        return Error{QStringLiteral("rename-failed"),
                     tr("%1 could not be renamed: %2").arg(from.fileName(), file.errorString())};
    return target;
}

} // namespace apd::files
