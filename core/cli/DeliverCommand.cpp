#include "cli/DeliverCommand.h"

#include "cli/DeliveryRun.h"
#include "cli/ExitCode.h"
#include "cli/PortalOptions.h"
#include "cli/ReportWriter.h"
#include "cli/StatusCommand.h"
#include "cli/VerbSupport.h"
#include "files/FileCollector.h"
#include "portal/RedeliveryPlan.h"
#include "validate/FileValidator.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace apd::cli {

namespace {

struct CommonOptions
{
    PortalOptions portal;
    QCommandLineOption project{QStringLiteral("project"), DeliverCommand::tr("The project."), QStringLiteral("ID")};
    QCommandLineOption journal{QStringLiteral("journal"),
                               DeliverCommand::tr("The upload journal (default: in the data folder)."),
                               QStringLiteral("FILE")};
    QCommandLineOption parallel{
        QStringLiteral("parallel"),
        DeliverCommand::tr("Files sent at once (default %1).").arg(transfer::TransferSettings{}.parallel),
        QStringLiteral("N")};
    QCommandLineOption help{QStringList{QStringLiteral("h"), QStringLiteral("help")},
                            DeliverCommand::tr("Show this help.")};

    void addTo(QCommandLineParser& parser) const
    {
        portal.addTo(parser);
        parser.addOptions({project, journal, parallel, help});
    }
};

int parallelOf(const QCommandLineParser& parser, const QCommandLineOption& option, QStringList* problems)
{
    const int fallback = transfer::TransferSettings{}.parallel;
    if (!parser.isSet(option))
        return fallback;
    bool ok = false;
    const int n = parser.value(option).toInt(&ok);
    if (!ok || n < 1) {
        problems->append(DeliverCommand::tr("--parallel needs a whole number from 1."));
        return fallback;
    }
    return std::min(n, 16);
}

} // namespace

int DeliverCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Validates, uploads and delivers files to a project."));
    CommonOptions options;
    options.addTo(parser);
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("Files or a folder to deliver."),
                                 QStringLiteral("FILE...|DIR"));
    const QString usageLine = tr("Usage: artwork-portal-cli deliver --server URL --project ID FILE...|DIR");
    if (const auto done =
            VerbSupport::parse(parser, QStringLiteral("deliver"), arguments, options.help, usageLine, m_out, m_err))
        return *done;
    QStringList problems;
    qint64 projectId = 0;
    options.portal.read(parser, &problems);
    PortalOptions::readProjectId(parser.value(options.project), &projectId, &problems);
    const int parallel = parallelOf(parser, options.parallel, &problems);
    if (parser.positionalArguments().isEmpty())
        problems << tr("No file given.");
    if (!problems.isEmpty())
        return VerbSupport::usage(problems, usageLine, m_err);

    // Validate everything first: nothing is sent while one file is wrong.
    const std::optional<QList<transfer::UploadRequest>> validated =
        VerbSupport::validated(parser.positionalArguments(), QString::number(projectId), m_err);
    if (!validated)
        return ExitProblems;
    const QList<transfer::UploadRequest>& requests = *validated;
    if (requests.isEmpty()) {
        m_err << tr("No file to deliver.") << QLatin1Char('\n');
        return ExitUsage;
    }

    Result<portal::PortalClient> client = options.portal.client(m_tokens);
    if (!client) {
        m_err << client.error().message << QLatin1Char('\n');
        return ExitNetwork;
    }
    // Ask once before sending bytes: a wrong project or an expired token says so at once.
    const Result<portal::ProjectDetail> project = client.value().project(projectId);
    if (!project) {
        m_err << project.error().message << QLatin1Char('\n');
        return ExitNetwork;
    }
    transfer::TransferSettings settings =
        options.portal.transferSettings(client.value(), parser.value(options.journal));
    settings.parallel = parallel;
    return DeliveryRun(m_out, m_err, m_terminal).run(client.value(), settings, projectId, requests, true).exitCode;
}

int RedeliverCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Uploads and delivers again the fixed files of rejected assets."));
    CommonOptions options;
    options.addTo(parser);
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), tr("Print the plan; send nothing."));
    const QCommandLineOption allOrNothing(QStringLiteral("all-or-nothing"),
                                          tr("Send nothing if one matching file fails validation or upload."));
    parser.addOptions({dryRun, allOrNothing});
    parser.addPositionalArgument(QStringLiteral("DIR"), tr("The folder with the fixed files."), QStringLiteral("DIR"));
    const QString usageLine =
        tr("Usage: artwork-portal-cli redeliver --server URL --project ID DIR [--dry-run] [--all-or-nothing]");
    if (const auto done =
            VerbSupport::parse(parser, QStringLiteral("redeliver"), arguments, options.help, usageLine, m_out, m_err))
        return *done;
    QStringList problems;
    qint64 projectId = 0;
    options.portal.read(parser, &problems);
    PortalOptions::readProjectId(parser.value(options.project), &projectId, &problems);
    const int parallel = parallelOf(parser, options.parallel, &problems);
    const QStringList dirs = parser.positionalArguments();
    if (dirs.size() != 1)
        problems << tr("Give one folder.");
    else if (!QFileInfo(dirs.first()).isDir())
        problems << tr("\"%1\" is not a folder.").arg(dirs.first());
    if (!problems.isEmpty())
        return VerbSupport::usage(problems, usageLine, m_err);

    Result<portal::PortalClient> client = options.portal.client(m_tokens);
    if (!client) {
        m_err << client.error().message << QLatin1Char('\n');
        return ExitNetwork;
    }
    const Result<portal::ProjectDetail> project = client.value().project(projectId);
    if (!project) {
        m_err << project.error().message << QLatin1Char('\n');
        return ExitNetwork;
    }
    const auto verdicts = StatusCommand::latestVerdicts(client.value(), projectId);
    if (!verdicts) {
        m_err << verdicts.error().message << QLatin1Char('\n');
        return ExitNetwork;
    }
    const portal::ProjectDetail& p = project.value();
    // The plan (shared with the app): names first, then the content of the files that match.
    const files::CollectResult collected = files::FileCollector::collect(dirs, {false});
    QHash<qint64, QString> comments;
    for (auto it = verdicts.value().cbegin(); it != verdicts.value().cend(); ++it)
        if (it->verdict == QLatin1String("rejected"))
            comments.insert(it.key(), it->comment);
    const naming::NameParser nameParser;
    const portal::RedeliveryPlan plan = portal::RedeliveryPlan::make(p, collected.files, nameParser, comments);
    using Action = portal::RedeliveryPlan::Action;
    QList<transfer::UploadRequest> requests;
    const int invalid = plan.count(Action::Invalid);
    m_out << tr("Project %1 \"%2\": %n rejected asset(s).", nullptr, plan.rejectedCount())
                 .arg(p.summary.id)
                 .arg(p.summary.title)
          << QLatin1Char('\n');
    for (const portal::RedeliveryPlan::Entry& e : plan.entries()) {
        switch (e.action) {
        case Action::NotRejected:
            m_out << tr("  skip     %1 (%2, not rejected)").arg(e.name, e.state) << QLatin1Char('\n');
            break;
        case Action::Misnamed:
            if (!e.meant.isEmpty())
                m_out
                    << tr("  skip     %1 (misnamed: did you mean \"%2\"? rename it to redeliver)").arg(e.name, e.meant)
                    << QLatin1Char('\n');
            else
                m_out << tr("  skip     %1 (misnamed, and no rejected asset of that name)").arg(e.name)
                      << QLatin1Char('\n');
            break;
        case Action::NoSuchAsset:
            m_out << tr("  skip     %1 (no rejected asset of that name)").arg(e.name) << QLatin1Char('\n');
            break;
        case Action::Invalid:
            m_out << tr("  invalid  %1: not sent").arg(e.name) << QLatin1Char('\n');
            ReportWriter::writeText(m_err, *e.report);
            break;
        case Action::Replace:
            m_out << tr("  replace  %1  v%2 -> v%3%4")
                         .arg(e.name)
                         .arg(e.version)
                         .arg(e.version + 1)
                         .arg(e.comment.isEmpty() ? QString() : tr(" (rejected: \"%1\")").arg(e.comment))
                  << QLatin1Char('\n');
            requests.append({e.path, e.report->name, QString::number(projectId)});
            break;
        case Action::Missing:
            m_out << tr("  missing  %1 (rejected; no valid file of that name in the folder)").arg(e.name)
                  << QLatin1Char('\n');
            break;
        }
    }
    m_out.flush();

    if (invalid > 0 && parser.isSet(allOrNothing)) {
        m_err << tr("%n matching file(s) not valid: nothing was sent (--all-or-nothing).", nullptr, invalid)
              << QLatin1Char('\n');
        return ExitProblems;
    }
    if (parser.isSet(dryRun)) {
        m_out << tr("Dry run: %n file(s) would be uploaded and delivered again; nothing was sent.", nullptr,
                    int(requests.size()))
              << QLatin1Char('\n');
        return invalid > 0 ? ExitProblems : ExitOk;
    }
    if (requests.isEmpty()) {
        m_out << tr("Nothing to redeliver.") << QLatin1Char('\n');
        return invalid > 0 ? ExitProblems : ExitOk;
    }
    transfer::TransferSettings settings =
        options.portal.transferSettings(client.value(), parser.value(options.journal));
    settings.parallel = parallel;
    const DeliveryRun::Outcome outcome =
        DeliveryRun(m_out, m_err, m_terminal)
            .run(client.value(), settings, projectId, requests, parser.isSet(allOrNothing));
    if (outcome.exitCode != ExitOk)
        return outcome.exitCode;
    return invalid > 0 ? ExitProblems : ExitOk;
}

} // namespace apd::cli
