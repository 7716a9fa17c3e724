#include "QcLoop.h"

#include "AssetViewer.h"
#include "ChatDock.h"
#include "OrderItemModel.h"
#include "OrderView.h"
#include "PortalSession.h"
#include "RedeliveryRun.h"
#include "RejectedFilterModel.h"
#include "TrayNotifier.h"
#include "portal/EventFeed.h"

#include <QCheckBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QMainWindow>

namespace apd::ui {

QcLoop::QcLoop(QMainWindow* window, OrderView* view, OrderItemModel* model)
    : QObject(window), m_window(window), m_view(view), m_model(model), m_filter(new RejectedFilterModel(this)),
      m_filterBar(new QWidget(window)), m_rejectedOnly(new QCheckBox(tr("Rejected only"), m_filterBar)),
      m_chat(new ChatDock(window))
{
    m_rejectedOnly->setObjectName(QStringLiteral("rejectedOnly"));
    m_rejectedOnly->setToolTip(
        tr("Show only what the studio rejected. A folder of fixes dropped now is redelivered in one batch."));
    auto* bar = new QHBoxLayout(m_filterBar);
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_rejectedOnly);
    bar->addStretch();

    m_filter->setSourceModel(model);
    view->setModel(m_filter);
    connect(m_rejectedOnly, &QCheckBox::toggled, this, [this](bool on) {
        m_filter->setRejectedOnly(on);
        m_view->expandAll();
    });
    connect(m_view, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex& index) {
        const qint64 assetId = index.data(OrderItemModel::AssetIdRole).toLongLong();
        if (assetId != 0)
            openViewer(assetId);
    });
    connect(m_view, &OrderView::assetViewRequested, this, [this](qint64 assetId) { openViewer(assetId); });
    m_window->addDockWidget(Qt::RightDockWidgetArea, m_chat);
    m_chat->setEnabled(false);
    connect(m_chat, &ChatDock::unreadChanged, this, [this](int n) {
        if (n > 0)
            Q_EMIT statusMessage(tr("%n new chat message(s).", nullptr, n));
    });
}

QcLoop::~QcLoop()
{
    m_feed.reset(); // joins the follower before anything it posts to goes
}

void QcLoop::start(const portal::ConnectionSettings& settings, PortalSession* session,
                   transfer::TransferQueue* transfers)
{
    m_session = session;
    m_chat->setSession(session);
    delete m_redelivery;
    m_redelivery = new RedeliveryRun(session, transfers, this);
    connect(m_redelivery, &RedeliveryRun::progress, this, &QcLoop::statusMessage);
    connect(m_redelivery, &RedeliveryRun::finished, this, &QcLoop::onRedelivered);
    m_userId = 0;
    readAccount();

    m_feed = std::make_unique<portal::EventFeed>(
        settings, session->token(),
        portal::EventFeed::Options{m_feedWait, 200, m_feedBackoff, std::max(30000, m_feedBackoff)});
    connect(m_feed.get(), &portal::EventFeed::eventsArrived, this, &QcLoop::onEvents);
    connect(m_feed.get(), &portal::EventFeed::connectionChanged, this, [this](bool online, const QString& why) {
        if (online)
            Q_EMIT statusMessage(tr("Following the portal's reviews live."));
        else
            Q_EMIT statusMessage(tr("Live reviews paused, trying again: %1").arg(why));
        if (online && m_userId == 0)
            readAccount();
        if (online)
            Q_EMIT orderChanged(); // what happened while away
    });
    m_feed->start(0);
}

void QcLoop::readAccount()
{
    if (!m_session)
        return;
    m_session->callQuietly<portal::Me>(
        [](portal::PortalClient& c) { return c.me(); }, this,
        [this](const portal::Me& me) {
            m_userId = me.user.id;
            if (m_hasProject)
                m_chat->setProject(m_project, m_userId);
        },
        [](const Error&) {}); // offline: the feed's coming back online asks again
}

