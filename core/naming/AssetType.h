#pragma once

#include <QHash>
#include <QList>
#include <QLocale>
#include <QRectF>
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

// A label for people in the catalog's languages: `text` is the English one (or the only
// one of an old catalog); `byLanguage` holds each language the catalog gives, by ISO 639 code.
struct CatalogLabel
{
    QString text;
    QHash<QString, QString> byLanguage;

    // In `locale`'s language when the catalog has it; English otherwise.
    QString in(const QLocale& locale = QLocale()) const
    {
        return byLanguage.value(locale.name().section(QLatin1Char('_'), 0, 0), text);
    }
};

// A region of an image that matters for QC, in fractions of the image (0..1) so that one
// zone fits every size. "safe": what matters (title, logo) stays inside; "clear": the
// portal's overlays (buttons, badges) cover it, so nothing important goes there. Zones are
// written for left-to-right art; a right-to-left asset sees them mirrored.
struct SafeZone
{
    enum class Kind
    {
        Safe,
        Clear,
    };
    QString id;                     // stable, for programs: "title", "buttons"
    QString label;                  // for people, in English (the app may translate known ids)
    QHash<QString, QString> labels; // by language, when the catalog gives them
    QString labelIn(const QLocale& locale = QLocale()) const { return CatalogLabel{label, labels}.in(locale); }
    Kind kind = Kind::Safe;
    double x = 0.0, y = 0.0, width = 1.0, height = 1.0;

    // The zone in pixels of an image `imageWidth` x `imageHeight`, mirrored for rtl.
    QRectF rectIn(double imageWidth, double imageHeight, bool rightToLeft = false) const
    {
        const double left = rightToLeft ? 1.0 - x - width : x;
        return QRectF(left * imageWidth, y * imageHeight, width * imageWidth, height * imageHeight);
    }
};

// One entry of the asset-type catalog. Data, not code: a portal may add types.
struct AssetType
{
    QString id;                     // as written in names: "billboard", "logo-stacked"
    QString label;                  // for people, in English
    QHash<QString, QString> labels; // by language code ("es"), when the catalog gives them
    bool languageSpecific = false;  // true: a language code; false: zxx
    QStringList tones;              // allowed tones: {"light","dark"} or {"na"}
    bool needsDirection = false;    // ltr/rtl in the name (billboards only)
    QStringList formats;            // deliverable extensions, lowercase: "jpg", "png", "psd"
    bool needsTransparency = false;
    SourceRelation source = SourceRelation::Universal;
    bool needsBackground = false;
    std::optional<PixelRule> pixels;
    QList<SafeZone> safeZones; // optional; empty: the type has none

    // The label in `locale`'s language (the app's chosen one by default), else English.
    QString labelIn(const QLocale& locale = QLocale()) const { return CatalogLabel{label, labels}.in(locale); }
    bool allowsTone(QStringView tone) const { return tones.contains(tone); }
    bool allowsFormat(QStringView ext) const { return formats.contains(ext); }
};

} // namespace apd::naming
