#include "FaultProxy.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <map>
#include <optional>

namespace apd::testing {

struct FaultProxy::Shared
{
    mutable std::mutex mutex;
    struct Armed
    {
        Fault fault;
        int base = 0; // requests of that method seen when it was added
    };
    QList<Armed> faults;
    std::map<QByteArray, int> counts;
    QList<Exchange> log;
    bool advertiseChecksum = false;

    // Counts the request and returns the fault that hits it, if any.
    std::optional<Fault> match(const QByteArray& method, int* logIndex, const Exchange& entry)
    {
        const std::lock_guard<std::mutex> lock(mutex);
        const int n = ++counts[method];
        log.append(entry);
        *logIndex = static_cast<int>(log.size() - 1);
        for (const Armed& a : faults) {
            const int nth = n - a.base;
            if (a.fault.method == method && nth >= a.fault.nth && nth < a.fault.nth + a.fault.times) {
                log[*logIndex].faulted = true;
                return a.fault;
            }
        }
        return std::nullopt;
    }
    template <typename F>
    void update(int index, F f)
    {
        const std::lock_guard<std::mutex> lock(mutex);
        if (index >= 0 && index < log.size())
            f(log[index]);
    }
};

namespace {

QByteArray headerValue(const QList<QByteArray>& lines, const QByteArray& name)
{
    for (const QByteArray& l : lines) {
        const qsizetype colon = l.indexOf(':');
        if (colon > 0 && l.left(colon).trimmed().toLower() == name)
            return l.mid(colon + 1).trimmed();
    }
    return {};
}

} // namespace

// One client connection and its connection to the server.
class ProxyConnection : public QObject
{
public:
    ProxyConnection(QTcpSocket* client, quint16 target, std::shared_ptr<FaultProxy::Shared> shared, QObject* parent)
        : QObject(parent), m_client(client), m_upstream(new QTcpSocket(this)), m_shared(std::move(shared))
    {
        m_client->setParent(this);
        connect(m_client, &QTcpSocket::readyRead, this, &ProxyConnection::fromClient);
        connect(m_client, &QTcpSocket::disconnected, this, &ProxyConnection::clientGone);
        connect(m_upstream, &QTcpSocket::readyRead, this, &ProxyConnection::fromServer);
        connect(m_upstream, &QTcpSocket::disconnected, this, &ProxyConnection::serverGone);
        connect(m_upstream, &QTcpSocket::errorOccurred, this, [this] {
            if (m_upstream->state() != QAbstractSocket::ConnectedState)
                serverGone();
        });
        m_upstream->connectToHost(QHostAddress::LocalHost, target);
    }

    void cut()
    {
        m_done = true;
        m_client->abort();
        m_upstream->abort();
        deleteLater();
    }

private:
    void fromClient()
    {
        QByteArray data = m_client->readAll();
        if (m_done)
            return;
        if (!m_headDone) {
            m_head += data;
            const qsizetype end = m_head.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            data = m_head.mid(end + 4);
            QList<QByteArray> lines = m_head.left(end).split('\n');
            for (QByteArray& l : lines)
                l = l.trimmed();
            m_headDone = true;
            const QList<QByteArray> requestLine = lines.value(0).split(' ');
            m_method = requestLine.value(0);
            m_contentLength = headerValue(lines, "content-length").toLongLong();
            FaultProxy::Exchange entry;
            entry.method = m_method;
            entry.path = requestLine.value(1);
            const QByteArray offset = headerValue(lines, "upload-offset");
            entry.requestOffset = offset.isEmpty() ? -1 : offset.toLongLong();
            m_checksum = headerValue(lines, "upload-checksum");
            entry.checksumPresent = !m_checksum.isEmpty();
            m_fault = m_shared->match(m_method, &m_index, entry);
            if (m_fault && m_fault->kind == FaultProxy::FaultKind::RefuseConnection)
                return cut();
            QByteArray head = lines.value(0) + "\r\n";
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QByteArray lower = lines[i].toLower();
                if (lines[i].isEmpty() || lower.startsWith("connection:") || lower.startsWith("upload-checksum:"))
                    continue;
                head += lines[i] + "\r\n";
            }
            head += "Connection: close\r\n\r\n";
            if (!respondsItself())
                m_upstream->write(head);
        }
        body(data);
    }

    bool respondsItself() const { return m_fault && m_fault->kind == FaultProxy::FaultKind::Respond; }

