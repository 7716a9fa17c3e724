#include "server/UploadRoutes.h"

#include "order/NameMatcher.h"
#include "server/ProjectQueries.h"
#include "server/Secrets.h"
#include "server/UploadWriter.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSet>
#include <QTimeZone>

#include <httplib.h>
#include <openssl/evp.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace apd::server {

namespace {

using sqlite::SqliteDatabase;

const char* const kTusVersion = "1.0.0";
constexpr qint64 kDrainLimit = 1 << 20; // refused bodies up to this size are read and dropped
constexpr qint64 kWriteBuffer = 1 << 20;

QString httpDate(qint64 ms)
{
    return QLocale::c().toString(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC),
                                 QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
}

// "key base64,key base64": the tus Upload-Metadata header. Keys are ASCII without spaces or
// commas, each once; a value may be absent. nullopt when malformed.
std::optional<QHash<QString, QByteArray>> parseMetadata(const QString& header)
{
    QHash<QString, QByteArray> out;
    if (header.trimmed().isEmpty())
        return out;
    for (const QString& pair : header.split(QLatin1Char(','))) {
        const QStringList kv = pair.trimmed().split(QLatin1Char(' '));
        if (kv.isEmpty() || kv.size() > 2 || kv[0].isEmpty() || out.contains(kv[0]))
            return std::nullopt;
        for (QChar c : kv[0])
            if (c.unicode() < 0x21 || c.unicode() > 0x7e)
                return std::nullopt;
        QByteArray value;
        if (kv.size() == 2) {
            const auto decoded =
                QByteArray::fromBase64Encoding(kv[1].toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded)
                return std::nullopt;
            value = *decoded;
        }
        out.insert(kv[0], value);
    }
    return out;
}

bool parseCount(const QString& text, qint64* value)
{
    if (text.isEmpty() || text.size() > 18)
        return false;
    for (QChar c : text)
        if (!c.isDigit() || c.unicode() > '9')
            return false;
    *value = text.toLongLong();
    return true;
}

// An owned file descriptor.
class Fd
{
public:
    explicit Fd(int fd) : m_fd(fd) {}
    ~Fd()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
    int get() const { return m_fd; }

private:
    int m_fd;
};

struct MdCtx
{
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    ~MdCtx() { EVP_MD_CTX_free(ctx); }
    MdCtx() = default;
    MdCtx(const MdCtx&) = delete;
    MdCtx& operator=(const MdCtx&) = delete;
};

QByteArray finalDigest(EVP_MD_CTX* ctx)
{
    MdCtx copy;
    EVP_MD_CTX_copy_ex(copy.ctx, ctx);
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    EVP_DigestFinal_ex(copy.ctx, out, &len);
    return QByteArray(reinterpret_cast<const char*>(out), int(len));
}

} // namespace

// The running SHA-256 of an upload's first `offset` bytes, so completion need not read the
// whole file again. Lost on restart: then it is rebuilt from the file.
struct UploadRoutes::HashState
{
    qint64 offset = 0;
    MdCtx sha256;
};

// Marks an upload as being written by this request; released when destroyed.
class UploadRoutes::WriteLock
{
public:
    WriteLock(UploadRoutes& routes, const QString& id) : m_routes(routes), m_id(id)
    {
        std::lock_guard<std::mutex> guard(m_routes.m_mutex);
        m_held = !m_routes.m_writing.contains(id);
        if (m_held)
            m_routes.m_writing.insert(id);
    }
    ~WriteLock()
    {
        if (!m_held)
            return;
        std::lock_guard<std::mutex> guard(m_routes.m_mutex);
        m_routes.m_writing.remove(m_id);
    }
    WriteLock(const WriteLock&) = delete;
    WriteLock& operator=(const WriteLock&) = delete;
    bool held() const { return m_held; }

private:
    UploadRoutes& m_routes;
    QString m_id;
    bool m_held = false;
};

UploadRoutes::~UploadRoutes()
{
    for (HashState* h : std::as_const(m_hashes))
        delete h;
}

std::unique_ptr<UploadRoutes::HashState> UploadRoutes::takeHash(const QString& id)
{
    std::lock_guard<std::mutex> guard(m_mutex);
    return std::unique_ptr<HashState>(m_hashes.take(id));
}

