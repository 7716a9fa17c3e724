#include "settings/AppSettings.h"

#include <algorithm>

namespace apd::settings {

namespace {

struct Key
{
    const char* name;
    QVariant fallback;
};

// The transfer queue's own default (see docs/transfer.md), so that the two never disagree.
const Key kParallelUploads{"transfer/parallel", transfer::TransferSettings{}.parallel};
const Key kBandwidthCap{"transfer/bandwidthCapKiBps", qint64(0)};
const Key kProxy{"network/proxy", QString()};
const Key kCaFile{"network/caFile", QString()};
const Key kLanguage{"ui/language", QString()};
const Key kRecentPortals{"portal/recent", QStringList()};
const Key kLastEmail{"portal/lastEmail", QString()};
constexpr int kMaxRecentPortals = 8;

QString key(const Key& k)
{
    return QString::fromLatin1(k.name);
}

} // namespace

AppSettings::AppSettings() : m_settings() {}

AppSettings::AppSettings(const QString& iniFile) : m_settings(iniFile, QSettings::IniFormat) {}

int AppSettings::parallelUploads() const
{
    return std::clamp(m_settings.value(key(kParallelUploads), kParallelUploads.fallback).toInt(), 1, 16);
}

void AppSettings::setParallelUploads(int count)
{
    m_settings.setValue(key(kParallelUploads), std::clamp(count, 1, 16));
}

qint64 AppSettings::bandwidthCapKiBps() const
{
    return std::max<qint64>(0, m_settings.value(key(kBandwidthCap), kBandwidthCap.fallback).toLongLong());
}

void AppSettings::setBandwidthCapKiBps(qint64 kibps)
{
    m_settings.setValue(key(kBandwidthCap), std::max<qint64>(0, kibps));
}

QString AppSettings::proxy() const
{
    return m_settings.value(key(kProxy), kProxy.fallback).toString();
}

void AppSettings::setProxy(const QString& url)
{
    m_settings.setValue(key(kProxy), url.trimmed());
}

QString AppSettings::caFile() const
{
    return m_settings.value(key(kCaFile), kCaFile.fallback).toString();
}

void AppSettings::setCaFile(const QString& path)
{
    m_settings.setValue(key(kCaFile), path);
}

QString AppSettings::language() const
{
    return m_settings.value(key(kLanguage), kLanguage.fallback).toString();
}

void AppSettings::setLanguage(const QString& code)
{
    m_settings.setValue(key(kLanguage), languages().contains(code) ? code : QString());
}

QStringList AppSettings::languages()
{
    return {QString(), QStringLiteral("en"), QStringLiteral("es")};
}

QString AppSettings::lastEmail() const
{
    return m_settings.value(key(kLastEmail), kLastEmail.fallback).toString();
}

void AppSettings::setLastEmail(const QString& email)
{
    m_settings.setValue(key(kLastEmail), email.trimmed());
}

transfer::TransferSettings AppSettings::transferSettings(transfer::TransferSettings base) const
{
    base.parallel = parallelUploads();
    base.bandwidthLimit = bandwidthCapKiBps() * 1024;
    base.proxy = proxy();
    base.caFile = caFile();
    return base;
}

QStringList AppSettings::recentPortals() const
{
    return m_settings.value(key(kRecentPortals), kRecentPortals.fallback).toStringList();
}

void AppSettings::addRecentPortal(const QString& url)
{
    QStringList recent = recentPortals();
    recent.removeAll(url);
    recent.prepend(url);
    while (recent.size() > kMaxRecentPortals)
        recent.removeLast();
    m_settings.setValue(key(kRecentPortals), recent);
}

} // namespace apd::settings
