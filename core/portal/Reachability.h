#pragma once

#include <QDateTime>

namespace apd::portal {

// Whether the portal answers, and since when: fed with the outcome of each call (a network
// error or an answer, whatever the answer), it changes state only on a change. Before the
// first outcome it counts as online. Pure; the owner's thread.
class Reachability
{
public:
    // Returns true when the state changed with this outcome.
    bool report(bool answered, const QDateTime& now)
    {
        if (answered == m_online && m_since.isValid())
            return false;
        const bool changed = answered != m_online;
        m_online = answered;
        m_since = now;
        return changed;
    }
    bool online() const { return m_online; }
    // When the current state began (invalid before the first outcome).
    QDateTime since() const { return m_since; }

private:
    bool m_online = true;
    QDateTime m_since;
};

} // namespace apd::portal
