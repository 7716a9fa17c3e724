#pragma once

#include "portal/Reachability.h"

#include <QObject>
#include <QTimer>

namespace apd::ui {

class PortalSession;

// Whether the portal is in reach, for the window's online/offline indicator: asks the portal
// now and then (through the session, off the GUI thread), more often while it is out of
// reach, and takes the outcome of the window's own calls too (report()). Any answer counts as
// online, even a refusal; only a network error counts as offline.
class ConnectionMonitor : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionMonitor(PortalSession* session, QObject* parent = nullptr);

    void start();
    void report(bool answered);
    void probeNow();
    bool online() const { return m_state.online(); }
    QDateTime since() const { return m_state.since(); }
    // "Online" / "Offline since 10:42", and a sentence on what works meanwhile.
    QString stateText() const;
    QString stateExplanation() const;

    // How often the portal is asked, online and offline (tests shorten them).
    static void setIntervals(int onlineMs, int offlineMs);

Q_SIGNALS:
    void changed(bool online);

private:
    PortalSession* m_session;
    portal::Reachability m_state;
    QTimer m_timer;
    bool m_probing = false;
    static inline int s_onlineMs = 20000;
    static inline int s_offlineMs = 3000;
};

} // namespace apd::ui
