#include "RedeliveryRun.h"

#include "PortalSession.h"
#include "files/FileCollector.h"
#include "naming/NameParser.h"
#include "transfer/TransferQueue.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent>

namespace apd::ui {

namespace {

using Action = portal::RedeliveryPlan::Action;
using Outcome = RedeliverySummary::Outcome;

struct DeliveryOutcome
{
    QList<qint64> ids;
    QStringList names;
    QStringList notDelivered; // names, with the reason in `reasons`
    QStringList reasons;
    QString refused; // the whole delivery refused: why
};

} // namespace

RedeliveryRun::RedeliveryRun(PortalSession* session, transfer::TransferQueue* transfers, QObject* parent)
    : QObject(parent), m_session(session), m_transfers(transfers)
{
    if (m_transfers)
        connect(m_transfers, &transfer::TransferQueue::taskChanged, this, &RedeliveryRun::onTaskChanged);
    if (m_session)
        connect(m_session, &PortalSession::failed, this, [this](const QString& what, const QString& why) {
            if (m_running && m_tasks.isEmpty())
                finish(tr("%1 failed: %2").arg(what, why));
        });
}

void RedeliveryRun::start(qint64 projectId, const QString& folder, const QHash<qint64, QString>& comments)
{
    if (m_running || !m_session || !m_transfers)
        return;
    m_running = true;
    m_projectId = projectId;
    m_folder = folder;
    m_comments = comments;
    m_summary = RedeliverySummary{};
    m_summary.folder = QFileInfo(folder).fileName();
    m_tasks.clear();
    m_uploaded.clear();
    Q_EMIT progress(tr("Redelivery: reading the order…"));
    m_session->call<portal::ProjectDetail>(
        tr("Reading the order"), [projectId](portal::PortalClient& c) { return c.project(projectId); }, this,
        [this](const portal::ProjectDetail& project) {
            Q_EMIT progress(tr("Redelivery: checking the fixes in %1…").arg(m_summary.folder));
            auto* watcher = new QFutureWatcher<portal::RedeliveryPlan>(this);
            connect(watcher, &QFutureWatcher<portal::RedeliveryPlan>::finished, this, [this, watcher] {
                watcher->deleteLater();
                planned(watcher->result());
            });
            watcher->setFuture(QtConcurrent::run([project, folder = m_folder, comments = m_comments] {
                const files::CollectResult files = files::FileCollector::collect({folder}, {false});
                const naming::NameParser parser;
                return portal::RedeliveryPlan::make(project, files.files, parser, comments);
            }));
        });
}

void RedeliveryRun::planned(const portal::RedeliveryPlan& plan)
{
    for (const portal::RedeliveryPlan::Entry& e : plan.entries()) {
        RedeliverySummary::Line line{Outcome::Skipped, e.name, {}};
        switch (e.action) {
        case Action::Replace:
            if (m_transfers) {
                const transfer::TaskId id =
                    m_transfers->enqueue({e.path, e.report->name, QString::number(m_projectId)});
                m_tasks.insert(id, e.report->name);
            }
            continue; // its line comes once the upload and the delivery are done
        case Action::Invalid: {
            line.outcome = Outcome::Invalid;
            QStringList why;
            for (const validate::Problem& p : e.report->problems)
                if (p.severity == naming::Severity::Error)
                    why << p.message;
            line.reason = why.join(QLatin1Char(' '));
            break;
        }
        case Action::NotRejected:
            line.reason = tr("Not rejected (it is %1): nothing to fix.").arg(e.state);
            break;
        case Action::Misnamed:
            line.reason = e.meant.isEmpty() ? tr("Misnamed, and no rejected asset has a name like it.")
                                            : tr("Misnamed: rename it to \"%1\" to redeliver it.").arg(e.meant);
            break;
        case Action::NoSuchAsset:
            line.reason = tr("No rejected asset has this name.");
            break;
        case Action::Missing:
            line.outcome = Outcome::Missing;
            line.reason = e.comment.isEmpty()
                              ? tr("No fix for it in the folder.")
                              : tr("No fix for it in the folder. The studio said: \"%1\"").arg(e.comment);
            break;
        }
        m_summary.lines.append(line);
    }
    if (m_tasks.isEmpty())
        return finish();
    Q_EMIT progress(tr("Redelivery: uploading %n fix(es)…", nullptr, int(m_tasks.size())));
}

void RedeliveryRun::onTaskChanged(const transfer::TaskReport& report)
{
    if (!m_tasks.contains(report.id) || !transfer::isFinal(report.state))
        return;
    const QString name = m_tasks.take(report.id);
    if (report.state == transfer::TaskState::Done)
        m_uploaded << name;
    else
        m_summary.lines.append(
            {Outcome::Failed, name, report.message.isEmpty() ? tr("The upload did not finish.") : report.message});
    if (m_tasks.isEmpty())
        deliver();
}

void RedeliveryRun::deliver()
{
    if (m_uploaded.isEmpty() || !m_session)
        return finish();
    Q_EMIT progress(tr("Redelivery: delivering %n asset(s) again…", nullptr, int(m_uploaded.size())));
    // The server linked the new versions on arrival; the project read now says which may go.
    m_session->call<DeliveryOutcome>(
        tr("Delivering"),
        [pid = m_projectId, names = m_uploaded](portal::PortalClient& c) -> Result<DeliveryOutcome> {
            const auto project = c.project(pid);
            if (!project)
                return project.error();
            DeliveryOutcome out;
            for (const QString& n : names) {
                const portal::AssetDetail* a = project.value().assetNamed(n);
                if (!a)
                    continue;
                if (!a->refusals.isEmpty()) {
                    out.notDelivered << n;
                    out.reasons << a->refusals.first().message;
                    continue;
                }
                out.ids << a->asset.id;
                out.names << n;
            }
            if (out.ids.isEmpty())
                return out;
            QList<order::Refusal> refusals;
            const auto delivery = c.deliver(pid, out.ids, &refusals);
            if (!delivery) {
                out.refused = delivery.error().message;
                for (const order::Refusal& r : refusals)
                    out.refused += QLatin1Char(' ') + r.message;
            }
            return out;
        },
        this,
        [this](const DeliveryOutcome& out) {
            for (const QString& n : out.names)
                m_summary.lines.append(
                    {out.refused.isEmpty() ? Outcome::Redelivered : Outcome::Uploaded, n,
                     out.refused.isEmpty() ? tr("A new version is with the studio for review.") : out.refused});
            for (qsizetype i = 0; i < out.notDelivered.size(); ++i)
                m_summary.lines.append({Outcome::Uploaded, out.notDelivered[i], out.reasons[i]});
            finish();
        });
}

void RedeliveryRun::finish(const QString& error)
{
    if (!m_running)
        return;
    m_running = false;
    m_summary.error = error;
    Q_EMIT finished(m_summary);
}

} // namespace apd::ui
