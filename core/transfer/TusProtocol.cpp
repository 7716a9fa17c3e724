#include "transfer/TusProtocol.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace apd::transfer {

QByteArray TusProtocol::metadata(const QList<QPair<QByteArray, QString>>& pairs)
{
    QByteArrayList parts;
    for (const auto& [key, value] : pairs)
        parts.append(key + ' ' + value.toUtf8().toBase64());
    return parts.join(',');
}

std::optional<qint64> TusProtocol::parseOffset(const QByteArray& value)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty() || v.size() > 18)
        return std::nullopt;
    for (char c : v) {
        if (c < '0' || c > '9')
            return std::nullopt;
    }
    return v.toLongLong();
}

std::optional<qint64> TusProtocol::parseHttpDate(const QByteArray& value)
{
    // IMF-fixdate, e.g. "Wed, 25 Jun 2014 16:00:00 GMT"; the C locale for English names.
    QString text = QString::fromLatin1(value.trimmed());
    if (!text.endsWith(QLatin1String(" GMT")))
        return std::nullopt;
    text.chop(4);
    QDateTime t = QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    if (!t.isValid())
        return std::nullopt;
    t.setTimeZone(QTimeZone::utc());
    return t.toMSecsSinceEpoch();
}

ServerCapabilities TusProtocol::parseCapabilities(const QHash<QByteArray, QByteArray>& headers)
{
    const auto list = [&](const char* name) {
        QStringList out;
        for (const QByteArray& part : headers.value(name).split(',')) {
            const QByteArray t = part.trimmed();
            if (!t.isEmpty())
                out.append(QString::fromLatin1(t).toLower());
        }
        return out;
    };
    ServerCapabilities caps;
    caps.versions = list("tus-version");
    caps.extensions = list("tus-extension");
    caps.checksumAlgorithms = list("tus-checksum-algorithm");
    if (headers.contains("tus-max-size"))
        caps.maxSize = parseOffset(headers.value("tus-max-size"));
    return caps;
}

std::optional<QPair<QByteArray, const char*>> TusProtocol::chooseChecksum(const ServerCapabilities& caps)
{
    if (!caps.has("checksum"))
        return std::nullopt;
    const QPair<QByteArray, const char*> known[] = {{"sha256", "SHA256"}, {"sha1", "SHA1"}, {"md5", "MD5"}};
    for (const auto& k : known) {
        if (caps.checksumAlgorithms.contains(QString::fromLatin1(k.first)))
            return k;
    }
    return std::nullopt;
}

QUrl TusProtocol::resolveLocation(const QUrl& requestUrl, const QByteArray& location)
{
    const QUrl relative = QUrl::fromEncoded(location.trimmed(), QUrl::StrictMode);
    if (!relative.isValid() || location.trimmed().isEmpty())
        return {};
    return requestUrl.resolved(relative);
}

} // namespace apd::transfer
