#pragma once

#include "RedeliverySummaryDialog.h"
#include "portal/FeedRules.h"
#include "portal/PortalClient.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <memory>

class QCheckBox;
class QMainWindow;
class QWidget;

namespace apd::portal {
class EventFeed;
}
namespace apd::transfer {
class TransferQueue;
}

namespace apd::ui {

class AssetViewer;
class ChatDock;
class Notifier;
class OrderItemModel;
class OrderView;
class PortalSession;
class RedeliveryRun;
class RejectedFilterModel;
class TrayNotifier;

// The QC side of the order window, kept out of it: the portal's event feed followed off the
// GUI thread (rows change by themselves after a review; notifications of rejections,
// approvals and @mentions), the "rejected only" filter, the asset viewer (double-click a row
// with an asset, or click its thumbnail), the project chat in a dock, a fixed file dropped
// on a rejected row ticked for delivery once linked, and a folder of fixes redelivered in one batch (dropped on a
// rejected row, or anywhere while "rejected only" is on). GUI thread only.
class QcLoop : public QObject
{
    Q_OBJECT

public:
    QcLoop(QMainWindow* window, OrderView* view, OrderItemModel* model);
    ~QcLoop() override;

    // The bar above the order (the filter), for the window's layout.
    QWidget* filterBar() const { return m_filterBar; }

    // After the sign-in: the feed starts, the chat and the viewer talk through `session`.
    void start(const portal::ConnectionSettings& settings, PortalSession* session, transfer::TransferQueue* transfers);
    // Each time the order was read.
    void setProject(const portal::ProjectDetail& project);
    // A drop the QC loop takes (a folder of fixes): true when it took it.
    bool takeDrop(const QStringList& paths, qint64 requestId);
    bool busy() const;

    AssetViewer* openViewer(qint64 assetId);

    // Test hooks
    void setNotifier(Notifier* notifier) { m_notifier = notifier; }
    RejectedFilterModel* filterModel() const { return m_filter; }
    ChatDock* chat() const { return m_chat; }
    portal::EventFeed* feed() const { return m_feed.get(); }
    // Before start(): a shorter long poll and backoff.
    void setFeedOptions(int waitSeconds, int backoffBaseMs)
    {
        m_feedWait = waitSeconds;
        m_feedBackoff = backoffBaseMs;
    }
    QHash<qint64, portal::Verdict> verdicts() const { return m_verdicts; }
    qint64 userId() const { return m_userId; } // 0: not known yet

Q_SIGNALS:
    // The order on the server changed (a live event): the window reads it again.
    void orderChanged();
    void statusMessage(const QString& message);
    void redeliveryFinished(const apd::ui::RedeliverySummary& summary);

private:
    // Who the user is (for the chat and @mentions); asked again when the feed comes back
    // online until it is known (the portal may be away when the order opens).
    void readAccount();
    void onEvents(const QList<portal::Event>& events, bool backlog);
    void onRedelivered(const RedeliverySummary& summary);
    QHash<qint64, QString> rejectionComments() const;

    QMainWindow* m_window;
    OrderView* m_view;
    OrderItemModel* m_model;
    RejectedFilterModel* m_filter;
    QWidget* m_filterBar;
    QCheckBox* m_rejectedOnly;
    ChatDock* m_chat;
    QPointer<PortalSession> m_session;
    std::unique_ptr<portal::EventFeed> m_feed;
    RedeliveryRun* m_redelivery = nullptr;
    TrayNotifier* m_tray = nullptr;
    Notifier* m_notifier = nullptr;
    portal::ProjectDetail m_project;
    bool m_hasProject = false;
    qint64 m_userId = 0;
    QHash<qint64, portal::Verdict> m_verdicts;
    QList<portal::Event> m_early; // read before the order was
    QSet<qint64> m_offer;         // fixed assets to tick for delivery once they may go
    int m_feedWait = 25;
    int m_feedBackoff = 1000;
};

} // namespace apd::ui
