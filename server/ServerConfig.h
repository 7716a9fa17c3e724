#pragma once

#include <QString>

#include <functional>

namespace apd::server {

// Everything a PortalServer needs to run; the defaults suit a real deployment.
struct ServerConfig
{
    QString dataDir; // the SQLite file and the uploaded bytes live here
    QString host = QStringLiteral("127.0.0.1");
    int port = 8443;        // 0: any free port (see PortalServer::port())
    QString tlsCertificate; // PEM; both set: HTTPS
    QString tlsKey;
    bool demo = false; // notifications also go to stdout

    qint64 maxUploadBytes = qint64(1) << 40; // Tus-Max-Size
    qint64 maxJsonBytes = 1 << 20;
    qint64 uploadLifetimeMs = 24LL * 3600 * 1000; // an unfinished upload expires after this idle time
    qint64 sessionLifetimeMs = 12LL * 3600 * 1000;
    int longPollMaxSeconds = 30;
    int threads = 32;            // worker threads: uploads and long polls hold one each
    int readTimeoutSeconds = 30; // a client silent this long mid-request is dropped
    int keepAliveSeconds = 5;    // an idle kept-alive connection is closed after this
    // How often a long PATCH makes its offset durable, besides at its end: after a crash the
    // client sends again at most this long a stretch. By time, not by bytes: a sync every
    // 64 MiB cut the ingest of 8 parallel uploads to 0.59 of dd's (bench/server), one every
    // few seconds costs nothing measurable, and a slow link still gets its checkpoints.
    int checkpointSeconds = 10;

    // scrypt cost of new password hashes; verification reads the cost from the stored hash.
    // The defaults follow OWASP's scrypt guidance (N=2^14, r=8, p=5: 16 MiB per hash);
    // tests lower them to keep the suite fast, the code path is the same.
    quint64 scryptN = 1 << 14;
    quint64 scryptR = 8;
    quint64 scryptP = 5;

    // Milliseconds since the epoch; tests replace it to expire uploads and sessions.
    std::function<qint64()> clock;
};

} // namespace apd::server
