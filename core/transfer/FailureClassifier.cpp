#include "transfer/FailureClassifier.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace apd::transfer {

namespace {

Failure make(FailureClass kind, Recovery recovery, const QString& code, const QString& message)
{
    Failure f;
    f.kind = kind;
    f.recovery = recovery;
    f.code = code;
    f.message = message;
    return f;
}

int parseRetryAfterMs(const QByteArray& value)
{
    bool ok = false;
    const int seconds = value.trimmed().toInt(&ok);
    // The HTTP-date form is rare for these statuses; the backoff then decides.
    return ok && seconds >= 0 ? std::min(seconds, 3600) * 1000 : -1;
}

} // namespace

Failure FailureClassifier::fromCurl(CURLcode code, const QString& curlMessage)
{
    const QString detail = curlMessage.isEmpty() ? QString::fromUtf8(curl_easy_strerror(code)) : curlMessage;
    switch (code) {
    case CURLE_COULDNT_CONNECT:
        return make(FailureClass::RetryLater, Recovery::Continue, QStringLiteral("connect"),
                    tr("The server cannot be reached (%1).").arg(detail));
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
        return make(FailureClass::RetryLater, Recovery::Continue, QStringLiteral("dns"),
                    tr("The server's name cannot be resolved (%1).").arg(detail));
    case CURLE_OPERATION_TIMEDOUT:
        return make(FailureClass::RetrySoon, Recovery::Continue, QStringLiteral("timeout"),
                    tr("The connection timed out (%1).").arg(detail));
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
    case CURLE_GOT_NOTHING:
    case CURLE_PARTIAL_FILE:
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM:
        return make(FailureClass::RetrySoon, Recovery::Continue, QStringLiteral("reset"),
                    tr("The connection was lost (%1).").arg(detail));
    case CURLE_SSL_CONNECT_ERROR:
        // A handshake cut short by the network looks like this too: not a verdict on the certificate.
        return make(FailureClass::RetryLater, Recovery::Continue, QStringLiteral("tls-handshake"),
                    tr("The secure connection could not be set up (%1).").arg(detail));
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
    case CURLE_SSL_CRL_BADFILE:
        return make(FailureClass::GiveUp, Recovery::Continue, QStringLiteral("tls"),
                    tr("The server's certificate is not trusted (%1).").arg(detail));
    case CURLE_URL_MALFORMAT:
    case CURLE_UNSUPPORTED_PROTOCOL:
        return make(FailureClass::GiveUp, Recovery::Continue, QStringLiteral("url"),
                    tr("The server address is not usable (%1).").arg(detail));
    case CURLE_READ_ERROR:
        return make(FailureClass::GiveUp, Recovery::Continue, QStringLiteral("file-read"),
                    tr("The file could not be read (%1).").arg(detail));
    case CURLE_OUT_OF_MEMORY:
        return make(FailureClass::RetryLater, Recovery::Continue, QStringLiteral("memory"), detail);
    default:
        return make(FailureClass::RetrySoon, Recovery::Continue, QStringLiteral("network"),
                    tr("The transfer failed (%1).").arg(detail));
    }
}

Failure FailureClassifier::fromHttp(long status, const QByteArray& body, const QByteArray& retryAfter)
{
    const QString reason = serverReason(body);
    const QString code = QStringLiteral("http-%1").arg(status);
    const QString suffix = reason.isEmpty() ? QString() : QStringLiteral(": ") + reason;
    Failure f;
    switch (status) {
    case 409:
        f = make(FailureClass::RetrySoon, Recovery::Continue, code,
                 tr("The server holds a different offset; asking it where it stands."));
        f.immediate = true;
        return f;
    case 404:
    case 410:
        return make(FailureClass::RetrySoon, Recovery::StartAgain, code,
                    tr("The server no longer has this upload (HTTP %1); starting it again.").arg(status));
    case 413:
        return make(FailureClass::RetrySoon, Recovery::HalveChunk, code,
                    tr("The server refused a part as too large; sending smaller parts."));
    case 460:
        return make(FailureClass::RetrySoon, Recovery::Continue, code,
                    tr("The server found a checksum mismatch; resending that part."));
    case 423:
        f = make(FailureClass::RetryLater, Recovery::Continue, code,
                 tr("The upload is locked on the server (HTTP 423)%1.").arg(suffix));
        break;
    case 429:
    case 503:
        f = make(FailureClass::RetryLater, Recovery::Continue, code,
                 tr("The server is busy (HTTP %1)%2.").arg(status).arg(suffix));
        break;
    case 507:
        f = make(FailureClass::RetryLater, Recovery::Continue, code,
                 tr("The server has no space left (HTTP 507)%1.").arg(suffix));
        break;
    case 401:
        return make(FailureClass::GiveUp, Recovery::Continue, code,
                    tr("The server asks to sign in again (HTTP 401)%1.").arg(suffix));
    case 403:
        return make(FailureClass::GiveUp, Recovery::Continue, code,
                    tr("The server does not allow this upload (HTTP 403)%1.").arg(suffix));
    default:
        if (status >= 500) {
            f = make(FailureClass::RetrySoon, Recovery::Continue, code,
                     tr("The server failed (HTTP %1)%2.").arg(status).arg(suffix));
            break;
        }
        // Any other 4xx is the server refusing what we sent (a bad name, a bad project):
        // retrying cannot help, and its reason is what the user needs to read.
        return make(FailureClass::GiveUp, Recovery::Continue, code,
                    tr("The server refused the upload (HTTP %1)%2.").arg(status).arg(suffix));
    }
    f.retryAfterMs = parseRetryAfterMs(retryAfter);
    return f;
}

Failure FailureClassifier::stalled(int seconds)
{
    return make(FailureClass::RetrySoon, Recovery::Continue, QStringLiteral("stall"),
                tr("No progress for %n second(s); reconnecting.", nullptr, seconds));
}

Failure FailureClassifier::malformed(const QString& what)
{
    return make(FailureClass::RetrySoon, Recovery::Continue, QStringLiteral("malformed"),
                tr("The server's answer made no sense (%1); asking it again.").arg(what));
}

QString FailureClassifier::serverReason(const QByteArray& body)
{
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty())
        return {};
    const QJsonDocument doc = QJsonDocument::fromJson(trimmed);
    QString text;
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        for (const char* key : {"message", "error", "detail", "reason"}) {
            if (o.value(QLatin1String(key)).isString()) {
                text = o.value(QLatin1String(key)).toString();
                break;
            }
            if (o.value(QLatin1String(key)).isObject()) {
                text = o.value(QLatin1String(key)).toObject().value(QLatin1String("message")).toString();
                if (!text.isEmpty())
                    break;
            }
        }
    }
    if (text.isEmpty())
        text = QString::fromUtf8(trimmed);
    text = text.simplified();
    constexpr int MaxLength = 300;
    if (text.size() > MaxLength)
        text = text.left(MaxLength) + QStringLiteral("…");
    return text;
}

} // namespace apd::transfer
