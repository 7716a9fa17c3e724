#include "OrderWindow.h"

#include "AddRequestDialog.h"
#include "ConfirmDialog.h"
#include "ConnectionMonitor.h"
#include "DropZone.h"
#include "LinkDialog.h"
#include "OrderItemModel.h"
#include "OrderView.h"
#include "PeopleDialog.h"
#include "PortalSession.h"
#include "QcLoop.h"
#include "ReplaceDialog.h"
#include "RequestMenu.h"
#include "TeamBar.h"
#include "ThumbnailDelegate.h"
#include "ThumbnailLoader.h"
#include "UploadProgressDelegate.h"
#include "files/FileRenamer.h"
#include "inspect/XmpStripper.h"
#include "portal/RoleRules.h"
#include "settings/AppPaths.h"
#include "settings/AppSettings.h"
#include "store/CachingPortal.h"
#include "transfer/TransferQueue.h"
#include "validate/CheckQueue.h"

#include <QDesktopServices>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

namespace apd::ui {

namespace {

enum RefusedRole
{
    PathRole = Qt::UserRole + 1,
    SuggestionRole,
    RequestRole,
    RepairRole, // true: the only thing wrong is bloated XMP, which can be removed
};

} // namespace

OrderWindow::OrderWindow(QWidget* parent)
    : QMainWindow(parent), m_dropZone(new DropZone(this)), m_view(new OrderView(this)),
      m_model(new OrderItemModel(this)), m_refused(new QListWidget(this)),
      m_rename(new QPushButton(tr("Use the suggested name"), this)),
      m_renameOnDisk(new QPushButton(tr("Rename the file on disk"), this)),
      m_repairXmp(new QPushButton(tr("Remove the bloated XMP"), this)),
      m_revealRepaired(new QPushButton(tr("Show the repaired copy"), this)),
      m_pause(new QPushButton(tr("Pause uploads"), this)), m_deliver(new QPushButton(tr("Deliver…"), this)),
      m_addRequests(new QPushButton(tr("Add line items…"), this)), m_header(new QLabel(this)),
      m_team(new TeamBar(this)), m_status(new QLabel(this)), m_banner(new QLabel(this)),
      m_total(new QProgressBar(this)), m_checks(new validate::CheckQueue(this)), m_drain(new QTimer(this)),
      m_thumbnails(new ThumbnailLoader(settings::AppPaths::thumbnailDir(), this))
{
    setObjectName(QStringLiteral("orderWindow"));
    m_dropZone->setObjectName(QStringLiteral("dropZone"));
    m_view->setObjectName(QStringLiteral("orderView"));
    m_refused->setObjectName(QStringLiteral("refusedFiles"));
    m_rename->setObjectName(QStringLiteral("renameButton"));
    m_renameOnDisk->setObjectName(QStringLiteral("renameOnDiskButton"));
    m_pause->setObjectName(QStringLiteral("pauseButton"));
    m_repairXmp->setObjectName(QStringLiteral("repairXmpButton"));
    m_revealRepaired->setObjectName(QStringLiteral("revealRepairedButton"));
    m_deliver->setObjectName(QStringLiteral("deliverButton"));
    m_header->setObjectName(QStringLiteral("projectHeader"));
    m_addRequests->setObjectName(QStringLiteral("addRequestsButton"));
    m_addRequests->setEnabled(false);
    m_status->setObjectName(QStringLiteral("statusSummary"));
    m_banner->setObjectName(QStringLiteral("portalBanner"));
    m_total->setObjectName(QStringLiteral("totalProgress"));

    m_dropZone->setHint(tr("Drop artwork files or folders here, or on a row of the order"));
    m_dropZone->setEnabled(false);
    m_view->setModel(m_model);
    m_view->setItemDelegate(new UploadProgressDelegate(m_view));
    m_model->setThumbnails(m_thumbnails);
    m_view->setItemDelegateForColumn(OrderItemModel::ThumbnailColumn, new ThumbnailDelegate(m_thumbnails, m_view));
    m_view->header()->setStretchLastSection(false);
    // The row's menu sits next to its name, where the eye is; its picture before it.
    m_view->header()->moveSection(OrderItemModel::ActionsColumn, OrderItemModel::NameColumn + 1);
    m_view->header()->moveSection(OrderItemModel::ThumbnailColumn, OrderItemModel::NameColumn);
    m_view->header()->setSectionResizeMode(OrderItemModel::ThumbnailColumn, QHeaderView::Fixed);
    m_view->setTextElideMode(Qt::ElideLeft); // the end of a name says which request it is for
    m_view->setEnabled(false);
    m_refused->setWordWrap(true);
    m_rename->setEnabled(false);
    m_rename->setToolTip(tr("Deliver the file under the suggested name; the file on disk keeps its name."));
    m_renameOnDisk->setEnabled(false);
    m_renameOnDisk->setToolTip(tr("Give the file on disk the suggested name, then deliver it."));
    m_repairXmp->setEnabled(false);
    m_repairXmp->setToolTip(tr("Write a copy without the copied metadata into the folder \"repaired\" beside the "
                               "file (the pixels and the colour profile stay as they are; your file is not changed), "
                               "then check and upload the copy."));
    m_revealRepaired->setEnabled(false);
    m_revealRepaired->setToolTip(tr("Open the folder of the last repaired copy."));
    m_pause->setEnabled(false);
    m_pause->setCheckable(true);
    m_deliver->setEnabled(false);
    m_header->setTextFormat(Qt::PlainText);
    m_header->setText(tr("Connecting to the portal…"));
    QFont big = m_header->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_header->setFont(big);
    m_total->setRange(0, 100);
    m_total->setVisible(false);
    m_total->setMaximumWidth(220);

    auto* refusedBox = new QWidget(this);
    auto* refusedLayout = new QVBoxLayout(refusedBox);
    refusedLayout->setContentsMargins(0, 0, 0, 0);
    auto* refusedTitle = new QLabel(tr("Files kept out of the upload"), refusedBox);
    refusedLayout->addWidget(refusedTitle);
    refusedLayout->addWidget(m_refused);
    auto* refusedButtons = new QHBoxLayout;
    refusedButtons->addWidget(m_rename);
    refusedButtons->addWidget(m_renameOnDisk);
    refusedButtons->addWidget(m_repairXmp);
    refusedButtons->addWidget(m_revealRepaired);
    refusedButtons->addStretch();
    refusedButtons->addWidget(m_pause);
    refusedButtons->addWidget(m_deliver);
    refusedLayout->addLayout(refusedButtons);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(refusedBox);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    auto* top = new QHBoxLayout;
    top->addWidget(m_header, 1);
    top->addWidget(m_addRequests);
    layout->addLayout(top);
    layout->addWidget(m_team);
    layout->addWidget(m_dropZone);
    m_qc = new QcLoop(this, m_view, m_model);
    // The portal changed the order by itself: reloaded without wiping the message the user
    // has yet to read (a refusal, an error).
    connect(m_qc, &QcLoop::orderChanged, this, [this] {
        if (!m_session || !hasProject())
            return;
        load(m_detail.summary.id);
        m_quietReload = true;
    });
    connect(m_qc, &QcLoop::statusMessage, this, [this](const QString& m) { updateStatus(m); });
    layout->addWidget(m_qc->filterBar());
    layout->addWidget(split, 1);
    setCentralWidget(central);
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_total);
    statusBar()->addPermanentWidget(m_banner);
    setWindowTitle(tr("Artwork Portal"));
    resize(1180, 760);