void UploadRoutes::keepHash(const QString& id, std::unique_ptr<HashState> state)
{
    std::lock_guard<std::mutex> guard(m_mutex);
    delete m_hashes.take(id);
    m_hashes.insert(id, state.release());
}

void UploadRoutes::dropHash(const QString& id)
{
    std::lock_guard<std::mutex> guard(m_mutex);
    delete m_hashes.take(id);
}

void UploadRoutes::install(Router& router)
{
    router.add(QStringLiteral("OPTIONS"), QStringLiteral("/v1/uploads"), [this](Exchange& ex) { options(ex); });
    router.addStreaming(QStringLiteral("POST"), QStringLiteral("/v1/uploads"),
                        [this](Exchange& ex, const httplib::ContentReader& r) { create(ex, r); });
    router.add(QStringLiteral("HEAD"), QStringLiteral("/v1/uploads/{uploadId}"), [this](Exchange& ex) { head(ex); });
    router.addStreaming(QStringLiteral("PATCH"), QStringLiteral("/v1/uploads/{uploadId}"),
                        [this](Exchange& ex, const httplib::ContentReader& r) { patch(ex, r); });
    router.add(QStringLiteral("DELETE"), QStringLiteral("/v1/uploads/{uploadId}"),
               [this](Exchange& ex) { terminate(ex); });
}

bool UploadRoutes::tusVersionOk(Exchange& ex)
{
    ex.setHeader("Tus-Resumable", QString::fromLatin1(kTusVersion));
    if (ex.header("Tus-Resumable") == QLatin1String(kTusVersion))
        return true;
    ex.setHeader("Tus-Version", QString::fromLatin1(kTusVersion));
    ex.problem(412, QStringLiteral("tus-version"), tr("This server speaks tus 1.0.0; send \"Tus-Resumable: 1.0.0\"."));
    return false;
}

void UploadRoutes::discardBody(Exchange& ex, const httplib::ContentReader& reader)
{
    // A small body is read and dropped so the connection stays usable; a large one is not
    // worth receiving: the client is told to close.
    qint64 length = 0;
    const bool known = parseCount(ex.header("Content-Length"), &length);
    if (known && length <= kDrainLimit) {
        if (length > 0)
            reader([](const char*, size_t) { return true; });
    } else if (known || ex.header("Transfer-Encoding").contains(QLatin1String("chunked"), Qt::CaseInsensitive)) {
        ex.setHeader("Connection", QStringLiteral("close"));
    }
}

void UploadRoutes::refuseBody(Exchange& ex, const httplib::ContentReader& reader, int status, const QString& code,
                              const QString& detail)
{
    discardBody(ex, reader);
    ex.problem(status, code, detail);
}

void UploadRoutes::options(Exchange& ex)
{
    ex.setHeader("Tus-Resumable", QString::fromLatin1(kTusVersion));
    ex.setHeader("Tus-Version", QString::fromLatin1(kTusVersion));
    ex.setHeader("Tus-Extension", QStringLiteral("creation,creation-with-upload,termination,expiration,checksum"));
    ex.setHeader("Tus-Max-Size", QString::number(m_ctx.config().maxUploadBytes));
    ex.setHeader("Tus-Checksum-Algorithm", QStringLiteral("sha1,sha256"));
    ex.noContent();
}

