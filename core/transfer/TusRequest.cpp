#include "transfer/TusRequest.h"

#include "transfer/TusProtocol.h"

#include <algorithm>

namespace apd::transfer {

namespace {
constexpr qsizetype MaxBodyKept = 8192;
}

TusRequest::TusRequest(Method method, const QUrl& url, const QList<QByteArray>& headers,
                       const TransferSettings& settings, qint64 nowMs)
    : m_method(method), m_url(url), m_nowMs(nowMs), m_lastActivityMs(nowMs)
{
    const QByteArray encoded = url.toEncoded();
    m_easy.set(CURLOPT_URL, encoded.constData()); // libcurl copies strings it is given
    QList<QByteArray> all = headers;
    all.append(QByteArray("Tus-Resumable: ") + TusProtocol::Version);
    // No "Expect: 100-continue": it costs a round trip (or a second) before every body.
    all.append(QByteArrayLiteral("Expect:"));
    all += settings.extraHeaders;
    m_easy.setHeaders(all);

    switch (method) {
    case Method::Options: m_easy.set(CURLOPT_CUSTOMREQUEST, "OPTIONS"); break;
    case Method::Head: m_easy.set(CURLOPT_NOBODY, 1L); break;
    case Method::Delete: m_easy.set(CURLOPT_CUSTOMREQUEST, "DELETE"); break;
    case Method::Post:
        m_easy.set(CURLOPT_POST, 1L);
        m_easy.set(CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t{0});
        m_easy.set(CURLOPT_POSTFIELDS, "");
        break;
    case Method::Patch:
        m_easy.set(CURLOPT_UPLOAD, 1L);
        m_easy.set(CURLOPT_CUSTOMREQUEST, "PATCH");
        m_easy.set(CURLOPT_INFILESIZE_LARGE, curl_off_t{0});
        break;
    }

    m_easy.set(CURLOPT_HEADERFUNCTION, &TusRequest::onHeader);
    m_easy.set(CURLOPT_HEADERDATA, this);
    m_easy.set(CURLOPT_WRITEFUNCTION, &TusRequest::onWrite);
    m_easy.set(CURLOPT_WRITEDATA, this);
    m_easy.set(CURLOPT_NOPROGRESS, 0L);
    m_easy.set(CURLOPT_XFERINFOFUNCTION, &TusRequest::onProgress);
    m_easy.set(CURLOPT_XFERINFODATA, this);

    // TLS verification is always on; a custom CA file replaces the system store.
    m_easy.set(CURLOPT_SSL_VERIFYPEER, 1L);
    m_easy.set(CURLOPT_SSL_VERIFYHOST, 2L);
    if (!settings.caFile.isEmpty()) {
        const QByteArray ca = settings.caFile.toLocal8Bit();
        m_easy.set(CURLOPT_CAINFO, ca.constData());
    }
    // An empty setting leaves libcurl to honour http_proxy/https_proxy/no_proxy.
    if (!settings.proxy.isEmpty()) {
        const QByteArray proxy = settings.proxy.toUtf8();
        m_easy.set(CURLOPT_PROXY, proxy.constData());
    }
    m_easy.set(CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(settings.connectTimeoutMs));
    qint64 buffer = settings.uploadBufferBytes;
    if (settings.bandwidthLimit > 0) {
        // The cap is shared evenly by the parallel slots. libcurl enforces it by pausing
        // after a buffer went out, so a big buffer would let bursts through: keep it to
        // about an eighth of a second of the share.
        const qint64 share = std::max<qint64>(1024, settings.bandwidthLimit / std::max(1, settings.parallel));
        m_easy.set(CURLOPT_MAX_SEND_SPEED_LARGE, static_cast<curl_off_t>(share));
        buffer = std::clamp<qint64>(share / 8, 16 * 1024, buffer);
    }
    m_easy.set(CURLOPT_UPLOAD_BUFFERSIZE, static_cast<long>(buffer));
    m_easy.set(CURLOPT_FOLLOWLOCATION, 0L);
    m_easy.set(CURLOPT_TCP_KEEPALIVE, 1L);
}

bool TusRequest::setBody(const QString& path, qint64 offset, qint64 length, qint64 alignment, BodyObserver observer)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered) || !m_file.seek(offset))
        return false;
    m_offset = offset;
    m_length = length;
    m_alignment = alignment;
    m_observer = std::move(observer);
    m_easy.set(CURLOPT_READFUNCTION, &TusRequest::onRead);
    m_easy.set(CURLOPT_READDATA, this);
    if (m_method == Method::Post) {
        m_easy.set(CURLOPT_POSTFIELDS, static_cast<const char*>(nullptr));
        m_easy.set(CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(length));
    } else {
        m_easy.set(CURLOPT_INFILESIZE_LARGE, static_cast<curl_off_t>(length));
    }
    return true;
}

long TusRequest::status() const
{
    long code = 0;
    curl_easy_getinfo(m_easy.handle(), CURLINFO_RESPONSE_CODE, &code);
    return code;
}

size_t TusRequest::onRead(char* buffer, size_t size, size_t items, void* self)
{
    auto* r = static_cast<TusRequest*>(self);
    qint64 want = std::min<qint64>(static_cast<qint64>(size * items), r->m_length - r->m_read);
    if (want <= 0)
        return 0;
    const qint64 position = r->m_offset + r->m_read;
    if (r->m_alignment > 0) {
        const qint64 nextBoundary = (position / r->m_alignment + 1) * r->m_alignment;
        want = std::min(want, nextBoundary - position);
    }
    const qint64 n = r->m_file.read(buffer, want);
    if (n <= 0) {
        // The file got shorter or unreadable under us: never send anything else instead.
        r->m_readFailed = true;
        return CURL_READFUNC_ABORT;
    }
    r->m_read += n;
    if (r->m_observer)
        r->m_observer(buffer, n, position + n);
    return static_cast<size_t>(n);
}

size_t TusRequest::onHeader(char* buffer, size_t size, size_t items, void* self)
{
    auto* r = static_cast<TusRequest*>(self);
    const size_t total = size * items;
    const QByteArray line = QByteArray(buffer, static_cast<qsizetype>(total)).trimmed();
    if (line.startsWith("HTTP/")) {
        // A new status line (after a 100 Continue, say): forget the headers of the last one.
        r->m_headers.clear();
    } else if (const qsizetype colon = line.indexOf(':'); colon > 0) {
        r->m_headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    return total;
}

size_t TusRequest::onWrite(char* buffer, size_t size, size_t items, void* self)
{
    auto* r = static_cast<TusRequest*>(self);
    const size_t total = size * items;
    const qsizetype room = MaxBodyKept - r->m_body.size();
    if (room > 0)
        r->m_body.append(buffer, std::min(room, static_cast<qsizetype>(total)));
    return total;
}

int TusRequest::onProgress(void* self, curl_off_t, curl_off_t dlnow, curl_off_t, curl_off_t ulnow)
{
    auto* r = static_cast<TusRequest*>(self);
    if (ulnow != r->m_uploaded || dlnow != r->m_downloaded) {
        r->m_uploaded = ulnow;
        r->m_downloaded = dlnow;
        r->m_lastActivityMs = r->m_nowMs;
    }
    // The cancel path: pause, cancel, a stall and a changed file all end a transfer here.
    return r->m_abort.load() == AbortReason::None ? 0 : 1;
}

} // namespace apd::transfer