    connect(m_dropZone, &DropZone::pathsDropped, this, [this](const QStringList& paths) { dropPaths(paths, 0); });
    connect(m_view, &OrderView::pathsDropped, this, &OrderWindow::dropPaths);
    connect(m_view, &OrderView::menuRequested, this,
            [this](qint64 id, const QPoint& at) { requestMenu(id)->popup(at); });
    connect(m_view, &OrderView::linkRequested, this, &OrderWindow::openLinkDialog);
    connect(m_addRequests, &QPushButton::clicked, this, &OrderWindow::openAddRequests);
    setUserRole(QString()); // until the portal says who the user is
    connect(m_team, &TeamBar::editAssignee, this, [this] { openPeople(true); });
    connect(m_team, &TeamBar::editCollaborators, this, [this] { openPeople(false); });
    // Results of a big drop arrive in bursts: they are taken in slices of a few milliseconds,
    // with the event loop (painting, input) running in between.
    m_drain->setSingleShot(true);
    m_drain->setInterval(0);
    connect(m_drain, &QTimer::timeout, this, &OrderWindow::drainChecked);
    connect(m_checks, &validate::CheckQueue::checked, this,
            [this](const validate::FileReport& report, const QString& tag) {
                m_incoming.append({report, tag});
                if (!m_drain->isActive())
                    m_drain->start();
            });
    connect(m_checks, &validate::CheckQueue::batchFinished, this, [this] {
        if (!m_incoming.isEmpty())
            return; // drainChecked() finishes the drop
        askReplacements();
        updateStatus();
    });
    connect(m_refused, &QListWidget::currentRowChanged, this, [this] { updateRenameButtons(); });
    connect(m_revealRepaired, &QPushButton::clicked, this, &OrderWindow::revealRepaired);
    connect(m_rename, &QPushButton::clicked, this, &OrderWindow::renameSelected);
    connect(m_renameOnDisk, &QPushButton::clicked, this, &OrderWindow::renameSelectedOnDisk);
    connect(m_repairXmp, &QPushButton::clicked, this, &OrderWindow::repairSelected);
    connect(m_pause, &QPushButton::toggled, this, &OrderWindow::setUploadsPaused);
    connect(m_deliver, &QPushButton::clicked, this, &OrderWindow::deliverChecked);
    connect(m_model, &OrderItemModel::checkedAssetsChanged, this, [this] {
        const int n = int(m_model->checkedAssets().size());
        m_deliver->setEnabled(n > 0);
        m_deliver->setText(n > 0 ? tr("Deliver %n asset(s)…", nullptr, n) : tr("Deliver…"));
    });
}

OrderWindow::~OrderWindow()
{
    // The QC loop (its feed thread) goes first; transfers stop next (their journal rows stay
    // for the next start), then the portal calls.
    delete m_qc;
    m_qc = nullptr;
    delete m_transfers;
    m_transfers = nullptr;
    delete m_session;
    m_session = nullptr;
}

