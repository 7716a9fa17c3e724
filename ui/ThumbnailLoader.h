#pragma once

#include <QHash>
#include <QImage>
#include <QObject>
#include <QPixmap>
#include <QPointer>
#include <QQueue>
#include <QThreadPool>

namespace apd::ui {

class PortalSession;

// The thumbnails of the order's rows, loaded only when a row asks (the delegate, when it
// paints a visible row) and never on the GUI thread:
//  - a local file (dropped, queued or uploading) through core's inspect::ThumbnailCache, on
//    this object's own small pool (QtConcurrent);
//  - a file on the portal (GET …/files/{itemId}/thumbnail through PortalSession, one call at
//    a time so that the order's own calls are not kept waiting), kept as PNG on disk under the
//    cache directory by portal, project, item and version: an order opened again, or offline,
//    shows it without asking the portal.
// Keys name what is shown: localKey(path) or portalKey(project, item, version). A failure (a
// PSD, a damaged file) is remembered with its reason; one of the network is tried again after
// retryTransient(). GUI thread only.
class ThumbnailLoader : public QObject
{
    Q_OBJECT

public:
    // The longest side of a row's thumbnail in device-independent pixels: the portal's
    // smallest, and a row no taller than two lines of text.
    static constexpr int kSide = 32;

    enum class State
    {
        None,
        Loading,
        Ready,
        Failed,
    };

    // `cacheDirectory`: where local and portal thumbnails are kept (AppPaths::thumbnailDir()).
    explicit ThumbnailLoader(QString cacheDirectory, QObject* parent = nullptr);
    ~ThumbnailLoader() override;

    // The portal the portal keys are read from; null: from the disk cache only.
    void setSession(PortalSession* session);

    static QString localKey(const QString& path);
    static QString portalKey(qint64 projectId, qint64 itemId, int version);

    State state(const QString& key) const;
    QPixmap pixmap(const QString& key) const; // null until Ready
    QString failure(const QString& key) const;
    // Starts loading `key` unless it is loading, loaded or failed for good. Never blocks.
    void request(const QString& key);
    // Drops what is known of `key` (a file dropped again may have changed): made again when asked.
    void forget(const QString& key);
    // Failures of the network are tried again when next asked (the order was read again).
    void retryTransient();
    bool busy() const { return m_running > 0 || m_inFlight || !m_queue.isEmpty(); }

    // Test hooks
    QString cacheDirectory() const { return m_directory; }
    // The file that keeps (or would keep) the portal's thumbnail of `key`.
    QString portalCacheFile(const QString& key) const;
    // Forgets the pixmaps in memory (the disk cache stays), as a window opened anew would.
    void forgetLoaded();

Q_SIGNALS:
    // `key` is Ready or Failed.
    void loaded(const QString& key);

private:
    struct Entry
    {
        State state = State::None;
        QPixmap pixmap;
        QString failure;
        bool transient = false;
    };
    struct Decoded
    {
        QImage image;
        QString failure;     // empty: image holds the thumbnail
        bool inCache = true; // a portal key: false when the disk cache had none
    };

    int pixelSide() const;
    void loadLocal(const QString& key, const QString& path);
    void loadPortal(const QString& key);
    void fetchNext();
    void finish(const QString& key, const Decoded& decoded, bool transient = false);

    QString m_directory;
    QPointer<PortalSession> m_session;
    QString m_portalDir; // m_directory/portal/<hash of the server's address>
    QHash<QString, Entry> m_entries;
    QQueue<QString> m_queue; // portal keys the disk cache did not have, waiting for the portal
    bool m_inFlight = false;
    QString m_inFlightKey;
    int m_running = 0;
    QThreadPool m_pool;
};

} // namespace apd::ui
