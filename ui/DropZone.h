#pragma once

#include <QFrame>
#include <QStringList>

class QLabel;
class QMimeData;

namespace apd::ui {

// A target for files and folders dragged from any file manager (text/uri-list with file://
// URLs). It only hands the local paths on; checking happens elsewhere, off the GUI thread.
class DropZone : public QFrame
{
    Q_OBJECT

public:
    explicit DropZone(QWidget* parent = nullptr);

    void setHint(const QString& text);

Q_SIGNALS:
    void pathsDropped(const QStringList& paths);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragLeaveEvent(QDragLeaveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    static QStringList localPaths(const QMimeData* mime);
    void setHighlighted(bool on);

    QLabel* m_label;
};

} // namespace apd::ui
