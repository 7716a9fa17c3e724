#pragma once

#include "portal/PortalClient.h"

#include <QObject>
#include <QThreadPool>

#include <atomic>

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
    QUrl uploadEndpoint() const;
    QByteArray authorizationHeader() const;

    void signIn(const QString& email, const QString& password);
    // Opens the user's first project (the demo has one) when `projectId` is 0.
    void loadProject(qint64 projectId);
    void deliver(qint64 projectId, const QList<qint64>& assetIds);
    bool busy() const { return m_running.load() > 0; }

Q_SIGNALS:
    void signedIn(const QString& userName);
    void projectLoaded(const apd::portal::ProjectDetail& project);
    void delivered(int count);
    // A call failed: what was being done and the reason, for people.
    void failed(const QString& what, const QString& message);

private:
    template <typename Work> void run(Work work);

    portal::ConnectionSettings m_settings;
    QString m_token;
    QThreadPool m_pool;
    std::atomic<bool> m_cancel{false};
    std::atomic<int> m_running{0};
};

} // namespace apd::ui

Q_DECLARE_METATYPE(apd::portal::ProjectDetail)
