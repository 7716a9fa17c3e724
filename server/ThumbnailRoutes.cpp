#include "server/ThumbnailRoutes.h"

#include "server/FileRoutes.h"

#include "inspect/Thumbnailer.h"
#include "samples/ImageEncoder.h"

#include <httplib.h>

#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <algorithm>

namespace apd::server {

namespace {

const QByteArray pngSignature = QByteArrayLiteral("\x89PNG\r\n\x1a\n");

// The cached thumbnail, or empty when there is none (or a damaged one, which is made again).
QByteArray readCached(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || f.size() > (8 << 20))
        return {};
    const QByteArray bytes = f.readAll();
    return bytes.startsWith(pngSignature) ? bytes : QByteArray();
}

} // namespace

void ThumbnailRoutes::install(Router& router, PortalContext& ctx)
{
    router.add(
        QStringLiteral("GET"), QStringLiteral("/v1/projects/{projectId}/files/{itemId}/thumbnail"),
        [&ctx](Exchange& ex) {
            const std::optional<FileRoutes::StoredVersion> stored = FileRoutes::find(ex, ctx);
            if (!stored)
                return;
            int side = kDefaultSide;
            if (const auto s = ex.query("size")) {
                bool ok = false;
                const qint64 asked = s->toLongLong(&ok);
                if (!ok)
                    return ex.problem(400, QStringLiteral("bad-parameter"),
                                      tr("\"size\" is the longest side of the thumbnail in pixels (%1 to %2).")
                                          .arg(kMinSide)
                                          .arg(kMaxSide));
                side = int(std::clamp<qint64>(asked, kMinSide, kMaxSide));
            }
            const qint64 iid = ex.id(QStringLiteral("itemId"));
            const QString &path = stored->path, &sha = stored->sha256;
            const qint64 size = stored->size, found = stored->version;
            // The thumbnail is made without the store lock held: a large image takes a while.
            const QString dir = QDir(ctx.config().dataDir).filePath(QStringLiteral("thumbnails"));
            const QString cachePath =
                QDir(dir).filePath(sha + QLatin1Char('-') + QString::number(side) + QStringLiteral(".png"));
            QByteArray png = readCached(cachePath);
            const bool hit = !png.isEmpty();
            if (!hit) {
                QFile file(path);
                if (!file.open(QIODevice::ReadOnly) || file.size() != size)
                    return ctx.failed(
                        ex, Error{QStringLiteral("io"),
                                  QStringLiteral("the stored bytes of item %1 are missing or cut short").arg(iid)});
                const Result<inspect::Thumbnail> thumb = inspect::Thumbnailer::make(file, side);
                if (!thumb)
                    return ex.problem(415, QStringLiteral("no-thumbnail"),
                                      tr("No thumbnail can be made of file %1: %2").arg(iid).arg(thumb.error().message),
                                      {{QStringLiteral("reason"), thumb.error().code}});
                samples::RawImage raw;
                raw.width = thumb.value().width;
                raw.height = thumb.value().height;
                raw.channels = 4;
                raw.pixels = thumb.value().rgba;
                const Result<QByteArray> encoded = samples::encodePng(raw);
                if (!encoded)
                    return ctx.failed(ex, encoded.error());
                png = encoded.value();
                QDir().mkpath(dir);
                QSaveFile out(cachePath);
                if (out.open(QIODevice::WriteOnly) && out.write(png) == png.size())
                    out.commit(); // a cache that cannot be written only costs time
            }
            ex.setHeader("ETag", QLatin1Char('"') + sha + QLatin1Char('-') + QString::number(side) + QLatin1Char('"'));
            ex.setHeader("File-Version", QString::number(found));
            ex.setHeader("Thumbnail-Cache", hit ? QStringLiteral("hit") : QStringLiteral("miss"));
            ex.response().status = 200;
            ex.response().set_content(png.constData(), size_t(png.size()), "image/png");
        });
}

} // namespace apd::server
