#pragma once

#include "transfer/Failure.h"

#include <QByteArray>
#include <QCoreApplication>

#include <curl/curl.h>

namespace apd::transfer {

// Turns what went wrong (a libcurl code, an HTTP status, a stall, a malformed answer) into a
// Failure. Pure functions; thread-safe.
class FailureClassifier
{
    Q_DECLARE_TR_FUNCTIONS(FailureClassifier)

public:
    static Failure fromCurl(CURLcode code, const QString& curlMessage);
    // `body` is the start of the server's answer, shown to people when it explains a refusal.
    static Failure fromHttp(long status, const QByteArray& body, const QByteArray& retryAfter);
    static Failure stalled(int seconds);
    static Failure malformed(const QString& what);
    // The server's reason in a few hundred characters: a JSON "message"/"error", else text.
    static QString serverReason(const QByteArray& body);
};

} // namespace apd::transfer