    void body(const QByteArray& data)
    {
        if (data.isEmpty() && m_received < m_contentLength)
            return;
        m_received += data.size();
        m_shared->update(m_index, [&](FaultProxy::Exchange& e) { e.bodyFromClient = m_received; });
        if (respondsItself()) {
            if (m_received >= m_contentLength)
                answer(m_fault->status);
            return;
        }
        if (m_stalled) {
            m_held += data;
            return;
        }
        forward(data);
    }

    void forward(QByteArray data)
    {
        if (m_fault && !m_faultDone &&
            (m_fault->kind == FaultProxy::FaultKind::DropAtByte || m_fault->kind == FaultProxy::FaultKind::StallAtByte) &&
            m_forwarded + data.size() >= m_fault->at) {
            const qint64 keep = std::max<qint64>(0, m_fault->at - m_forwarded);
            send(data.left(keep));
            m_faultDone = true;
            if (m_fault->kind == FaultProxy::FaultKind::DropAtByte) {
                // The server gets what was forwarded, then the connection ends mid-body.
                m_upstream->flush();
                m_upstream->disconnectFromHost();
                m_client->abort();
                m_done = true;
                deleteLater();
                return;
            }
            m_stalled = true;
            m_held = data.mid(keep);
            QTimer::singleShot(m_fault->ms, this, [this] {
                m_stalled = false;
                if (m_client->state() == QAbstractSocket::ConnectedState)
                    forward(std::exchange(m_held, {}));
            });
            return;
        }
        send(data);
    }

    void send(const QByteArray& data)
    {
        if (data.isEmpty())
            return;
        m_sha1.addData(data);
        m_forwarded += data.size();
        m_upstream->write(data);
        const bool complete = m_forwarded == m_contentLength;
        const bool matched = complete && checksumMatches();
        m_shared->update(m_index, [&](FaultProxy::Exchange& e) {
            e.bodyForwarded = m_forwarded;
            if (complete)
                e.checksumMatched = matched;
        });
    }

    bool checksumMatches() const
    {
        const QList<QByteArray> parts = m_checksum.split(' ');
        return parts.size() == 2 && parts[0] == "sha1" && QByteArray::fromBase64(parts[1]) == m_sha1.result();
    }

    void answer(int status)
    {
        const QByteArray body = "injected by the test proxy";
        QByteArray r = "HTTP/1.1 " + QByteArray::number(status) + " Injected\r\nTus-Resumable: 1.0.0\r\n"
                       "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
        m_client->write(r);
        m_client->disconnectFromHost();
        m_upstream->abort();
        m_shared->update(m_index, [&](FaultProxy::Exchange& e) { e.status = status; });
        m_done = true;
    }

    void fromServer()
    {
        QByteArray data = m_upstream->readAll();
        if (m_done && !m_client->isOpen())
            return;
        if (!m_respHeadDone) {
            m_respHead += data;
            const qsizetype end = m_respHead.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            data = m_respHead.mid(end + 4);
            QList<QByteArray> lines = m_respHead.left(end).split('\n');
            for (QByteArray& l : lines)
                l = l.trimmed();
            m_respHeadDone = true;
            const int status = lines.value(0).split(' ').value(1).toInt();
            QByteArray head = lines.value(0) + "\r\n";
            qint64 responseOffset = -1;
            bool advertise = false;
            {
                const std::lock_guard<std::mutex> lock(m_shared->mutex);
                advertise = m_shared->advertiseChecksum;
            }
            for (qsizetype i = 1; i < lines.size(); ++i) {
                QByteArray line = lines[i];
                const QByteArray lower = line.toLower();
                if (line.isEmpty())
                    continue;
                if (lower.startsWith("upload-offset:")) {
                    responseOffset = line.mid(14).trimmed().toLongLong();
                    if (m_fault && m_fault->kind == FaultProxy::FaultKind::RewriteOffset) {
                        responseOffset += m_fault->delta;
                        line = "Upload-Offset: " + QByteArray::number(responseOffset);
                    }
                }
                if (advertise && lower.startsWith("tus-extension:"))
                    line += ",checksum\r\nTus-Checksum-Algorithm: sha1";
                head += line + "\r\n";
            }
            head += "\r\n";
            m_client->write(head);
            m_shared->update(m_index, [&](FaultProxy::Exchange& e) {
                e.status = status;
                e.responseOffset = responseOffset;
            });
        }
        m_client->write(data);
    }