void UploadRoutes::create(Exchange& ex, const httplib::ContentReader& reader)
{
    const auto caller = m_ctx.authenticate(ex);
    if (!caller || !tusVersionOk(ex))
        return discardBody(ex, reader);
    if (ex.hasHeader("Upload-Defer-Length"))
        return refuseBody(ex, reader, 400, QStringLiteral("defer-length"),
                          tr("Give the file's size in Upload-Length; deferred lengths are not supported."));
    qint64 length = 0;
    if (!parseCount(ex.header("Upload-Length"), &length))
        return refuseBody(ex, reader, 400, QStringLiteral("upload-length"),
                          tr("Upload-Length must be the file's size in bytes."));
    if (length > m_ctx.config().maxUploadBytes)
        return refuseBody(ex, reader, 413, QStringLiteral("upload-too-large"),
                          tr("The file is %1 bytes; this portal takes files up to %2 bytes.")
                              .arg(length)
                              .arg(m_ctx.config().maxUploadBytes));
    if (length == 0)
        return refuseBody(ex, reader, 422, QStringLiteral("empty-file"),
                          tr("The file is empty; there is nothing to deliver."));
    const QString rawMetadata = ex.header("Upload-Metadata");
    if (rawMetadata.size() > 4096)
        return refuseBody(ex, reader, 400, QStringLiteral("metadata"), tr("Upload-Metadata is too long."));
    const auto metadata = parseMetadata(rawMetadata);
    if (!metadata)
        return refuseBody(ex, reader, 400, QStringLiteral("metadata"),
                          tr("Upload-Metadata is malformed: write \"key base64\" pairs joined by commas."));
    for (const char* key : {"project", "name", "sha256"}) {
        if (metadata->value(QLatin1String(key)).isEmpty())
            return refuseBody(
                ex, reader, 400, QStringLiteral("missing-field"),
                tr("Upload-Metadata lacks \"%1\"; it needs project, name and sha256.").arg(QLatin1String(key)));
    }
    qint64 projectId = 0;
    if (!parseCount(QString::fromLatin1(metadata->value(QStringLiteral("project"))), &projectId))
        return refuseBody(ex, reader, 400, QStringLiteral("metadata"),
                          tr("The metadata \"project\" must be a project id."));
    const QByteArray sha = metadata->value(QStringLiteral("sha256")).toLower();
    if (sha.size() != 64 || QByteArray::fromHex(sha).toHex() != sha)
        return refuseBody(ex, reader, 400, QStringLiteral("metadata"),
                          tr("The metadata \"sha256\" must be the file's SHA-256 in 64 hex digits."));
    const QByteArray nameBytes = metadata->value(QStringLiteral("name"));
    const QString name = QString::fromUtf8(nameBytes);
    std::optional<order::FileRole> role;
    if (metadata->contains(QStringLiteral("role"))) {
        order::FileRole r;
        if (!order::parseFileRole(QString::fromLatin1(metadata->value(QStringLiteral("role"))), &r))
            return refuseBody(ex, reader, 400, QStringLiteral("metadata"),
                              tr("The metadata \"role\" is asset, source or background."));
        role = r;
    }
    if (name.toUtf8() != nameBytes) // not UTF-8
        return refuseBody(ex, reader, 422, QStringLiteral("name-invalid"), tr("The name is not valid UTF-8 text."));

    const QString contentType = ex.header("Content-Type");
    qint64 bodyLength = 0;
    const bool chunked = ex.header("Transfer-Encoding").contains(QLatin1String("chunked"), Qt::CaseInsensitive);
    parseCount(ex.header("Content-Length"), &bodyLength);
    const bool withBody = chunked || bodyLength > 0;
    if (withBody && contentType != QLatin1String("application/offset+octet-stream"))
        return refuseBody(ex, reader, 415, QStringLiteral("unsupported-media-type"),
                          tr("Send the first bytes as application/offset+octet-stream."));

    const QString id = QString::fromLatin1(Secrets::randomHex(16));
    const QString path = m_ctx.store().uploadPath(id);
    {
        auto lock = m_ctx.store().lock();
        SqliteDatabase& db = m_ctx.store().db();
        if (!m_ctx.allow(ex, *caller, projectId, ProjectNeed::AgencyWork))
            return discardBody(ex, reader);
        const auto project = ProjectQueries::load(db, projectId);
        if (!project)
            return m_ctx.failed(ex, project.error());
        const Result<order::Match> match = order::NameMatcher(m_ctx.catalog()).match(project.value(), name, role);
        if (!match) {
            const bool conflict = match.error().code == QLatin1String("request-in-review") ||
                                  match.error().code == QLatin1String("request-approved") ||
                                  match.error().code == QLatin1String("request-has-asset");
            return refuseBody(ex, reader, conflict ? 409 : 422, match.error().code, match.error().message);
        }
        sweepExpired();
        Fd fd(::open(path.toLocal8Bit().constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0640));
        if (fd.get() < 0)
            return m_ctx.failed(ex, Error{QStringLiteral("io"), QStringLiteral("cannot create %1").arg(path)});
        SqliteDatabase::Transaction t(db);
        if (!t.began())
            return m_ctx.failed(ex, t.beginError());
        const qint64 now = m_ctx.now();
        const auto r =
            db.execute(QStringLiteral("INSERT INTO uploads (id, user_id, project_id, name, role, length, received, "
                                      "sha256, metadata, path, created_at, expires_at) "
                                      "VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?)"),
                       {id, caller->id, projectId, match.value().name, order::fileRoleName(match.value().role), length,
                        QString::fromLatin1(sha), rawMetadata, path, now, now + m_ctx.config().uploadLifetimeMs});
        if (!r) {
            QFile::remove(path);
            return m_ctx.failed(ex, r.error());
        }
        const Result<bool> committed = t.commit();
        if (!committed) {
            QFile::remove(path);
            return m_ctx.failed(ex, committed.error());
        }
    }
    ex.setHeader("Location", QStringLiteral("/v1/uploads/") + id);
    if (!withBody) {
        ex.setHeader("Upload-Offset", QStringLiteral("0"));
        ex.setHeader("Upload-Expires", httpDate(m_ctx.now() + m_ctx.config().uploadLifetimeMs));
        ex.noContent(201);
        return;
    }
    receive(ex, reader, id, true);
}