bool OrderWindow::busy() const
{
    // Paused uploads wait for the user: the window is not busy with them.
    return m_checks->busy() || !m_incoming.isEmpty() || (m_session && m_session->busy()) ||
           (!m_taskRequest.isEmpty() && !m_paused && signedIn()) || m_reloadPending || m_diskWork > 0 || (m_qc && m_qc->busy());
}

bool OrderWindow::checksRunning() const
{
    return m_checks->busy() || !m_incoming.isEmpty();
}

void OrderWindow::openPortal(const QUrl& server, const QString& email, const QString& password,
                             const QString& journalPath, const QString& banner)
{
    m_journalPath = journalPath;
    setBanner(banner);
    portal::ConnectionSettings settings;
    settings.server = server;
    m_portalSettings = settings;
    delete m_session;
    m_session = new PortalSession(settings, this);
    m_thumbnails->setSession(m_session);
    connect(m_session, &PortalSession::signedIn, this, &OrderWindow::onSignedIn);
    connect(m_session, &PortalSession::projectLoaded, this, &OrderWindow::onProjectLoaded);
    connect(m_session, &PortalSession::delivered, this, [this](int n) {
        updateStatus(tr("%n asset(s) delivered; the studio is notified.", nullptr, n));
        reload();
    });
    connect(m_session, &PortalSession::failed, this, [this](const QString& what, const QString& message) {
        m_reloadPending = false;
        updateStatus(tr("%1 failed: %2").arg(what, message));
    });
    updateStatus(tr("Signing in to %1…").arg(server.toDisplayString()));
    m_session->signIn(email, password);
}

void OrderWindow::setBanner(const QString& banner)
{
    m_bannerText = banner;
    m_banner->setText(banner);
}

void OrderWindow::setUserRole(const QString& role)
{
    m_role = role;
    const portal::RoleRules::Permission may = portal::RoleRules::editTeam(role);
    m_team->setEditable(may.allowed, may.reason);
}

void OrderWindow::showStartupError(const QString& message)
{
    m_header->setText(tr("The portal could not be started"));
    updateStatus(message);
}

void OrderWindow::openProject(const portal::ConnectionSettings& connection, const QString& token, const QString& email,
                              qint64 projectId, const QString& journalPath, const QString& cachePath)
{
    m_journalPath = journalPath;
    m_cachePath = cachePath;
    m_email = email;
    m_portalSettings = connection;
    delete m_session;
    m_session = new PortalSession(connection, this);
    m_session->setToken(token);
    m_thumbnails->setSession(m_session);
    connect(m_session, &PortalSession::delivered, this, [this](int n) {
        updateStatus(tr("%n asset(s) delivered; the studio is notified.", nullptr, n));
        reload();
    });
    connect(m_session, &PortalSession::failed, this, [this](const QString& what, const QString& message) {
        m_reloadPending = false;
        updateStatus(tr("%1 failed: %2").arg(what, message));
    });
    watchConnection();
    // Without a session (offline from the start, no keychain) files are checked and kept in
    // the journal, paused: an upload needs the portal's token, and useToken() brings it.
    startTransfers();
    if (signedIn())
        m_transfers->resumeUnfinished(); // files queued in an earlier run (offline, say) go on
    updateStatus(signedIn() ? tr("Loading the order…")
                            : tr("Not signed in: files are checked and queued, and sent once you sign in."));
    load(projectId);
}

bool OrderWindow::signedIn() const
{
    return m_session && !m_session->token().isEmpty();
}

void OrderWindow::useToken(const QString& token, const QString& role)
{
    if (!m_session || token.isEmpty())
        return;
    m_session->setToken(token);
    setUserRole(role);
    // A new queue with the token; the held files resume from their journal rows.
    const QList<PendingFile> held = std::exchange(m_held, {});
    for (auto it = m_taskRequest.cbegin(); it != m_taskRequest.cend(); ++it)
        if (it.value() != 0)
            m_model->clearUpload(it.value());
    m_taskRequest.clear();
    startTransfers();
    for (const PendingFile& f : held)
        accept(f.path, f.match);
    // Their journal rows say paused (held): this run's uploads go unless the user paused them.
    if (!m_paused)
        for (auto it = m_taskRequest.cbegin(); it != m_taskRequest.cend(); ++it)
            m_transfers->resume(it.key());
    m_transfers->resumeUnfinished();
    updateStatus(tr("Signed in; %n file(s) checked while signed out are being sent.", nullptr, int(held.size())));
    reload();
}

void OrderWindow::watchConnection()
{
    if (!m_connection) {
        m_connection = new QLabel(this);
        m_connection->setObjectName(QStringLiteral("connectionState"));
        statusBar()->addPermanentWidget(m_connection);
    }
    delete m_monitor;
    m_monitor = new ConnectionMonitor(m_session, this);
    connect(m_monitor, &ConnectionMonitor::changed, this, [this](bool online) {
        m_connection->setText(m_monitor->stateText());
        m_connection->setToolTip(m_monitor->stateExplanation());
        if (online && !signedIn() && hasProject()) {
            const QString why =
                m_held.isEmpty()
                    ? tr("The portal answers again: sign in to work on the order.")
                    : tr("The portal answers again: sign in to send the %n file(s) waiting.", nullptr, int(m_held.size()));
            updateStatus(why);
            Q_EMIT signInNeeded(why);
            return;
        }
        if (online && m_transfers)
            m_transfers->retryNow(); // uploads waiting out a backoff need not wait any longer
        if (online && hasProject())
            reload(); // back: the order as it is now
    });
    m_connection->setText(m_monitor->stateText());
    m_connection->setToolTip(m_monitor->stateExplanation());
    m_monitor->start();
}

