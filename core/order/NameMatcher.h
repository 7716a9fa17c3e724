#pragma once

#include "common/Result.h"
#include "naming/AssetCatalog.h"
#include "order/OrderModel.h"

#include <QCoreApplication>

#include <optional>

namespace apd::order {

// What a delivery name becomes in a project, decided before a byte of the file is taken.
struct Match
{
    FileRole role = FileRole::Asset;
    QString name;       // NFC
    QString requestKey; // empty for a universal base
    QString type;
    qint64 requestId = 0;   // the request the file serves (0 for a universal base)
    qint64 replacesId = 0;  // the asset, source or background of the same name: the file is its new version
    bool universal = false; // a universal base (UBA) source
};

// Matches a delivery name against a project's open requests. Error codes (Error::code):
//   name-invalid, not-a-source, type-not-ordered, wrong-language, wrong-tone, wrong-direction,
//   wrong-sequence, no-matching-request, request-in-review, request-approved,
//   request-has-asset, background-not-needed; matchDroppedOn() adds wrong-row.
// Pure and thread-safe.
class NameMatcher
{
    Q_DECLARE_TR_FUNCTIONS(NameMatcher)

public:
    explicit NameMatcher(const naming::AssetCatalog& catalog = naming::AssetCatalog::builtIn());

    // `declared`: the role the uploader asks for; without it a source extension makes a source
    // and anything else an asset (a background must be declared: it shares its asset's key).
    Result<Match> match(const Project& project, QStringView name, std::optional<FileRole> declared = {}) const;
    // The same for a file dropped on the row of request `droppedOn` (0: not on a row). A file
    // whose name belongs to another request is refused with "wrong-row", naming that request:
    // it never goes to the row it was dropped on. A universal base serves every row.
    Result<Match> matchDroppedOn(const Project& project, QStringView name, qint64 droppedOn,
                                 std::optional<FileRole> declared = {}) const;

private:
    Error noRequest(const Project& project, const QString& key, const QString& type) const;

    const naming::AssetCatalog& m_catalog;
};

} // namespace apd::order
