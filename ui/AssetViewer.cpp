#include "AssetViewer.h"

#include "ImageCanvas.h"
#include "PortalSession.h"
#include "inspect/Inspector.h"
#include "naming/AssetCatalog.h"

#include <QBuffer>
#include <QCheckBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace apd::ui {

namespace {

struct Decoded
{
    QImage image;
    inspect::InspectionReport report;
};

// The catalog's zone labels are English; the ones it ships with are translated here.
QString zoneLabel(const naming::SafeZone& z)
{
    if (z.id == QLatin1String("title"))
        return AssetViewer::tr("Title and logo");
    if (z.id == QLatin1String("action"))
        return AssetViewer::tr("Action safe");
    if (z.id == QLatin1String("buttons"))
        return AssetViewer::tr("Buttons overlay");
    if (z.id == QLatin1String("badge"))
        return AssetViewer::tr("Badge");
    if (z.id == QLatin1String("rating"))
        return AssetViewer::tr("Rating and labels");
    if (z.id == QLatin1String("focus"))
        return AssetViewer::tr("Focal area");
    if (z.id == QLatin1String("caption"))
        return AssetViewer::tr("Caption overlay");
    if (z.id == QLatin1String("logo"))
        return AssetViewer::tr("Logo placement (keep free)");
    return z.labelIn();
}

// A file name breaks nowhere by itself: let it wrap after "#" and "_".
QString breakable(QString name)
{
    name.replace(QLatin1Char('#'), QStringLiteral("#\u200B"));
    name.replace(QLatin1Char('_'), QStringLiteral("_\u200B"));
    return name;
}

QString stateLabel(const QString& state)
{
    if (state == QLatin1String("uploaded"))
        return AssetViewer::tr("uploaded");
    if (state == QLatin1String("linked"))
        return AssetViewer::tr("linked");
    if (state == QLatin1String("delivered"))
        return AssetViewer::tr("delivered");
    if (state == QLatin1String("approved"))
        return AssetViewer::tr("approved");
    if (state == QLatin1String("rejected"))
        return AssetViewer::tr("rejected");
    return state;
}

QString message(const portal::Message& m)
{
    return AssetViewer::tr("%1 · %2\n%3")
        .arg(m.author.name, QLocale().toString(m.createdAt.toLocalTime(), QLocale::ShortFormat), m.body);
}

} // namespace

AssetViewer::AssetViewer(QWidget* parent)
    : QDialog(parent), m_canvas(new ImageCanvas(this)), m_title(new QLabel(this)), m_links(new QLabel(this)),
      m_verdict(new QLabel(this)), m_status(new QLabel(this)), m_zones(new QCheckBox(tr("Show safe zones"), this)),
      m_report(new QPlainTextEdit(this)), m_comments(new QListWidget(this)), m_commentInput(new QLineEdit(this)),
      m_commentPost(new QPushButton(tr("Comment"), this))
{
    setObjectName(QStringLiteral("assetViewer"));
    m_canvas->setObjectName(QStringLiteral("imageCanvas"));
    m_title->setObjectName(QStringLiteral("viewerTitle"));
    m_links->setObjectName(QStringLiteral("viewerLinks"));
    m_verdict->setObjectName(QStringLiteral("viewerVerdict"));
    m_verdict->setTextFormat(Qt::PlainText);
    m_verdict->setWordWrap(true);
    m_verdict->setVisible(false);
    m_status->setObjectName(QStringLiteral("viewerStatus"));
    m_zones->setObjectName(QStringLiteral("safeZonesToggle"));
    m_report->setObjectName(QStringLiteral("inspectionReport"));
    m_comments->setObjectName(QStringLiteral("commentThread"));
    m_commentInput->setObjectName(QStringLiteral("commentInput"));
    m_commentPost->setObjectName(QStringLiteral("commentPost"));

    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_links->setTextFormat(Qt::PlainText);
    m_links->setWordWrap(true);
    m_status->setWordWrap(true);
    m_zones->setEnabled(false);
    m_zones->setToolTip(tr("Frames where the title and logo must stay, and hatches what the portal covers."));
    m_report->setReadOnly(true);
    m_report->setMaximumBlockCount(200);
    m_comments->setWordWrap(true);
    m_commentInput->setPlaceholderText(tr("Write a comment…"));
    m_commentPost->setEnabled(false);

    auto* side = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_title);
    sideLayout->addWidget(m_links);
    sideLayout->addWidget(m_verdict);
    sideLayout->addWidget(m_zones);
    sideLayout->addWidget(new QLabel(tr("Inspection"), side));
    sideLayout->addWidget(m_report, 2);
    sideLayout->addWidget(new QLabel(tr("Comments"), side));
    sideLayout->addWidget(m_comments, 3);
    auto* post = new QHBoxLayout;
    post->addWidget(m_commentInput, 1);
    post->addWidget(m_commentPost);
    sideLayout->addLayout(post);
    sideLayout->addWidget(m_status);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_canvas);
    split->addWidget(side);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split);
    setWindowTitle(tr("Asset"));
    resize(1100, 680);

    connect(m_zones, &QCheckBox::toggled, m_canvas, &ImageCanvas::setZonesVisible);
    connect(m_commentInput, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_commentPost->setEnabled(m_session && m_assetId && !text.trimmed().isEmpty());
    });
    connect(m_commentInput, &QLineEdit::returnPressed, this, &AssetViewer::postComment);
    connect(m_commentPost, &QPushButton::clicked, this, &AssetViewer::postComment);
}

