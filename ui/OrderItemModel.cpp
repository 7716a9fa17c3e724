#include "OrderItemModel.h"

#include "FileKindIcon.h"
#include "ThumbnailLoader.h"
#include "naming/AssetCatalog.h"

#include <QBrush>
#include <QFont>
#include <QPalette>

#include <algorithm>

namespace apd::ui {

namespace {

// internalId of a top-level (group) index; children carry their group's row + 1.
constexpr quintptr kGroupId = 0;

} // namespace

OrderItemModel::OrderItemModel(QObject* parent) : QAbstractItemModel(parent) {}

void OrderItemModel::setThumbnails(ThumbnailLoader* loader)
{
    if (m_thumbnails)
        disconnect(m_thumbnails, nullptr, this, nullptr);
    m_thumbnails = loader;
    if (loader)
        connect(loader, &ThumbnailLoader::loaded, this, &OrderItemModel::thumbnailLoaded);
}

void OrderItemModel::setLocalFile(qint64 requestId, const QString& path)
{
    m_localFiles.insert(requestId, path);
    if (m_thumbnails)
        m_thumbnails->forget(ThumbnailLoader::localKey(path)); // the file may have changed since
    requestChanged(requestId);
}

QString OrderItemModel::thumbnailKey(const order::Request& request) const
{
    if (m_progress.contains(request.id))
        if (const auto it = m_localFiles.constFind(request.id); it != m_localFiles.constEnd())
            return ThumbnailLoader::localKey(*it);
    if (const order::Asset* asset = m_project.assetForRequest(request.id))
        return ThumbnailLoader::portalKey(m_project.id, asset->id, asset->version);
    return {};
}

void OrderItemModel::thumbnailLoaded(const QString& key)
{
    // The rows that may show `key`: those sending that file, and the one of that asset.
    QList<qint64> requests;
    for (auto it = m_localFiles.cbegin(); it != m_localFiles.cend(); ++it)
        if (ThumbnailLoader::localKey(*it) == key)
            requests << it.key();
    for (const order::Asset& a : m_project.assets)
        if (ThumbnailLoader::portalKey(m_project.id, a.id, a.version) == key)
            requests << a.requestId;
    for (qint64 id : std::as_const(requests)) {
        const order::Request* r = m_project.request(id);
        const QModelIndex cell = indexOfRequest(id).siblingAtColumn(ThumbnailColumn);
        if (r && cell.isValid() && thumbnailKey(*r) == key)
            Q_EMIT dataChanged(cell, cell, {Qt::DecorationRole, Qt::ToolTipRole});
    }
}

void OrderItemModel::setProject(const order::Project& project)
{
    beginResetModel();
    m_project = project;
    m_groups.clear();
    const auto& catalog = naming::AssetCatalog::builtIn();
    // Catalog order first, then any type the catalog does not know (a portal may add types).
    QStringList typeOrder;
    for (const naming::AssetType& t : catalog.types())
        typeOrder << t.id;
    for (const order::Request& r : m_project.requests)
        if (!typeOrder.contains(r.type))
            typeOrder << r.type;
    for (const QString& type : typeOrder) {
        Group g;
        g.kind = RequestRow;
        const naming::AssetType* known = catalog.find(type);
        g.label = known ? known->labelIn() : type;
        QList<const order::Request*> rows;
        for (const order::Request& r : m_project.requests)
            if (r.type == type)
                rows << &r;
        std::sort(rows.begin(), rows.end(), [](const auto* a, const auto* b) { return a->key < b->key; });
        for (const auto* r : rows)
            g.ids << r->id;
        if (!g.ids.isEmpty())
            m_groups << g;
    }
    Group sources{SourceRow, tr("Sources"), {}};
    for (const order::Source& s : m_project.sources)
        sources.ids << s.id;
    m_groups << sources;
    Group backgrounds{BackgroundRow, tr("Backgrounds"), {}};
    for (const order::Background& b : m_project.backgrounds)
        backgrounds.ids << b.id;
    m_groups << backgrounds;

    // A tick survives a reload only while its asset can still be delivered.
    QSet<qint64> kept;
    for (qint64 id : std::as_const(m_checked))
        if (const order::Asset* a = m_project.asset(id); a && deliverable(*a))
            kept.insert(id);
    const bool changed = kept != m_checked;
    m_checked = kept;
    // A row's live upload state ends when the reloaded project has its asset.
    for (auto it = m_progress.begin(); it != m_progress.end();)
        it = m_project.assetForRequest(it.key()) ? m_progress.erase(it) : std::next(it);
    for (auto it = m_localFiles.begin(); it != m_localFiles.end();)
        it = m_progress.contains(it.key()) ? std::next(it) : m_localFiles.erase(it);
    endResetModel();
    if (changed)
        Q_EMIT checkedAssetsChanged();
}

void OrderItemModel::setUploadProgress(qint64 requestId, int percent)
{
    percent = std::clamp(percent, 0, 100);
    // Progress arrives for every upload several times a second: unchanged rows stay quiet.
    if (const auto it = m_progress.constFind(requestId); it != m_progress.constEnd() && *it == percent)
        return;
    m_progress.insert(requestId, percent);
    requestChanged(requestId);
}

void OrderItemModel::clearUpload(qint64 requestId)
{
    const bool hadFile = m_localFiles.remove(requestId) > 0;
    if (m_progress.remove(requestId) || hadFile)
        requestChanged(requestId);
}

void OrderItemModel::setRowCheck(qint64 requestId, bool ok, const QString& text, const QString& detail)
{
    m_checks.insert(requestId, {ok, text, detail});
    requestChanged(requestId);
}

QList<qint64> OrderItemModel::checkedAssets() const
{
    QList<qint64> ids(m_checked.begin(), m_checked.end());
    std::sort(ids.begin(), ids.end());
    return ids;
}

void OrderItemModel::setAssetChecked(qint64 assetId, bool checked)
{
    const order::Asset* asset = m_project.asset(assetId);
    if (!asset || (checked && !deliverable(*asset)) || m_checked.contains(assetId) == checked)
        return;
    if (checked)
        m_checked.insert(assetId);
    else
        m_checked.remove(assetId);
    requestChanged(asset->requestId);
    Q_EMIT checkedAssetsChanged();
}

QModelIndex OrderItemModel::indexOfRequest(qint64 requestId) const
{
    for (int g = 0; g < m_groups.size(); ++g) {
        if (m_groups[g].kind != RequestRow)
            continue;
        const int row = int(m_groups[g].ids.indexOf(requestId));
        if (row >= 0)
            return createIndex(row, 0, quintptr(g + 1));
    }
    return {};
}

void OrderItemModel::requestChanged(qint64 requestId)
{
    const QModelIndex first = indexOfRequest(requestId);
    if (first.isValid())
        Q_EMIT dataChanged(first, first.siblingAtColumn(ColumnCount - 1));
}

QModelIndex OrderItemModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kGroupId);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex OrderItemModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kGroupId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kGroupId);
}

int OrderItemModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != kGroupId || parent.column() != 0)
        return 0;
    return int(m_groups[parent.row()].ids.size());
}

int OrderItemModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant OrderItemModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index))
        return {};
    if (index.internalId() == kGroupId) {
        const Group& g = m_groups[index.row()];
        if (role == RowKindRole)
            return GroupRow;
        if (role == Qt::DisplayRole && index.column() == NameColumn)
            return tr("%1 (%n)", nullptr, int(g.ids.size())).arg(g.label);
        if (role == Qt::FontRole && index.column() == NameColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    }
    const Group& g = m_groups[int(index.internalId() - 1)];
    const qint64 id = g.ids[index.row()];
    switch (g.kind) {
    case RequestRow:
        if (const order::Request* r = m_project.request(id))
            return requestData(*r, index.column(), role);
        break;
    case SourceRow:
        if (const order::Source* s = m_project.source(id))
            return sourceData(*s, index.column(), role);
        break;
    case BackgroundRow:
        if (const order::Background* b = m_project.background(id))
            return backgroundData(*b, index.column(), role);
        break;
    case GroupRow:
        break;
    }
    return {};
}

bool OrderItemModel::deliverable(const order::Asset& asset) const
{
    // The project's own reasons (no assignee yet) count too: the tooltip names them all.
    return m_rules.refusals(m_project, {asset.id}).isEmpty();
}

QString OrderItemModel::stateName(const order::Request& request) const
{
    if (m_progress.contains(request.id))
        return m_progress.value(request.id) >= 100 ? QStringLiteral("processing") : QStringLiteral("uploading");
    const order::Asset* asset = m_project.assetForRequest(request.id);
    return asset ? m_rules.displayState(m_project, *asset) : QStringLiteral("empty");
}

