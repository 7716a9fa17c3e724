#pragma once

#include "naming/AssetCatalog.h"
#include "order/OrderModel.h"

namespace apd::order {

enum class LinkRole
{
    Source,
    Background,
};

QString linkRoleName(LinkRole role); // "source", "background"
bool parseLinkRole(QStringView text, LinkRole* role);

struct Link
{
    qint64 assetId = 0;
    LinkRole role = LinkRole::Source;
    qint64 targetId = 0; // a source or a background
    bool operator==(const Link&) const = default;
};

// Finds the links that set themselves, by the rules of the domain:
//  - an asset and a source of the same stem link (SkyRojo#logo-stacked_light_01_es.png and .psd);
//  - a deliverable derived from a universal base (billboards, story art, SDP, …) links to the
//    project's one UBA, or, with several, to the one whose title (freeform part without AVA
//    IDs) is the asset's; when that is still ambiguous, the user links by hand;
//  - avatars, character art and logos link only to their own PSD;
//  - SDP and boxshot link to the background of their request.
// Only empty links are filled: a link set by hand is never replaced. Pure and thread-safe.
class AutoLinker
{
public:
    explicit AutoLinker(const naming::AssetCatalog& catalog = naming::AssetCatalog::builtIn()) : m_catalog(catalog) {}

    QList<Link> proposals(const Project& project) const;

    // The source an asset would link to by itself, or 0.
    qint64 sourceFor(const Project& project, const Asset& asset) const;

private:
    const naming::AssetCatalog& m_catalog;
};

} // namespace apd::order
