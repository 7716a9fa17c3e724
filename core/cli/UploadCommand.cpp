#include "cli/UploadCommand.h"

#include "cli/ExitCode.h"
#include "cli/PortalOptions.h"
#include "cli/ReportWriter.h"
#include "cli/UploadRun.h"
#include "cli/VerbSupport.h"
#include "files/FileCollector.h"
#include "validate/FileValidator.h"

#include <QCommandLineParser>

namespace apd::cli {

int UploadCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Uploads files to a project, resumably."));
    PortalOptions portalOptions;
    portalOptions.addTo(parser);
    const QCommandLineOption endpoint(QStringLiteral("tus-endpoint"),
                                      tr("The upload (tus) address, if not SERVER/v1/uploads."), QStringLiteral("URL"));
    const QCommandLineOption project(QStringLiteral("project"), tr("The project the files are for."),
                                     QStringLiteral("ID"));
    const int defaultParallel = transfer::TransferSettings{}.parallel;
    const QCommandLineOption parallel(QStringLiteral("parallel"),
                                      tr("Files sent at once (default %1).").arg(defaultParallel), QStringLiteral("N"));
    const QCommandLineOption chunk(QStringLiteral("chunk-size"), tr("Bytes per request (default: one request)."),
                                   QStringLiteral("BYTES"));
    const QCommandLineOption limit(QStringLiteral("limit-rate"), tr("Bytes per second for all files together."),
                                   QStringLiteral("BYTES"));
    const QCommandLineOption stall(QStringLiteral("stall-timeout"), tr("Seconds without progress before reconnecting."),
                                   QStringLiteral("S"));
    const QCommandLineOption journal(QStringLiteral("journal"), tr("The upload journal (default: in the data folder)."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    parser.addOptions({endpoint, project, parallel, chunk, limit, stall, journal, help});
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("Files to upload."), QStringLiteral("FILE..."));
    const QString usageLine = tr("Usage: artwork-portal-cli upload --server URL --project ID [--parallel N] FILE...");

    if (const auto done =
            VerbSupport::parse(parser, QStringLiteral("upload"), arguments, help, usageLine, m_out, m_err))
        return *done;
    QStringList problems;
    portalOptions.read(parser, &problems);
    if (parser.value(project).isEmpty())
        problems << tr("--project is required.");
    const auto number = [&](const QCommandLineOption& o, qint64 fallback) {
        if (!parser.isSet(o))
            return fallback;
        bool ok = false;
        const qint64 v = parser.value(o).toLongLong(&ok);
        if (!ok || v < 0)
            problems << tr("--%1 needs a whole number.").arg(o.names().constFirst());
        return v;
    };
    const int parallelCount = static_cast<int>(std::clamp<qint64>(number(parallel, defaultParallel), 1, 16));
    const qint64 chunkSize = number(chunk, 0);
    const qint64 bandwidth = number(limit, 0);
    const int stallMs = static_cast<int>(std::clamp<qint64>(number(stall, 30), 1, 3600) * 1000);
    if (parser.positionalArguments().isEmpty())
        problems << tr("No file given.");
    QUrl tus;
    if (parser.isSet(endpoint)) {
        tus = QUrl(parser.value(endpoint), QUrl::StrictMode);
        if (!tus.isValid() || (tus.scheme() != QLatin1String("https") && tus.scheme() != QLatin1String("http")))
            problems << tr("--tus-endpoint needs an http(s) address.");
    }
    if (!problems.isEmpty())
        return VerbSupport::usage(problems, usageLine, m_err);

    // Validate everything first: nothing is sent while one file is wrong.
    const std::optional<QList<transfer::UploadRequest>> validated =
        VerbSupport::validated(parser.positionalArguments(), parser.value(project), m_err);
    if (!validated)
        return ExitProblems;
    const QList<transfer::UploadRequest>& requests = *validated;

    // Our portal's tus endpoint is SERVER/v1/uploads and wants the bearer token; another tus
    // server (--tus-endpoint) gets the token too when one is known, and goes without otherwise.
    QString token;
    const Result<QString> found = portalOptions.token(m_tokens);
    if (found)
        token = found.value();
    else if (!parser.isSet(endpoint)) {
        m_err << found.error().message << QLatin1Char('\n');
        return ExitNetwork;
    }
    const portal::PortalClient client(portalOptions.connection(), token);
    transfer::TransferSettings settings = portalOptions.transferSettings(client, parser.value(journal));
    if (parser.isSet(endpoint)) {
        settings.endpoint = tus;
        settings.serverVerifiesSha256 = false; // another tus server may not check the metadata's hash
    }
    settings.parallel = parallelCount;
    settings.chunkSize = chunkSize;
    settings.bandwidthLimit = bandwidth;
    settings.stallTimeoutMs = stallMs;

    const UploadRun::Outcome outcome = UploadRun(m_out, m_err, m_terminal).run(settings, requests);
    m_out << tr("%1 of %n file(s) on the server and verified.", nullptr, static_cast<int>(outcome.reports.size()))
                 .arg(outcome.done)
          << QLatin1Char('\n');
    m_out.flush();
    return outcome.exitCode();
}

} // namespace apd::cli
