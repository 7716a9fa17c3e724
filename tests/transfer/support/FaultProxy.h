#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>
#include <mutex>

class QThread;

namespace apd::testing {

class ProxyWorker;

// A real HTTP/1.1 proxy on 127.0.0.1 between the client and a tus server, which injects
// faults into chosen exchanges and logs every one, so that tests can assert what was sent
// again. Each request travels on its own connection (the proxy asks both sides to close),
// which keeps the framing simple. Runs on its own thread: tests may block (e.g. on a
// subprocess) while it works. Thread-safe.
class FaultProxy
{
public:
    enum class FaultKind
    {
        DropAtByte,      // forward `at` body bytes, then cut both connections
        StallAtByte,     // forward `at` body bytes, then forward nothing for `ms` milliseconds
        Respond,         // answer `status` without forwarding (the body is read and discarded)
        RewriteOffset,   // add `delta` to the Upload-Offset of the answer
        RefuseConnection, // accept, then close at once without a byte
    };
    struct Fault
    {
        QByteArray method; // "PATCH", "HEAD", "POST", …
        int nth = 1;       // the n-th request of that method (1-based) from now on
        FaultKind kind = FaultKind::Respond;
        qint64 at = 0;
        int ms = 0;
        int status = 500;
        qint64 delta = 0;
        int times = 1;     // how many consecutive matching requests it hits
    };
    struct Exchange
    {
        QByteArray method;
        QByteArray path;
        qint64 requestOffset = -1;  // Upload-Offset sent by the client; -1 if none
        qint64 bodyFromClient = 0;  // body bytes the client sent
        qint64 bodyForwarded = 0;   // body bytes the server got
        int status = 0;             // 0: no answer (cut)
        qint64 responseOffset = -1; // Upload-Offset of the answer as the client saw it
        bool faulted = false;
        bool checksumPresent = false;
        bool checksumMatched = false; // sha1 Upload-Checksum checked against the body
    };

    explicit FaultProxy(quint16 targetPort);
    ~FaultProxy();

    // Starts listening on an ephemeral port; returns it (0 on failure).
    quint16 start();
    quint16 port() const { return m_port; }

    void addFault(const Fault& fault);
    void clearFaults();
    // Offline: the listening socket is closed (connections are refused) and open ones cut.
    void setOffline(bool offline);
    // Advertise the checksum extension (sha1) in OPTIONS answers and check Upload-Checksum.
    void setAdvertiseChecksum(bool on);

    QList<Exchange> exchanges() const;
    void clearLog();
    // Body bytes of PATCH/POST the client sent, over all exchanges.
    qint64 bodyBytesFromClient() const;

    struct Shared; // the faults and the log, shared with the proxy's thread

private:
    std::shared_ptr<Shared> m_shared;
    QThread* m_thread = nullptr;
    ProxyWorker* m_worker = nullptr;
    quint16 m_port = 0;
};

} // namespace apd::testing
