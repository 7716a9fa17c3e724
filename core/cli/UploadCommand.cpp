#include "cli/UploadCommand.h"

#include "cli/ExitCode.h"
#include "cli/ReportWriter.h"
#include "files/FileCollector.h"
#include "portal/TokenStore.h"
#include "settings/AppPaths.h"
#include "transfer/TransferQueue.h"
#include "validate/FileValidator.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QMap>

namespace apd::cli {

namespace {

QString humanBytes(double bytes)
{
    const char* units[] = {"B", "KiB", "MiB", "GiB", "TiB"};
    int u = 0;
    while (bytes >= 1024 && u < 4) {
        bytes /= 1024;
        ++u;
    }
    return QString::number(bytes, 'f', u == 0 ? 0 : 1) + QLatin1Char(' ') + QLatin1String(units[u]);
}

QString bar(qint64 done, qint64 size, int width)
{
    const int filled = size > 0 ? static_cast<int>(double(done) / double(size) * width) : width;
    return QLatin1Char('[') + QString(filled, QLatin1Char('#')) + QString(width - filled, QLatin1Char('.')) +
           QLatin1Char(']');
}

QString eta(qint64 seconds)
{
    if (seconds < 0)
        return QStringLiteral("--:--");
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString stateWord(transfer::TaskState s)
{
    using transfer::TaskState;
    switch (s) {
    case TaskState::Preparing: return UploadCommand::tr("hashing");
    case TaskState::Queued: return UploadCommand::tr("queued");
    case TaskState::Sending: return UploadCommand::tr("sending");
    case TaskState::Waiting: return UploadCommand::tr("retrying");
    case TaskState::Paused: return UploadCommand::tr("paused");
    case TaskState::Done: return UploadCommand::tr("done");
    case TaskState::Failed: return UploadCommand::tr("failed");
    case TaskState::Changed: return UploadCommand::tr("changed");
    case TaskState::Cancelled: return UploadCommand::tr("cancelled");
    case TaskState::Interrupted: return UploadCommand::tr("interrupted");
    }
    return {};
}

} // namespace

int UploadCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Uploads files to a project, resumably."));
    const QCommandLineOption server(QStringLiteral("server"), tr("The portal's address."), QStringLiteral("URL"));
    const QCommandLineOption endpoint(QStringLiteral("tus-endpoint"),
                                      tr("The upload (tus) address, if not SERVER/files."), QStringLiteral("URL"));
    const QCommandLineOption project(QStringLiteral("project"), tr("The project the files are for."), QStringLiteral("ID"));
    const QCommandLineOption parallel(QStringLiteral("parallel"), tr("Files sent at once (default 2)."), QStringLiteral("N"));
    const QCommandLineOption chunk(QStringLiteral("chunk-size"), tr("Bytes per request (default: one request)."),
                                   QStringLiteral("BYTES"));
    const QCommandLineOption limit(QStringLiteral("limit-rate"), tr("Bytes per second for all files together."),
                                   QStringLiteral("BYTES"));
    const QCommandLineOption proxy(QStringLiteral("proxy"), tr("A proxy (default: the environment's)."), QStringLiteral("URL"));
    const QCommandLineOption cacert(QStringLiteral("cacert"), tr("Trust this CA bundle instead of the system's."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption stall(QStringLiteral("stall-timeout"), tr("Seconds without progress before reconnecting."),
                                   QStringLiteral("S"));
    const QCommandLineOption journal(QStringLiteral("journal"), tr("The upload journal (default: in the data folder)."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    parser.addOptions({server, endpoint, project, parallel, chunk, limit, proxy, cacert, stall, journal, help});
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("Files to upload."), QStringLiteral("FILE..."));
    const QString usageLine = tr("Usage: artwork-portal-cli upload --server URL --project ID [--parallel N] FILE...");

    if (!parser.parse(QStringList{QStringLiteral("upload")} + arguments)) {
        m_err << parser.errorText() << QLatin1Char('\n') << usageLine << QLatin1Char('\n');
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        m_out << parser.helpText().replace(QLatin1String("upload [options]"), QLatin1String("artwork-portal-cli upload [options]"));
        return ExitOk;
    }
    const QUrl serverUrl(parser.value(server), QUrl::StrictMode);
    QStringList problems;
    if (!serverUrl.isValid() || (serverUrl.scheme() != QLatin1String("https") && serverUrl.scheme() != QLatin1String("http")))
        problems << tr("--server needs an http(s) address.");
    if (parser.value(project).isEmpty())
        problems << tr("--project is required.");
    bool numbersOk = true;
    const auto number = [&](const QCommandLineOption& o, qint64 fallback) {
        if (!parser.isSet(o))
            return fallback;
        bool ok = false;
        const qint64 v = parser.value(o).toLongLong(&ok);
        if (!ok || v < 0) {
            numbersOk = false;
            problems << tr("--%1 needs a whole number.").arg(o.names().constFirst());
        }
        return v;
    };
    transfer::TransferSettings settings;
    settings.parallel = static_cast<int>(std::clamp<qint64>(number(parallel, 2), 1, 16));
    settings.chunkSize = number(chunk, 0);
    settings.bandwidthLimit = number(limit, 0);
    settings.stallTimeoutMs = static_cast<int>(std::clamp<qint64>(number(stall, 30), 1, 3600) * 1000);
    if (parser.positionalArguments().isEmpty())
        problems << tr("No file given.");
    if (!problems.isEmpty() || !numbersOk) {
        for (const QString& p : problems)
            m_err << p << QLatin1Char('\n');
        m_err << usageLine << QLatin1Char('\n');
        return ExitUsage;
    }

    // Validate everything first: nothing is sent while one name is wrong.
    const files::CollectResult collected = files::FileCollector::collect(parser.positionalArguments(), {false});
    const naming::NameParser nameParser;
    const validate::FileValidator validator(nameParser, {false});
    QList<transfer::UploadRequest> requests;
    int invalid = 0;
    for (const files::CollectedFile& file : collected.files) {
        const validate::FileReport report = validator.check(file);
        if (!report.valid()) {
            ++invalid;
            ReportWriter::writeText(m_err, report);
            continue;
        }
        requests.append({file.path, report.name, parser.value(project)});
    }
    if (invalid > 0) {
        m_err << tr("%n file(s) not valid: nothing was sent.", nullptr, invalid) << QLatin1Char('\n');
        return ExitProblems;
    }

    QUrl tus = parser.isSet(endpoint) ? QUrl(parser.value(endpoint)) : serverUrl;
    if (!parser.isSet(endpoint))
        tus.setPath(serverUrl.path().endsWith(QLatin1Char('/')) ? serverUrl.path() + QStringLiteral("files")
                                                               : serverUrl.path() + QStringLiteral("/files"));
    settings.endpoint = tus;
    settings.proxy = parser.value(proxy);
    settings.caFile = parser.value(cacert);
    settings.journalPath = parser.value(journal);
    if (settings.journalPath.isEmpty()) {
        settings.journalPath = settings::AppPaths::journalPath();
        QDir().mkpath(QFileInfo(settings.journalPath).absolutePath());
    }
    const Result<QString> token = portal::TokenStore::standard().load(serverUrl);
    if (token && !token.value().isEmpty())
        settings.extraHeaders.append(QByteArray("Authorization: Bearer ") + token.value().toUtf8());

    transfer::TransferQueue queue(settings);
    QMap<QString, transfer::TaskReport> reports; // by absolute path
    QMap<int, transfer::TaskProgress> progress;
    transfer::TotalProgress total;
    int drawnLines = 0;
    QEventLoop loop;
    QString fatal;

    const auto draw = [&] {
        if (!m_terminal)
            return;
        if (drawnLines > 0)
            m_out << QStringLiteral("\x1b[%1A").arg(drawnLines);
        drawnLines = 0;
        for (const transfer::TaskReport& r : std::as_const(reports)) {
            const transfer::TaskProgress p = progress.value(r.id);
            const qint64 done = r.state == transfer::TaskState::Done ? r.size : p.done;
            m_out << QStringLiteral("\x1b[2K%1 %2 %3/%4 %5/s %6 %7\n")
                         .arg(bar(done, r.size, 24), stateWord(r.state).leftJustified(11), humanBytes(double(done)),
                              humanBytes(double(r.size)), humanBytes(p.bytesPerSecond), eta(p.etaSeconds),
                              r.deliveryName);
            ++drawnLines;
        }
        m_out << QStringLiteral("\x1b[2K%1 %2 %3/%4 %5/s %6 (%7/%8 files)\n")
                     .arg(bar(total.done, total.size, 24), tr("total").leftJustified(11), humanBytes(double(total.done)),
                          humanBytes(double(total.size)), humanBytes(total.bytesPerSecond), eta(total.etaSeconds))
                     .arg(total.finished)
                     .arg(total.tasks);
        ++drawnLines;
        m_out.flush();
    };

    QObject::connect(&queue, &transfer::TransferQueue::taskChanged, &loop, [&](const transfer::TaskReport& r) {
        const transfer::TaskState before = reports.value(r.path).state;
        const bool known = reports.contains(r.path);
        reports[r.path] = r;
        if (!m_terminal && (!known || before != r.state) && r.state != transfer::TaskState::Preparing) {
            m_out << stateWord(r.state) << QLatin1Char(' ') << r.deliveryName;
            if (!r.message.isEmpty() && r.state != transfer::TaskState::Sending && r.state != transfer::TaskState::Queued)
                m_out << QStringLiteral(": ") << r.message;
            m_out << QLatin1Char('\n');
            m_out.flush();
        }
        draw();
    });
    QObject::connect(&queue, &transfer::TransferQueue::taskEvent, &loop, [&](int, const QString&, const QString& message) {
        if (!m_terminal) {
            m_out << tr("note: %1").arg(message) << QLatin1Char('\n');
            m_out.flush();
        }
    });
    QObject::connect(&queue, &transfer::TransferQueue::progress, &loop,
                     [&](const QList<transfer::TaskProgress>& tasks, const transfer::TotalProgress& t) {
                         for (const transfer::TaskProgress& p : tasks)
                             progress[p.id] = p;
                         total = t;
                         draw();
                     });
    QObject::connect(&queue, &transfer::TransferQueue::idle, &loop, &QEventLoop::quit);
    QObject::connect(&queue, &transfer::TransferQueue::fatal, &loop, [&](const QString& message) {
        fatal = message;
        loop.quit();
    });

    const Result<bool> started = queue.start();
    if (!started) {
        m_err << tr("The upload journal cannot be used: %1").arg(started.error().message) << QLatin1Char('\n');
        return ExitProblems;
    }
    queue.submit(requests, true);
    loop.exec();
    queue.stop();
    draw();

    if (!fatal.isEmpty()) {
        m_err << fatal << QLatin1Char('\n');
        return ExitProblems;
    }
    int done = 0, refused = 0, unreachable = 0;
    for (const transfer::UploadRequest& r : std::as_const(requests)) {
        if (!reports.contains(QFileInfo(r.path).absoluteFilePath())) {
            ++unreachable; // never reported: not done, whatever else happened
            m_err << r.deliveryName << QStringLiteral(": ") << tr("not processed") << QLatin1Char('\n');
        }
    }
    for (const transfer::TaskReport& r : std::as_const(reports)) {
        switch (r.state) {
        case transfer::TaskState::Done: ++done; break;
        case transfer::TaskState::Failed:
        case transfer::TaskState::Changed:
        case transfer::TaskState::Cancelled:
            ++refused;
            m_err << r.deliveryName << QStringLiteral(": ") << r.message << QLatin1Char('\n');
            break;
        default:
            ++unreachable;
            m_err << r.deliveryName << QStringLiteral(": ") << r.message << QLatin1Char('\n');
            break;
        }
    }
    m_out << tr("%1 of %n file(s) on the server and verified.", nullptr, static_cast<int>(reports.size())).arg(done)
          << QLatin1Char('\n');
    m_out.flush();
    if (refused > 0)
        return ExitProblems;
    if (unreachable > 0)
        return ExitNetwork;
    return ExitOk;
}

} // namespace apd::cli
