#include "cli/ValidateCommand.h"

#include "cli/VerbSupport.h"

#include "cli/ExitCode.h"
#include "cli/ReportWriter.h"
#include "files/FileCollector.h"
#include "validate/FileValidator.h"
#include "validate/OrderedChecks.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>

namespace apd::cli {

int ValidateCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Checks delivery names (and files) before anything is sent."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print a machine-readable JSON report."));
    const QCommandLineOption recursive(QStringLiteral("recursive"), tr("Enter sub-folders."));
    const QCommandLineOption namesOnly(QStringLiteral("names-only"), tr("Check names only; never open a file."));
    const QCommandLineOption quick(QStringLiteral("quick"),
                                   tr("Inspect metadata only; skip the full decode of the pixels."));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    parser.addOptions({json, recursive, namesOnly, quick, help});
    parser.addPositionalArgument(QStringLiteral("PATH"), tr("Files or folders to check."), QStringLiteral("PATH..."));

    if (const auto done = VerbSupport::parse(
            parser, QStringLiteral("validate"), arguments, help,
            tr("Usage: artwork-portal-cli validate [--json] [--recursive] [--names-only] [--quick] PATH..."), m_out,
            m_err))
        return *done;
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty()) {
        m_err << tr("No path given.") << QLatin1Char('\n')
              << tr("Usage: artwork-portal-cli validate [--json] [--recursive] [--names-only] [--quick] PATH...")
              << QLatin1Char('\n');
        return ExitUsage;
    }

    const files::CollectResult collected = files::FileCollector::collect(paths, {parser.isSet(recursive)});
    const naming::NameParser nameParser;
    const validate::FileValidator validator(nameParser, {parser.isSet(namesOnly), parser.isSet(quick)});

    validate::Summary summary;
    summary.skippedHidden = collected.skippedHidden;
    summary.skippedFolders = collected.skippedFolders;
    QJsonArray files;
    validate::checkInOrder(validator, collected.files, [&](const validate::FileReport& report) {
        ++summary.files;
        if (report.valid())
            ++summary.valid;
        else
            ++summary.invalid;
        if (report.count(naming::Severity::Warning) > 0)
            ++summary.withWarnings;
        if (parser.isSet(json))
            files.append(ReportWriter::toJson(report));
        else
            ReportWriter::writeText(m_out, report);
    });
    if (parser.isSet(json)) {
        const QJsonObject root{{QStringLiteral("files"), files},
                               {QStringLiteral("summary"), ReportWriter::toJson(summary)}};
        m_out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    } else {
        ReportWriter::writeTextSummary(m_out, summary);
    }
    m_out.flush();
    return summary.invalid > 0 ? ExitProblems : ExitOk;
}

} // namespace apd::cli
