#pragma once

#include "portal/PortalClient.h"

#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <atomic>
#include <functional>

namespace apd::ui {

// The window's way to the portal: each call runs a blocking apd::portal::PortalClient on a
// worker thread and answers with a queued signal on the thread that owns this object. The
// GUI thread never waits on the network. Destroying it raises the cancel flag and waits for
// the running calls, which then end at once with "cancelled".
class PortalSession : public QObject
{
    Q_OBJECT

public:
    explicit PortalSession(portal::ConnectionSettings settings, QObject* parent = nullptr);
    ~PortalSession() override;

    QString token() const { return m_token; }
    // A session signed in elsewhere (the sign-in dialog): its token is used from the next call.
    void setToken(const QString& token) { m_token = token; }
    const portal::ConnectionSettings& connection() const { return m_settings; }
    QUrl uploadEndpoint() const;
    QByteArray authorizationHeader() const;

    void signIn(const QString& email, const QString& password);
    // Opens the user's first project (the demo has one) when `projectId` is 0.
    void loadProject(qint64 projectId);
    void deliver(qint64 projectId, const QList<qint64>& assetIds);
    bool busy() const { return m_running.load() > 0; }

    // Any portal call without blocking the GUI thread: `work(client)` runs on a worker thread;
    // its value goes to `done` on this object's thread, its error to failed(what, message).
    // Nothing is called back once `context` is gone (a closed dialog, say). `undone`, when
    // given, also hears of the failure: the caller's own state (a "loading" flag) must not
    // wait for an answer that will never come.
    template <typename T>
    void call(const QString& what, std::function<Result<T>(portal::PortalClient&)> work, QObject* context,
              std::function<void(const T&)> done, std::function<void(const Error&)> undone = {})
    {
        callWith<T>(true, what, std::move(work), context, std::move(done), std::move(undone));
    }
    // The same for background work whose failure is the caller's alone to show (a row's
    // thumbnail): failed() is not emitted, `undone` hears of it.
    template <typename T>
    void callQuietly(std::function<Result<T>(portal::PortalClient&)> work, QObject* context,
                     std::function<void(const T&)> done, std::function<void(const Error&)> undone)
    {
        callWith<T>(false, QString(), std::move(work), context, std::move(done), std::move(undone));
    }

Q_SIGNALS:
    // `role`: the user's on the portal ("agency-user", "agency-admin", "project-owner").
    void signedIn(const QString& userName, const QString& role);
    void projectLoaded(const apd::portal::ProjectDetail& project);
    void delivered(int count);
    // A call failed: what was being done and the reason, for people.
    void failed(const QString& what, const QString& message);

private:
    template <typename T>
    void callWith(bool report, const QString& what, std::function<Result<T>(portal::PortalClient&)> work,
                  QObject* context, std::function<void(const T&)> done, std::function<void(const Error&)> undone)
    {
        run([this, report, what, work = std::move(work), guard = QPointer<QObject>(context), done = std::move(done),
             undone = std::move(undone)](portal::PortalClient& client) -> std::function<void()> {
            auto result = work(client);
            if (!result)
                return [this, report, what, guard, undone, e = result.error()] {
                    if (!guard)
                        return;
                    if (undone)
                        undone(e);
                    if (report)
                        Q_EMIT failed(what, e.message);
                };
            return [guard, done, v = result.value()] {
                if (guard)
                    done(v);
            };
        });
    }

    // Runs `work(client)` on the pool. `work` returns a callable that is then run on this
    // object's thread (queued), where it may emit and touch members.
    template <typename Work> void run(Work work)
    {
        ++m_running;
        const portal::ConnectionSettings settings = m_settings;
        const QString token = m_token;
        m_pool.start([this, settings, token, work] {
            portal::PortalClient client(settings, token);
            client.setCancelFlag(&m_cancel);
            auto finish = work(client);
            // The destructor waits for this task, so `this` is alive here; the queued call is
            // dropped by Qt if the object is gone by the time it would run.
            QMetaObject::invokeMethod(
                this,
                [this, finish] {
                    --m_running;
                    finish();
                },
                Qt::QueuedConnection);
        });
    }

    portal::ConnectionSettings m_settings;
    QString m_token;
    QThreadPool m_pool;
    std::atomic<bool> m_cancel{false};
    std::atomic<int> m_running{0};
};

} // namespace apd::ui

Q_DECLARE_METATYPE(apd::portal::ProjectDetail)
