#pragma once

#include "transfer/CurlEasy.h"
#include "transfer/TransferSettings.h"

#include <QByteArray>
#include <QFile>
#include <QHash>
#include <QUrl>

#include <atomic>
#include <functional>

namespace apd::transfer {

// One HTTP exchange of the tus protocol on its own easy handle: the request is configured
// here, the worker's multi handle runs it, and the answer (status, headers, the start of the
// body) is kept for the upload task to read. A body is streamed from disk by the read
// callback, at most libcurl's buffer at a time. Thread: the worker's.
class TusRequest
{
public:
    enum class Method
    {
        Options,
        Post,
        Head,
        Patch,
        Delete,
    };
    enum class AbortReason
    {
        None,
        Stall,
        Pause,
        Cancel,
        SourceChanged,
        Shutdown,
    };
    // Sees every body byte as it is read from disk; `end` is the file position after them.
    using BodyObserver = std::function<void(const char* data, qint64 size, qint64 end)>;

    TusRequest(Method method, const QUrl& url, const QList<QByteArray>& headers, const TransferSettings& settings,
               qint64 nowMs);

    // Streams `length` bytes of `path` from `offset` as the body. Reads never cross a
    // multiple of `alignment` (so an observer can snapshot a hash there). False when the
    // file cannot be opened at that offset.
    bool setBody(const QString& path, qint64 offset, qint64 length, qint64 alignment, BodyObserver observer);

    Method method() const { return m_method; }
    CurlEasy& easy() { return m_easy; }
    const QUrl& url() const { return m_url; }

    // Asks the transfer to stop: the progress callback returns non-zero at its next call.
    void abort(AbortReason reason) { m_abort.store(reason); }
    AbortReason abortReason() const { return m_abort.load(); }
    qint64 abortRequestedMs() const { return m_abortRequestedMs; }
    void setAbortRequestedMs(qint64 ms) { m_abortRequestedMs = ms; }

    long status() const;
    QByteArray header(const char* lowercaseName) const { return m_headers.value(lowercaseName); }
    const QHash<QByteArray, QByteArray>& headers() const { return m_headers; }
    const QByteArray& body() const { return m_body; }
    qint64 bodyOffset() const { return m_offset; }
    qint64 bodyLength() const { return m_length; }
    qint64 bodyBytesRead() const { return m_read; }
    qint64 bytesUploaded() const { return m_uploaded; }
    qint64 lastActivityMs() const { return m_lastActivityMs; }
    bool readFailed() const { return m_readFailed; }

    // Called by the worker loop with the current time, so that progress can be dated.
    void setNow(qint64 nowMs) { m_nowMs = nowMs; }

private:
    static size_t onRead(char* buffer, size_t size, size_t items, void* self);
    static size_t onHeader(char* buffer, size_t size, size_t items, void* self);
    static size_t onWrite(char* buffer, size_t size, size_t items, void* self);
    static int onProgress(void* self, curl_off_t dltotal, curl_off_t dlnow, curl_off_t ultotal, curl_off_t ulnow);

    Method m_method;
    QUrl m_url;
    CurlEasy m_easy;
    QHash<QByteArray, QByteArray> m_headers; // lowercase names
    QByteArray m_body;                       // capped: only a server's explanation is wanted

    QFile m_file;
    qint64 m_offset = 0;
    qint64 m_length = 0;
    qint64 m_read = 0;
    qint64 m_alignment = 0;
    BodyObserver m_observer;
    bool m_readFailed = false;

    std::atomic<AbortReason> m_abort{AbortReason::None};
    qint64 m_abortRequestedMs = 0;
    qint64 m_uploaded = 0;
    qint64 m_downloaded = 0;
    qint64 m_nowMs = 0;
    qint64 m_lastActivityMs = 0;
};

} // namespace apd::transfer
