#include "validate/FileValidator.h"

#include "inspect/ContentRules.h"
#include "inspect/Inspector.h"

#include <QFileInfo>

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
    if (m_options.namesOnly || !file.problemCode.isEmpty())
        return report; // a path that cannot be read has already said so
    // Content: images and Photoshop files are inspected whatever their name says, so that a
    // PNG named .jpg is caught; other kinds (AI, AE, video) are checked by name only.
    const QString ext = QFileInfo(file.fileName).suffix().toLower();
    static const QStringList inspected{QStringLiteral("jpg"), QStringLiteral("jpeg"), QStringLiteral("png"),
                                       QStringLiteral("psd"), QStringLiteral("psb")};
    if (!inspected.contains(ext))
        return report;
    inspect::Inspector::Options options;
    options.level = m_options.quick ? inspect::Level::Metadata : inspect::Level::Full;
    report.inspection = inspect::Inspector::inspectFile(file.path, options);
    const naming::AssetType* type = m_parser.catalog().find(name.parts.type);
    const QString extension = ext == QLatin1String("jpeg") ? QStringLiteral("jpg") : ext;
    for (const inspect::ContentProblem& p : inspect::ContentRules::check(*report.inspection, extension, type))
        report.problems.append(Problem{p.code, p.severity, p.message, p.fix, {}});
    return report;
}

} // namespace apd::validate