int AssetViewer::commentCount() const
{
    int n = 0;
    for (int i = 0; i < m_comments->count(); ++i)
        n += m_comments->item(i)->data(Qt::UserRole).toBool() ? 1 : 0;
    return n;
}

void AssetViewer::setStatus(const QString& text)
{
    m_status->setText(text);
}

void AssetViewer::openAsset(PortalSession* session, const portal::ProjectDetail& project, qint64 assetId)
{
    m_session = session;
    m_projectId = project.summary.id;
    m_assetId = assetId;
    const portal::AssetDetail* asset = project.asset(assetId);
    if (!asset || !session)
        return setStatus(tr("This asset is not in the order any more."));
    const order::Request* request = project.order.request(asset->asset.requestId);
    const QString typeId = request ? request->type : QString();
    const bool rtl = request && request->key.contains(QLatin1String("_rtl_"));
    setWindowTitle(tr("%1 — Asset").arg(asset->asset.name));
    m_title->setText(tr("%1\nversion %2 · %3")
                         .arg(breakable(asset->asset.name))
                         .arg(asset->asset.version)
                         .arg(stateLabel(asset->state)));
    QStringList links;
    if (asset->requiredLinks.source) {
        const order::Source* s = project.order.source(asset->asset.sourceId);
        links << tr("Source: %1").arg(s ? breakable(s->name) : tr("not linked"));
    }
    if (asset->requiredLinks.background) {
        const order::Background* b = project.order.background(asset->asset.backgroundId);
        links << tr("Background: %1").arg(b ? breakable(b->name) : tr("not linked"));
    }
    m_links->setText(links.isEmpty() ? tr("Takes no source or background.") : links.join(QLatin1Char('\n')));

    const QString sha = asset->versions.isEmpty() ? QString() : asset->versions.last().sha256;
    const QString name = asset->asset.name;
    setStatus(tr("Loading the file…"));
    ++m_pending;
    session->call<QByteArray>(
        tr("Loading the file"),
        [pid = m_projectId, assetId, sha](portal::PortalClient& c) { return c.fileBytes(pid, assetId, 0, sha); }, this,
        [this, name, typeId, rtl](const QByteArray& bytes) {
            // Decoding and inspection read every byte: a worker thread does it.
            auto* watcher = new QFutureWatcher<Decoded>(this);
            connect(watcher, &QFutureWatcher<Decoded>::finished, this, [this, watcher, name, typeId, rtl] {
                const Decoded d = watcher->result();
                watcher->deleteLater();
                --m_pending;
                showReport(d.report);
                if (d.image.isNull())
                    return setStatus(tr("The file cannot be shown as an image."));
                showImage(d.image, name, typeId, rtl);
                setStatus(QString());
            });
            watcher->setFuture(QtConcurrent::run([bytes] {
                Decoded d;
                QBuffer buffer;
                buffer.setData(bytes);
                buffer.open(QIODevice::ReadOnly);
                d.report = inspect::Inspector::inspectDevice(buffer, {});
                d.image = QImage::fromData(bytes);
                return d;
            }));
        });
    connect(session, &PortalSession::failed, this, [this](const QString& what, const QString& why) {
        if (m_pending > 0)
            --m_pending;
        m_commentInput->setEnabled(true);
        setStatus(tr("%1 failed: %2").arg(what, why));
    });
    reloadComments();
}

