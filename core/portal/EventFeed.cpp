#include "portal/EventFeed.h"

#include "transfer/Backoff.h"

namespace apd::portal {

EventFeed::EventFeed(ConnectionSettings settings, QString token, Options options, QObject* parent)
    : QObject(parent), m_settings(std::move(settings)), m_token(std::move(token)), m_options(options)
{
    qRegisterMetaType<Event>();
    qRegisterMetaType<QList<Event>>();
}

EventFeed::~EventFeed()
{
    stop();
}

void EventFeed::start(qint64 since)
{
    if (m_thread.joinable())
        return;
    m_stop.store(false);
    m_cursor = since;
    m_caughtUp = false;
    m_thread = std::thread([this, since] { follow(since); });
}

void EventFeed::stop()
{
    if (!m_thread.joinable())
        return;
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_stop.store(true);
    }
    m_wake.notify_all();
    m_thread.join();
}

void EventFeed::post(std::function<void()> f)
{
    // Queued to the owner's thread; dropped by Qt if this object is gone by then (the
    // destructor joins the follower first, so `this` is alive while it posts).
    QMetaObject::invokeMethod(this, std::move(f), Qt::QueuedConnection);
}

bool EventFeed::pause(int ms)
{
    std::unique_lock<std::mutex> lock(m_mutex);
    return !m_wake.wait_for(lock, std::chrono::milliseconds(ms), [this] { return m_stop.load(); });
}

void EventFeed::follow(qint64 since)
{
    PortalClient client(m_settings, m_token);
    client.setCancelFlag(&m_stop);
    transfer::Backoff backoff(m_options.backoffBaseMs, m_options.backoffCapMs);
    int failures = 0;
    bool backlog = true;
    bool online = false;
    while (!m_stop.load()) {
        const Result<EventPage> page = client.events(since, backlog ? 0 : m_options.waitSeconds, m_options.pageLimit);
        if (m_stop.load())
            break;
        if (!page) {
            ++failures;
            if (online || failures == 1)
                post([this, message = page.error().message] {
                    m_online = false;
                    Q_EMIT connectionChanged(false, message);
                });
            online = false;
            if (!pause(backoff.delayMs(failures)))
                break;
            continue;
        }
        failures = 0;
        if (!online) {
            online = true;
            post([this] {
                m_online = true;
                Q_EMIT connectionChanged(true, QString());
            });
        }
        const EventPage& p = page.value();
        if (!p.events.isEmpty()) {
            // The server's `next` never goes back; a page that claims so is ignored.
            const qint64 next = std::max(since, p.next);
            post([this, events = p.events, backlog, next] {
                m_cursor = next;
                Q_EMIT eventsArrived(events, backlog);
            });
            since = next;
        }
        if (backlog && p.events.size() < m_options.pageLimit) {
            backlog = false;
            post([this] {
                m_caughtUp = true;
                Q_EMIT backlogRead();
            });
        }
    }
}

} // namespace apd::portal
