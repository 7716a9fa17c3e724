#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace apd::files {

// A path given by the user, expanded: one entry per file, or per path that cannot be used.
struct CollectedFile
{
    QString path;        // as given or as found under a given folder
    QString fileName;    // the last component, as decoded from the file system
    QString problemCode; // empty when the file can be checked
    QString problem;     // for people
};

struct CollectResult
{
    QList<CollectedFile> files;
    int skippedHidden = 0;  // dot files and system clutter (Thumbs.db, desktop.ini) inside folders
    int skippedFolders = 0; // sub-folders not entered: without `recursive`, or links to folders
};

// Expands files and folders into the list of files to check, never following a link
// loop and never opening a file. Thread: any; blocking (disk).
class FileCollector
{
    Q_DECLARE_TR_FUNCTIONS(FileCollector)

public:
    struct Options
    {
        bool recursive = false;
    };

    static CollectResult collect(const QStringList& paths, Options options);
};

} // namespace apd::files