void OrderWindow::onSignedIn(const QString& userName, const QString& role)
{
    setUserRole(role);
    startTransfers();
    updateStatus(tr("Signed in as %1; loading the order…").arg(userName));
    m_reloadPending = true;
    m_session->loadProject(0);
}

void OrderWindow::startTransfers()
{
    // The user's settings (parallel uploads, bandwidth cap, proxy, CA file), read as the uploads start.
    transfer::TransferSettings settings = settings::AppSettings().transferSettings();
    settings.journalPath = m_journalPath;
    settings.endpoint = m_session->uploadEndpoint();
    settings.serverVerifiesSha256 = true; // the portal checks the whole file against its metadata
    if (signedIn())
        settings.extraHeaders = {m_session->authorizationHeader()};
    // The window shows when the portal is out of reach; meanwhile uploads keep waiting for it
    // (at most a minute between tries) rather than giving up after a few minutes.
    settings.maxFailures = 100000;
    delete m_transfers;
    m_transfers = new transfer::TransferQueue(settings, this);
    // Uploads resumed from the journal (queued in an earlier run) are not rows of this window;
    // once they are done, the order is reloaded to show them. Connected before onTaskChanged,
    // which forgets the window's own tasks as they end.
    m_resumed.clear();
    connect(m_transfers, &transfer::TransferQueue::taskChanged, this, [this](const transfer::TaskReport& r) {
        if (m_taskRequest.contains(r.id))
            return;
        m_resumed.insert(r.id, m_resumed.value(r.id) || transfer::isFinal(r.state));
        // Held for a sign-in (or paused) in an earlier run: this run's uploads are not paused.
        if (r.state == transfer::TaskState::Paused && !m_paused && signedIn())
            m_transfers->resume(r.id);
    });
    connect(m_transfers, &transfer::TransferQueue::idle, this, [this] {
        const bool someDone = std::any_of(m_resumed.cbegin(), m_resumed.cend(), [](bool done) { return done; });
        if (someDone && m_taskRequest.isEmpty()) {
            m_resumed.clear();
            reload();
        }
    });
    connect(m_transfers, &transfer::TransferQueue::taskChanged, this, &OrderWindow::onTaskChanged);
    connect(m_transfers, &transfer::TransferQueue::progress, this, &OrderWindow::onProgress);
    connect(m_transfers, &transfer::TransferQueue::fatal, this,
            [this](const QString& message) { updateStatus(tr("Uploads stopped: %1").arg(message)); });
    if (const auto started = m_transfers->start(); !started)
        updateStatus(tr("Uploads cannot start: %1").arg(started.error().message));
    else
        m_pause->setEnabled(signedIn());
    if (signedIn())
        m_qc->start(m_portalSettings, m_session, m_transfers);
}

void OrderWindow::reload()
{
    if (!m_session || !hasProject())
        return;
    m_quietReload = false;
    load(m_detail.summary.id);
}

void OrderWindow::load(qint64 id)
{
    m_reloadPending = true;
    if (m_cachePath.isEmpty())
        return m_session->loadProject(id);
    m_session->call<store::Fetched<portal::ProjectDetail>>(
        tr("Loading the order"),
        [cache = m_cachePath, email = m_email, id](portal::PortalClient& client) {
            return store::CachingPortal(cache, email).project(client, id);
        },
        this,
        [this](const store::Fetched<portal::ProjectDetail>& fetched) {
            m_monitor->report(!fetched.fromCache);
            onProjectLoaded(fetched.value);
        });
}

