#pragma once

#include "portal/PortalClient.h"

#include <QObject>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace apd::portal {

// Follows the portal's event feed (GET /v1/events) on a thread of its own: first the backlog
// from the cursor given to start(), page by page, then long polls (`?since=` the cursor,
// `wait`), so that what the owner does shows up within a poll. When the portal is out of
// reach, or answers an error, it says so once (connectionChanged) and tries again after an
// exponential backoff with jitter (transfer::Backoff), then goes on from the same cursor:
// nothing is read twice and nothing is skipped.
//
// Thread contract: create, start, stop and destroy it on one thread (the GUI thread); its
// signals arrive on that thread, queued. The destructor stops the follower and waits for its
// thread; a long poll in flight ends at once (the client's cancel flag).
class EventFeed : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int waitSeconds = 25; // the long poll (the server caps it at 30)
        int pageLimit = 200;  // events per page
        int backoffBaseMs = 1000;
        int backoffCapMs = 30000;
    };

    EventFeed(ConnectionSettings settings, QString token, Options options, QObject* parent = nullptr);
    EventFeed(ConnectionSettings settings, QString token, QObject* parent = nullptr)
        : EventFeed(std::move(settings), std::move(token), Options{}, parent)
    {
    }
    ~EventFeed() override;

    // `since`: the last event already seen (0: from the start). Starting twice does nothing.
    void start(qint64 since = 0);
    void stop();
    bool running() const { return m_thread.joinable(); }
    // The last event delivered through eventsArrived (on the owner's thread).
    qint64 cursor() const { return m_cursor; }
    bool online() const { return m_online; }
    bool caughtUp() const { return m_caughtUp; }

Q_SIGNALS:
    // `backlog`: read while catching up on what happened before start(), not live.
    void eventsArrived(const QList<apd::portal::Event>& events, bool backlog);
    // Once, when the backlog is read: from here on every event is live.
    void backlogRead();
    // The portal became reachable again, or stopped answering (with the reason).
    void connectionChanged(bool online, const QString& message);

private:
    void follow(qint64 since);
    // Sleeps up to `ms` unless stop() wakes it; false when stopping.
    bool pause(int ms);
    void post(std::function<void()> f);

    ConnectionSettings m_settings;
    QString m_token;
    Options m_options;
    std::thread m_thread;
    std::atomic<bool> m_stop{false};
    std::mutex m_mutex;
    std::condition_variable m_wake;
    // Owner's thread only.
    qint64 m_cursor = 0;
    bool m_online = false;
    bool m_caughtUp = false;
};

} // namespace apd::portal

Q_DECLARE_METATYPE(apd::portal::Event)
