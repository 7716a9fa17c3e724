#include "TusNodeServer.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>

namespace apd::testing {

QString TusNodeServer::serverDir()
{
    return QString::fromUtf8(APD_TUS_NODE_DIR);
}

TusNodeServer::TusNodeServer(const QString& storeDir) : m_storeDir(storeDir)
{
    QDir().mkpath(storeDir);
}

TusNodeServer::~TusNodeServer()
{
    kill();
}

bool TusNodeServer::start(quint16 port, qint64 expireMs)
{
    QStringList args{serverDir() + QStringLiteral("/server.js"), QStringLiteral("--dir"), m_storeDir,
                     QStringLiteral("--port"), QString::number(port)};
    if (expireMs > 0)
        args << QStringLiteral("--expire-ms") << QString::number(expireMs);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start(QStringLiteral("node"), args);
    if (!m_process.waitForStarted(10000)) {
        m_error = m_process.errorString();
        return false;
    }
    // A restart on a port just released may need a moment; the server says when it listens.
    const QDeadlineTimer deadline(20000);
    QByteArray out;
    while (!deadline.hasExpired()) {
        if (!m_process.waitForReadyRead(200)) {
            if (m_process.state() == QProcess::NotRunning)
                break;
            continue;
        }
        out += m_process.readAllStandardOutput();
        const qsizetype at = out.indexOf("listening ");
        const qsizetype eol = out.indexOf('\n', at);
        if (at >= 0 && eol > at) {
            m_port = static_cast<quint16>(out.mid(at + 10, eol - at - 10).trimmed().toUInt());
            return m_port != 0;
        }
    }
    m_error = QString::fromUtf8(out + m_process.readAllStandardError());
    return false;
}

void TusNodeServer::kill()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QList<TusNodeServer::StoredUpload> TusNodeServer::uploads() const
{
    QList<StoredUpload> result;
    const QDir dir(m_storeDir);
    for (const QString& json : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile info(dir.filePath(json));
        if (!info.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject o = QJsonDocument::fromJson(info.readAll()).object();
        StoredUpload u;
        u.id = json.chopped(5);
        u.size = o.value(QLatin1String("size")).toInteger(-1);
        const QJsonObject meta = o.value(QLatin1String("metadata")).toObject();
        u.name = meta.value(QLatin1String("name")).toString();
        u.sha256 = meta.value(QLatin1String("sha256")).toString();
        QFile data(dir.filePath(u.id));
        if (data.open(QIODevice::ReadOnly)) {
            u.offset = data.size();
            QCryptographicHash h(QCryptographicHash::Sha256);
            h.addData(&data);
            u.contentSha256 = QString::fromLatin1(h.result().toHex());
        }
        result.append(u);
    }
    return result;
}

} // namespace apd::testing