void OrderWindow::onProjectLoaded(const portal::ProjectDetail& detail)
{
    m_reloadPending = false;
    const bool keepMessage = m_quietReload && m_messageShown;
    m_quietReload = false;
    const bool first = detail.summary.id != m_detail.summary.id;
    m_detail = detail;
    // Counted once per load: the status line is refreshed for every file of a drop.
    m_deliveredCount = m_linkedCount = 0;
    const order::DeliveryRules rules;
    for (const order::Asset& a : m_detail.order.assets) {
        m_deliveredCount += a.state != order::AssetState::Uploaded ? 1 : 0;
        m_linkedCount += rules.displayState(m_detail.order, a) == QLatin1String("linked") ? 1 : 0;
    }
    m_thumbnails->retryTransient(); // the portal answered: previews it could not send are asked again
    m_model->setProject(detail.order);
    m_qc->setProject(detail);
    m_view->setEnabled(true);
    m_dropZone->setEnabled(true);
    m_view->expandAll();
    // Measuring every row is the costly part of showing a large order: done when a project
    // opens, not on each reload. Long file names are elided (the full name is one hover away)
    // so that the row's "⋯" and its source stay on screen; once files arrive their columns
    // take that width without measuring.
    constexpr int kNameWidth = 250;
    if (first) {
        for (int c = 0; c < OrderItemModel::ColumnCount; ++c)
            m_view->resizeColumnToContents(c);
        // States and checks change after opening ("empty" becomes "rejected"): those columns
        // fit the longest text they can show, not just what the first load had.
        fitColumn(OrderItemModel::StateColumn, m_model->stateLabels());
        fitColumn(OrderItemModel::CheckColumn, {tr("refused"), tr("checked")});
        fitColumn(OrderItemModel::BackgroundColumn, {OrderItemModel::backgroundNeededLabel()});
        m_view->setColumnWidth(OrderItemModel::BackgroundColumn,
                               std::min(m_view->columnWidth(OrderItemModel::BackgroundColumn), kNameWidth));
    }
    m_view->setColumnWidth(OrderItemModel::ThumbnailColumn, ThumbnailLoader::kSide + 8);
    for (int c : {int(OrderItemModel::NameColumn), int(OrderItemModel::FileColumn), int(OrderItemModel::SourceColumn)})
        m_view->setColumnWidth(c, !detail.order.assets.isEmpty() && c != OrderItemModel::NameColumn
                                      ? kNameWidth
                                      : std::min(m_view->columnWidth(c), kNameWidth));
    // The file name takes what room is left (it is elided, the full name one hover away);
    // the columns after it keep theirs, so "needed" never shrinks to "…ed" in a narrow window.
    m_view->header()->setSectionResizeMode(OrderItemModel::FileColumn, QHeaderView::Stretch);
    m_addRequests->setEnabled(true);
    m_header->setText(tr("%1 — %2").arg(detail.summary.title, detail.summary.company.name));
    m_team->setTeam(detail.summary.assignee, detail.collaborators);
    setWindowTitle(m_bannerText.isEmpty() ? tr("%1 — Artwork Portal").arg(detail.summary.title)
                                          : tr("%1 — Artwork Portal (%2)").arg(detail.summary.title, m_bannerText));
    if (!keepMessage)
        updateStatus();
}

void OrderWindow::dropPaths(const QStringList& paths, qint64 requestId)
{
    if (!hasProject() || paths.isEmpty() || m_qc->takeDrop(paths, requestId))
        return;
    updateStatus(tr("Checking %n dropped item(s)…", nullptr, int(paths.size())));
    m_checks->check(paths, requestId ? QString::number(requestId) : QString());
}

QString OrderWindow::requestKey(qint64 requestId) const
{
    const order::Request* r = m_detail.order.request(requestId);
    return r ? r->key : QString();
}

void OrderWindow::drainChecked()
{
    constexpr int kSliceMs = 4;
    QElapsedTimer slice;
    slice.start();
    while (!m_incoming.isEmpty() && slice.elapsed() < kSliceMs) {
        const auto [report, tag] = m_incoming.takeFirst();
        onChecked(report, tag);
    }
    if (!m_incoming.isEmpty()) {
        m_drain->start();
        return;
    }
    if (!m_checks->busy())
        askReplacements();
    updateStatus();
}

void OrderWindow::onChecked(const validate::FileReport& report, const QString& tag)
{
    const qint64 droppedOn = tag.toLongLong();
    if (!report.valid()) {
        QStringList reasons;
        for (const validate::Problem& p : report.problems)
            if (p.severity == naming::Severity::Error)
                reasons << p.message;
        const QString suggestion = report.suggestion != report.name ? report.suggestion : QString();
        refuse(report.path, report.name, reasons.join(QLatin1Char(' ')), suggestion, droppedOn);
        bool onlyXmp = !reasons.isEmpty();
        for (const validate::Problem& p : report.problems)
            onlyXmp = onlyXmp && (p.severity != naming::Severity::Error || p.code == QLatin1String("xmp-bloated"));
        if (onlyXmp)
            m_refused->item(m_refused->count() - 1)->setData(RepairRole, true);
        return;
    }
    const auto match = m_matcher.matchDroppedOn(m_detail.order, report.name, droppedOn);
    if (!match) {
        refuse(report.path, report.name, match.error().message, {}, droppedOn);
        return;
    }
    // A fix dropped on its own rejected row: the studio asked for this new version and the
    // drop says which asset it replaces, so there is nothing to ask.
    if (droppedOn != 0 && match.value().role == order::FileRole::Asset)
        if (const order::Asset* a = m_detail.order.assetForRequest(droppedOn);
            a && a->id == match.value().replacesId && a->state == order::AssetState::Rejected)
            return accept(report.path, match.value());
    route(report.path, match.value());
}

void OrderWindow::route(const QString& path, const order::Match& match)
{
    // A file with the name of one already on the portal waits for the user's answer, asked
    // once the drop is checked (one question for all of them, if the user wants).
    if (match.replacesId != 0) {
        m_pendingReplace.append({path, match});
        if (!m_checks->busy() && m_incoming.isEmpty())
            askReplacements();
        return;
    }
    accept(path, match);
}

int OrderWindow::currentVersion(const order::Match& match) const
{
    const order::Project& p = m_detail.order;
    if (match.role == order::FileRole::Source)
        if (const order::Source* s = p.source(match.replacesId))
            return s->version;
    if (match.role == order::FileRole::Background)
        if (const order::Background* b = p.background(match.replacesId))
            return b->version;
    if (const order::Asset* a = p.asset(match.replacesId))
        return a->version;
    return 1;
}

