#pragma once

#include "FaultProxy.h"
#include "TusNodeServer.h"
#include "transfer/TransferQueue.h"

#include <QEventLoop>
#include <QFile>
#include <QMap>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

namespace apd::testing {

// Writes `size` bytes of seeded random content (so each file is different) to `path`.
inline bool writeRandomFile(const QString& path, qint64 size, quint32 seed)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QRandomGenerator random(seed);
    QByteArray block(64 * 1024, Qt::Uninitialized);
    qint64 left = size;
    while (left > 0) {
        random.fillRange(reinterpret_cast<quint32*>(block.data()), block.size() / 4);
        const qint64 n = std::min<qint64>(left, block.size());
        if (f.write(block.constData(), n) != n)
            return false;
        left -= n;
    }
    return true;
}

// Runs a TransferQueue until it is idle, recording what it reports.
class QueueRun
{
public:
    explicit QueueRun(const transfer::TransferSettings& settings) : m_queue(settings)
    {
        QObject::connect(&m_queue, &transfer::TransferQueue::taskChanged, &m_queue,
                         [this](const transfer::TaskReport& r) {
                             m_reports[r.path] = r;
                             if (m_onChange)
                                 m_onChange(r);
                         });
        QObject::connect(&m_queue, &transfer::TransferQueue::taskEvent, &m_queue,
                         [this](int, const QString& code, const QString&) { m_events.append(code); });
        QObject::connect(&m_queue, &transfer::TransferQueue::fatal, &m_queue,
                         [this](const QString& message) { m_fatal = message; });
    }

    transfer::TransferQueue& queue() { return m_queue; }

    // Waits until the queue is idle. The limit only guards against a hang; it is no assertion
    // about speed.
    bool waitIdle(int guardMs = 120000)
    {
        QEventLoop loop;
        bool idle = false;
        const auto c = QObject::connect(&m_queue, &transfer::TransferQueue::idle, &loop, [&] {
            idle = true;
            loop.quit();
        });
        QTimer::singleShot(guardMs, &loop, &QEventLoop::quit);
        loop.exec();
        QObject::disconnect(c);
        return idle;
    }

    // Processes events until `condition` holds (or the guard passes).
    bool waitFor(const std::function<bool()>& condition, int guardMs = 60000)
    {
        QElapsedTimer t;
        t.start();
        while (!condition()) {
            if (t.elapsed() > guardMs)
                return false;
            QTest::qWait(20);
        }
        return true;
    }

    void onChange(std::function<void(const transfer::TaskReport&)> f) { m_onChange = std::move(f); }
    transfer::TaskReport report(const QString& path) const { return m_reports.value(path); }
    const QMap<QString, transfer::TaskReport>& reports() const { return m_reports; }
    const QStringList& events() const { return m_events; }
    QString fatal() const { return m_fatal; }

private:
    transfer::TransferQueue m_queue;
    QMap<QString, transfer::TaskReport> m_reports;
    QStringList m_events;
    QString m_fatal;
    std::function<void(const transfer::TaskReport&)> m_onChange;
};

} // namespace apd::testing
