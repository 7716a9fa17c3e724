#pragma once

#include <QTreeView>

namespace apd::ui {

// The order as a tree that also takes files: a drop on a request row hands the local paths
// on with that request's id, a drop elsewhere with 0. Ctrl+C copies the expected name of the
// current row. A click on a row's "⋯" (or a right click) asks for the row's menu, a click on
// its source asks to link one by hand, a click on its thumbnail asks to view its asset. It
// decides nothing about the files.
class OrderView : public QTreeView
{
    Q_OBJECT

public:
    explicit OrderView(QWidget* parent = nullptr);

Q_SIGNALS:
    void pathsDropped(const QStringList& paths, qint64 requestId);
    void menuRequested(qint64 requestId, const QPoint& globalPos);
    void linkRequested(qint64 requestId);
    void assetViewRequested(qint64 assetId);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    qint64 requestAt(const QModelIndex& index) const;
};

} // namespace apd::ui