void OrderWindow::askReplacements()
{
    std::optional<ReplaceDialog::Answer> forAll;
    while (!m_pendingReplace.isEmpty()) {
        const PendingFile next = m_pendingReplace.takeFirst();
        ReplaceDialog::Answer answer = forAll.value_or(ReplaceDialog::Answer::Skip);
        if (!forAll) {
            const ReplaceDialog::Choice choice =
                ReplaceDialog::ask(this, next.match.name, currentVersion(next.match), int(m_pendingReplace.size()));
            answer = choice.answer;
            if (choice.forAll)
                forAll = choice.answer;
        }
        if (answer == ReplaceDialog::Answer::Replace)
            accept(next.path, next.match);
        else
            ++m_skipped;
    }
    updateStatus();
}

void OrderWindow::refuse(const QString& path, const QString& name, const QString& reason, const QString& suggestion,
                         qint64 requestId)
{
    QString text = tr("%1 — %2").arg(name, reason);
    if (!suggestion.isEmpty())
        text += QLatin1Char('\n') + tr("Suggested name: %1").arg(suggestion);
    auto* item = new QListWidgetItem(text, m_refused);
    item->setData(PathRole, path);
    item->setData(SuggestionRole, suggestion);
    item->setData(RequestRole, requestId);
    item->setToolTip(path);
    if (requestId != 0)
        m_model->setRowCheck(requestId, false, tr("refused"), text);
}

void OrderWindow::accept(const QString& path, const order::Match& match)
{
    if (!m_transfers)
        return refuse(path, match.name, tr("Uploads are not available."), {}, 0);
    const bool hold = m_paused || !signedIn();
    const transfer::TaskId id =
        m_transfers->enqueue({path, match.name, QString::number(m_detail.summary.id)},
                             hold ? transfer::TransferQueue::Start::Paused : transfer::TransferQueue::Start::Now);
    const qint64 row = match.role == order::FileRole::Asset ? match.requestId : 0;
    m_taskRequest.insert(id, row);
    if (!signedIn())
        m_held.append({path, match}); // in the journal, paused: sent once signed in
    if (row != 0) {
        const QFileInfo file(path);
        QString detail = path == m_repaired
                             ? tr("%1: the repaired copy in %2; name and content checked.")
                                   .arg(file.fileName(), QDir::toNativeSeparators(file.absolutePath()))
                             : tr("%1: name and content checked.").arg(file.fileName());
        if (!signedIn())
            detail += QLatin1Char(' ') + tr("It is sent once you sign in.");
        m_model->setRowCheck(row, true, tr("checked"), detail);
        m_model->setUploadProgress(row, 0);
        m_model->setLocalFile(row, path);
    }
    updateStatus();
}

void OrderWindow::updateRenameButtons()
{
    const QListWidgetItem* item = m_refused->currentItem();
    const bool can = item && !item->data(SuggestionRole).toString().isEmpty() && m_diskWork == 0;
    m_rename->setEnabled(can);
    m_renameOnDisk->setEnabled(can);
    m_repairXmp->setEnabled(item && item->data(RepairRole).toBool() && m_diskWork == 0);
}

void OrderWindow::repairSelected()
{
    QListWidgetItem* item = m_refused->currentItem();
    if (!item || !item->data(RepairRole).toBool())
        return;
    const QString path = item->data(PathRole).toString();
    const qint64 droppedOn = item->data(RequestRole).toLongLong();
    ++m_diskWork;
    updateRenameButtons();
    updateStatus(tr("Writing a copy of %1 without the bloated XMP…").arg(QFileInfo(path).fileName()));
    using Outcome = Result<inspect::XmpStripper::Outcome>;
    auto* watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, path, droppedOn] {
        watcher->deleteLater();
        --m_diskWork;
        const Outcome repaired = watcher->result();
        QListWidgetItem* row = nullptr;
        for (int i = 0; i < m_refused->count() && !row; ++i)
            if (m_refused->item(i)->data(PathRole).toString() == path)
                row = m_refused->item(i);
        if (!repaired) {
            updateRenameButtons();
            updateStatus(tr("The XMP was not removed: %1").arg(repaired.error().message));
            return;
        }
        delete row;
        m_repaired = repaired.value().output;
        m_revealRepaired->setEnabled(true);
        m_revealRepaired->setToolTip(QDir::toNativeSeparators(m_repaired));
        updateRenameButtons();
        // The copy is checked again from the start: it goes up only if it is clean now.
        dropPaths({m_repaired}, droppedOn);
        updateStatus(tr("Repaired copy written to %1 (your file is unchanged); checking and uploading the copy.")
                         .arg(QDir::toNativeSeparators(m_repaired)));
    });
    // The user's file is never written: the copy goes to the "repaired" folder beside it.
    // Only the copies that bloat it (document ancestors, pantry) go; the rest of the XMP stays.
    watcher->setFuture(QtConcurrent::run(
        [path] { return inspect::XmpStripper::stripToRepairedCopy(path, inspect::XmpStripper::Mode::CopiesOnly); }));
}

void OrderWindow::revealRepaired()
{
    if (m_repaired.isEmpty())
        return;
    QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_repaired).absolutePath()));
}

// The request a suggested name fits; when it fits none, the row says why and offers no rename.
std::optional<order::Match> OrderWindow::matchSuggestion(QListWidgetItem* item, const QString& suggestion)
{
    const auto match = m_matcher.match(m_detail.order, suggestion);
    if (match)
        return match.value();
    item->setText(tr("%1 — %2").arg(suggestion, match.error().message));
    item->setData(SuggestionRole, QString());
    updateRenameButtons();
    return std::nullopt;
}

