#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace apd::naming {

// How a deliverable relates to its source file.
enum class SourceRelation
{
    None,      // the type is itself a source (the universal base PSD)
    Universal, // one UBA PSD is the source of many deliverables
    Own,       // a PSD of the same name, one-to-one
};

// Optional pixel constraints a portal may set per type (checked by inspection).
struct PixelRule
{
    int width = 0;       // 0: not constrained
    int height = 0;      // 0: not constrained
    double aspect = 0.0; // width / height; 0: not constrained
};

// One entry of the asset-type catalog. Data, not code: a portal may add types.
struct AssetType
{
    QString id;                    // as written in names: "billboard", "logo-stacked"
    QString label;                 // for people
    bool languageSpecific = false; // true: a language code; false: zxx
    QStringList tones;             // allowed tones: {"light","dark"} or {"na"}
    bool needsDirection = false;   // ltr/rtl in the name (billboards only)
    QStringList formats;           // deliverable extensions, lowercase: "jpg", "png", "psd"
    bool needsTransparency = false;
    SourceRelation source = SourceRelation::Universal;
    bool needsBackground = false;
    std::optional<PixelRule> pixels;

    bool allowsTone(QStringView tone) const { return tones.contains(tone); }
    bool allowsFormat(QStringView ext) const { return formats.contains(ext); }
};

} // namespace apd::naming
