#include "ConnectionMonitor.h"

#include "PortalSession.h"

#include <QLocale>

namespace apd::ui {

ConnectionMonitor::ConnectionMonitor(PortalSession* session, QObject* parent) : QObject(parent), m_session(session)
{
    connect(&m_timer, &QTimer::timeout, this, &ConnectionMonitor::probeNow);
}

void ConnectionMonitor::setIntervals(int onlineMs, int offlineMs)
{
    s_onlineMs = onlineMs;
    s_offlineMs = offlineMs;
}

void ConnectionMonitor::start()
{
    m_timer.start(online() ? s_onlineMs : s_offlineMs);
}

void ConnectionMonitor::probeNow()
{
    if (m_probing || !m_session)
        return;
    m_probing = true;
    // A bool that is always a value: the session's failed() is for the window's own calls.
    m_session->call<bool>(
        tr("Checking the connection"),
        [](portal::PortalClient& client) -> Result<bool> {
            const auto me = client.me();
            return me.ok() || !portal::PortalClient::isNetworkError(me.error());
        },
        this,
        [this](const bool& answered) {
            m_probing = false;
            report(answered);
        });
}

void ConnectionMonitor::report(bool answered)
{
    if (!m_state.report(answered, QDateTime::currentDateTimeUtc()))
        return;
    m_timer.start(online() ? s_onlineMs : s_offlineMs);
    Q_EMIT changed(online());
}

QString ConnectionMonitor::stateText() const
{
    if (online())
        return tr("Online");
    return tr("Offline since %1").arg(QLocale().toString(since().toLocalTime().time(), QLocale::ShortFormat));
}

QString ConnectionMonitor::stateExplanation() const
{
    if (online())
        return tr("The portal answers.");
    return tr("The portal cannot be reached. The order shown is the copy kept on this computer; files you drop "
              "are checked and queued, and they are sent when the portal is back.");
}

} // namespace apd::ui