    void clientGone()
    {
        if (m_upstream->state() != QAbstractSocket::UnconnectedState) {
            // The client went away mid-request: the server must see the cut too.
            if (!m_respHeadDone)
                m_upstream->abort();
            else
                m_upstream->disconnectFromHost();
        }
        m_done = true;
        deleteLater();
    }

    void serverGone()
    {
        if (respondsItself())
            return;
        if (m_client->state() == QAbstractSocket::ConnectedState)
            m_client->disconnectFromHost();
    }

    QTcpSocket* m_client;
    QTcpSocket* m_upstream;
    std::shared_ptr<FaultProxy::Shared> m_shared;
    QByteArray m_head;
    bool m_headDone = false;
    QByteArray m_method;
    qint64 m_contentLength = 0;
    qint64 m_received = 0;
    qint64 m_forwarded = 0;
    std::optional<FaultProxy::Fault> m_fault;
    bool m_faultDone = false;
    bool m_stalled = false;
    QByteArray m_held;
    int m_index = -1;
    QByteArray m_checksum;
    QCryptographicHash m_sha1{QCryptographicHash::Sha1};
    QByteArray m_respHead;
    bool m_respHeadDone = false;
    bool m_done = false;
};

class ProxyWorker : public QObject
{
public:
    ProxyWorker(quint16 target, std::shared_ptr<FaultProxy::Shared> shared)
        : m_target(target), m_shared(std::move(shared))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* s = m_server.nextPendingConnection()) {
                auto* c = new ProxyConnection(s, m_target, m_shared, this);
                m_connections.append(c);
            }
        });
    }

    quint16 listen(quint16 port)
    {
        if (!m_server.listen(QHostAddress::LocalHost, port))
            return 0;
        return m_server.serverPort();
    }

    void setOffline(bool offline, quint16 port)
    {
        if (offline) {
            m_server.close();
            for (const QPointer<ProxyConnection>& c : std::as_const(m_connections)) {
                if (c)
                    c->cut();
            }
            m_connections.clear();
        } else if (!m_server.isListening()) {
            m_server.listen(QHostAddress::LocalHost, port);
        }
    }

private:
    quint16 m_target;
    std::shared_ptr<FaultProxy::Shared> m_shared;
    QTcpServer m_server{this}; // a child, so that it moves to the proxy thread with its parent
    QList<QPointer<ProxyConnection>> m_connections;
};

FaultProxy::FaultProxy(quint16 targetPort) : m_shared(std::make_shared<Shared>())
{
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("fault-proxy"));
    m_worker = new ProxyWorker(targetPort, m_shared);
    m_worker->moveToThread(m_thread);
    QObject::connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

FaultProxy::~FaultProxy()
{
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

quint16 FaultProxy::start()
{
    quint16 port = 0;
    QMetaObject::invokeMethod(m_worker, [&] { port = m_worker->listen(0); }, Qt::BlockingQueuedConnection);
    m_port = port;
    return port;
}

void FaultProxy::addFault(const Fault& fault)
{
    const std::lock_guard<std::mutex> lock(m_shared->mutex);
    m_shared->faults.append({fault, m_shared->counts[fault.method]});
}

void FaultProxy::clearFaults()
{
    const std::lock_guard<std::mutex> lock(m_shared->mutex);
    m_shared->faults.clear();
}

void FaultProxy::setOffline(bool offline)
{
    const quint16 port = m_port;
    QMetaObject::invokeMethod(m_worker, [this, offline, port] { m_worker->setOffline(offline, port); },
                              Qt::BlockingQueuedConnection);
}

void FaultProxy::setAdvertiseChecksum(bool on)
{
    const std::lock_guard<std::mutex> lock(m_shared->mutex);
    m_shared->advertiseChecksum = on;
}

QList<FaultProxy::Exchange> FaultProxy::exchanges() const
{
    const std::lock_guard<std::mutex> lock(m_shared->mutex);
    return m_shared->log;
}

void FaultProxy::clearLog()
{
    const std::lock_guard<std::mutex> lock(m_shared->mutex);
    m_shared->log.clear();
}

qint64 FaultProxy::bodyBytesFromClient() const
{
    const std::lock_guard<std::mutex> lock(m_shared->mutex);
    qint64 total = 0;
    for (const Exchange& e : m_shared->log)
        total += e.bodyFromClient;
    return total;
}

} // namespace apd::testing
