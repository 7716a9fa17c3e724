#include "files/FileCollector.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QSet>
#include <QStringDecoder>

#ifdef Q_OS_UNIX
#include <dirent.h>
#endif

namespace apd::files {

namespace {

bool isClutter(const QString& name)
{
    // "Icon\r" holds a folder's custom icon on macOS.
    return name.startsWith(QLatin1Char('.')) || name == QLatin1String("Icon\r") || name.compare(QLatin1String("Thumbs.db"), Qt::CaseInsensitive) == 0 ||
           name.compare(QLatin1String("desktop.ini"), Qt::CaseInsensitive) == 0;
}

class Walker
{
    Q_DECLARE_TR_FUNCTIONS(FileCollector)

public:
    explicit Walker(FileCollector::Options options) : m_options(options) {}

    void addPath(const QString& path)
    {
        const QFileInfo info(path);
        if (info.fileName().contains(QChar::ReplacementCharacter)) {
            // Not valid UTF-8 on disk: the name cannot be turned back into the file's path,
            // so the name check reports it and nothing else is tried.
            addFile(path, info.fileName());
            return;
        }
        if (info.isSymLink() && !info.exists()) {
            add(path, QStringLiteral("link-broken"),
                info.symLinkTarget() == info.absoluteFilePath()
                    ? tr("This link points to itself.")
                    : tr("This link points to %1, which does not exist.").arg(info.symLinkTarget()));
            return;
        }
        if (!info.exists()) {
            const QFileInfo parent(info.absolutePath());
            if (parent.isDir() && !parent.isExecutable())
                add(path, QStringLiteral("path-unreadable"),
                    tr("The folder that holds this file cannot be read: permission denied."));
            else
                add(path, QStringLiteral("path-missing"), tr("No such file or folder."));
            return;
        }
        if (info.isDir()) {
            addFolder(path, info);
            return;
        }
        if (!info.isFile()) {
            add(path, QStringLiteral("not-a-file"), tr("This is not a regular file (a device, a socket or a pipe)."));
            return;
        }
        // The same file named twice, or reached through a folder and directly, is checked once.
        const QString canonical = info.canonicalFilePath();
        if (m_seenFiles.contains(canonical))
            return;
        m_seenFiles.insert(canonical);
        if (!info.isReadable()) {
            add(path, QStringLiteral("path-unreadable"), tr("This file cannot be read: permission denied."));
            return;
        }
        addFile(path, info.fileName());
    }

    CollectResult result;

private:
    void add(const QString& path, const QString& code, const QString& message)
    {
        result.files.append(CollectedFile{path, QFileInfo(path).fileName(), code, message});
    }

    void addFile(const QString& path, const QString& name) { result.files.append(CollectedFile{path, name, {}, {}}); }

    void addFolder(const QString& path, const QFileInfo& info)
    {
        const QString canonical = info.canonicalFilePath();
        if (m_visited.contains(canonical))
            return; // a link back into a folder already listed
        m_visited.insert(canonical);
        if (!info.isReadable() || !info.isExecutable()) {
            add(path, QStringLiteral("folder-unreadable"), tr("This folder cannot be read: permission denied."));
            return;
        }
        const QDir dir(path);
        const QFileInfoList entries = dir.entryInfoList(
            QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name | QDir::IgnoreCase);
        addUndecodableNames(dir);
        for (const QFileInfo& entry : entries) {
            const QString child = dir.filePath(entry.fileName());
            if (isClutter(entry.fileName())) {
                ++result.skippedHidden;
            } else if (entry.isDir() && !entry.fileName().contains(QChar::ReplacementCharacter)) {
                // Links to folders are not followed: they may lead out of the folder given, or
                // across the whole disk.
                if (m_options.recursive && !entry.isSymLink())
                    addFolder(child, entry);
                else
                    ++result.skippedFolders;
            } else {
                addPath(child);
            }
        }
    }

    // Qt's directory listing leaves out names that are not valid UTF-8; they are found with
    // the system's own listing so that the user hears of them instead of losing them.
    void addUndecodableNames(const QDir& dir)
    {
#ifdef Q_OS_UNIX
        DIR* handle = opendir(QFile::encodeName(dir.path()).constData());
        if (!handle)
            return;
        while (const dirent* entry = readdir(handle)) {
            const QByteArray raw(entry->d_name);
            QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            const QString decoded = decoder.decode(raw);
            if (!decoder.hasError())
                continue;
            result.files.append(CollectedFile{dir.filePath(decoded), decoded, QStringLiteral("name-encoding"),
                                              tr("The name is not valid text (UTF-8); the portal cannot take it. "
                                                 "Rename the file.")});
        }
        closedir(handle);
#else
        Q_UNUSED(dir);
#endif
    }

    FileCollector::Options m_options;
    QSet<QString> m_visited;
    QSet<QString> m_seenFiles;
};

} // namespace

CollectResult FileCollector::collect(const QStringList& paths, Options options)
{
    Walker walker(options);
    for (const QString& path : paths)
        walker.addPath(path);
    return walker.result;
}

} // namespace apd::files