void OrderWindow::renameSelected()
{
    QListWidgetItem* item = m_refused->currentItem();
    if (!item)
        return;
    const QString suggestion = item->data(SuggestionRole).toString();
    if (suggestion.isEmpty())
        return;
    // The delivery name changes; the file on disk keeps its name. The content was inspected
    // with the first check, so only the name is checked again, here by the matcher.
    const std::optional<order::Match> match = matchSuggestion(item, suggestion);
    if (!match)
        return;
    const QString path = item->data(PathRole).toString();
    delete item;
    route(path, *match);
}

void OrderWindow::renameSelectedOnDisk()
{
    QListWidgetItem* item = m_refused->currentItem();
    if (!item || item->data(SuggestionRole).toString().isEmpty())
        return;
    const QString suggestion = item->data(SuggestionRole).toString();
    const std::optional<order::Match> match = matchSuggestion(item, suggestion);
    if (!match)
        return;
    const QString path = item->data(PathRole).toString();
    ++m_diskWork;
    updateRenameButtons();
    updateStatus(tr("Renaming %1…").arg(QFileInfo(path).fileName()));
    auto* watcher = new QFutureWatcher<Result<QString>>(this);
    // The item may go while the disk works (a new drop, a reload): it is found again by path.
    connect(watcher, &QFutureWatcher<Result<QString>>::finished, this, [this, watcher, path, m = *match] {
        watcher->deleteLater();
        --m_diskWork;
        const Result<QString> renamed = watcher->result();
        QListWidgetItem* row = nullptr;
        for (int i = 0; i < m_refused->count() && !row; ++i)
            if (m_refused->item(i)->data(PathRole).toString() == path)
                row = m_refused->item(i);
        if (!renamed) {
            if (row)
                row->setText(row->text().section(QLatin1Char('\n'), 0, 1) + QLatin1Char('\n') +
                             renamed.error().message);
            updateRenameButtons();
            updateStatus(tr("The file was not renamed: %1").arg(renamed.error().message));
            return;
        }
        delete row;
        updateRenameButtons();
        route(renamed.value(), m);
    });
    watcher->setFuture(QtConcurrent::run([path, suggestion] { return files::FileRenamer::rename(path, suggestion); }));
}

void OrderWindow::setUploadsPaused(bool paused)
{
    m_paused = paused;
    m_pause->setText(paused ? tr("Resume uploads") : tr("Pause uploads"));
    if (m_transfers)
        for (auto it = m_taskRequest.cbegin(); it != m_taskRequest.cend(); ++it)
            paused ? m_transfers->pause(it.key()) : m_transfers->resume(it.key());
    updateStatus();
}

void OrderWindow::onTaskChanged(const transfer::TaskReport& report)
{
    if (!m_taskRequest.contains(report.id) || !transfer::isFinal(report.state))
        return;
    const qint64 row = m_taskRequest.take(report.id);
    if (report.state == transfer::TaskState::Done) {
        if (row != 0)
            m_model->setUploadProgress(row, 100); // processing until the reload shows the asset
    } else {
        if (row != 0)
            m_model->clearUpload(row);
        refuse(report.path, report.deliveryName,
               report.message.isEmpty() ? tr("The upload did not finish.") : report.message, {}, row);
    }
    // The server links on arrival: one reload when this wave of uploads is over.
    if (m_taskRequest.isEmpty()) {
        m_total->setVisible(false);
        reload();
    }
    updateStatus();
}

void OrderWindow::onProgress(const QList<transfer::TaskProgress>& tasks, const transfer::TotalProgress& total)
{
    for (const transfer::TaskProgress& t : tasks) {
        const qint64 row = m_taskRequest.value(t.id);
        if (row != 0 && t.size > 0)
            m_model->setUploadProgress(row, int(std::min<qint64>(99, t.done * 100 / t.size)));
    }
    m_total->setVisible(total.size > 0 && total.finished < total.tasks);
    if (total.size > 0)
        m_total->setValue(int(total.done * 100 / total.size));
    m_total->setFormat(tr("%1 of %2 file(s) · %p%").arg(total.finished).arg(total.tasks));
}

void OrderWindow::deliverChecked()
{
    const QList<qint64> ids = m_model->checkedAssets();
    if (ids.isEmpty() || !m_session)
        return;
    const int n = int(ids.size());
    if (!ConfirmDialog::ask(
            this, tr("Deliver"),
            tr("Deliver %n asset(s) of \"%1\" to the studio? The project owner is notified.", nullptr, n)
                .arg(m_detail.summary.title),
            tr("Deliver %n asset(s)", nullptr, n)))
        return;
    updateStatus(tr("Delivering %n asset(s)…", nullptr, n));
    m_reloadPending = true;
    m_session->deliver(m_detail.summary.id, ids);
}

