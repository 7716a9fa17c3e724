#pragma once

#include "files/FileCollector.h"
#include "portal/PortalTypes.h"
#include "validate/FileValidator.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace apd::portal {

// What to do with a folder of fixed files for a project's REJECTED assets: the rule the CLI's
// `redeliver` and the app's drop of a folder of fixes share. A file is sent again only if its
// name is the name of a rejected asset (the same name makes it a new version of that asset)
// and it passes the full check (name and content); every other file is left alone with the
// reason. Names are matched first (cheap), content is checked only for the files that match.
//
// Thread: any; blocking (disk) when it checks the files' content.
class RedeliveryPlan
{
public:
    enum class Action
    {
        Replace,     // a rejected asset's fix, valid: upload it and deliver it again
        Invalid,     // a rejected asset's fix that fails the check: not sent
        NotRejected, // the name of an asset that is not rejected (delivered, approved, …)
        Misnamed,    // not a valid name; `meant` is the rejected asset it probably is for, if any
        NoSuchAsset, // a valid name, but no asset of the project has it
        Missing,     // a rejected asset with no valid file in the folder (no path)
    };

    struct Entry
    {
        Action action = Action::NoSuchAsset;
        QString path;       // the file; empty for Missing
        QString name;       // the file's name (NFC), or the asset's name for Missing
        qint64 assetId = 0; // the asset the name is for (Replace, Invalid, NotRejected, Missing)
        int version = 0;    // that asset's current version
        QString state;      // that asset's display state (NotRejected)
        QString meant;      // Misnamed: the rejected asset's name the file probably meant
        QString comment;    // the owner's comment on the rejection, when known
        std::optional<validate::FileReport> report; // Replace and Invalid: the full check
    };

    // `files`: the folder's files (files::FileCollector). `rejectionComments`: the owner's
    // last comment per rejected asset id (may be empty). The entries come in the files'
    // order, then one Missing entry per rejected asset left without a valid file.
    static RedeliveryPlan make(const ProjectDetail& project, const QList<files::CollectedFile>& files,
                               const naming::NameParser& parser, const QHash<qint64, QString>& rejectionComments = {});

    const QList<Entry>& entries() const { return m_entries; }
    QList<Entry> entries(Action action) const;
    int count(Action action) const;
    int rejectedCount() const { return m_rejected; }
    bool nothingToSend() const { return count(Action::Replace) == 0; }

private:
    QList<Entry> m_entries;
    int m_rejected = 0;
};

} // namespace apd::portal
