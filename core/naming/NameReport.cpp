#include "naming/NameReport.h"

#include <algorithm>

namespace apd::naming {

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Error:
        break;
    }
    return QStringLiteral("error");
}

QString fileKindName(FileKind kind)
{
    switch (kind) {
    case FileKind::Deliverable:
        return QStringLiteral("deliverable");
    case FileKind::Source:
        return QStringLiteral("source");
    case FileKind::NotDeliverable:
        return QStringLiteral("not-deliverable");
    case FileKind::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

bool NameReport::valid() const
{
    return count(Severity::Error) == 0;
}

bool NameReport::hasProblem(QStringView code) const
{
    return std::any_of(problems.cbegin(), problems.cend(), [&](const NameProblem& p) { return p.code == code; });
}

int NameReport::count(Severity severity) const
{
    return int(std::count_if(problems.cbegin(), problems.cend(),
                             [&](const NameProblem& p) { return p.severity == severity; }));
}

QString applyFix(const QString& name, const NameFix& fix)
{
    if (fix.span.start < 0 || fix.span.end() > name.size())
        return name;
    QString out = name;
    out.replace(fix.span.start, fix.span.length, fix.replacement);
    return out;
}

} // namespace apd::naming