QString OrderItemModel::stateLabel(const QString& state, qint64 requestId) const
{
    if (state == QLatin1String("empty"))
        return tr("empty");
    if (state == QLatin1String("uploading"))
        return tr("uploading %1%").arg(m_progress.value(requestId));
    if (state == QLatin1String("processing"))
        return tr("processing");
    if (state == QLatin1String("uploaded"))
        return tr("uploaded");
    if (state == QLatin1String("linked"))
        return tr("linked");
    if (state == QLatin1String("delivered"))
        return tr("delivered");
    if (state == QLatin1String("approved"))
        return tr("approved");
    if (state == QLatin1String("rejected"))
        return tr("rejected");
    return state;
}

QStringList OrderItemModel::stateLabels() const
{
    QStringList labels;
    for (const char* state : {"empty", "processing", "uploaded", "linked", "delivered", "approved", "rejected"})
        labels << stateLabel(QLatin1String(state), 0);
    labels << tr("uploading %1%").arg(100) << tr("universal base") << tr("source") << tr("background");
    return labels;
}

QVariant OrderItemModel::requestData(const order::Request& request, int column, int role) const
{
    const order::Asset* asset = m_project.assetForRequest(request.id);
    switch (role) {
    case RowKindRole:
        return RequestRow;
    case RequestIdRole:
        return request.id;
    case AssetIdRole:
        return asset ? asset->id : 0;
    case ExpectedNameRole:
        return request.key;
    case StateNameRole:
        return stateName(request);
    case ProgressRole:
        return m_progress.contains(request.id) ? QVariant(m_progress.value(request.id)) : QVariant();
    case ThumbnailKeyRole:
        return m_thumbnails ? thumbnailKey(request) : QString();
    default:
        break;
    }
    const order::RequiredLinks need = m_rules.requiredLinks(request.type);
    switch (column) {
    case DeliverColumn:
        // Every request row has its box; one that cannot be delivered has it disabled (flags()).
        if (role == Qt::CheckStateRole)
            return asset && m_checked.contains(asset->id) ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::ToolTipRole) {
            if (!asset)
                return tr("Nothing uploaded for this request yet: drop its file (…#%1) on this row.").arg(request.key);
            const QList<order::Refusal> why = m_rules.refusals(m_project, {asset->id});
            if (why.isEmpty())
                return tr("Ready to deliver.");
            QStringList lines;
            for (const order::Refusal& r : why)
                lines << r.message;
            return lines.join(QLatin1Char('\n'));
        }
        break;
    case NameColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return request.key;
        if (role == Qt::ToolTipRole)
            return tr("The name a file for this request ends with (after \"#\"). Ctrl+C copies it.");
        break;
    case StateColumn:
        if (role == Qt::DisplayRole)
            return stateLabel(stateName(request), request.id);
        break;
    case CheckColumn:
        if (const auto it = m_checks.constFind(request.id); it != m_checks.constEnd()) {
            if (role == Qt::DisplayRole)
                return it->text;
            if (role == Qt::ToolTipRole)
                return it->detail;
            if (role == Qt::ForegroundRole)
                return QBrush(it->ok ? QColor(0x1b, 0x7f, 0x3a) : QColor(0xb0, 0x1c, 0x1c));
        }
        break;
    case FileColumn:
        if ((role == Qt::DisplayRole || role == Qt::ToolTipRole) && asset)
            return asset->name;
        break;
    case SourceColumn:
        if (role == Qt::DisplayRole) {
            if (!need.source)
                return QString();
            if (asset && asset->sourceId != 0)
                if (const order::Source* s = m_project.source(asset->sourceId))
                    return s->name;
            return asset ? tr("missing") : QString();
        }
        if (role == Qt::DecorationRole && need.source && asset && asset->sourceId != 0)
            if (const order::Source* s = m_project.source(asset->sourceId))
                return fileKindIcon(s->name);
        if (role == Qt::ToolTipRole && need.source && asset)
            return tr("Click to link a source by hand, or to unlink it.");
        break;
    case BackgroundColumn:
        if (role == Qt::DisplayRole) {
            if (!need.background)
                return QString();
            if (asset && asset->backgroundId != 0)
                if (const order::Background* b = m_project.background(asset->backgroundId))
                    return b->name;
            if (const order::Background* b = m_project.backgroundForRequest(request.id))
                return b->name;
            return backgroundNeededLabel();
        }
        break;
    case ThumbnailColumn:
        return thumbnailData(request, asset, role);
    case ActionsColumn:
        if (role == Qt::DisplayRole)
            return QStringLiteral("⋯");
        if (role == Qt::ToolTipRole)
            return tr("More: link a source by hand, remove this line item");
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant OrderItemModel::thumbnailData(const order::Request& request, const order::Asset* asset, int role) const
{
    if (!m_thumbnails || (role != Qt::DecorationRole && role != Qt::ToolTipRole))
        return {};
    const QString key = thumbnailKey(request);
    if (key.isEmpty())
        return {};
    const ThumbnailLoader::State state = m_thumbnails->state(key);
    if (role == Qt::DecorationRole)
        return state == ThumbnailLoader::State::Ready ? QVariant(m_thumbnails->pixmap(key)) : QVariant();
    const bool local = key.startsWith(ThumbnailLoader::localKey({}));
    const QString open = asset ? tr("Click to open %1 in the viewer.").arg(asset->name) : QString();
    QString what;
    if (state == ThumbnailLoader::State::Failed)
        what = tr("No preview: %1").arg(m_thumbnails->failure(key));
    else if (state != ThumbnailLoader::State::Ready)
        what = tr("Loading the preview…");
    else if (local)
        what = tr("The file being sent: %1").arg(m_localFiles.value(request.id));
    if (what.isEmpty())
        return open;
    return open.isEmpty() ? what : what + QLatin1Char('\n') + open;
}

QVariant OrderItemModel::sourceData(const order::Source& source, int column, int role) const
{
    if (role == RowKindRole)
        return SourceRow;
    if (role == Qt::DecorationRole && column == NameColumn)
        return fileKindIcon(source.name);
    if (role != Qt::DisplayRole)
        return {};
    if (column == NameColumn)
        return source.name;
    if (column == StateColumn)
        return source.universal ? tr("universal base") : tr("source");
    if (column == FileColumn) {
        int links = 0;
        for (const order::Asset& a : m_project.assets)
            links += a.sourceId == source.id ? 1 : 0;
        return tr("linked to %n asset(s)", nullptr, links);
    }
    return {};
}

QVariant OrderItemModel::backgroundData(const order::Background& background, int column, int role) const
{
    if (role == RowKindRole)
        return BackgroundRow;
    if (role != Qt::DisplayRole)
        return {};
    if (column == NameColumn)
        return background.name;
    if (column == StateColumn)
        return tr("background");
    if (column == FileColumn)
        if (const order::Request* r = m_project.request(background.requestId))
            return tr("for %1").arg(r->key);
    return {};
}

bool OrderItemModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != DeliverColumn || !index.isValid() || !checkIndex(index) ||
        index.internalId() == kGroupId)
        return false;
    const qint64 assetId = data(index, AssetIdRole).toLongLong();
    const order::Asset* asset = m_project.asset(assetId);
    if (!asset || !deliverable(*asset))
        return false;
    setAssetChecked(assetId, value.value<Qt::CheckState>() == Qt::Checked);
    return true;
}

Qt::ItemFlags OrderItemModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() || !checkIndex(index))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() == kGroupId)
        return f;
    if (index.column() == DeliverColumn && data(index, RowKindRole).toInt() == RequestRow) {
        const order::Asset* asset = m_project.asset(data(index, AssetIdRole).toLongLong());
        // A row that cannot be delivered keeps its box, disabled; the tooltip says why.
        if (!asset || !deliverable(*asset))
            return Qt::ItemIsSelectable;
        f |= Qt::ItemIsUserCheckable;
    }
    return f;
}

QVariant OrderItemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (section == ThumbnailColumn && role == Qt::ToolTipRole)
        return tr("A preview of the row's file; click it to open the asset in the viewer.");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DeliverColumn:
        return tr("Deliver");
    case NameColumn:
        return tr("Expected name");
    case StateColumn:
        return tr("State");
    case CheckColumn:
        return tr("Check");
    case FileColumn:
        return tr("File");
    case SourceColumn:
        return tr("Source");
    case BackgroundColumn:
        return tr("Background");
    case ActionsColumn:
        return QString();
    case ThumbnailColumn:
        return QString();
    default:
        return {};
    }
}

} // namespace apd::ui
