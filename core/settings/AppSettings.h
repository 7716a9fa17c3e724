#pragma once

#include "transfer/TransferSettings.h"

#include <QSettings>
#include <QStringList>

namespace apd::settings {

// Every user setting in one table: key, type and default live here and nowhere else.
// Backed by QSettings (the platform's native store). Thread: the one that created it.
class AppSettings
{
public:
    AppSettings();
    explicit AppSettings(const QString& iniFile); // a file of its own (tests)

    int parallelUploads() const; // files sent at once; default: the transfer queue's (2)
    void setParallelUploads(int count);
    qint64 bandwidthCapKiBps() const; // 0: no cap
    void setBandwidthCapKiBps(qint64 kibps);
    QString proxy() const; // empty: the system's (environment) settings
    void setProxy(const QString& url);
    QString caFile() const; // extra certificate authorities (PEM); empty: none
    void setCaFile(const QString& path);
    QString language() const; // "" follows the system; "en", "es"
    void setLanguage(const QString& code);
    QStringList recentPortals() const; // most recent first, at most 8
    void addRecentPortal(const QString& url);
    QString lastEmail() const; // the e-mail of the last sign-in, offered the next time
    void setLastEmail(const QString& email);

    // The languages the app ships, as codes; "" (the system's) comes first.
    static QStringList languages();
    // The transfer queue's knobs that the user sets (parallel, bandwidth cap, proxy, CA file)
    // applied to `base`, which keeps the rest (journal, endpoint, timers).
    transfer::TransferSettings transferSettings(transfer::TransferSettings base = {}) const;
    // Writes every value now (QSettings otherwise writes later), so that another process sees it.
    void sync() { m_settings.sync(); }

private:
    QSettings m_settings;
};

} // namespace apd::settings
