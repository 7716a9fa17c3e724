#pragma once

#include "common/Result.h"
#include "naming/AssetType.h"

#include <QByteArray>
#include <QHash>
#include <QList>

namespace apd::naming {

// The asset-type catalog, loaded from JSON (the built-in resource or a portal's copy).
// Immutable once loaded; safe to share between threads for reading.
class AssetCatalog
{
public:
    // The catalog shipped with the application (":/apd/catalog/asset-types.json").
    static const AssetCatalog& builtIn();

    static Result<AssetCatalog> fromJson(const QByteArray& json);
    static Result<AssetCatalog> fromFile(const QString& path);

    const QList<AssetType>& types() const { return m_types; }
    const AssetType* find(QStringView id) const;
    // Looks a type up ignoring case, '-' and '_': "Story_Art" finds "storyart".
    const AssetType* findLoose(QStringView text) const;
    // The closest type id within two edits of `text` (after loosening), or nullptr.
    const AssetType* nearest(QStringView text) const;

    bool isSourceExtension(QStringView ext) const { return m_sourceExtensions.contains(ext); }
    const QStringList& sourceExtensions() const { return m_sourceExtensions; }
    // Every extension the catalog knows: sources and all deliverable formats.
    bool isKnownExtension(QStringView ext) const;

    static QString loosen(QStringView text);

    // True when another type's id starts with this one's and "-" ("vertical-background" →
    // "vertical-background-animated"): a name may then hold the longer type split by "_".
    bool isExtended(const AssetType* type) const { return m_extended.contains(type->id); }

private:
    QList<AssetType> m_types;
    QHash<QString, qsizetype> m_byId;
    QHash<QString, qsizetype> m_byLooseId;
    QStringList m_looseIds; // parallel to m_types
    QStringList m_extended;
    QStringList m_sourceExtensions;
};

} // namespace apd::naming
