#include "cli/UploadRun.h"

#include "cli/ExitCode.h"
#include "transfer/TransferQueue.h"

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
    case TaskState::Preparing:
        return UploadRun::tr("hashing");
    case TaskState::Queued:
        return UploadRun::tr("queued");
    case TaskState::Sending:
        return UploadRun::tr("sending");
    case TaskState::Waiting:
        return UploadRun::tr("retrying");
    case TaskState::Paused:
        return UploadRun::tr("paused");
    case TaskState::Done:
        return UploadRun::tr("done");
    case TaskState::Failed:
        return UploadRun::tr("failed");
    case TaskState::Changed:
        return UploadRun::tr("changed");
    case TaskState::Cancelled:
        return UploadRun::tr("cancelled");
    case TaskState::Interrupted:
        return UploadRun::tr("interrupted");
    }
    return {};
}

} // namespace

int UploadRun::Outcome::exitCode() const
{
    if (!fatal.isEmpty() || refused > 0)
        return ExitProblems;
    if (unreachable > 0)
        return ExitNetwork;
    return ExitOk;
}

UploadRun::Outcome UploadRun::run(const transfer::TransferSettings& settings,
                                  const QList<transfer::UploadRequest>& requests)
{
    Outcome outcome;
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
                     .arg(bar(total.done, total.size, 24), tr("total").leftJustified(11),
                          humanBytes(double(total.done)), humanBytes(double(total.size)),
                          humanBytes(total.bytesPerSecond), eta(total.etaSeconds))
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
            if (!r.message.isEmpty() && r.state != transfer::TaskState::Sending &&
                r.state != transfer::TaskState::Queued)
                m_out << QStringLiteral(": ") << r.message;
            m_out << QLatin1Char('\n');
            m_out.flush();
        }
        draw();
    });
    QObject::connect(&queue, &transfer::TransferQueue::taskEvent, &loop,
                     [&](int, const QString&, const QString& message) {
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
        outcome.fatal = tr("The upload journal cannot be used: %1").arg(started.error().message);
        m_err << outcome.fatal << QLatin1Char('\n');
        return outcome;
    }
    queue.submit(requests, true);
    loop.exec();
    queue.stop();
    draw();

    if (!fatal.isEmpty()) {
        outcome.fatal = fatal;
        m_err << fatal << QLatin1Char('\n');
    }
    for (const transfer::UploadRequest& r : requests) {
        const QString key = QFileInfo(r.path).absoluteFilePath();
        transfer::TaskReport report = reports.value(key);
        if (!reports.contains(key)) {
            // Never reported: not done, whatever else happened.
            report.path = key;
            report.deliveryName = r.deliveryName;
            report.project = r.project;
            report.state = transfer::TaskState::Interrupted;
            report.message = tr("not processed");
        }
        switch (report.state) {
        case transfer::TaskState::Done:
            ++outcome.done;
            break;
        case transfer::TaskState::Failed:
        case transfer::TaskState::Changed:
        case transfer::TaskState::Cancelled:
            ++outcome.refused;
            m_err << report.deliveryName << QStringLiteral(": ") << report.message << QLatin1Char('\n');
            break;
        default:
            ++outcome.unreachable;
            m_err << report.deliveryName << QStringLiteral(": ") << report.message << QLatin1Char('\n');
            break;
        }
        outcome.reports.append(report);
    }
    m_err.flush();
    return outcome;
}

} // namespace apd::cli
