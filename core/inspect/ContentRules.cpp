#include "inspect/ContentRules.h"

#include <QLocale>

#include <cmath>

namespace apd::inspect {

using naming::Severity;

namespace {

QString formatLabel(ImageFormat f)
{
    return f == ImageFormat::Unknown ? QString() : formatName(f).toUpper();
}

Severity findingSeverity(const QString& code)
{
    if (code == QLatin1String("xmp-garbled") || code == QLatin1String("xmp-too-deep") ||
        code == QLatin1String("metadata-damaged"))
        return Severity::Warning;
    return Severity::Error;
}

QString findingFix(const QString& code)
{
    if (code == QLatin1String("truncated") || code == QLatin1String("bad-crc") ||
        code == QLatin1String("corrupt-data") || code == QLatin1String("decode-failed") ||
        code == QLatin1String("missing-image-data") || code == QLatin1String("signature-damaged") ||
        code == QLatin1String("empty"))
        return ContentRules::tr("export or copy the file again from the original");
    if (code == QLatin1String("changed-while-reading") || code == QLatin1String("vanished-while-reading"))
        return ContentRules::tr("check it again once it is saved");
    if (code == QLatin1String("unsupported"))
        return ContentRules::tr("export it again as an 8-bit baseline or progressive JPEG");
    return {};
}

} // namespace

QString ContentRules::megabytes(quint64 bytes)
{
    if (bytes < 1000)
        return tr("%n byte(s)", nullptr, int(bytes));
    if (bytes < 1'000'000)
        return tr("%1 KB").arg(QLocale::c().toString(double(bytes) / 1e3, 'f', 1));
    return tr("%1 MB").arg(QLocale::c().toString(double(bytes) / 1e6, 'f', 1));
}

QList<ContentProblem> ContentRules::check(const InspectionReport& r, QStringView extension,
                                          const naming::AssetType* type)
{
    QList<ContentProblem> out;
    for (const Finding& f : r.findings)
        out.append({f.code, findingSeverity(f.code), f.message, findingFix(f.code)});
    if (r.format == ImageFormat::Unknown)
        return out;

    const QString actual = extensionOf(r.format);
    const bool image = r.format == ImageFormat::Jpeg || r.format == ImageFormat::Png;
    if (!extension.isEmpty() && extension != actual &&
        (extension == u"jpg" || extension == u"png" || extension == u"psd" || extension == u"psb")) {
        out.append({QStringLiteral("extension-mismatch"), Severity::Error,
                    tr("The file is a %1 named .%2: the portal will not read it as one.")
                        .arg(formatLabel(r.format), extension),
                    tr("rename it to .%1, or export it again as %2").arg(actual, extension.toString().toUpper())});
    }
    // The name check already holds the extension against the type, and a content that differs
    // from its extension is reported above: the type's formats matter here only without a name.
    if (type && image && extension.isEmpty()) {
        if (type->needsTransparency && r.format != ImageFormat::Png)
            out.append({QStringLiteral("format-not-allowed"), Severity::Error,
                        tr("A %1 needs transparency: it must be a PNG, this file is a %2.")
                            .arg(type->labelIn(), formatLabel(r.format)),
                        tr("export it as a PNG with an alpha channel")});
        else if (!type->formats.isEmpty() && !type->allowsFormat(actual))
            out.append(
                {QStringLiteral("format-not-allowed"), Severity::Error,
                 tr("A %1 is delivered as %2, not as %3.")
                     .arg(type->labelIn(), type->formats.join(QLatin1String(", ")).toUpper(), formatLabel(r.format)),
                 tr("export it as %1").arg(type->formats.first().toUpper())});
    }
    const bool headerKnown = r.width > 0 && !r.hasFinding(u"bad-header");
    if (image && headerKnown) {
        switch (r.colourModel) {
        case ColourModel::Cmyk:
            out.append({QStringLiteral("colour-model"), Severity::Error,
                        tr("The image is CMYK: screens and the portal show CMYK with wrong colours."),
                        tr("convert it to RGB (sRGB) and export again")});
            break;
        case ColourModel::Indexed:
            out.append({QStringLiteral("colour-model"), Severity::Error,
                        tr("The image uses an indexed palette: colours and edges lose quality."),
                        tr("export it as RGB (PNG-24 / PNG-32)")});
            break;
        case ColourModel::Grey:
            out.append({QStringLiteral("colour-model"), Severity::Error,
                        tr("The image is greyscale: the portal expects RGB, even for grey artwork."),
                        tr("convert it to RGB and export again")});
            break;
        case ColourModel::Other:
        case ColourModel::Unknown:
            out.append({QStringLiteral("colour-model"), Severity::Error,
                        tr("The image has an unusual colour model (%1 channels).").arg(r.channels),
                        tr("convert it to RGB and export again")});
            break;
        case ColourModel::Rgb:
            break;
        }
        if (r.bitDepth != 8 && r.format == ImageFormat::Png)
            out.append({QStringLiteral("bit-depth"), Severity::Error,
                        tr("The image has %1 bits per channel; deliverables have 8.").arg(r.bitDepth),
                        tr("export it with 8 bits per channel")});
        if (type && type->needsTransparency && r.format == ImageFormat::Png && !r.alpha)
            out.append({QStringLiteral("alpha-missing"), Severity::Error,
                        tr("A %1 keeps its transparency, but this PNG has no alpha channel.").arg(type->labelIn()),
                        tr("export it as a PNG with transparency (RGBA)")});
        if (r.animated)
            out.append({QStringLiteral("animated"),
                        Severity::Warning,
                        tr("The PNG is animated (APNG): the portal shows its first frame only."),
                        {}});
    }

    // Metadata bloat.
    const QString bloatText = tr("bloated XMP: %1, %n document ancestor(s); will arrive broken", nullptr,
                                 int(std::min<qint64>(r.documentAncestors, INT_MAX)))
                                  .arg(megabytes(r.xmpSize));
    const QString stripFix = tr("remove it with \"artwork-portal-cli strip-xmp\" (the pixels stay untouched), or "
                                "export without metadata");
    bool bloated = false;
    if (r.format == ImageFormat::Png && r.largestMetadataChunk >= chunkLimit) {
        bloated = true;
        out.append({QStringLiteral("xmp-bloated"), Severity::Error,
                    tr("A metadata chunk of %1 is over the 8 MB that PNG readers accept (%2).")
                        .arg(megabytes(r.largestMetadataChunk), bloatText),
                    stripFix});
    } else if (r.format == ImageFormat::Jpeg && r.extendedXmpSegments > 0) {
        bloated = true;
        out.append({QStringLiteral("xmp-bloated"), Severity::Error,
                    tr("The XMP is too big for one JPEG segment and is split into %n ExtendedXMP segment(s) that many "
                       "readers drop (%1).",
                       nullptr, r.extendedXmpSegments)
                        .arg(bloatText),
                    stripFix});
    }
    if (image && r.fileSize > largeFile) {
        const quint64 meta = r.xmpSize + r.exifSize + r.iptcSize + r.iccSize;
        QString why = meta * 2 > r.fileSize
                          ? tr("%1 of it is metadata (XMP %2, %n document ancestor(s))", nullptr,
                               int(std::min<qint64>(r.documentAncestors, INT_MAX)))
                                .arg(megabytes(meta), megabytes(r.xmpSize))
                          : tr("most of it is image data (%1 × %2 pixels)").arg(r.width).arg(r.height);
        out.append({QStringLiteral("file-large"), Severity::Warning,
                    tr("The file is %1, over the 8 MB the portal handles well: %2.").arg(megabytes(r.fileSize), why),
                    meta * 2 > r.fileSize ? stripFix : tr("export it with stronger compression")});
    }
    if (!bloated && (r.xmpSize > largeXmp || r.documentAncestors > manyAncestors))
        out.append({QStringLiteral("xmp-large"), Severity::Warning,
                    tr("The XMP metadata is large: %1, %n document ancestor(s).", nullptr,
                       int(std::min<qint64>(r.documentAncestors, INT_MAX)))
                        .arg(megabytes(r.xmpSize)),
                    image ? stripFix : tr("clear the document ancestors in the source (File Info) before exporting")});

    // Optional pixel rules of the catalog.
    if (type && type->pixels && image && headerKnown) {
        const naming::PixelRule& rule = *type->pixels;
        if ((rule.width > 0 && quint32(rule.width) != r.width) || (rule.height > 0 && quint32(rule.height) != r.height))
            out.append({QStringLiteral("pixel-size"), Severity::Error,
                        tr("A %1 is %2 × %3 pixels; this image is %4 × %5.")
                            .arg(type->labelIn(), rule.width > 0 ? QString::number(rule.width) : QStringLiteral("any"),
                                 rule.height > 0 ? QString::number(rule.height) : QStringLiteral("any"))
                            .arg(r.width)
                            .arg(r.height),
                        tr("export it at the size the portal asks for")});
        if (rule.aspect > 0) {
            const double aspect = double(r.width) / double(r.height);
            if (std::abs(aspect - rule.aspect) / rule.aspect > aspectTolerance)
                out.append({QStringLiteral("aspect-ratio"), Severity::Error,
                            tr("A %1 has an aspect ratio of %2; this image has %3 (%4 × %5).")
                                .arg(type->labelIn(), QLocale::c().toString(rule.aspect, 'f', 3),
                                     QLocale::c().toString(aspect, 'f', 3))
                                .arg(r.width)
                                .arg(r.height),
                            tr("crop or export it to the asked aspect ratio")});
        }
    }
    return out;
}

} // namespace apd::inspect
