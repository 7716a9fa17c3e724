#pragma once

#include "order/NameMatcher.h"
#include "portal/PortalClient.h"
#include "portal/PortalTypes.h"
#include "transfer/TransferTypes.h"

#include "validate/FileReport.h"

#include <QHash>
#include <QMainWindow>
#include <QUrl>

#include <memory>
#include <optional>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QMenu;
class QProgressBar;
class QPushButton;
class QTimer;

namespace apd::transfer {
class TransferQueue;
}
namespace apd::validate {
class CheckQueue;
struct FileReport;
} // namespace apd::validate

namespace apd::ui {

class ConnectionMonitor;
class DropZone;
class OrderItemModel;
class OrderView;
class PortalSession;
class TeamBar;
class ThumbnailLoader;
class QcLoop;

// The order of one project on a portal: drop files on a row or on the drop zone; they are
// checked (CheckQueue, off the GUI thread), matched to their request (NameMatcher) and
// uploaded (TransferQueue, tus). Misnamed files stay out with the reason and a one-click
// rename (of the delivery name, or of the file on disk), a bloated one with a one-click XMP
// repair into a copy; a file named like one on the portal is replaced or skipped as the user says. Rows
// link by hand and go from their "⋯" menu, line items are added, the team is edited from
// the header; ticked rows are delivered after a confirmation; uploads can be paused.
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
    // Shown in the title and the status bar (the demo portal says so).
    void setBanner(const QString& banner);
    // The user's role on the portal (empty: not known, offline): what only an agency admin
    // may do (edit the team) is offered to that role only.
    void setUserRole(const QString& role);
    QString userRole() const { return m_role; }
    // Opens `projectId` with a session signed in elsewhere (the sign-in dialog), or with none
    // yet (`token` empty: offline from the start). The order comes from the portal and is kept
    // in the offline cache at `cachePath`; with the portal out of reach it comes from that
    // cache, and files dropped are checked and queued until the portal is back. `email`: the
    // user the cache is kept for.
    void openProject(const portal::ConnectionSettings& connection, const QString& token, const QString& email,
                     qint64 projectId, const QString& journalPath, const QString& cachePath);
    // Signed in after the order was opened without a session: the files checked and held
    // meanwhile (in the journal, paused) go now, and the order is read again.
    void useToken(const QString& token, const QString& role);
    // Files checked and queued while not signed in, waiting for a session to be sent.
    int heldForSignIn() const { return int(m_held.size()); }
    const portal::ProjectDetail& project() const { return m_detail; }
    PortalSession* session() const { return m_session; }
    ConnectionMonitor* connectionMonitor() const { return m_monitor; }

