#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace apd::transfer {

// What a tus server said about itself in its OPTIONS answer.
struct ServerCapabilities
{
    QStringList versions;
    QStringList extensions;
    std::optional<qint64> maxSize;
    QStringList checksumAlgorithms;

    bool has(const char* extension) const { return extensions.contains(QLatin1String(extension)); }
};

// The tus 1.0 wire format: headers in, headers out. Pure functions; thread-safe.
class TusProtocol
{
public:
    static constexpr const char* Version = "1.0.0";

    // "key base64,key base64": values are base64 so any name (|, #, accents) travels safely.
    static QByteArray metadata(const QList<QPair<QByteArray, QString>>& pairs);
    // A non-negative decimal integer and nothing else; nullopt otherwise.
    static std::optional<qint64> parseOffset(const QByteArray& value);
    // Upload-Expires (an HTTP date, RFC 9110) as epoch milliseconds.
    static std::optional<qint64> parseHttpDate(const QByteArray& value);
    static ServerCapabilities parseCapabilities(const QHash<QByteArray, QByteArray>& headers);
    // The checksum algorithm to use among those offered: the strongest we know, as
    // {tus name, OpenSSL name}; nullopt when none is offered or known.
    static std::optional<QPair<QByteArray, const char*>> chooseChecksum(const ServerCapabilities& caps);
    // A Location header resolved against the URL it answered.
    static QUrl resolveLocation(const QUrl& requestUrl, const QByteArray& location);
};

} // namespace apd::transfer