void UploadRoutes::head(Exchange& ex)
{
    const auto caller = m_ctx.authenticate(ex);
    if (!caller || !tusVersionOk(ex))
        return;
    ex.setHeader("Cache-Control", QStringLiteral("no-store"));
    const QString id = ex.param(QStringLiteral("uploadId"));
    auto lock = m_ctx.store().lock();
    const auto rows = m_ctx.store().db().query(
        QStringLiteral(
            "SELECT user_id, length, received, metadata, expires_at, completed_at FROM uploads WHERE id = ?"),
        {id});
    if (!rows)
        return m_ctx.failed(ex, rows.error());
    if (rows.value().isEmpty())
        return ex.problem(404, QStringLiteral("upload-not-found"), tr("There is no such upload; start a new one."));
    const sqlite::SqliteRow& r = rows.value().first();
    if (r.integer(0) != caller->id)
        return ex.problem(403, QStringLiteral("upload-forbidden"), tr("This upload belongs to someone else."));
    if (r.isNull(5) && r.integer(4) <= m_ctx.now())
        return ex.problem(410, QStringLiteral("upload-expired"), tr("The upload expired; start it again."));
    ex.setHeader("Upload-Offset", QString::number(r.integer(2)));
    ex.setHeader("Upload-Length", QString::number(r.integer(1)));
    if (!r.text(3).isEmpty())
        ex.setHeader("Upload-Metadata", r.text(3));
    if (r.isNull(5))
        ex.setHeader("Upload-Expires", httpDate(r.integer(4)));
    ex.noContent(200);
}

void UploadRoutes::patch(Exchange& ex, const httplib::ContentReader& reader)
{
    const auto caller = m_ctx.authenticate(ex);
    if (!caller || !tusVersionOk(ex))
        return discardBody(ex, reader);
    if (ex.header("Content-Type") != QLatin1String("application/offset+octet-stream"))
        return refuseBody(ex, reader, 415, QStringLiteral("unsupported-media-type"),
                          tr("Send the bytes as application/offset+octet-stream."));
    qint64 offset = 0;
    if (!parseCount(ex.header("Upload-Offset"), &offset))
        return refuseBody(ex, reader, 400, QStringLiteral("upload-offset"),
                          tr("Upload-Offset must be a number of bytes."));
    const QString id = ex.param(QStringLiteral("uploadId"));
    {
        auto lock = m_ctx.store().lock();
        const auto rows = m_ctx.store().db().query(
            QStringLiteral("SELECT user_id, length, received, expires_at, completed_at FROM uploads WHERE id = ?"),
            {id});
        if (!rows)
            return m_ctx.failed(ex, rows.error());
        if (rows.value().isEmpty())
            return refuseBody(ex, reader, 404, QStringLiteral("upload-not-found"),
                              tr("There is no such upload; start a new one."));
        const sqlite::SqliteRow& r = rows.value().first();
        if (r.integer(0) != caller->id)
            return refuseBody(ex, reader, 403, QStringLiteral("upload-forbidden"),
                              tr("This upload belongs to someone else."));
        if (r.isNull(4) && r.integer(3) <= m_ctx.now())
            return refuseBody(ex, reader, 410, QStringLiteral("upload-expired"),
                              tr("The upload expired; start it again."));
        if (offset != r.integer(2)) {
            ex.setHeader("Upload-Offset", QString::number(r.integer(2)));
            return refuseBody(ex, reader, 409, QStringLiteral("offset-mismatch"),
                              tr("The upload is at byte %1, not %2; resume from %1.").arg(r.integer(2)).arg(offset));
        }
        if (!r.isNull(4))
            return refuseBody(ex, reader, 409, QStringLiteral("upload-complete"),
                              tr("The upload is already complete."));
    }
    receive(ex, reader, id, false);
}

