#pragma once

#include "order/NameMatcher.h"
#include "portal/PortalClient.h"
#include "portal/PortalTypes.h"
#include "transfer/TransferTypes.h"

#include <QHash>
#include <QMainWindow>
#include <QUrl>

#include <memory>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace apd::transfer {
class TransferQueue;
}
namespace apd::validate {
class CheckQueue;
struct FileReport;
} // namespace apd::validate

namespace apd::ui {

class DropZone;
class OrderItemModel;
class OrderView;
class PortalSession;
class QcLoop;

// The order of one project on a portal: drop files on a row or on the drop zone; they are
// checked (CheckQueue, off the GUI thread), matched to their request (NameMatcher) and
// uploaded (TransferQueue, tus); misnamed files stay out with the reason and a one-click
// rename of the delivery name; ticked rows are delivered after a confirmation.
class OrderWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit OrderWindow(QWidget* parent = nullptr);
    ~OrderWindow() override;

    // Signs in and opens the user's first project. `journalPath`: the upload journal.
    // `banner`: shown in the title and the status bar (the demo portal says so).
    void openPortal(const QUrl& server, const QString& email, const QString& password, const QString& journalPath,
                    const QString& banner = {});
    void showStartupError(const QString& message);

    // Test hooks
    OrderItemModel* orderModel() const { return m_model; }
    QListWidget* refusedList() const { return m_refused; }
    bool busy() const; // checking, uploading, or talking to the portal
    bool hasProject() const { return m_detail.summary.id != 0; }
    QcLoop* qcLoop() const { return m_qc; }

public Q_SLOTS:
    void dropPaths(const QStringList& paths, qint64 requestId = 0);
    void renameSelected();
    void deliverChecked();
    void reload();

private:
    void onSignedIn(const QString& userName);
    void onProjectLoaded(const portal::ProjectDetail& detail);
    void onChecked(const validate::FileReport& report, const QString& tag);
    void onTaskChanged(const transfer::TaskReport& report);
    void onProgress(const QList<transfer::TaskProgress>& tasks, const transfer::TotalProgress& total);
    void refuse(const QString& path, const QString& name, const QString& reason, const QString& suggestion,
                qint64 requestId);
    void accept(const QString& path, const order::Match& match);
    void updateStatus(const QString& message = {});
    QString requestKey(qint64 requestId) const;

    order::NameMatcher m_matcher;
    portal::ProjectDetail m_detail;
    DropZone* m_dropZone;
    OrderView* m_view;
    OrderItemModel* m_model;
    QListWidget* m_refused;
    QPushButton* m_rename;
    QPushButton* m_deliver;
    QLabel* m_header;
    QLabel* m_status;
    QLabel* m_banner;
    QProgressBar* m_total;
    validate::CheckQueue* m_checks;
    PortalSession* m_session = nullptr;
    transfer::TransferQueue* m_transfers = nullptr;
    QString m_journalPath;
    QString m_bannerText;
    QHash<transfer::TaskId, qint64> m_taskRequest; // upload → request row (0: a source)
    int m_uploadsActive = 0;
    bool m_reloadPending = false;
    QcLoop* m_qc = nullptr;
    portal::ConnectionSettings m_connection;
};

} // namespace apd::ui