void AssetViewer::showImage(const QImage& image, const QString& name, const QString& typeId, bool rightToLeft)
{
    QList<naming::SafeZone> zones;
    if (const naming::AssetType* type = naming::AssetCatalog::builtIn().find(typeId))
        zones = type->safeZones;
    for (naming::SafeZone& z : zones)
        z.label = zoneLabel(z);
    m_canvas->setImage(image);
    m_canvas->setZones(zones, rightToLeft);
    m_zones->setEnabled(!zones.isEmpty());
    m_zones->setText(zones.isEmpty() ? tr("No safe zones for this type") : tr("Show safe zones"));
    if (m_title->text().isEmpty())
        m_title->setText(breakable(name));
    Q_EMIT imageShown();
}

void AssetViewer::showVerdict(const QString& verdict, const QString& comment)
{
    const bool rejected = verdict == QLatin1String("rejected");
    if (!rejected && verdict != QLatin1String("approved"))
        return m_verdict->setVisible(false);
    const QString head = rejected ? tr("Rejected by the studio") : tr("Approved by the studio");
    m_verdict->setText(comment.isEmpty() ? head : tr("%1: \"%2\"").arg(head, comment));
    m_verdict->setStyleSheet(rejected ? QStringLiteral("color: #b01c1c;") : QStringLiteral("color: #1b7f3a;"));
    m_verdict->setVisible(true);
}

void AssetViewer::showReport(const inspect::InspectionReport& report)
{
    m_report->setPlainText(reportText(report));
}

QString AssetViewer::reportText(const inspect::InspectionReport& r)
{
    QStringList lines;
    const QLocale locale;
    lines << tr("%1, %2 × %3 px, %4, %5 bit")
                 .arg(inspect::formatName(r.format).toUpper())
                 .arg(r.width)
                 .arg(r.height)
                 .arg(inspect::colourModelName(r.colourModel))
                 .arg(r.bitDepth);
    lines << tr("File: %1").arg(locale.formattedDataSize(qint64(r.fileSize)));
    lines << (r.iccPresent ? tr("Colour profile: %1").arg(r.iccDescription) : tr("No colour profile"));
    if (r.xmpSize > 0)
        lines << tr("XMP metadata: %1").arg(locale.formattedDataSize(qint64(r.xmpSize)));
    if (r.documentAncestors > 0)
        lines << tr("Photoshop document ancestors: %n", nullptr, int(std::min<qint64>(r.documentAncestors, 1 << 30)));
    lines << (r.decoded ? tr("Decoded to the end without error.") : tr("Not decoded to the end."));
    for (const inspect::Finding& f : r.findings)
        lines << tr("Problem: %1").arg(f.message);
    return lines.join(QLatin1Char('\n'));
}

void AssetViewer::reloadComments()
{
    if (!m_session || !m_assetId)
        return;
    ++m_pending;
    m_session->call<QList<portal::Message>>(
        tr("Loading the comments"),
        [pid = m_projectId, aid = m_assetId](portal::PortalClient& c) { return c.comments(pid, aid); }, this,
        [this](const QList<portal::Message>& list) {
            --m_pending;
            m_comments->clear();
            for (const portal::Message& m : list) {
                auto* item = new QListWidgetItem(message(m), m_comments);
                item->setData(Qt::UserRole, true);
            }
            if (list.isEmpty())
                m_comments->addItem(tr("No comments yet."));
            m_comments->scrollToBottom();
            Q_EMIT commentsShown();
        });
}

void AssetViewer::postComment()
{
    const QString body = m_commentInput->text().trimmed();
    if (!m_session || !m_assetId || body.isEmpty())
        return;
    m_commentInput->setEnabled(false);
    m_commentPost->setEnabled(false);
    ++m_pending;
    m_session->call<portal::Message>(
        tr("Posting the comment"),
        [pid = m_projectId, aid = m_assetId, body](portal::PortalClient& c) { return c.addComment(pid, aid, body); },
        this,
        [this](const portal::Message&) {
            --m_pending;
            m_commentInput->clear();
            m_commentInput->setEnabled(true);
            reloadComments();
        });
}

} // namespace apd::ui