void UploadRoutes::receive(Exchange& ex, const httplib::ContentReader& reader, const QString& id, bool created)
{
    WriteLock writing(*this, id);
    if (!writing.held())
        return refuseBody(ex, reader, 423, QStringLiteral("upload-busy"),
                          tr("Another request is writing this upload; try again in a moment."));

    // Re-read under the write lock: the offset may have moved since the checks.
    QString path, name, roleName, expectedSha;
    qint64 length = 0, start = 0, projectId = 0, userId = 0;
    {
        auto lock = m_ctx.store().lock();
        const auto rows = m_ctx.store().db().query(
            QStringLiteral("SELECT path, length, received, sha256, project_id, name, role, user_id, completed_at "
                           "FROM uploads WHERE id = ?"),
            {id});
        if (!rows)
            return m_ctx.failed(ex, rows.error());
        if (rows.value().isEmpty())
            return refuseBody(ex, reader, 404, QStringLiteral("upload-not-found"), tr("The upload was terminated."));
        const sqlite::SqliteRow& r = rows.value().first();
        path = r.text(0);
        length = r.integer(1);
        start = r.integer(2);
        expectedSha = r.text(3);
        projectId = r.integer(4);
        name = r.text(5);
        roleName = r.text(6);
        userId = r.integer(7);
        if (!r.isNull(8))
            return refuseBody(ex, reader, 409, QStringLiteral("upload-complete"),
                              tr("The upload is already complete."));
        const qint64 claimed = qint64(ex.header("Upload-Offset").toLongLong());
        if (!created && claimed != start) {
            ex.setHeader("Upload-Offset", QString::number(start));
            return refuseBody(ex, reader, 409, QStringLiteral("offset-mismatch"),
                              tr("The upload is at byte %1, not %2; resume from %1.").arg(start).arg(claimed));
        }
    }

    // Upload-Checksum: "<algorithm> <base64 digest>" of this request's body.
    const EVP_MD* chunkMd = nullptr;
    QByteArray chunkExpected;
    if (ex.hasHeader("Upload-Checksum")) {
        const QStringList parts = ex.header("Upload-Checksum").split(QLatin1Char(' '));
        if (parts.size() == 2 && parts[0] == QLatin1String("sha1"))
            chunkMd = EVP_sha1();
        else if (parts.size() == 2 && parts[0] == QLatin1String("sha256"))
            chunkMd = EVP_sha256();
        const auto digest = parts.size() == 2 ? QByteArray::fromBase64Encoding(parts[1].toLatin1(),
                                                                               QByteArray::AbortOnBase64DecodingErrors)
                                              : QByteArray::FromBase64Result{};
        if (!chunkMd || !digest)
            return refuseBody(ex, reader, 400, QStringLiteral("checksum-algorithm"),
                              tr("Upload-Checksum is \"sha1 <base64>\" or \"sha256 <base64>\"."));
        chunkExpected = *digest;
    }
    qint64 declared = -1;
    if (parseCount(ex.header("Content-Length"), &declared) && start + declared > length)
        return refuseBody(ex, reader, 413, QStringLiteral("beyond-length"),
                          tr("The request sends %1 bytes past the end of the file.").arg(start + declared - length));

    Fd fd(::open(path.toLocal8Bit().constData(), O_WRONLY | O_CLOEXEC));
    // Whatever lies past the recorded offset was never acknowledged: cut it off.
    if (fd.get() < 0 || ::ftruncate(fd.get(), start) != 0) {
        ex.setHeader("Connection", QStringLiteral("close"));
        return m_ctx.failed(ex, Error{QStringLiteral("io"), QStringLiteral("cannot open %1 for writing").arg(path)});
    }

    std::unique_ptr<HashState> hash = takeHash(id);
    if (!hash || hash->offset != start) {
        // After a restart: rebuild the running digest from the bytes already on disk.
        hash = std::make_unique<HashState>();
        EVP_DigestInit_ex(hash->sha256.ctx, EVP_sha256(), nullptr);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return m_ctx.failed(ex, Error{QStringLiteral("io"), QStringLiteral("cannot read %1").arg(path)});
        QByteArray buffer(int(kWriteBuffer), Qt::Uninitialized);
        qint64 left = start;
        while (left > 0) {
            const qint64 n = file.read(buffer.data(), std::min<qint64>(left, buffer.size()));
            if (n <= 0)
                return m_ctx.failed(ex, Error{QStringLiteral("io"), QStringLiteral("short read of %1").arg(path)});
            EVP_DigestUpdate(hash->sha256.ctx, buffer.constData(), size_t(n));
            left -= n;
        }
        hash->offset = start;
    }
    MdCtx chunkCtx;
    if (chunkMd)
        EVP_DigestInit_ex(chunkCtx.ctx, chunkMd, nullptr);

    // The durable point: bytes up to `committed` are synced and recorded.
    qint64 committed = start;
    qint64 received = start;
    bool tooLong = false, ioFailed = false;
    UploadWriter writer(fd.get(), path, start, kWriteBuffer);
    QElapsedTimer sinceCheckpoint;
    sinceCheckpoint.start();
    auto checkpoint = [&]() -> bool {
        sinceCheckpoint.restart();
        if (!writer.flush() || ::fdatasync(fd.get()) != 0)
            return false;
        auto lock = m_ctx.store().lock();
        const auto r =
            m_ctx.store().db().execute(QStringLiteral("UPDATE uploads SET received = ?, expires_at = ? WHERE id = ?"),
                                       {received, m_ctx.now() + m_ctx.config().uploadLifetimeMs, id});
        if (!r)
            return false;
        committed = received;
        auto copy = std::make_unique<HashState>();
        EVP_MD_CTX_copy_ex(copy->sha256.ctx, hash->sha256.ctx);
        copy->offset = committed;
        keepHash(id, std::move(copy));
        return true;
    };
    const bool complete = reader([&](const char* data, size_t size) {
        if (received + qint64(size) > length) {
            tooLong = true;
            return false;
        }
        if (!writer.append(data, size)) {
            ioFailed = true;
            return false;
        }
        EVP_DigestUpdate(hash->sha256.ctx, data, size);
        if (chunkMd)
            EVP_DigestUpdate(chunkCtx.ctx, data, size);
        received += qint64(size);
        // A checksummed request is all or nothing: no checkpoint inside it.
        if (!chunkMd && received - committed >= kWriteBuffer &&
            sinceCheckpoint.hasExpired(qint64(m_ctx.config().checkpointSeconds) * 1000) && !checkpoint()) {
            ioFailed = true;
            return false;
        }
        return true;
    });

    if (tooLong) {
        ::ftruncate(fd.get(), committed);
        ex.setHeader("Connection", QStringLiteral("close"));
        ex.setHeader("Upload-Offset", QString::number(committed));
        return ex.problem(413, QStringLiteral("beyond-length"),
                          tr("The request sends bytes past the end of the file."));
    }
    if (chunkMd) {
        if (!complete || finalDigest(chunkCtx.ctx) != chunkExpected) {
            ::ftruncate(fd.get(), start);
            ex.setHeader("Upload-Offset", QString::number(start));
            if (!complete)
                ex.setHeader("Connection", QStringLiteral("close"));
            return ex.problem(460, QStringLiteral("checksum-mismatch"),
                              complete
                                  ? tr("The bytes do not match Upload-Checksum; they were dropped, send them again.")
                                  : tr("The request ended early; the checksummed bytes were dropped."));
        }
    }
    // What arrived is kept even when the connection broke off: the client resumes from it.
    if (ioFailed || !checkpoint()) {
        ::ftruncate(fd.get(), committed);
        ex.setHeader("Connection", QStringLiteral("close"));
        return m_ctx.failed(ex,
                            Error{QStringLiteral("io"), QStringLiteral("cannot store the bytes of upload %1").arg(id)});
    }
    if (!complete)
        ex.setHeader("Connection", QStringLiteral("close")); // the client went away mid-request
    ex.setHeader("Upload-Offset", QString::number(committed));
    ex.setHeader("Upload-Expires", httpDate(m_ctx.now() + m_ctx.config().uploadLifetimeMs));
    if (committed < length) {
        ex.noContent(created ? 201 : 204);
        return;
    }

    // The last byte: verify the whole file, then register it in one transaction.
    const QByteArray actual = finalDigest(hash->sha256.ctx).toHex();
    dropHash(id);
    auto lock = m_ctx.store().lock();
    SqliteDatabase& db = m_ctx.store().db();
    if (actual != expectedSha.toLatin1()) {
        ::ftruncate(fd.get(), 0);
        db.execute(QStringLiteral("UPDATE uploads SET received = 0 WHERE id = ?"), {id});
        ex.setHeader("Upload-Offset", QStringLiteral("0"));
        return ex.problem(460, QStringLiteral("file-checksum-mismatch"),
                          tr("The file's SHA-256 is %1, not the %2 announced; the upload starts again from 0.")
                              .arg(QString::fromLatin1(actual), expectedSha));
    }
    const auto project = ProjectQueries::load(db, projectId);
    if (!project)
        return m_ctx.failed(ex, project.error());
    order::FileRole role = order::FileRole::Asset;
    order::parseFileRole(roleName, &role);
    // The project may have changed while the bytes travelled (the asset delivered, the
    // request removed): the name is matched again.
    const Result<order::Match> match = order::NameMatcher(m_ctx.catalog()).match(project.value(), name, role);
    if (!match)
        return ex.problem(409, match.error().code, match.error().message);
    const order::Match& m = match.value();
    SqliteDatabase::Transaction t(db);
    if (!t.began())
        return m_ctx.failed(ex, t.beginError());
    const qint64 now = m_ctx.now();
    qint64 itemId = m.replacesId;
    Result<qint64> r = qint64(0);
    if (itemId) {
        r = db.execute(
            QStringLiteral("UPDATE items SET version = version + 1, state = 'uploaded', updated_at = ? WHERE id = ?"),
            {now, itemId});
    } else {
        r = db.execute(
            QStringLiteral("INSERT INTO items (project_id, role, name, request_id, universal, state, version, "
                           "created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'uploaded', 1, ?, ?)"),
            {projectId, order::fileRoleName(m.role), m.name, m.requestId ? QVariant(m.requestId) : QVariant(),
             m.universal ? 1 : 0, now, now});
        itemId = db.lastInsertId();
    }
    if (r)
        r = db.execute(
            QStringLiteral("INSERT INTO versions (item_id, version, path, size, sha256, uploaded_by, created_at) "
                           "SELECT id, version, ?, ?, ?, ?, ? FROM items WHERE id = ?"),
            {path, length, expectedSha, userId, now, itemId});
    if (r)
        r = db.execute(
            QStringLiteral("UPDATE uploads SET received = length, completed_at = ?, item_id = ? WHERE id = ?"),
            {now, itemId, id});
    if (!r)
        return m_ctx.failed(ex, r.error());
    const auto version = db.query(QStringLiteral("SELECT version FROM items WHERE id = ?"), {itemId});
    const auto linked = ProjectQueries::autoLink(db, projectId, now, m_ctx.catalog());
    const auto event = EventLog::record(
        db, now, QStringLiteral("upload.completed"), projectId, 0,
        {{QStringLiteral("uploadId"), id},
         {QStringLiteral("role"), order::fileRoleName(m.role)},
         {QStringLiteral("itemId"), itemId},
         {QStringLiteral("name"), m.name},
         {QStringLiteral("version"), version && !version.value().isEmpty() ? version.value().first().integer(0) : 1},
         {QStringLiteral("by"), userId}});
    const auto touched = ProjectQueries::touch(db, projectId, now);
    if (!linked || !event || !touched)
        return m_ctx.failed(ex, !linked ? linked.error() : !event ? event.error() : touched.error());
    if (!m_ctx.commit(ex, t))
        return;
    ex.setHeader("Upload-Asset", order::fileRoleName(m.role) + QLatin1Char(':') + QString::number(itemId));
    ex.noContent(created ? 201 : 204);
}

