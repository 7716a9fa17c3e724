#include "transfer/UploadTask.h"

#include "transfer/FailureClassifier.h"

#include <QFileInfo>

namespace apd::transfer {

namespace {

// Hash snapshots are taken at multiples of this while a body streams, so that whatever
// offset the server confirms, catching up from disk reads at most this much.
constexpr qint64 SnapshotInterval = 64LL << 20;
constexpr qint64 MinChunk = 64LL << 10;
constexpr qint64 PrepareBuffer = 1LL << 20;

qint64 mtimeMs(const QFileInfo& info)
{
    return info.lastModified().toMSecsSinceEpoch();
}

} // namespace

UploadTask::UploadTask(TaskId id, TaskHost& host, const UploadRequest& request) : m_id(id), m_host(host)
{
    m_row.endpoint = host.settings().endpoint.toString(QUrl::FullyEncoded);
    m_row.path = QFileInfo(request.path).absoluteFilePath();
    m_row.deliveryName = request.deliveryName;
    m_row.project = request.project;
    m_chunk = host.settings().chunkSize;
}

UploadTask::UploadTask(TaskId id, TaskHost& host, const JournalRow& row)
    : m_id(id), m_host(host), m_row(row), m_fromJournal(true)
{
    m_chunk = host.settings().chunkSize;
}

bool UploadTask::sameFile(const UploadRequest& request) const
{
    return m_row.path == QFileInfo(request.path).absoluteFilePath() && m_row.deliveryName == request.deliveryName &&
           m_row.project == request.project;
}

TaskReport UploadTask::report() const
{
    TaskReport r;
    r.id = m_id;
    r.journalId = m_row.id;
    r.state = m_state;
    r.path = m_row.path;
    r.deliveryName = m_row.deliveryName;
    r.project = m_row.project;
    r.size = m_row.size;
    r.confirmed = m_row.confirmedOffset;
    r.uploadUrl = m_row.uploadUrl;
    r.code = m_code;
    r.message = m_message;
    r.bodyBytesSent = m_bodyBytesSent + (m_current ? m_current->bytesUploaded() : 0);
    r.failures = m_failures;
    r.restarts = m_restarts;
    r.stalls = m_stalls;
    return r;
}

void UploadTask::setState(TaskState state, const QString& code, const QString& message)
{
    m_state = state;
    if (!code.isEmpty() || !message.isEmpty()) {
        m_code = code;
        m_message = message;
    }
    m_host.taskChanged(m_id);
}

void UploadTask::finishAs(TaskState state, JournalRow::State rowState, const QString& code, const QString& message)
{
    if (m_row.id > 0) {
        const Result<bool> r = m_host.journal().setState(m_row.id, rowState, message);
        if (!r)
            m_host.taskEvent(m_id, r.error().code, r.error().message);
    }
    setState(state, code, message);
}

void UploadTask::journalError(const Error& error)
{
    // Without its journal an upload could not be resumed or told apart from a duplicate:
    // stop before another byte goes out.
    m_code = error.code;
    m_message = tr("The upload journal could not be written (%1); stopped.").arg(error.message);
    if (m_current) {
        m_current->abort(TusRequest::AbortReason::Shutdown);
    }
    setState(TaskState::Failed, m_code, m_message);
}

// ---- Preparing ------------------------------------------------------------------------

void UploadTask::prepare(qint64 budget)
{
    if (m_state != TaskState::Preparing)
        return;
    if (!m_prepFile.isOpen()) {
        const QFileInfo info(m_row.path);
        if (!info.exists() || !info.isFile()) {
            if (m_fromJournal)
                return stopBecauseChanged(tr("The file is no longer there."));
            return setState(TaskState::Failed, QStringLiteral("file-missing"), tr("The file is not there."));
        }
        if (m_fromJournal && (info.size() != m_row.size || mtimeMs(info) != m_row.mtimeMs))
            return stopBecauseChanged(tr("The file changed on disk since its upload began."));
        m_row.size = info.size();
        m_row.mtimeMs = mtimeMs(info);
        m_prepFile.setFileName(m_row.path);
        if (!m_prepFile.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
            if (m_fromJournal)
                return stopBecauseChanged(tr("The file can no longer be read (%1).").arg(m_prepFile.errorString()));
            return setState(TaskState::Failed, QStringLiteral("file-unreadable"), m_prepFile.errorString());
        }
        m_prepHash = ContentHash();
        m_prepPos = 0;
        m_hashes.clear();
        m_hashes.emplace(0, m_prepHash);
    }

    QByteArray buffer(static_cast<qsizetype>(std::min(PrepareBuffer, std::max<qint64>(budget, 1))), Qt::Uninitialized);
    qint64 spent = 0;
    while (m_prepPos < m_row.size && spent < budget) {
        qint64 want = std::min<qint64>(buffer.size(), m_row.size - m_prepPos);
        // Stop exactly at the journal's confirmed offset to keep the hash of that prefix.
        if (m_fromJournal && m_prepPos < m_row.confirmedOffset)
            want = std::min(want, m_row.confirmedOffset - m_prepPos);
        const qint64 n = m_prepFile.read(buffer.data(), want);
        if (n <= 0) {
            m_prepFile.close();
            if (m_fromJournal)
                return stopBecauseChanged(tr("The file got shorter while it was being read."));
            return setState(TaskState::Failed, QStringLiteral("file-unreadable"),
                            tr("The file got shorter while it was being read."));
        }
        m_prepHash.add(buffer.constData(), n);
        m_prepPos += n;
        spent += n;
        if (m_fromJournal && m_prepPos == m_row.confirmedOffset)
            m_hashes.insert_or_assign(m_prepPos, m_prepHash);
    }
    if (m_prepPos < m_row.size)
        return; // more next time round the loop
    m_prepFile.close();
    const QString hex = m_prepHash.hex();
    m_hashes.insert_or_assign(m_row.size, m_prepHash);

    if (m_fromJournal) {
        if (hex != m_row.sha256)
            return stopBecauseChanged(tr("The file's content changed since its upload began."));
        m_step = Step::Options;
        if (!m_row.uploadUrl.isEmpty() && m_row.expiresMs && *m_row.expiresMs <= m_host.nowMs()) {
            const Result<bool> r = m_host.journal().restart(m_row.id);
            if (!r)
                return journalError(r.error());
            m_row.uploadUrl.clear();
            m_row.confirmedOffset = 0;
            ++m_restarts;
            m_host.taskEvent(m_id, QStringLiteral("expired"),
                             tr("The server's copy has expired; starting the upload again."));
        }
        m_code = QStringLiteral("resumed");
        m_message = tr("Resuming from byte %1.").arg(m_row.confirmedOffset);
        if (m_row.state == JournalRow::State::Paused)
            return setState(TaskState::Paused);
        const Result<bool> r = m_host.journal().setState(m_row.id, JournalRow::State::Pending);
        if (!r)
            return journalError(r.error());
        m_row.state = JournalRow::State::Pending;
        return setState(TaskState::Queued);
    }

    m_row.sha256 = hex;
    const Result<std::optional<JournalRow>> done =
        m_host.journal().findDone(m_row.endpoint, m_row.project, m_row.deliveryName, hex);
    if (!done)
        return journalError(done.error());
    if (done.value()) {
        // The same content under the same name already went through: sending it again would
        // only make a duplicate.
        m_row = *done.value();
        return setState(TaskState::Done, QStringLiteral("already-uploaded"),
                        tr("Already on the server (same name and content)."));
    }
    // The row goes in before the first byte goes out.
    const bool paused = m_row.state == JournalRow::State::Paused;
    m_row.state = paused ? JournalRow::State::Paused : JournalRow::State::Pending;
    const Result<qint64> id = m_host.journal().insert(m_row);
    if (!id)
        return journalError(id.error());
    m_row.id = id.value();
    m_step = Step::Options;
    setState(paused ? TaskState::Paused : TaskState::Queued);
}

// ---- Requests ----------------------------------------------------------------------------

bool UploadTask::ready(qint64 nowMs) const
{
    return (m_state == TaskState::Queued || m_state == TaskState::Waiting) && nowMs >= m_retryAtMs;
}

std::unique_ptr<TusRequest> UploadTask::makeRequest(TusRequest::Method method, const QUrl& url,
                                                    QList<QByteArray> headers)
{
    TransferSettings settings = m_host.settings();
    settings.parallel = m_host.sharingSlots();
    return std::make_unique<TusRequest>(method, url, headers, settings, m_host.nowMs());
}

std::unique_ptr<TusRequest> UploadTask::next()
{
    if (m_state != TaskState::Queued && m_state != TaskState::Waiting && m_state != TaskState::Sending)
        return nullptr;
    const std::optional<ServerCapabilities>& caps = m_host.capabilities();
    if (m_step == Step::Options && caps)
        m_step = m_row.uploadUrl.isEmpty() ? Step::Create : Step::Head;
    if (m_step != Step::Delete && m_state != TaskState::Sending)
        setState(TaskState::Sending);
    const QUrl url(m_row.uploadUrl);

    switch (m_step) {
    case Step::Options:
        if (m_state != TaskState::Sending)
            setState(TaskState::Sending);
        return makeRequest(TusRequest::Method::Options, m_host.settings().endpoint, {});
    case Step::Create: {
        if (caps && caps->maxSize && m_row.size > *caps->maxSize) {
            finishAs(
                TaskState::Failed, JournalRow::State::Failed, QStringLiteral("too-large"),
                tr("The server accepts files up to %1 bytes; this one has %2.").arg(*caps->maxSize).arg(m_row.size));
            return nullptr;
        }
        QList<QByteArray> headers{
            QByteArray("Upload-Length: ") + QByteArray::number(m_row.size),
            QByteArray("Upload-Metadata: ") + TusProtocol::metadata({{"project", m_row.project},
                                                                     {"name", m_row.deliveryName},
                                                                     {"filename", m_row.deliveryName},
                                                                     {"sha256", m_row.sha256}}),
        };
        const bool withBody = m_host.settings().creationWithUpload && caps && caps->has("creation-with-upload") &&
                              m_row.size > 0 &&
                              (m_host.settings().serverVerifiesSha256 || !TusProtocol::chooseChecksum(*caps));
        if (!withBody) {
            headers.append(QByteArrayLiteral("Content-Type:")); // no form type on an empty POST
            return makeRequest(TusRequest::Method::Post, m_host.settings().endpoint, headers);
        }
        headers.append(QByteArrayLiteral("Content-Type: application/offset+octet-stream"));
        auto request = makeRequest(TusRequest::Method::Post, m_host.settings().endpoint, headers);
        const qint64 length = m_chunk > 0 ? std::min(m_chunk, m_row.size) : m_row.size;
        bool bodySet = false;
        if (m_host.settings().serverVerifiesSha256) {
            bodySet = request->setBody(m_row.path, 0, length, 0, {});
        } else {
            if (!ensureHashAt(0))
                return nullptr;
            auto part = std::make_shared<ContentHash>(m_hashes.at(0));
            bodySet = request->setBody(m_row.path, 0, length, SnapshotInterval,
                                       [this, part](const char* d, qint64 n, qint64 end) {
                                           part->add(d, n);
                                           if (end % SnapshotInterval == 0 || end == m_row.size)
                                               m_hashes.insert_or_assign(end, *part);
                                       });
        }
        if (!bodySet) {
            stopBecauseChanged(tr("The file can no longer be read."));
            return nullptr;
        }
        return request;
    }
    case Step::Head:
        return makeRequest(TusRequest::Method::Head, url, {QByteArrayLiteral("Cache-Control: no-store")});
    case Step::Patch:
        if (const std::optional<QString> problem = sourceProblem()) {
            stopBecauseChanged(*problem);
            return m_state == TaskState::Sending ? next() : nullptr;
        }
        return makePatch();
    case Step::Delete:
        if (m_row.uploadUrl.isEmpty() || (caps && !caps->has("termination"))) {
            const bool changed = m_afterDelete == TaskState::Changed;
            finishAs(m_afterDelete, changed ? JournalRow::State::Changed : JournalRow::State::Cancelled, m_code,
                     m_message);
            return nullptr;
        }
        if (m_state != TaskState::Sending)
            setState(TaskState::Sending);
        return makeRequest(TusRequest::Method::Delete, url, {});
    }
    return nullptr;
}

std::unique_ptr<TusRequest> UploadTask::makePatch()
{
    const qint64 offset = m_row.confirmedOffset;
    qint64 length = m_row.size - offset;
    const std::optional<ServerCapabilities>& caps = m_host.capabilities();
    const bool verifiedByServer = m_host.settings().serverVerifiesSha256;
    const std::optional<QPair<QByteArray, const char*>> checksum =
        caps && !verifiedByServer ? TusProtocol::chooseChecksum(*caps) : std::nullopt;
    if (m_chunk > 0)
        length = std::min(length, m_chunk);
    if (checksum)
        length = std::min(length, m_host.settings().checksumChunkSize);
    if (!verifiedByServer && !ensureHashAt(offset))
        return nullptr;

    QList<QByteArray> headers{QByteArray("Upload-Offset: ") + QByteArray::number(offset),
                              QByteArrayLiteral("Content-Type: application/offset+octet-stream")};
    if (checksum) {
        // The checksum of a part must be in its headers, so the part is read once more
        // first (from disk, never held in memory).
        ContentHash part(checksum->second);
        const Result<bool> read = part.addFile(m_row.path, offset, length);
        if (!read) {
            stopBecauseChanged(read.error().message);
            return nullptr;
        }
        headers.append(QByteArray("Upload-Checksum: ") + checksum->first + ' ' + part.digest().toBase64());
    }
    auto request = makeRequest(TusRequest::Method::Patch, QUrl(m_row.uploadUrl), headers);
    bool bodySet = false;
    if (verifiedByServer) {
        bodySet = request->setBody(m_row.path, offset, length, 0, {});
    } else {
        auto hash = std::make_shared<ContentHash>(m_hashes.at(offset));
        const qint64 size = m_row.size;
        bodySet = request->setBody(m_row.path, offset, length, SnapshotInterval,
                                   [this, hash, size, offset, length](const char* d, qint64 n, qint64 end) {
                                       hash->add(d, n);
                                       if (end % SnapshotInterval == 0 || end == offset + length || end == size)
                                           m_hashes.insert_or_assign(end, *hash);
                                   });
    }
    if (!bodySet) {
        stopBecauseChanged(tr("The file can no longer be read."));
        return nullptr;
    }
    return request;
}

bool UploadTask::ensureHashAt(qint64 offset)
{
    auto it = m_hashes.upper_bound(offset);
    if (it == m_hashes.begin()) {
        m_hashes.emplace(0, ContentHash());
        it = m_hashes.upper_bound(offset);
    }
    --it;
    if (it->first == offset)
        return true;
    ContentHash hash = it->second;
    const Result<bool> r = hash.addFile(m_row.path, it->first, offset - it->first);
    if (!r) {
        stopBecauseChanged(tr("The file can no longer be read (%1).").arg(r.error().message));
        return false;
    }
    m_hashes.insert_or_assign(offset, hash);
    return true;
}

// ---- Answers -----------------------------------------------------------------------------

void UploadTask::finished(std::unique_ptr<TusRequest> request, CURLcode result)
{
    m_current = nullptr;
    if (request->method() == TusRequest::Method::Patch || request->method() == TusRequest::Method::Post)
        m_bodyBytesSent += request->bytesUploaded();

    const TusRequest::AbortReason reason = request->abortReason();
    if (reason != TusRequest::AbortReason::None) {
        switch (reason) {
        case TusRequest::AbortReason::Pause:
            m_step = m_row.uploadUrl.isEmpty() ? Step::Options : Step::Head;
            if (m_row.id > 0)
                m_host.journal().setState(m_row.id, JournalRow::State::Paused);
            setState(TaskState::Paused, QStringLiteral("paused"), tr("Paused."));
            return;
        case TusRequest::AbortReason::Cancel:
            m_afterDelete = TaskState::Cancelled;
            m_step = Step::Delete;
            return;
        case TusRequest::AbortReason::SourceChanged:
            return stopBecauseChanged(m_message);
        case TusRequest::AbortReason::Stall:
            ++m_stalls;
            return fail(FailureClassifier::stalled(m_host.settings().stallTimeoutMs / 1000));
        case TusRequest::AbortReason::Shutdown:
        case TusRequest::AbortReason::None:
            return;
        }
    }
    if (request->readFailed())
        return stopBecauseChanged(tr("The file got shorter or unreadable during the upload."));

    if (m_step == Step::Delete) {
        // Termination is a courtesy to the server: whatever it answers, the task is over.
        const bool changed = m_afterDelete == TaskState::Changed;
        return finishAs(m_afterDelete, changed ? JournalRow::State::Changed : JournalRow::State::Cancelled, m_code,
                        m_message);
    }
    if (m_host.settings().serverVerifiesSha256 && request->status() == 460 &&
        (m_step == Step::Patch || m_step == Step::Create)) {
        // No part carried a checksum, so this is the server's whole-file check: what was read
        // from disk is not what was hashed before the upload, though size and mtime agree.
        return stopBecauseChanged(
            tr("The portal found other content than the file's SHA-256 promised: the file changed during "
               "the upload."));
    }
    if (result != CURLE_OK) {
        // A server may answer (409, 413, …) before it has read the body and then close: the
        // send fails, but its answer says more than the broken pipe does.
        if (const long status = request->status(); status >= 400)
            return fail(FailureClassifier::fromHttp(status, request->body(), request->header("retry-after")));
        return fail(FailureClassifier::fromCurl(result, QString::fromUtf8(request->easy().errorText())));
    }

    switch (m_step) {
    case Step::Options:
        return handleOptions(*request);
    case Step::Create:
        return handleCreate(*request);
    case Step::Head:
        return handleHead(*request);
    case Step::Patch:
        return handlePatch(*request);
    case Step::Delete:
        return;
    }
}

void UploadTask::handleOptions(TusRequest& r)
{
    const long status = r.status();
    if (status == 401 || status == 403 || status == 429 || status >= 500)
        return fail(FailureClassifier::fromHttp(status, r.body(), r.header("retry-after")));
    ServerCapabilities caps;
    if (status >= 200 && status < 300) {
        caps = TusProtocol::parseCapabilities(r.headers());
        if (!caps.versions.isEmpty() && !caps.versions.contains(QLatin1String(TusProtocol::Version)))
            return finishAs(TaskState::Failed, JournalRow::State::Failed, QStringLiteral("tus-version"),
                            tr("The server does not speak tus %1 (it offers %2).")
                                .arg(QLatin1String(TusProtocol::Version), caps.versions.join(QLatin1String(", "))));
    } else {
        // OPTIONS is optional for a client: a server that refuses it still takes uploads
        // through the core protocol and the creation extension.
        caps.extensions = {QStringLiteral("creation")};
    }
    m_host.capabilities() = caps;
    m_step = m_row.uploadUrl.isEmpty() ? Step::Create : Step::Head;
}

void UploadTask::handleCreate(TusRequest& r)
{
    const long status = r.status();
    if (status != 201)
        return fail(FailureClassifier::fromHttp(status, r.body(), r.header("retry-after")));
    const QUrl url = TusProtocol::resolveLocation(r.url(), r.header("location"));
    if (!url.isValid() || url.isRelative())
        return fail(FailureClassifier::malformed(tr("a creation answer without a usable Location")));
    const std::optional<qint64> expires = TusProtocol::parseHttpDate(r.header("upload-expires"));
    m_row.uploadUrl = url.toString(QUrl::FullyEncoded);
    m_row.confirmedOffset = 0;
    m_row.expiresMs = expires;
    const Result<bool> saved = m_host.journal().setUploadUrl(m_row.id, m_row.uploadUrl, expires);
    if (!saved)
        return journalError(saved.error());
    m_step = Step::Patch;
    if (r.bodyLength() > 0) {
        const std::optional<qint64> offset = TusProtocol::parseOffset(r.header("upload-offset"));
        if (!offset || *offset > r.bodyBytesRead()) {
            m_step = Step::Head; // the body's fate is unknown: ask
            return;
        }
        confirm(*offset, r.header("upload-expires"));
    }
    completeIfDone();
}

void UploadTask::handleHead(TusRequest& r)
{
    const long status = r.status();
    if (status != 200 && status != 204)
        return fail(FailureClassifier::fromHttp(status, r.body(), r.header("retry-after")));
    const std::optional<qint64> offset = TusProtocol::parseOffset(r.header("upload-offset"));
    if (!offset || *offset > m_row.size)
        return fail(FailureClassifier::malformed(tr("an offset of \"%1\" for a file of %2 bytes")
                                                     .arg(QString::fromLatin1(r.header("upload-offset")))
                                                     .arg(m_row.size)));
    if (r.headers().contains("upload-length")) {
        const std::optional<qint64> length = TusProtocol::parseOffset(r.header("upload-length"));
        if (length && *length != m_row.size) {
            Failure f = FailureClassifier::malformed(tr("the server's upload has another length"));
            f.recovery = Recovery::StartAgain;
            return fail(f);
        }
    }
    confirm(*offset, r.header("upload-expires"));
    m_step = Step::Patch;
    completeIfDone();
}

void UploadTask::handlePatch(TusRequest& r)
{
    const long status = r.status();
    if (status != 204 && status != 200)
        return fail(FailureClassifier::fromHttp(status, r.body(), r.header("retry-after")));
    const std::optional<qint64> offset = TusProtocol::parseOffset(r.header("upload-offset"));
    // The new offset must lie within what was sent; anything else is not to be believed.
    if (!offset || *offset < r.bodyOffset() || *offset > r.bodyOffset() + r.bodyBytesRead())
        return fail(FailureClassifier::malformed(tr("an offset of \"%1\" after sending bytes %2 to %3")
                                                     .arg(QString::fromLatin1(r.header("upload-offset")))
                                                     .arg(r.bodyOffset())
                                                     .arg(r.bodyOffset() + r.bodyBytesRead())));
    confirm(*offset, r.header("upload-expires"));
    completeIfDone();
}

void UploadTask::confirm(qint64 offset, const QByteArray& expires)
{
    const std::optional<qint64> expiresMs = TusProtocol::parseHttpDate(expires);
    if (offset > m_row.confirmedOffset)
        m_failuresInRow = 0; // progress: the next failure starts the backoff afresh
    m_row.confirmedOffset = offset;
    if (expiresMs)
        m_row.expiresMs = expiresMs;
    const Result<bool> saved = m_host.journal().setOffset(m_row.id, offset, expiresMs);
    if (!saved)
        return journalError(saved.error());
    // Keep the snapshot at or below the confirmed offset and what lies above it.
    auto keep = m_hashes.upper_bound(offset);
    if (keep != m_hashes.begin()) {
        --keep;
        m_hashes.erase(m_hashes.begin(), keep);
    }
}

void UploadTask::completeIfDone()
{
    if (m_state != TaskState::Sending || m_row.confirmedOffset != m_row.size)
        return;
    if (const std::optional<QString> problem = sourceProblem())
        return stopBecauseChanged(*problem);
    if (m_host.settings().serverVerifiesSha256) {
        // The server completed it only because the bytes it holds have the row's SHA-256.
        return finishAs(TaskState::Done, JournalRow::State::Done, QStringLiteral("done"), tr("Uploaded and verified."));
    }
    if (!ensureHashAt(m_row.size))
        return;
    const QString sent = m_hashes.at(m_row.size).hex();
    if (sent != m_row.sha256)
        return stopBecauseChanged(tr("The content sent differs from the content hashed before the upload."));
    finishAs(TaskState::Done, JournalRow::State::Done, QStringLiteral("done"), tr("Uploaded and verified."));
}

// ---- Failures and the user's hand ---------------------------------------------------------

void UploadTask::fail(const Failure& failure)
{
    ++m_failures;
    ++m_failuresInRow;
    m_code = failure.code;
    m_message = failure.message;
    if (m_row.id > 0) {
        const Result<bool> r = m_host.journal().addAttempt(m_row.id);
        if (!r)
            return journalError(r.error());
    }
    m_host.taskEvent(m_id, failure.code, failure.message);

    if (failure.kind == FailureClass::GiveUp)
        return finishAs(TaskState::Failed, JournalRow::State::Failed, failure.code, failure.message);

    switch (failure.recovery) {
    case Recovery::StartAgain: {
        const Result<bool> r = m_host.journal().restart(m_row.id);
        if (!r)
            return journalError(r.error());
        m_row.uploadUrl.clear();
        m_row.confirmedOffset = 0;
        ++m_restarts;
        m_step = Step::Create;
        break;
    }
    case Recovery::HalveChunk: {
        const qint64 current = m_chunk > 0 ? m_chunk : m_row.size - m_row.confirmedOffset;
        if (current / 2 < MinChunk)
            return finishAs(TaskState::Failed, JournalRow::State::Failed, failure.code,
                            tr("The server refuses even parts of %1 bytes.").arg(current));
        m_chunk = current / 2;
        m_step = m_row.uploadUrl.isEmpty() ? Step::Create : Step::Head;
        break;
    }
    case Recovery::Continue:
        m_step = m_row.uploadUrl.isEmpty() ? (m_host.capabilities() ? Step::Create : Step::Options) : Step::Head;
        break;
    }

    if (m_failuresInRow > m_host.settings().maxFailures) {
        return finishAs(TaskState::Interrupted, JournalRow::State::Interrupted, failure.code,
                        tr("%1 Stopped after %2 failures in a row; the next run resumes it.")
                            .arg(failure.message)
                            .arg(m_failuresInRow));
    }
    int delay = failure.immediate ? 0 : m_host.nextDelayMs(failure.kind, m_failuresInRow);
    if (failure.retryAfterMs >= 0)
        delay = std::max(delay, std::min(failure.retryAfterMs, m_host.settings().retryCapMs));
    m_retryAtMs = m_host.nowMs() + delay;
    setState(TaskState::Waiting);
}

std::optional<QString> UploadTask::sourceProblem() const
{
    const QFileInfo info(m_row.path);
    if (!info.exists())
        return tr("The file was deleted or moved during the upload.");
    if (info.size() != m_row.size || mtimeMs(info) != m_row.mtimeMs)
        return tr("The file changed on disk during the upload.");
    return std::nullopt;
}

void UploadTask::stopBecauseChanged(const QString& message)
{
    m_code = QStringLiteral("file-changed");
    m_message = message;
    if (m_current) {
        // Let the transfer end first; finished() comes back here.
        m_current->abort(TusRequest::AbortReason::SourceChanged);
        return;
    }
    // Recorded at once, so that a crash now cannot resume it under the old hash.
    if (m_row.id > 0) {
        const Result<bool> r = m_host.journal().setState(m_row.id, JournalRow::State::Changed,
                                                         message + QLatin1Char(' ') + tr("Not resumed."));
        if (!r)
            m_host.taskEvent(m_id, r.error().code, r.error().message);
    }
    m_host.taskEvent(m_id, m_code, message);
    if (!m_row.uploadUrl.isEmpty()) {
        // The server's partial copy holds the old content: ask it to drop it.
        m_afterDelete = TaskState::Changed;
        m_step = Step::Delete;
        m_retryAtMs = 0;
        if (m_state != TaskState::Sending)
            setState(TaskState::Queued);
        return;
    }
    setState(TaskState::Changed, m_code, message);
}

void UploadTask::checkSource()
{
    if (m_current && m_current->abortReason() == TusRequest::AbortReason::None) {
        if (const std::optional<QString> problem = sourceProblem()) {
            m_code = QStringLiteral("file-changed");
            m_message = *problem;
            m_current->abort(TusRequest::AbortReason::SourceChanged);
        }
    }
}

void UploadTask::checkStall(qint64 nowMs)
{
    if (m_current && m_current->abortReason() == TusRequest::AbortReason::None &&
        nowMs - m_current->lastActivityMs() > m_host.settings().stallTimeoutMs) {
        m_current->abort(TusRequest::AbortReason::Stall);
    }
}

void UploadTask::pause()
{
    switch (m_state) {
    case TaskState::Queued:
    case TaskState::Waiting:
        if (m_step == Step::Delete)
            return; // a cancel or a stop is on its way: let it finish
        if (m_row.id > 0)
            m_host.journal().setState(m_row.id, JournalRow::State::Paused);
        m_row.state = JournalRow::State::Paused;
        setState(TaskState::Paused, QStringLiteral("paused"), tr("Paused."));
        return;
    case TaskState::Preparing:
        m_row.state = JournalRow::State::Paused; // applied when the hash is ready
        if (m_row.id > 0)
            m_host.journal().setState(m_row.id, JournalRow::State::Paused);
        return;
    case TaskState::Sending:
        if (m_current && m_step != Step::Delete)
            m_current->abort(TusRequest::AbortReason::Pause);
        return;
    default:
        return;
    }
}

void UploadTask::resume()
{
    if (m_state == TaskState::Preparing) {
        m_row.state = JournalRow::State::Pending;
        return;
    }
    if (m_state != TaskState::Paused && m_state != TaskState::Interrupted)
        return;
    if (m_row.id > 0) {
        const Result<bool> r = m_host.journal().setState(m_row.id, JournalRow::State::Pending);
        if (!r)
            return journalError(r.error());
    }
    m_row.state = JournalRow::State::Pending;
    m_failuresInRow = 0;
    m_retryAtMs = 0;
    m_step = m_row.uploadUrl.isEmpty() ? Step::Options : Step::Head;
    setState(TaskState::Queued, QStringLiteral("resumed"), tr("Resumed."));
}

void UploadTask::retryNow()
{
    if (m_state == TaskState::Waiting)
        m_retryAtMs = 0;
}

void UploadTask::cancel()
{
    if (isFinal(m_state))
        return;
    m_code = QStringLiteral("cancelled");
    m_message = tr("Cancelled.");
    m_afterDelete = TaskState::Cancelled;
    if (m_state == TaskState::Sending) {
        if (m_current && m_step != Step::Delete)
            m_current->abort(TusRequest::AbortReason::Cancel);
        return;
    }
    if (m_state == TaskState::Preparing)
        m_prepFile.close();
    if (m_row.uploadUrl.isEmpty())
        return finishAs(TaskState::Cancelled, JournalRow::State::Cancelled, m_code, m_message);
    if (m_row.id > 0)
        m_host.journal().setState(m_row.id, JournalRow::State::Cancelled, m_message);
    m_step = Step::Delete;
    m_retryAtMs = 0;
    setState(TaskState::Queued);
}

qint64 UploadTask::bytesDone() const
{
    qint64 done = m_row.confirmedOffset;
    if (m_current &&
        (m_current->method() == TusRequest::Method::Patch || m_current->method() == TusRequest::Method::Post))
        done = m_current->bodyOffset() + std::min(m_current->bytesUploaded(), m_current->bodyLength());
    return std::min(done, m_row.size);
}

} // namespace apd::transfer
