#include "OrderWindow.h"

#include "ConfirmDialog.h"
#include "DropZone.h"
#include "OrderItemModel.h"
#include "OrderView.h"
#include "PortalSession.h"
#include "QcLoop.h"
#include "transfer/TransferQueue.h"
#include "validate/CheckQueue.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QVBoxLayout>

namespace apd::ui {

namespace {

enum RefusedRole
{
    PathRole = Qt::UserRole + 1,
    SuggestionRole,
    RequestRole,
};

} // namespace

OrderWindow::OrderWindow(QWidget* parent)
    : QMainWindow(parent), m_dropZone(new DropZone(this)), m_view(new OrderView(this)),
      m_model(new OrderItemModel(this)), m_refused(new QListWidget(this)),
      m_rename(new QPushButton(tr("Use the suggested name"), this)), m_deliver(new QPushButton(tr("Deliver…"), this)),
      m_header(new QLabel(this)), m_status(new QLabel(this)), m_banner(new QLabel(this)),
      m_total(new QProgressBar(this)), m_checks(new validate::CheckQueue(this))
{
    setObjectName(QStringLiteral("orderWindow"));
    m_dropZone->setObjectName(QStringLiteral("dropZone"));
    m_view->setObjectName(QStringLiteral("orderView"));
    m_refused->setObjectName(QStringLiteral("refusedFiles"));
    m_rename->setObjectName(QStringLiteral("renameButton"));
    m_deliver->setObjectName(QStringLiteral("deliverButton"));
    m_header->setObjectName(QStringLiteral("projectHeader"));
    m_status->setObjectName(QStringLiteral("statusSummary"));
    m_banner->setObjectName(QStringLiteral("portalBanner"));
    m_total->setObjectName(QStringLiteral("totalProgress"));

    m_dropZone->setHint(tr("Drop artwork files or folders here, or on a row of the order"));
    m_dropZone->setEnabled(false);
    m_view->setModel(m_model);
    m_view->header()->setStretchLastSection(true);
    m_view->setEnabled(false);
    m_refused->setWordWrap(true);
    m_rename->setEnabled(false);
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
    refusedButtons->addStretch();
    refusedButtons->addWidget(m_deliver);
    refusedLayout->addLayout(refusedButtons);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(refusedBox);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->addWidget(m_header);
    layout->addWidget(m_dropZone);
    m_qc = new QcLoop(this, m_view, m_model);
    connect(m_qc, &QcLoop::orderChanged, this, &OrderWindow::reload);
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
    connect(m_checks, &validate::CheckQueue::checked, this, &OrderWindow::onChecked);
    connect(m_checks, &validate::CheckQueue::batchFinished, this, [this] { updateStatus(); });
    connect(m_refused, &QListWidget::currentRowChanged, this, [this](int row) {
        const QListWidgetItem* item = row >= 0 ? m_refused->item(row) : nullptr;
        m_rename->setEnabled(item && !item->data(SuggestionRole).toString().isEmpty());
    });
    connect(m_rename, &QPushButton::clicked, this, &OrderWindow::renameSelected);
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
    return m_checks->busy() || (m_session && m_session->busy()) || !m_taskRequest.isEmpty() || m_reloadPending ||
           (m_qc && m_qc->busy());
}

void OrderWindow::openPortal(const QUrl& server, const QString& email, const QString& password,
                             const QString& journalPath, const QString& banner)
{
    m_journalPath = journalPath;
    m_bannerText = banner;
    m_banner->setText(banner);
    portal::ConnectionSettings settings;
    settings.server = server;
    m_connection = settings;
    delete m_session;
    m_session = new PortalSession(settings, this);
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

void OrderWindow::showStartupError(const QString& message)
{
    m_header->setText(tr("The portal could not be started"));
    updateStatus(message);
}

void OrderWindow::onSignedIn(const QString& userName)
{
    transfer::TransferSettings settings;
    settings.journalPath = m_journalPath;
    settings.endpoint = m_session->uploadEndpoint();
    settings.extraHeaders = {m_session->authorizationHeader()};
    delete m_transfers;
    m_transfers = new transfer::TransferQueue(settings, this);
    connect(m_transfers, &transfer::TransferQueue::taskChanged, this, &OrderWindow::onTaskChanged);
    connect(m_transfers, &transfer::TransferQueue::progress, this, &OrderWindow::onProgress);
    connect(m_transfers, &transfer::TransferQueue::fatal, this,
            [this](const QString& message) { updateStatus(tr("Uploads stopped: %1").arg(message)); });
    if (const auto started = m_transfers->start(); !started)
        updateStatus(tr("Uploads cannot start: %1").arg(started.error().message));
    m_qc->start(m_connection, m_session, m_transfers);
    updateStatus(tr("Signed in as %1; loading the order…").arg(userName));
    m_reloadPending = true;
    m_session->loadProject(0);
}

void OrderWindow::reload()
{
    if (!m_session || !hasProject())
        return;
    m_reloadPending = true;
    m_session->loadProject(m_detail.summary.id);
}

void OrderWindow::onProjectLoaded(const portal::ProjectDetail& detail)
{
    m_reloadPending = false;
    m_detail = detail;
    m_model->setProject(detail.order);
    m_qc->setProject(detail);
    m_view->setEnabled(true);
    m_dropZone->setEnabled(true);
    m_view->expandAll();
    for (int c = 0; c < OrderItemModel::ColumnCount - 1; ++c)
        m_view->resizeColumnToContents(c);
    const QString assignee = detail.summary.assignee.id != 0 ? detail.summary.assignee.name : tr("nobody yet");
    m_header->setText(tr("%1 — %2 · assignee: %3").arg(detail.summary.title, detail.summary.company.name, assignee));
    setWindowTitle(m_bannerText.isEmpty() ? tr("%1 — Artwork Portal").arg(detail.summary.title)
                                          : tr("%1 — Artwork Portal (%2)").arg(detail.summary.title, m_bannerText));
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
        return;
    }
    const auto match = m_matcher.match(m_detail.order, report.name);
    if (!match) {
        refuse(report.path, report.name, match.error().message, {}, droppedOn);
        return;
    }
    if (droppedOn != 0 && match.value().role == order::FileRole::Asset && match.value().requestId != droppedOn) {
        refuse(report.path, report.name,
               tr("Dropped on %1, but its name belongs to the row %2.")
                   .arg(requestKey(droppedOn), match.value().requestKey),
               {}, droppedOn);
        return;
    }
    accept(report.path, match.value());
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
    const transfer::TaskId id = m_transfers->enqueue({path, match.name, QString::number(m_detail.summary.id)});
    const qint64 row = match.role == order::FileRole::Asset ? match.requestId : 0;
    m_taskRequest.insert(id, row);
    if (row != 0) {
        m_model->setRowCheck(row, true, tr("checked"),
                             tr("%1: name and content checked.").arg(QFileInfo(path).fileName()));
        m_model->setUploadProgress(row, 0);
    }
    updateStatus();
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
    const auto match = m_matcher.match(m_detail.order, suggestion);
    if (!match) {
        item->setText(tr("%1 — %2").arg(suggestion, match.error().message));
        item->setData(SuggestionRole, QString());
        m_rename->setEnabled(false);
        return;
    }
    const QString path = item->data(PathRole).toString();
    delete item;
    accept(path, match.value());
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

void OrderWindow::updateStatus(const QString& message)
{
    if (!message.isEmpty()) {
        m_status->setText(message);
        return;
    }
    if (!hasProject())
        return;
    int delivered = 0, linked = 0;
    for (const order::Asset& a : m_detail.order.assets) {
        delivered += a.state != order::AssetState::Uploaded ? 1 : 0;
        linked += m_model->indexOfRequest(a.requestId).data(OrderItemModel::StateNameRole).toString() ==
                          QLatin1String("linked")
                      ? 1
                      : 0;
    }
    QString text = tr("%1 request(s): %2 delivered, %3 linked, %4 refused file(s)")
                       .arg(m_detail.order.requests.size())
                       .arg(delivered)
                       .arg(linked)
                       .arg(m_refused->count());
    if (!m_taskRequest.isEmpty())
        text += tr(" · uploading %n file(s)", nullptr, int(m_taskRequest.size()));
    if (m_checks->busy())
        text += tr(" · checking…");
    m_status->setText(text);
}

} // namespace apd::ui