void QcLoop::setProject(const portal::ProjectDetail& project)
{
    // A rejected asset that came back as a new version is offered for delivery once it may go.
    if (m_hasProject && project.summary.id == m_project.summary.id)
        for (const portal::AssetDetail& before : std::as_const(m_project.assets))
            if (const portal::AssetDetail* now = project.asset(before.asset.id);
                now && before.asset.state == order::AssetState::Rejected &&
                now->asset.state == order::AssetState::Uploaded && now->asset.version > before.asset.version)
                m_offer.insert(now->asset.id);
    m_project = project;
    if (!m_hasProject) {
        m_hasProject = true;
        portal::FeedRules::collectVerdicts(m_early, project.summary.id, &m_verdicts);
        m_early.clear();
    }
    for (auto it = m_offer.begin(); it != m_offer.end();) {
        const portal::AssetDetail* a = project.asset(*it);
        if (!a || a->asset.state != order::AssetState::Uploaded) {
            it = m_offer.erase(it);
            continue;
        }
        if (a->refusals.isEmpty()) {
            m_model->setAssetChecked(a->asset.id, true);
            Q_EMIT statusMessage(tr("%1 is fixed and linked: ticked to be delivered again.").arg(a->asset.name));
            it = m_offer.erase(it);
            continue;
        }
        ++it;
    }
    m_chat->setEnabled(true);
    if (m_userId)
        m_chat->setProject(project, m_userId);
    if (m_filter->rejectedOnly())
        m_view->expandAll();
}

QHash<qint64, QString> QcLoop::rejectionComments() const
{
    QHash<qint64, QString> out;
    for (auto it = m_verdicts.cbegin(); it != m_verdicts.cend(); ++it)
        if (it->verdict == QLatin1String("rejected"))
            out.insert(it.key(), it->comment);
    return out;
}

void QcLoop::onEvents(const QList<portal::Event>& events, bool backlog)
{
    if (!m_hasProject) {
        // Before the order is read: history for its verdicts, nothing to show or tell.
        m_early += events;
        return;
    }
    const qint64 pid = m_project.summary.id;
    portal::FeedRules::collectVerdicts(events, pid, &m_verdicts);
    if (backlog)
        return; // history: the order as read is already past it
    bool changed = false, chat = false;
    for (const portal::Event& e : events) {
        changed = changed || portal::FeedRules::changesOrder(e, pid);
        chat = chat || (e.projectId == pid && e.type == QLatin1String("chat.message"));
        if (const auto notice = portal::FeedRules::notice(e, m_project, m_userId)) {
            if (!m_notifier) {
                m_tray = new TrayNotifier(this);
                m_notifier = m_tray;
            }
            m_notifier->notify(*notice);
        }
    }
    if (chat)
        m_chat->refresh();
    if (changed)
        Q_EMIT orderChanged();
}

bool QcLoop::takeDrop(const QStringList& paths, qint64 requestId)
{
    if (!m_hasProject || !m_redelivery || paths.size() != 1 || !QFileInfo(paths.first()).isDir())
        return false;
    bool onRejected = false;
    if (requestId != 0)
        if (const order::Asset* a = m_project.order.assetForRequest(requestId))
            onRejected = a->state == order::AssetState::Rejected;
    if (!onRejected && !m_filter->rejectedOnly())
        return false;
    if (m_redelivery->running()) {
        Q_EMIT statusMessage(tr("A redelivery is already running; drop the folder again when it is done."));
        return true;
    }
    m_redelivery->start(m_project.summary.id, paths.first(), rejectionComments());
    return true;
}

bool QcLoop::busy() const
{
    return (m_redelivery && m_redelivery->running()) || m_chat->busy();
}

void QcLoop::onRedelivered(const RedeliverySummary& summary)
{
    RedeliverySummaryDialog::present(m_window, summary);
    Q_EMIT statusMessage(summary.error.isEmpty() ? tr("Redelivery: %n asset(s) delivered again.", nullptr,
                                                      summary.count(RedeliverySummary::Outcome::Redelivered))
                                                 : summary.error);
    Q_EMIT redeliveryFinished(summary);
    Q_EMIT orderChanged();
}

AssetViewer* QcLoop::openViewer(qint64 assetId)
{
    if (!m_hasProject || !m_project.asset(assetId))
        return nullptr;
    auto* viewer = new AssetViewer(m_window);
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    viewer->openAsset(m_session, m_project, assetId);
    if (const auto v = m_verdicts.constFind(assetId); v != m_verdicts.cend())
        viewer->showVerdict(v->verdict, v->comment);
    viewer->show();
    return viewer;
}

} // namespace apd::ui
