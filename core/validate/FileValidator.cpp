#include "validate/FileValidator.h"

#include <algorithm>

namespace apd::validate {

bool FileReport::valid() const
{
    return count(naming::Severity::Error) == 0;
}

int FileReport::count(naming::Severity severity) const
{
    return int(std::count_if(problems.cbegin(), problems.cend(), [&](const Problem& p) { return p.severity == severity; }));
}

FileReport FileValidator::check(const files::CollectedFile& file, const QString& deliveryName) const
{
    FileReport report;
    report.path = file.path;
    if (!file.problemCode.isEmpty()) {
        report.problems.append(Problem{file.problemCode, naming::Severity::Error, file.problem, {}, {}});
        // A file that exists but cannot be read still has a name worth checking.
        const bool nameKnown = file.problemCode == QLatin1String("path-unreadable") ||
                               file.problemCode == QLatin1String("not-a-file") ||
                               file.problemCode == QLatin1String("link-broken");
        if (!nameKnown) {
            report.name = file.fileName;
            return report;
        }
    }
    const naming::NameReport name = m_parser.parse(deliveryName.isEmpty() ? file.fileName : deliveryName);
    report.name = name.name;
    report.parts = name.parts;
    for (const naming::NameProblem& p : name.problems) {
        Problem problem{p.code, p.severity, p.message, {}, {}};
        if (p.fix) {
            problem.fix = p.fix->description;
            problem.fixedName = naming::applyFix(name.name, *p.fix);
        }
        report.problems.append(problem);
    }
    if (!name.valid())
        report.suggestion = m_parser.suggest(name.name);
    // Content inspection joins here when `namesOnly` is off.
    Q_UNUSED(m_options);
    return report;
}

} // namespace apd::validate