QMenu* OrderWindow::requestMenu(qint64 requestId)
{
    auto* menu = new RequestMenu(m_detail.order, requestId, this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    connect(menu, &RequestMenu::linkSource, this, &OrderWindow::openLinkDialog);
    connect(menu, &RequestMenu::unlinkSource, this, &OrderWindow::unlinkSource);
    connect(menu, &RequestMenu::removeRequest, this, &OrderWindow::removeRequest);
    return menu;
}

void OrderWindow::openLinkDialog(qint64 requestId)
{
    const order::Asset* asset = m_detail.order.assetForRequest(requestId);
    if (!asset || !m_session)
        return;
    auto* dialog = new LinkDialog(m_session, m_detail.summary.id, *asset, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &LinkDialog::linkChanged, this, &OrderWindow::reload);
    dialog->open();
}

void OrderWindow::unlinkSource(qint64 requestId)
{
    const order::Asset* asset = m_detail.order.assetForRequest(requestId);
    if (!asset || !m_session)
        return;
    const qint64 pid = m_detail.summary.id, aid = asset->id;
    m_session->call<portal::AssetDetail>(
        tr("Unlinking"), [pid, aid](portal::PortalClient& c) { return c.unlink(pid, aid, order::FileRole::Source); },
        this, [this](const portal::AssetDetail&) { reload(); });
}

void OrderWindow::removeRequest(qint64 requestId)
{
    const order::Request* request = m_detail.order.request(requestId);
    if (!request || !m_session)
        return;
    if (!ConfirmDialog::ask(this, tr("Remove a line item"),
                            tr("Remove the line item %1 from the order?").arg(request->key), tr("Remove")))
        return;
    const qint64 pid = m_detail.summary.id;
    updateStatus(tr("Removing %1…").arg(request->key));
    m_session->call<bool>(
        tr("Removing the line item"),
        [pid, requestId](portal::PortalClient& c) { return c.removeRequest(pid, requestId); }, this,
        [this, key = request->key](bool) {
            updateStatus(tr("%1 removed from the order.").arg(key));
            reload();
        });
}

void OrderWindow::openAddRequests()
{
    if (!hasProject() || !m_session)
        return;
    auto* dialog = new AddRequestDialog(m_detail.order, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { addRequests(dialog->keys()); });
    dialog->open();
}

void OrderWindow::addRequests(const QStringList& keys)
{
    if (keys.isEmpty() || !m_session)
        return;
    const qint64 pid = m_detail.summary.id;
    updateStatus(tr("Adding %n line item(s)…", nullptr, int(keys.size())));
    m_session->call<int>(
        tr("Adding line items"),
        [pid, keys](portal::PortalClient& c) -> Result<int> {
            for (const QString& key : keys) {
                portal::NewRequest r;
                r.key = key;
                if (auto added = c.addRequest(pid, r); !added)
                    return added.error();
            }
            return int(keys.size());
        },
        this,
        [this](int n) {
            updateStatus(tr("%n line item(s) added to the order.", nullptr, n));
            reload();
        });
}

void OrderWindow::openPeople(bool assignee)
{
    if (!hasProject() || !m_session)
        return;
    QList<qint64> chosen;
    if (assignee)
        chosen << m_detail.summary.assignee.id;
    else
        for (const portal::UserRef& u : m_detail.collaborators)
            chosen << u.id;
    auto* dialog = new PeopleDialog(m_session, m_detail.summary.company.id,
                                    assignee ? PeopleDialog::Pick::One : PeopleDialog::Pick::Many, chosen, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, assignee] {
        const QList<qint64> ids = dialog->chosen();
        const qint64 pid = m_detail.summary.id;
        if (assignee && ids.size() != 1)
            return;
        auto done = [this](const portal::ProjectDetail& d) { onProjectLoaded(d); };
        if (assignee)
            m_session->call<portal::ProjectDetail>(
                tr("Setting the assignee"),
                [pid, id = ids.first()](portal::PortalClient& c) { return c.setAssignee(pid, id); }, this, done);
        else
            m_session->call<portal::ProjectDetail>(
                tr("Setting the collaborators"),
                [pid, ids](portal::PortalClient& c) { return c.setCollaborators(pid, ids); }, this, done);
    });
    dialog->open();
}

void OrderWindow::fitColumn(int column, const QStringList& texts)
{
    // The same margins as the view's own measure of a cell.
    const int margins = 2 * m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 2;
    const QFontMetrics metrics(m_view->font());
    int width = m_view->columnWidth(column);
    for (const QString& t : texts)
        width = std::max(width, metrics.horizontalAdvance(t) + margins);
    m_view->setColumnWidth(column, width);
}

void OrderWindow::updateStatus(const QString& message)
{
    if (!message.isEmpty()) {
        m_status->setText(message);
        m_messageShown = true;
        return;
    }
    if (!hasProject())
        return;
    m_messageShown = false;
    QString text = tr("%1 request(s): %2 delivered, %3 linked, %4 refused file(s)")
                       .arg(m_detail.order.requests.size())
                       .arg(m_deliveredCount)
                       .arg(m_linkedCount)
                       .arg(m_refused->count());
    if (!m_held.isEmpty())
        text += tr(" · %n file(s) waiting for you to sign in", nullptr, int(m_held.size()));
    else if (!m_taskRequest.isEmpty())
        text += m_paused ? tr(" · %n upload(s) paused", nullptr, int(m_taskRequest.size()))
                         : tr(" · uploading %n file(s)", nullptr, int(m_taskRequest.size()));
    if (m_skipped > 0)
        text += tr(" · %n file(s) skipped, already on the portal", nullptr, m_skipped);
    if (m_checks->busy())
        text += tr(" · checking…");
    m_status->setText(text);
}

} // namespace apd::ui
