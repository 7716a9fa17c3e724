#include "naming/AssetCatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

static void initCatalogResource()
{
    // The resource lives in a static library: it must be registered by name.
    Q_INIT_RESOURCE(catalog);
}

namespace apd::naming {

namespace {

Error catalogError(const QString& why)
{
    return Error{QStringLiteral("catalog-invalid"), QStringLiteral("The asset-type catalog is invalid: %1").arg(why)};
}

QStringList lowerStrings(const QJsonArray& array)
{
    QStringList out;
    for (const auto& v : array)
        out.append(v.toString().toLower());
    return out;
}

int editDistance(QStringView a, QStringView b)
{
    QList<int> prev(b.size() + 1), cur(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        prev[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        cur[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, substitution});
        }
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

// "label": "Boxshot" (one language, as catalogs before version 2), or
// {"en": "Boxshot", "es": "..."}: English is the one shown when the user's language is missing.
Result<CatalogLabel> labelOf(const QString& owner, const QJsonValue& value, const QString& fallback)
{
    CatalogLabel label;
    if (value.isUndefined() || value.isNull()) {
        label.text = fallback;
        return label;
    }
    if (value.isString()) {
        label.text = value.toString();
        return label;
    }
    if (!value.isObject())
        return catalogError(
            QStringLiteral("the label of \"%1\" is not text nor {\"en\": ..., \"es\": ...}").arg(owner));
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString text = it.value().toString();
        if (!it.value().isString() || text.isEmpty())
            return catalogError(QStringLiteral("the \"%1\" label of \"%2\" is not a text").arg(it.key(), owner));
        label.byLanguage.insert(it.key().toLower(), text);
    }
    label.text = label.byLanguage.value(QStringLiteral("en"),
                                        label.byLanguage.isEmpty() ? fallback : label.byLanguage.cbegin().value());
    return label;
}

// `safeZones`: [{"id", "label", "kind": "safe"|"clear", "rect": [x, y, width, height]}],
// the rectangle in fractions of the image, inside it and not empty.
Result<QList<SafeZone>> safeZonesOf(const QString& typeId, const QJsonValue& value)
{
    QList<SafeZone> zones;
    if (value.isUndefined() || value.isNull())
        return zones;
    if (!value.isArray())
        return catalogError(QStringLiteral("the safe zones of \"%1\" are not a list").arg(typeId));
    for (const auto& entry : value.toArray()) {
        const QJsonObject o = entry.toObject();
        SafeZone z;
        z.id = o.value(QLatin1String("id")).toString();
        if (z.id.isEmpty())
            return catalogError(QStringLiteral("a safe zone of \"%1\" has no id").arg(typeId));
        for (const SafeZone& other : std::as_const(zones))
            if (other.id == z.id)
                return catalogError(QStringLiteral("safe zone \"%1\" of \"%2\" is listed twice").arg(z.id, typeId));
        const auto label = labelOf(z.id, o.value(QLatin1String("label")), z.id);
        if (!label)
            return label.error();
        z.label = label.value().text;
        z.labels = label.value().byLanguage;
        const QString kind = o.value(QLatin1String("kind")).toString(QStringLiteral("safe"));
        if (kind != QLatin1String("safe") && kind != QLatin1String("clear"))
            return catalogError(QStringLiteral("safe zone \"%1\" of \"%2\" is \"safe\" or \"clear\", not \"%3\"")
                                    .arg(z.id, typeId, kind));
        z.kind = kind == QLatin1String("clear") ? SafeZone::Kind::Clear : SafeZone::Kind::Safe;
        const QJsonArray rect = o.value(QLatin1String("rect")).toArray();
        bool numbers = rect.size() == 4;
        for (const auto& n : rect)
            numbers = numbers && n.isDouble();
        if (numbers) {
            z.x = rect[0].toDouble();
            z.y = rect[1].toDouble();
            z.width = rect[2].toDouble();
            z.height = rect[3].toDouble();
        }
        constexpr double slack = 1e-9; // 0.1 + 0.9 is not exactly 1 in binary
        if (!numbers || z.x < 0 || z.y < 0 || z.width <= 0 || z.height <= 0 || z.x + z.width > 1 + slack ||
            z.y + z.height > 1 + slack)
            return catalogError(QStringLiteral("safe zone \"%1\" of \"%2\" needs \"rect\": [x, y, width, height] "
                                               "in fractions of the image, inside it")
                                    .arg(z.id, typeId));
        zones.append(z);
    }
    return zones;
}

} // namespace

const AssetCatalog& AssetCatalog::builtIn()
{
    static const AssetCatalog catalog = [] {
        initCatalogResource();
        auto loaded = fromFile(QStringLiteral(":/apd/catalog/asset-types.json"));
        Q_ASSERT_X(loaded.ok(), "AssetCatalog", "the built-in catalog must load");
        return loaded.ok() ? loaded.value() : AssetCatalog{};
    }();
    return catalog;
}

Result<AssetCatalog> AssetCatalog::fromFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("catalog-unreadable"),
                     QStringLiteral("Cannot read the asset-type catalog %1: %2").arg(path, file.errorString())};
    return fromJson(file.readAll());
}