void UploadRoutes::terminate(Exchange& ex)
{
    const auto caller = m_ctx.authenticate(ex);
    if (!caller || !tusVersionOk(ex))
        return;
    const QString id = ex.param(QStringLiteral("uploadId"));
    WriteLock writing(*this, id);
    if (!writing.held())
        return ex.problem(423, QStringLiteral("upload-busy"),
                          tr("The upload is being written; try again in a moment."));
    auto lock = m_ctx.store().lock();
    SqliteDatabase& db = m_ctx.store().db();
    const auto rows =
        db.query(QStringLiteral("SELECT user_id, path, completed_at, expires_at FROM uploads WHERE id = ?"), {id});
    if (!rows)
        return m_ctx.failed(ex, rows.error());
    if (rows.value().isEmpty())
        return ex.problem(404, QStringLiteral("upload-not-found"), tr("There is no such upload."));
    const sqlite::SqliteRow& r = rows.value().first();
    if (r.integer(0) != caller->id)
        return ex.problem(403, QStringLiteral("upload-forbidden"), tr("This upload belongs to someone else."));
    if (!r.isNull(2))
        return ex.problem(409, QStringLiteral("upload-complete"),
                          tr("The upload is complete and registered; it cannot be terminated."));
    const auto d = db.execute(QStringLiteral("DELETE FROM uploads WHERE id = ?"), {id});
    if (!d)
        return m_ctx.failed(ex, d.error());
    QFile::remove(r.text(1));
    dropHash(id);
    if (r.integer(3) <= m_ctx.now())
        return ex.problem(410, QStringLiteral("upload-expired"), tr("The upload had expired; it is gone now."));
    ex.noContent();
}

