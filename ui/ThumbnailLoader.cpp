#include "ThumbnailLoader.h"

#include "PortalSession.h"
#include "inspect/ThumbnailCache.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QSaveFile>

#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace apd::ui {

namespace {

const QString kLocal = QStringLiteral("file:");
const QString kPortal = QStringLiteral("portal:");

struct PortalItem
{
    qint64 projectId = 0;
    qint64 itemId = 0;
    int version = 0;
};

PortalItem parsePortalKey(const QString& key)
{
    const QStringList parts = key.mid(kPortal.size()).split(QLatin1Char('/'));
    if (parts.size() != 3)
        return {};
    return {parts[0].toLongLong(), parts[1].toLongLong(), parts[2].toInt()};
}

} // namespace

ThumbnailLoader::ThumbnailLoader(QString cacheDirectory, QObject* parent)
    : QObject(parent), m_directory(std::move(cacheDirectory))
{
    // Two at most: the file checks of a drop run at the same time and matter more.
    m_pool.setMaxThreadCount(2);
    setSession(nullptr);
}

ThumbnailLoader::~ThumbnailLoader()
{
    m_pool.waitForDone();
}

void ThumbnailLoader::setSession(PortalSession* session)
{
    m_session = session;
    const QString server = session ? session->connection().server.toString(QUrl::StripTrailingSlash) : QString();
    const QByteArray hash = QCryptographicHash::hash(server.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    const QString dir = QDir(m_directory).filePath(QStringLiteral("portal/") + QString::fromLatin1(hash));
    // The call of a session that is gone never answers: its key is asked again when next painted.
    if (m_inFlight) {
        m_entries.remove(m_inFlightKey);
        m_inFlight = false;
    }
    if (dir != m_portalDir) {
        // Another portal: the same project and item ids name other files there.
        for (auto it = m_entries.begin(); it != m_entries.end();)
            it = it.key().startsWith(kPortal) ? m_entries.erase(it) : std::next(it);
        m_queue.clear();
        m_portalDir = dir;
    }
    fetchNext();
}

QString ThumbnailLoader::localKey(const QString& path)
{
    return kLocal + path;
}

QString ThumbnailLoader::portalKey(qint64 projectId, qint64 itemId, int version)
{
    return kPortal + QStringLiteral("%1/%2/%3").arg(projectId).arg(itemId).arg(version);
}

ThumbnailLoader::State ThumbnailLoader::state(const QString& key) const
{
    return m_entries.value(key).state;
}

QPixmap ThumbnailLoader::pixmap(const QString& key) const
{
    return m_entries.value(key).pixmap;
}

QString ThumbnailLoader::failure(const QString& key) const
{
    return m_entries.value(key).failure;
}

int ThumbnailLoader::pixelSide() const
{
    const qreal ratio = qApp ? qApp->devicePixelRatio() : 1.0;
    return int(std::ceil(kSide * std::max<qreal>(1.0, ratio)));
}

QString ThumbnailLoader::portalCacheFile(const QString& key) const
{
    const PortalItem item = parsePortalKey(key);
    return QDir(m_portalDir)
        .filePath(
            QStringLiteral("%1-%2-v%3-%4.png").arg(item.projectId).arg(item.itemId).arg(item.version).arg(pixelSide()));
}

void ThumbnailLoader::request(const QString& key)
{
    if (key.isEmpty() || m_entries.value(key).state != State::None)
        return;
    m_entries[key].state = State::Loading;
    if (key.startsWith(kLocal))
        loadLocal(key, key.mid(kLocal.size()));
    else if (key.startsWith(kPortal))
        loadPortal(key);
    else
        finish(key, {{}, tr("This row has no picture."), true});
}

void ThumbnailLoader::forget(const QString& key)
{
    if (m_entries.value(key).state != State::Loading)
        m_entries.remove(key);
}

void ThumbnailLoader::retryTransient()
{
    for (auto it = m_entries.begin(); it != m_entries.end();)
        it = it->state == State::Failed && it->transient ? m_entries.erase(it) : std::next(it);
}

void ThumbnailLoader::forgetLoaded()
{
    for (auto it = m_entries.begin(); it != m_entries.end();)
        it = it->state == State::Ready ? m_entries.erase(it) : std::next(it);
}

void ThumbnailLoader::loadLocal(const QString& key, const QString& path)
{
    ++m_running;
    const int side = pixelSide();
    const QString dir = QDir(m_directory).filePath(QStringLiteral("local"));
    auto* watcher = new QFutureWatcher<Decoded>(this);
    connect(watcher, &QFutureWatcher<Decoded>::finished, this, [this, watcher, key] {
        --m_running;
        finish(key, watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, [path, side, dir]() -> Decoded {
        const Result<inspect::Thumbnail> t = inspect::ThumbnailCache(dir).get(path, side);
        if (!t)
            return {{}, t.error().message};
        const inspect::Thumbnail& th = t.value();
        QImage view(reinterpret_cast<const uchar*>(th.rgba.constData()), th.width, th.height, th.width * 4,
                    QImage::Format_RGBA8888);
        return {view.copy(), {}};
    }));
}

void ThumbnailLoader::loadPortal(const QString& key)
{
    ++m_running;
    const QString file = portalCacheFile(key);
    auto* watcher = new QFutureWatcher<Decoded>(this);
    connect(watcher, &QFutureWatcher<Decoded>::finished, this, [this, watcher, key] {
        --m_running;
        const Decoded d = watcher->result();
        watcher->deleteLater();
        if (d.inCache)
            return finish(key, d);
        if (!m_session)
            return finish(key, {{}, tr("Not connected to the portal."), false}, true);
        m_queue.enqueue(key);
        fetchNext();
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, [file]() -> Decoded {
        QImage image;
        if (QFile::exists(file) && image.load(file, "PNG"))
            return {image, {}};
        return {{}, {}, false}; // missing or damaged: asked of the portal again
    }));
}

void ThumbnailLoader::fetchNext()
{
    if (m_inFlight || m_queue.isEmpty())
        return;
    if (!m_session) {
        while (!m_queue.isEmpty())
            finish(m_queue.dequeue(), {{}, tr("Not connected to the portal."), false}, true);
        return;
    }
    const QString key = m_queue.dequeue();
    const PortalItem item = parsePortalKey(key);
    const int side = pixelSide();
    const QString file = portalCacheFile(key);
    m_inFlight = true;
    m_inFlightKey = key;
    m_session->callQuietly<QImage>(
        [item, side, file](portal::PortalClient& client) -> Result<QImage> {
            // Decoded and kept on disk here, on the session's worker thread.
            const Result<QByteArray> png = client.thumbnail(item.projectId, item.itemId, side, item.version);
            if (!png)
                return png.error();
            QImage image;
            if (!image.loadFromData(png.value(), "PNG"))
                return Error{QStringLiteral("bad-response"), tr("The portal's thumbnail cannot be read.")};
            QDir().mkpath(QFileInfo(file).path());
            QSaveFile out(file);
            if (out.open(QIODevice::WriteOnly) && out.write(png.value()) == png.value().size())
                out.commit(); // a cache that cannot be written only costs a fetch next time
            return image;
        },
        this,
        [this, key](const QImage& image) {
            m_inFlight = false;
            finish(key, {image, {}});
            fetchNext();
        },
        [this, key](const Error& e) {
            m_inFlight = false;
            const bool transient = portal::PortalClient::isTransportError(e);
            finish(key, {{}, e.message}, transient);
            fetchNext();
        });
}

void ThumbnailLoader::finish(const QString& key, const Decoded& decoded, bool transient)
{
    Entry& e = m_entries[key];
    if (decoded.failure.isEmpty() && !decoded.image.isNull()) {
        e.state = State::Ready;
        e.pixmap = QPixmap::fromImage(decoded.image);
        e.pixmap.setDevicePixelRatio(qreal(e.pixmap.width() > kSide || e.pixmap.height() > kSide
                                               ? double(std::max(e.pixmap.width(), e.pixmap.height())) / kSide
                                               : 1.0));
        e.failure.clear();
    } else {
        e.state = State::Failed;
        e.failure = decoded.failure.isEmpty() ? tr("The picture cannot be read.") : decoded.failure;
        e.transient = transient;
    }
    Q_EMIT loaded(key);
}

} // namespace apd::ui
