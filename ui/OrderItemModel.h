#pragma once

#include "order/DeliveryRules.h"
#include "order/OrderModel.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QSet>

namespace apd::ui {

class ThumbnailLoader;

// The order of one project as a two-level tree: a group per asset type (in catalog order; RTL
// billboards are billboards, so they sit with them), each request a row; then a group of the
// project's sources and one of its backgrounds. What a row may do (deliverable or not, and
// why) is asked of apd::order::DeliveryRules; this model only shows it.
//
// Columns: Deliver (check box), Expected name, State, Check, File, Source, Background,
// "⋯" (the row's menu: link by hand, remove the line item), and the thumbnail of the row's
// file (the window shows it second): the file being uploaded while it is, else the asset on
// the portal; ThumbnailLoader loads it, this model only names it and shows what is loaded.
// GUI thread only; the project arrives as a value (loaded elsewhere, off the GUI thread).
class OrderItemModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        DeliverColumn,
        NameColumn,
        StateColumn,
        CheckColumn,
        FileColumn,
        SourceColumn,
        BackgroundColumn,
        ActionsColumn,
        ThumbnailColumn,
        ColumnCount
    };
    enum Role
    {
        RowKindRole = Qt::UserRole + 1, // RowKind
        RequestIdRole,
        AssetIdRole,
        ExpectedNameRole, // the request key, to copy
        StateNameRole,    // untranslated state: empty, uploading, processing, uploaded, linked, …
        ProgressRole,     // 0..100 while a file for the row uploads, else invalid
        ThumbnailKeyRole, // the ThumbnailLoader key of the row's picture; empty: none
    };
    enum RowKind
    {
        GroupRow,
        RequestRow,
        SourceRow,
        BackgroundRow,
    };

    explicit OrderItemModel(QObject* parent = nullptr);

    // Where the thumbnails come from; without one the thumbnail column stays empty.
    void setThumbnails(ThumbnailLoader* loader);

    void setProject(const order::Project& project);
    const order::Project& project() const { return m_project; }

    // Live state of rows between two loads of the project.
    void setUploadProgress(qint64 requestId, int percent); // 0..100; 100: processing on the server
    void clearUpload(qint64 requestId);
    // The local file being sent for the request: its thumbnail is the row's until the asset
    // arrives on the portal.
    void setLocalFile(qint64 requestId, const QString& path);
    // The outcome of the last check or upload of a file for this request: ok, or a refusal.
    void setRowCheck(qint64 requestId, bool ok, const QString& text, const QString& detail);
    // Every text the State column can show: the column is sized once, to the longest.
    QStringList stateLabels() const;
    static QString backgroundNeededLabel() { return tr("needed"); }

    // The assets ticked for delivery (only deliverable ones can be ticked).
    QList<qint64> checkedAssets() const;
    void setAssetChecked(qint64 assetId, bool checked);
    // The request row's index (column 0), invalid if the request is not in the order.
    QModelIndex indexOfRequest(qint64 requestId) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void checkedAssetsChanged();

private:
    struct Group
    {
        RowKind kind = RequestRow;
        QString label;
        QList<qint64> ids; // request, source or background ids
    };
    struct RowCheck
    {
        bool ok = true;
        QString text;
        QString detail;
    };

    QVariant requestData(const order::Request& request, int column, int role) const;
    QVariant thumbnailData(const order::Request& request, const order::Asset* asset, int role) const;
    QVariant sourceData(const order::Source& source, int column, int role) const;
    QVariant backgroundData(const order::Background& background, int column, int role) const;
    QString stateName(const order::Request& request) const;
    QString stateLabel(const QString& state, qint64 requestId) const;
    bool deliverable(const order::Asset& asset) const;
    void requestChanged(qint64 requestId);
    QString thumbnailKey(const order::Request& request) const;
    void thumbnailLoaded(const QString& key);

    order::Project m_project;
    order::DeliveryRules m_rules;
    QList<Group> m_groups;
    QHash<qint64, int> m_progress;       // request id → percent
    QHash<qint64, QString> m_localFiles; // request id → path of the file being sent
    ThumbnailLoader* m_thumbnails = nullptr;
    QHash<qint64, RowCheck> m_checks;
    QSet<qint64> m_checked; // asset ids
};

} // namespace apd::ui
