#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

namespace apd::transfer {

// Everything the transfer queue can be told. Defaults are the shipped behaviour; tests
// shorten the timers. Read by the worker thread only after start().
struct TransferSettings
{
    QString journalPath;            // the SQLite upload journal (created if missing)
    QUrl endpoint;                  // the tus creation URL, e.g. https://portal.example/files
    QList<QByteArray> extraHeaders; // e.g. "Authorization: Bearer …" on every request

    int parallel = 2;                      // files sent at once (see docs/transfer.md for the measurement)
    qint64 chunkSize = 0;                  // 0: one PATCH for the rest of the file; else bytes per PATCH
    qint64 checksumChunkSize = 64LL << 20; // parts when the server checks a checksum per request
    qint64 bandwidthLimit = 0;             // bytes per second for all transfers together; 0: none
    bool creationWithUpload = false;       // see UploadTask.h: why the default is an empty creation
    // The server compares the whole file with the `sha256` of Upload-Metadata when the last
    // byte arrives and refuses to complete it otherwise (our portal does: 460). Then the bytes
    // are not hashed again as they leave and no part carries Upload-Checksum: the server's
    // check covers both, and the file streams in one PATCH. A 460 at the end means the file
    // changed on disk in a way its size and mtime did not show. Any other tus server: false.
    bool serverVerifiesSha256 = false;

    QString proxy;  // empty: libcurl's environment (http_proxy, …); else this proxy
    QString caFile; // a PEM bundle trusted instead of the system store; empty: the system
    int connectTimeoutMs = 15000;
    int stallTimeoutMs = 30000; // no byte moved for this long: abort and resume
    int retrySoonBaseMs = 500;
    int retryLaterBaseMs = 4000;
    int retryCapMs = 60000;
    int maxFailures = 12; // consecutive failures without progress before stopping for now

    int progressIntervalMs = 250;
    qint64 hashSliceBytes = 8LL << 20;     // hashing shares the worker loop with transfers in slices
    qint64 uploadBufferBytes = 64LL << 10; // libcurl's read buffer per transfer
};

} // namespace apd::transfer
