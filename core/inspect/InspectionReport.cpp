#include "inspect/InspectionReport.h"

#include <algorithm>

namespace apd::inspect {

QString formatName(ImageFormat format)
{
    switch (format) {
    case ImageFormat::Jpeg:
        return QStringLiteral("jpeg");
    case ImageFormat::Png:
        return QStringLiteral("png");
    case ImageFormat::Psd:
        return QStringLiteral("psd");
    case ImageFormat::Psb:
        return QStringLiteral("psb");
    case ImageFormat::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString extensionOf(ImageFormat format)
{
    if (format == ImageFormat::Unknown)
        return {};
    return format == ImageFormat::Jpeg ? QStringLiteral("jpg") : formatName(format);
}

QString colourModelName(ColourModel model)
{
    switch (model) {
    case ColourModel::Rgb:
        return QStringLiteral("rgb");
    case ColourModel::Grey:
        return QStringLiteral("grey");
    case ColourModel::Cmyk:
        return QStringLiteral("cmyk");
    case ColourModel::Indexed:
        return QStringLiteral("indexed");
    case ColourModel::Other:
        return QStringLiteral("other");
    case ColourModel::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

bool InspectionReport::hasFinding(QStringView code) const
{
    return std::any_of(findings.cbegin(), findings.cend(), [&](const Finding& f) { return f.code == code; });
}

} // namespace apd::inspect
