#include "cli/VerbSupport.h"

#include "cli/ExitCode.h"
#include "cli/ReportWriter.h"
#include "files/FileCollector.h"
#include "validate/FileValidator.h"

namespace apd::cli {

std::optional<int> VerbSupport::parse(QCommandLineParser& parser, const QString& verb, const QStringList& arguments,
                                      const QCommandLineOption& help, const QString& usageLine, QTextStream& out,
                                      QTextStream& err)
{
    if (!parser.parse(QStringList{verb} + arguments)) {
        err << parser.errorText() << QLatin1Char('\n') << usageLine << QLatin1Char('\n');
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        // The parser names the program as it was started ("build/app/artwork-portal-cli"),
        // without the verb: the usage line shows how to call this verb instead.
        QString text = parser.helpText();
        const qsizetype at = text.indexOf(QLatin1String("Usage: "));
        const qsizetype name = at < 0 ? -1 : at + 7;
        const qsizetype end = name < 0 ? -1 : text.indexOf(QLatin1Char(' '), name);
        if (end > name)
            text.replace(name, end - name, QStringLiteral("artwork-portal-cli ") + verb);
        out << text;
        return ExitOk;
    }
    return std::nullopt;
}

int VerbSupport::usage(const QStringList& problems, const QString& usageLine, QTextStream& err)
{
    for (const QString& p : problems)
        err << p << QLatin1Char('\n');
    err << usageLine << QLatin1Char('\n');
    return ExitUsage;
}

std::optional<QList<transfer::UploadRequest>> VerbSupport::validated(const QStringList& paths,
                                                                     const QString& projectKey, QTextStream& err)
{
    const files::CollectResult collected = files::FileCollector::collect(paths, {false});
    const naming::NameParser nameParser;
    const validate::FileValidator validator(nameParser, {false});
    QList<transfer::UploadRequest> requests;
    int invalid = 0;
    for (const files::CollectedFile& file : collected.files) {
        const validate::FileReport report = validator.check(file);
        if (!report.valid()) {
            ++invalid;
            ReportWriter::writeText(err, report);
            continue;
        }
        requests.append({file.path, report.name, projectKey});
    }
    if (invalid > 0) {
        err << tr("%n file(s) not valid: nothing was sent.", nullptr, invalid) << QLatin1Char('\n');
        return std::nullopt;
    }
    return requests;
}

} // namespace apd::cli
