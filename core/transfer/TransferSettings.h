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

    // Files sent at once. Measured with bench/transfer on our portal over loopback, 4 files
    // of 128 MiB, two runs (load 13-15 on 2 cores): 1 at once 8.5 and 8.7 s end to end, 2 at
    // once 7.2 and 7.2 s, 4 at once 6.6 and 4.3 s: each file's end (the portal's last sync
    // and its transaction) and the next one's creation overlap the others' bytes. The client
    // peaks at 28 / 30 / 34 MiB. Not yet measured over a real WAN link.
    int parallel = 4;
    // 0: one PATCH for the rest of the file; else bytes per PATCH (413 halves it). Measured
    // with bench/transfer on our portal, 512 MiB over loopback, two runs: one PATCH 3.3 and
    // 2.4 s, 16 MiB parts 3.5 and 3.8 s, 64 MiB 3.4 and 2.5 s, 256 MiB 2.9 and 1.6 s: within
    // the noise, except 16 MiB a little slower each time. One PATCH needs the fewest
    // requests, and resuming costs nothing extra: the portal keeps what arrived of a cut one.
    qint64 chunkSize = 0;
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
    qint64 hashSliceBytes = 8LL << 20; // hashing shares the worker loop with transfers in slices
    // libcurl's read buffer per transfer, and so the size of each read from disk and of each
    // send. 2 MiB is libcurl's maximum. Measured with bench/transfer on our portal, 512 MiB
    // over loopback: 64 KiB took 34,709 system calls (16,499 polls, one per buffer and loop
    // turn), 2 MiB 3,590 (1,049 polls), at the same client CPU (about 1.2 s/GB with the hash
    // pass). Wall times of 16 KiB to 2 MiB lay within the machine's noise (3.1-7.4 s at a
    // load of 9-11 on 2 cores; 2 MiB 3.1-5.3 s, 64 KiB 2.8-6.4 s): the portal sets the pace.
    qint64 uploadBufferBytes = 2LL << 20;
};

} // namespace apd::transfer
