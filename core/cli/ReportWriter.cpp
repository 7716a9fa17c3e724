#include "cli/ReportWriter.h"

#include "inspect/ContentRules.h"

#include <QJsonArray>

#include <climits>

namespace apd::cli {

using naming::Severity;

namespace {

// A name can hold line breaks, escape sequences and direction overrides: printed raw they
// would forge report lines or recolour the terminal. They are shown as \u{…} instead.
QString printable(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0) || c.category() == QChar::Other_Format)
            out += QStringLiteral("\\u{%1}").arg(int(u), 0, 16);
        else
            out += c;
    }
    return out;
}

QString verdict(const validate::FileReport& r)
{
    if (!r.valid())
        return ReportWriter::tr("FAIL");
    return r.count(Severity::Warning) > 0 ? ReportWriter::tr("WARN") : ReportWriter::tr("OK");
}

QString severityLabel(Severity s)
{
    switch (s) {
    case Severity::Error:
        return ReportWriter::tr("error");
    case Severity::Warning:
        return ReportWriter::tr("warning");
    case Severity::Info:
        break;
    }
    return ReportWriter::tr("info");
}

} // namespace

void ReportWriter::writeText(QTextStream& out, const validate::FileReport& r)
{
    out << verdict(r) << QLatin1String("  ") << printable(r.path);
    if (r.valid() && !r.parts.requestKey.isEmpty())
        out << QLatin1String("  (") << r.parts.requestKey << QLatin1String(", ") << naming::fileKindName(r.parts.kind)
            << QLatin1Char(')');
    out << QLatin1Char('\n');
    for (const validate::Problem& p : r.problems) {
        out << QLatin1String("      ") << severityLabel(p.severity) << QLatin1String(" [") << p.code
            << QLatin1String("] ") << printable(p.message) << QLatin1Char('\n');
        if (!p.fix.isEmpty())
            out << QLatin1String("        ") << tr("fix: %1").arg(printable(p.fix)) << QLatin1Char('\n');
    }
    if (r.inspection && r.inspection->format != inspect::ImageFormat::Unknown)
        out << QLatin1String("      ") << describe(*r.inspection) << QLatin1Char('\n');
    if (!r.suggestion.isEmpty() && r.suggestion != r.name)
        out << QLatin1String("      ") << tr("suggested name: %1").arg(printable(r.suggestion)) << QLatin1Char('\n');
}

void ReportWriter::writeTextSummary(QTextStream& out, const validate::Summary& s)
{
    out << tr("%n file(s) checked", nullptr, s.files) << QLatin1String(": ") << tr("%n valid", nullptr, s.valid)
        << QLatin1String(", ") << tr("%n with errors", nullptr, s.invalid) << QLatin1String(", ")
        << tr("%n with warnings", nullptr, s.withWarnings);
    if (s.skippedHidden > 0)
        out << QLatin1String("; ") << tr("%n hidden or system file(s) skipped", nullptr, s.skippedHidden);
    if (s.skippedFolders > 0)
        out << QLatin1String("; ") << tr("%n sub-folder(s) not entered (use --recursive)", nullptr, s.skippedFolders);
    out << QLatin1Char('\n');
}

QJsonObject ReportWriter::toJson(const validate::FileReport& r)
{
    QJsonArray problems;
    for (const validate::Problem& p : r.problems) {
        QJsonObject o{{QStringLiteral("code"), p.code},
                      {QStringLiteral("severity"), naming::severityName(p.severity)},
                      {QStringLiteral("message"), p.message},
                      {QStringLiteral("fix"), p.fix.isEmpty() ? QJsonValue() : QJsonValue(p.fix)}};
        if (!p.fixedName.isEmpty())
            o.insert(QStringLiteral("fixedName"), p.fixedName);
        problems.append(o);
    }
    const naming::NameParts& n = r.parts;
    const auto orNull = [](const QString& s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
    const QJsonObject parts{{QStringLiteral("freeform"), n.freeform},
                            {QStringLiteral("avaIds"), QJsonArray::fromStringList(n.avaIds)},
                            {QStringLiteral("type"), orNull(n.type)},
                            {QStringLiteral("tone"), orNull(n.tone)},
                            {QStringLiteral("direction"), orNull(n.direction)},
                            {QStringLiteral("sequence"), orNull(n.sequence)},
                            {QStringLiteral("language"), orNull(n.language)},
                            {QStringLiteral("extension"), orNull(n.extension)},
                            {QStringLiteral("kind"), naming::fileKindName(n.kind)},
                            {QStringLiteral("requestKey"), orNull(n.requestKey)}};
    QJsonObject o{{QStringLiteral("path"), r.path},
                  {QStringLiteral("name"), r.name},
                  {QStringLiteral("valid"), r.valid()},
                  {QStringLiteral("problems"), problems},
                  {QStringLiteral("suggestion"), orNull(r.suggestion)},
                  {QStringLiteral("parts"), parts}};
    if (r.inspection)
        o.insert(QStringLiteral("inspection"), toJson(*r.inspection));
    return o;
}

QJsonObject ReportWriter::toJson(const validate::Summary& s)
{
    return QJsonObject{{QStringLiteral("files"), s.files},
                       {QStringLiteral("valid"), s.valid},
                       {QStringLiteral("invalid"), s.invalid},
                       {QStringLiteral("withWarnings"), s.withWarnings},
                       {QStringLiteral("skippedHidden"), s.skippedHidden},
                       {QStringLiteral("skippedFolders"), s.skippedFolders}};
}

} // namespace apd::cli