int UploadRoutes::sweepExpired()
{
    // Store lock held by the caller.
    SqliteDatabase& db = m_ctx.store().db();
    const auto rows = db.query(
        QStringLiteral("SELECT id, path FROM uploads WHERE completed_at IS NULL AND expires_at <= ?"), {m_ctx.now()});
    if (!rows)
        return 0;
    int swept = 0;
    for (const sqlite::SqliteRow& r : rows.value()) {
        {
            std::lock_guard<std::mutex> guard(m_mutex);
            if (m_writing.contains(r.text(0)))
                continue;
        }
        if (db.execute(QStringLiteral("DELETE FROM uploads WHERE id = ?"), {r.text(0)})) {
            QFile::remove(r.text(1));
            dropHash(r.text(0));
            ++swept;
        }
    }
    return swept;
}

Result<int> UploadRoutes::recover()
{
    auto lock = m_ctx.store().lock();
    SqliteDatabase& db = m_ctx.store().db();
    const auto rows = db.query(QStringLiteral("SELECT id, path, received FROM uploads WHERE completed_at IS NULL"));
    if (!rows)
        return rows.error();
    int repaired = 0;
    for (const sqlite::SqliteRow& r : rows.value()) {
        const QByteArray path = r.text(1).toLocal8Bit();
        struct stat st
        {
        };
        if (::stat(path.constData(), &st) != 0) {
            // The bytes are gone: the upload starts over.
            Fd fd(::open(path.constData(), O_WRONLY | O_CREAT | O_CLOEXEC, 0640));
            db.execute(QStringLiteral("UPDATE uploads SET received = 0 WHERE id = ?"), {r.text(0)});
            ++repaired;
        } else if (st.st_size > r.integer(2)) {
            if (::truncate(path.constData(), r.integer(2)) == 0)
                ++repaired;
        } else if (st.st_size < r.integer(2)) {
            db.execute(QStringLiteral("UPDATE uploads SET received = ? WHERE id = ?"), {qint64(st.st_size), r.text(0)});
            ++repaired;
        }
    }
    // A creation killed between making its file and recording it leaves a file that no row
    // names: nobody can resume or read it, so it goes. Matched by file name, not by path: the
    // same data directory may be reached by another path (a link, a moved mount) than the
    // one the rows were written with, and a mismatch there must not delete artwork.
    const auto named = db.query(QStringLiteral("SELECT path FROM uploads UNION SELECT path FROM versions"));
    if (!named)
        return named.error();
    QSet<QString> known;
    for (const sqlite::SqliteRow& r : named.value())
        known.insert(QFileInfo(r.text(0)).fileName());
    const QDir files(m_ctx.store().filesDir());
    for (const QString& name : files.entryList(QDir::Files | QDir::Hidden | QDir::System)) {
        if (!known.contains(name) && QFile::remove(files.filePath(name)))
            ++repaired;
    }
    sweepExpired();
    return repaired;
}

} // namespace apd::server
