#pragma once

#include <QMainWindow>

class QLabel;
class QPushButton;
class QTextBrowser;
class QTreeView;

namespace apd::validate {
class CheckQueue;
struct FileReport;
} // namespace apd::validate

namespace apd::ui {

class CheckResultsModel;
class DropZone;

// The main window: a drop zone that checks files the moment they land, the list of what was
// checked, and the details of the selected file with its fixes.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Test hooks
    CheckResultsModel* checkResults() const { return m_results; }
    validate::CheckQueue* checkQueue() const { return m_checks; }

public Q_SLOTS:
    void checkPaths(const QStringList& paths);
    void renameSelected();

private:
    void buildMenus();
    void onChecked(const validate::FileReport& report);
    void onBatchFinished(int files);
    void showSelected();
    void updateStatus();

    DropZone* m_dropZone;
    QTreeView* m_view;
    QTextBrowser* m_details;
    QPushButton* m_rename;
    QLabel* m_status;
    CheckResultsModel* m_results;
    validate::CheckQueue* m_checks;
};

} // namespace apd::ui