namespace apd::cli {

QJsonObject ReportWriter::toJson(const inspect::InspectionReport& i)
{
    using namespace inspect;
    const bool image = i.format != ImageFormat::Unknown;
    const auto ifImage = [&](QJsonValue v) { return image ? v : QJsonValue(); };
    QJsonArray chunks;
    for (const MetadataChunk& c : i.textChunks) {
        QJsonObject o{{QStringLiteral("type"), c.type},
                      {QStringLiteral("size"), double(c.size)},
                      {QStringLiteral("afterImageData"), c.afterImageData}};
        if (!c.keyword.isEmpty())
            o.insert(QStringLiteral("keyword"), c.keyword);
        if (c.textSize > 0)
            o.insert(QStringLiteral("inflatedSize"), double(c.textSize));
        if (!c.language.isEmpty())
            o.insert(QStringLiteral("language"), c.language);
        chunks.append(o);
    }
    QJsonArray findings;
    for (const Finding& f : i.findings)
        findings.append(QJsonObject{{QStringLiteral("code"), f.code}, {QStringLiteral("message"), f.message}});
    QJsonObject o{
        {QStringLiteral("level"), i.level == Level::Full ? QStringLiteral("full") : QStringLiteral("metadata")},
        {QStringLiteral("format"), formatName(i.format)},
        {QStringLiteral("fileSize"), double(i.fileSize)},
        {QStringLiteral("width"), ifImage(double(i.width))},
        {QStringLiteral("height"), ifImage(double(i.height))},
        {QStringLiteral("colourModel"), ifImage(colourModelName(i.colourModel))},
        {QStringLiteral("bitDepth"), ifImage(i.bitDepth)},
        {QStringLiteral("channels"), ifImage(i.channels)},
        {QStringLiteral("alpha"), i.alpha},
        {QStringLiteral("icc"), i.iccPresent
                                    ? QJsonValue(QJsonObject{{QStringLiteral("size"), double(i.iccSize)},
                                                             {QStringLiteral("description"), i.iccDescription}})
                                    : QJsonValue()},
        {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("xmpSize"), double(i.xmpSize)},
                                                 {QStringLiteral("extendedXmpSize"), double(i.extendedXmpSize)},
                                                 {QStringLiteral("extendedXmpSegments"), i.extendedXmpSegments},
                                                 {QStringLiteral("exifSize"), double(i.exifSize)},
                                                 {QStringLiteral("iptcSize"), double(i.iptcSize)},
                                                 {QStringLiteral("largestChunk"), double(i.largestMetadataChunk)},
                                                 {QStringLiteral("documentAncestors"), double(i.documentAncestors)},
                                                 {QStringLiteral("pantryItems"), double(i.pantryItems)},
                                                 {QStringLiteral("xmpParsed"), i.xmpParsed},
                                                 {QStringLiteral("chunks"), chunks}}},
        {QStringLiteral("decoded"), i.decoded},
        {QStringLiteral("findings"), findings}};
    if (i.format == ImageFormat::Jpeg) {
        o.insert(QStringLiteral("progressive"), i.progressive);
        o.insert(QStringLiteral("arithmetic"), i.arithmetic);
        o.insert(QStringLiteral("adobeTransform"), i.adobeTransform < 0 ? QJsonValue() : QJsonValue(i.adobeTransform));
    } else if (i.format == ImageFormat::Png) {
        o.insert(QStringLiteral("interlaced"), i.interlaced);
        o.insert(QStringLiteral("animated"), i.animated);
        o.insert(QStringLiteral("srgb"), i.srgbChunk);
    } else if (i.format == ImageFormat::Psd || i.format == ImageFormat::Psb) {
        o.insert(QStringLiteral("psdVersion"), i.psdVersion);
        o.insert(QStringLiteral("psdColourMode"), i.psdColourMode);
        o.insert(QStringLiteral("layerCount"), i.layerCount < 0 ? QJsonValue() : QJsonValue(i.layerCount));
    }
    return o;
}

QString ReportWriter::describe(const inspect::InspectionReport& i)
{
    using namespace inspect;
    QString s = formatName(i.format).toUpper();
    if (i.width > 0)
        s += QStringLiteral(" %1 × %2, %3 %4-bit")
                 .arg(i.width)
                 .arg(i.height)
                 .arg(colourModelName(i.colourModel).toUpper())
                 .arg(i.bitDepth);
    if (i.alpha)
        s += tr(", alpha");
    if (i.progressive)
        s += tr(", progressive");
    if (i.arithmetic)
        s += tr(", arithmetic-coded");
    if (i.adobeTransform >= 0)
        s += tr(", Adobe transform %1").arg(i.adobeTransform);
    if (i.srgbChunk)
        s += tr(", sRGB");
    if (i.animated)
        s += tr(", animated");
    if (i.interlaced)
        s += tr(", interlaced");
    if (i.layerCount >= 0)
        s += tr(", %n layer(s)", nullptr, i.layerCount);
    if (i.iccPresent)
        s += i.iccDescription.isEmpty() ? tr(", ICC") : tr(", ICC \"%1\"").arg(i.iccDescription);
    if (i.xmpSize > 0)
        s += tr(", XMP %1 (%n document ancestor(s))", nullptr, int(std::min<qint64>(i.documentAncestors, INT_MAX)))
                 .arg(ContentRules::megabytes(i.xmpSize));
    s += tr(", %1").arg(ContentRules::megabytes(i.fileSize));
    if (i.level == Level::Full && (i.format == ImageFormat::Jpeg || i.format == ImageFormat::Png))
        s += i.decoded ? tr(", decoded OK") : tr(", not decoded");
    return s;
}

} // namespace apd::cli
