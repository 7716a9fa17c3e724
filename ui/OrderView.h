#pragma once

#include <QTreeView>

namespace apd::ui {

// The order as a tree that also takes files: a drop on a request row hands the local paths
// on with that request's id, a drop elsewhere with 0. Ctrl+C copies the expected name of the
// current row. It decides nothing about the files.
class OrderView : public QTreeView
{
    Q_OBJECT

public:
    explicit OrderView(QWidget* parent = nullptr);

Q_SIGNALS:
    void pathsDropped(const QStringList& paths, qint64 requestId);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
};

} // namespace apd::ui
