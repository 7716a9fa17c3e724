#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QString>

namespace apd::testing {

// @tus/server (with its file store) run by Node on 127.0.0.1, as a child process of the
// test. Its uploads are files in `storeDir()`: `<id>` holds the bytes, `<id>.json` the
// metadata and size.
class TusNodeServer
{
public:
    explicit TusNodeServer(const QString& storeDir);
    ~TusNodeServer();

    // Starts the server on `port` (0: an ephemeral one). Returns false with `error()` set.
    bool start(quint16 port = 0, qint64 expireMs = 0);
    // Kills the server (SIGKILL: a crash, not a shutdown).
    void kill();
    quint16 port() const { return m_port; }
    QString error() const { return m_error; }
    QString storeDir() const { return m_storeDir; }

    struct StoredUpload
    {
        QString id;
        qint64 size = -1;
        qint64 offset = 0; // bytes on disk
        QString name;      // from the metadata
        QString sha256;    // from the metadata
        QString contentSha256; // of the bytes on disk
    };
    QList<StoredUpload> uploads() const;

    // The directory holding package.json and server.js (node_modules installed).
    static QString serverDir();

private:
    QString m_storeDir;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace apd::testing