    // Test hooks
    OrderItemModel* orderModel() const { return m_model; }
    QListWidget* refusedList() const { return m_refused; }
    bool busy() const; // checking, uploading, or talking to the portal
    bool checksRunning() const;
    // Shows a project as if the portal had just sent it (the open benchmark).
    void showProject(const portal::ProjectDetail& detail) { onProjectLoaded(detail); }
    bool hasProject() const { return m_detail.summary.id != 0; }
    // The "⋯" menu of a request row, not shown (the view pops it up; tests trigger its actions).
    QMenu* requestMenu(qint64 requestId);
    QcLoop* qcLoop() const { return m_qc; }
    ThumbnailLoader* thumbnails() const { return m_thumbnails; }

Q_SIGNALS:
    // The portal answers again, but the window has no session to send the held files with.
    void signInNeeded(const QString& why);

public Q_SLOTS:
    void dropPaths(const QStringList& paths, qint64 requestId = 0);
    void renameSelected();       // the delivery name only
    void renameSelectedOnDisk(); // the file itself, off the GUI thread; never over another file
    // A bloated file: a copy without its copied XMP is written to the "repaired" folder beside
    // it (off the GUI thread, verified; the user's file is never written), then the copy is
    // checked again and uploaded in its place.
    void repairSelected();
    void revealRepaired(); // opens the folder of the last repaired copy
    void setUploadsPaused(bool paused);
    void deliverChecked();
    void reload();
    void openLinkDialog(qint64 requestId);
    void unlinkSource(qint64 requestId);
    void removeRequest(qint64 requestId); // after a confirmation; the portal may refuse, with the reason
    void openAddRequests();
    void addRequests(const QStringList& keys);
    void openPeople(bool assignee); // the assignee, or the collaborators

private:
    void onSignedIn(const QString& userName, const QString& role);
    // Without a session, uploads only go into the journal, paused, until useToken().
    void startTransfers();
    bool signedIn() const;
    void load(qint64 projectId); // through the offline cache when there is one
    void watchConnection();
    void onProjectLoaded(const portal::ProjectDetail& detail);
    void drainChecked();
    void onChecked(const validate::FileReport& report, const QString& tag);
    void onTaskChanged(const transfer::TaskReport& report);
    void onProgress(const QList<transfer::TaskProgress>& tasks, const transfer::TotalProgress& total);
    struct PendingFile
    {
        QString path;
        order::Match match;
    };
    void route(const QString& path, const order::Match& match);
    void askReplacements();
    int currentVersion(const order::Match& match) const;
    void updateRenameButtons();
    std::optional<order::Match> matchSuggestion(QListWidgetItem* item, const QString& suggestion);
    void refuse(const QString& path, const QString& name, const QString& reason, const QString& suggestion,
                qint64 requestId);
    void accept(const QString& path, const order::Match& match);
    void updateStatus(const QString& message = {});
    void fitColumn(int column, const QStringList& texts);
    QString requestKey(qint64 requestId) const;

    order::NameMatcher m_matcher;
    portal::ProjectDetail m_detail;
    DropZone* m_dropZone;
    OrderView* m_view;
    OrderItemModel* m_model;
    QListWidget* m_refused;
    QPushButton* m_rename;
    QPushButton* m_renameOnDisk;
    QPushButton* m_repairXmp;
    QPushButton* m_revealRepaired;
    QPushButton* m_pause;
    QPushButton* m_deliver;
    QPushButton* m_addRequests;
    QLabel* m_header;
    TeamBar* m_team;
    QLabel* m_status;
    QLabel* m_banner;
    QProgressBar* m_total;
    validate::CheckQueue* m_checks;
    QTimer* m_drain;
    QList<std::pair<validate::FileReport, QString>> m_incoming; // checked, not yet handled
    PortalSession* m_session = nullptr;
    transfer::TransferQueue* m_transfers = nullptr;
    ConnectionMonitor* m_monitor = nullptr;
    QLabel* m_connection = nullptr;
    QString m_journalPath;
    QString m_cachePath; // empty: no offline cache (the demo)
    QString m_email;
    QString m_bannerText;
    QString m_role;
    QString m_repaired;                            // the last repaired copy written
    QHash<transfer::TaskId, qint64> m_taskRequest; // upload → request row (0: a source)
    QHash<transfer::TaskId, bool> m_resumed;       // uploads resumed from the journal → finished
    QList<PendingFile> m_held;                     // checked while not signed in: sent after useToken()
    QList<PendingFile> m_pendingReplace;           // same name as a file on the portal: replace or skip?
    int m_skipped = 0;
    int m_deliveredCount = 0; // of the last load
    int m_linkedCount = 0;
    int m_diskWork = 0; // renames and repairs running off the GUI thread
    bool m_paused = false;
    bool m_reloadPending = false;
    // The load under way was asked for by the portal's event feed, not by the user.
    bool m_quietReload = false;
    // The status line shows a message rather than the order's summary.
    bool m_messageShown = false;
    QcLoop* m_qc = nullptr;
    ThumbnailLoader* m_thumbnails;
    portal::ConnectionSettings m_portalSettings; // for the QC loop's own calls
};

} // namespace apd::ui
