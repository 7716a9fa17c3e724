#include "cli/ReportWriter.h"

#include <QJsonArray>

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
        out << QLatin1String("  (") << r.parts.requestKey << QLatin1String(", ")
            << naming::fileKindName(r.parts.kind) << QLatin1Char(')');
    out << QLatin1Char('\n');
    for (const validate::Problem& p : r.problems) {
        out << QLatin1String("      ") << severityLabel(p.severity) << QLatin1String(" [") << p.code
            << QLatin1String("] ") << printable(p.message) << QLatin1Char('\n');
        if (!p.fix.isEmpty())
            out << QLatin1String("        ") << tr("fix: %1").arg(printable(p.fix)) << QLatin1Char('\n');
    }
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
    return QJsonObject{{QStringLiteral("path"), r.path},
                       {QStringLiteral("name"), r.name},
                       {QStringLiteral("valid"), r.valid()},
                       {QStringLiteral("problems"), problems},
                       {QStringLiteral("suggestion"), orNull(r.suggestion)},
                       {QStringLiteral("parts"), parts}};
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
