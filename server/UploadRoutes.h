#pragma once

#include "server/PortalContext.h"
#include "server/Router.h"

#include <QHash>
#include <QSet>

#include <memory>
#include <mutex>

namespace apd::server {

// The tus 1.0 endpoint under /v1/uploads: core, creation, creation-with-upload, termination,
// expiration, checksum (sha1, sha256).
//
//   POST ──► created (received 0, or the first bytes) ──PATCH…──► complete ──► registered
//     │          │  ▲                                                │            (asset, source,
//     │          │  └── HEAD: the durable offset to resume from       │             background)
//     │          ├── DELETE: terminated (row and bytes gone)          └── whole-file SHA-256
//     │          └── idle past Upload-Expires: expired (410, swept)       mismatch: reset to 0 (460)
//     └── the name fits no open request: 422 before any byte
//
// Durability: bytes are appended to files/<uploadId>; the offset in the database is moved
// only after fdatasync, at the end of each PATCH and every checkpoint (ServerConfig::checkpointSeconds). After a crash
// the file is cut back to the recorded offset, so HEAD always tells a resumable truth, and an asset is registered in
// the same transaction that records the last byte. Thread-safe: one writer per upload at a time (another gets 423).
class UploadRoutes
{
    Q_DECLARE_TR_FUNCTIONS(UploadRoutes)

public:
    explicit UploadRoutes(PortalContext& context) : m_ctx(context) {}
    ~UploadRoutes();

    void install(Router& router);
    // Cuts every unfinished upload's file back to its recorded offset and sweeps the
    // expired ones; run before serving.
    Result<int> recover();

private:
    struct HashState;
    class WriteLock;

    void options(Exchange& ex);
    void create(Exchange& ex, const httplib::ContentReader& reader);
    void head(Exchange& ex);
    void patch(Exchange& ex, const httplib::ContentReader& reader);
    void terminate(Exchange& ex);

    // Appends the request body at the upload's offset; answers the request.
    void receive(Exchange& ex, const httplib::ContentReader& reader, const QString& uploadId, bool created);
    bool tusVersionOk(Exchange& ex);
    void discardBody(Exchange& ex, const httplib::ContentReader& reader);
    void refuseBody(Exchange& ex, const httplib::ContentReader& reader, int status, const QString& code,
                    const QString& detail);
    int sweepExpired();

    std::unique_ptr<HashState> takeHash(const QString& id);
    void keepHash(const QString& id, std::unique_ptr<HashState> state);
    void dropHash(const QString& id);

    PortalContext& m_ctx;
    std::mutex m_mutex; // guards m_writing and m_hashes
    QSet<QString> m_writing;
    QHash<QString, HashState*> m_hashes;
};

} // namespace apd::server