Result<AssetCatalog> AssetCatalog::fromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return catalogError(parseError.errorString());
    if (!doc.isObject())
        return catalogError(QStringLiteral("the top level is not an object"));
    const QJsonObject root = doc.object();

    AssetCatalog catalog;
    catalog.m_sourceExtensions = lowerStrings(root.value(QLatin1String("sourceExtensions")).toArray());
    const QJsonArray types = root.value(QLatin1String("types")).toArray();
    if (types.isEmpty())
        return catalogError(QStringLiteral("it lists no types"));

    for (const auto& entry : types) {
        const QJsonObject o = entry.toObject();
        AssetType t;
        t.id = o.value(QLatin1String("id")).toString();
        if (t.id.isEmpty() || t.id != t.id.toLower() || t.id.contains(QLatin1Char('_')))
            return catalogError(QStringLiteral("a type id must be lowercase, without '_': \"%1\"").arg(t.id));
        if (catalog.m_byId.contains(t.id))
            return catalogError(QStringLiteral("type \"%1\" is listed twice").arg(t.id));
        const auto label = labelOf(t.id, o.value(QLatin1String("label")), t.id);
        if (!label)
            return label.error();
        t.label = label.value().text;
        t.labels = label.value().byLanguage;
        t.languageSpecific = o.value(QLatin1String("language")).toBool();
        t.tones = lowerStrings(o.value(QLatin1String("tones")).toArray());
        if (t.tones.isEmpty())
            return catalogError(QStringLiteral("type \"%1\" allows no tone").arg(t.id));
        t.needsDirection = o.value(QLatin1String("direction")).toBool();
        t.formats = lowerStrings(o.value(QLatin1String("formats")).toArray());
        t.needsTransparency = o.value(QLatin1String("transparency")).toBool();
        const QString source = o.value(QLatin1String("source")).toString();
        t.source = source == QLatin1String("own")    ? SourceRelation::Own
                   : source == QLatin1String("none") ? SourceRelation::None
                                                     : SourceRelation::Universal;
        t.needsBackground = o.value(QLatin1String("background")).toBool();
        const QJsonObject pixels = o.value(QLatin1String("pixels")).toObject();
        if (!pixels.isEmpty()) {
            PixelRule rule;
            rule.width = pixels.value(QLatin1String("width")).toInt();
            rule.height = pixels.value(QLatin1String("height")).toInt();
            rule.aspect = pixels.value(QLatin1String("aspect")).toDouble();
            t.pixels = rule;
        }
        const auto zones = safeZonesOf(t.id, o.value(QLatin1String("safeZones")));
        if (!zones)
            return zones.error();
        t.safeZones = zones.value();
        const QString loose = loosen(t.id);
        if (catalog.m_byLooseId.contains(loose))
            return catalogError(QStringLiteral("types \"%1\" and another differ only by '-'").arg(t.id));
        catalog.m_byId.insert(t.id, catalog.m_types.size());
        catalog.m_byLooseId.insert(loose, catalog.m_types.size());
        catalog.m_looseIds.append(loose);
        catalog.m_types.append(t);
    }
    for (const AssetType& t : catalog.m_types)
        for (const AssetType& other : catalog.m_types)
            if (other.id.startsWith(t.id + QLatin1Char('-')) && !catalog.m_extended.contains(t.id))
                catalog.m_extended.append(t.id);
    return catalog;
}

const AssetType* AssetCatalog::find(QStringView id) const
{
    // A catalog holds a few dozen types: a scan beats hashing a temporary string.
    for (const AssetType& t : m_types)
        if (t.id == id)
            return &t;
    return nullptr;
}

const AssetType* AssetCatalog::findLoose(QStringView text) const
{
    for (qsizetype i = 0; i < m_types.size(); ++i) {
        const QString& loose = m_looseIds[i];
        qsizetype j = 0;
        bool same = true;
        for (QChar c : text) {
            if (c == QLatin1Char('-') || c == QLatin1Char('_'))
                continue;
            if (j >= loose.size() || c.toLower() != loose[j]) {
                same = false;
                break;
            }
            ++j;
        }
        if (same && j == loose.size())
            return &m_types[i];
    }
    return nullptr;
}

const AssetType* AssetCatalog::nearest(QStringView text) const
{
    const QString loose = loosen(text);
    if (loose.size() < 3)
        return nullptr;
    const AssetType* best = nullptr;
    int bestDistance = 3;
    for (auto it = m_byLooseId.cbegin(); it != m_byLooseId.cend(); ++it) {
        if (std::abs(it.key().size() - loose.size()) >= bestDistance)
            continue;
        const int d = editDistance(loose, it.key());
        if (d < bestDistance) {
            bestDistance = d;
            best = &m_types[it.value()];
        }
    }
    return best;
}

bool AssetCatalog::isKnownExtension(QStringView ext) const
{
    if (isSourceExtension(ext))
        return true;
    return std::any_of(m_types.cbegin(), m_types.cend(), [&](const AssetType& t) { return t.allowsFormat(ext); });
}

QString AssetCatalog::loosen(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c == QLatin1Char('-') || c == QLatin1Char('_'))
            continue;
        out.append(c.toLower());
    }
    return out;
}

} // namespace apd::naming
