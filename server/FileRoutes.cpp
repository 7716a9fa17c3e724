#include "server/FileRoutes.h"

#include <httplib.h>

#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <memory>

namespace apd::server {

namespace {

using sqlite::SqliteDatabase;

QString contentTypeOf(const QString& name)
{
    const QString ext = QFileInfo(name).suffix().toLower();
    if (ext == QLatin1String("jpg") || ext == QLatin1String("jpeg"))
        return QStringLiteral("image/jpeg");
    if (ext == QLatin1String("png"))
        return QStringLiteral("image/png");
    if (ext == QLatin1String("psd") || ext == QLatin1String("psb"))
        return QStringLiteral("image/vnd.adobe.photoshop");
    if (ext == QLatin1String("mp4"))
        return QStringLiteral("video/mp4");
    if (ext == QLatin1String("mov"))
        return QStringLiteral("video/quicktime");
    return QStringLiteral("application/octet-stream");
}

} // namespace

std::optional<FileRoutes::StoredVersion> FileRoutes::find(Exchange& ex, PortalContext& ctx)
{
    const auto caller = ctx.authenticate(ex);
    if (!caller)
        return std::nullopt;
    qint64 version = 0; // 0: the latest
    if (const auto v = ex.query("version")) {
        bool ok = false;
        version = v->toLongLong(&ok);
        if (!ok || version < 1) {
            ex.problem(400, QStringLiteral("bad-parameter"),
                       tr("\"version\" is a version number (a whole number from 1)."));
            return std::nullopt;
        }
    }
    const qint64 pid = ex.id(QStringLiteral("projectId"));
    const qint64 iid = ex.id(QStringLiteral("itemId"));
    auto lock = ctx.store().lock();
    SqliteDatabase& db = ctx.store().db();
    if (!ctx.allow(ex, *caller, pid, ProjectNeed::See))
        return std::nullopt;
    const auto rows =
        db.query(QStringLiteral("SELECT i.name, v.path, v.size, v.sha256, v.version FROM items i "
                                "JOIN versions v ON v.item_id = i.id WHERE i.id = ?1 AND i.project_id = ?2 AND "
                                "(?3 = 0 AND v.version = i.version OR v.version = ?3)"),
                 {iid, pid, version});
    if (!rows) {
        ctx.failed(ex, rows.error());
        return std::nullopt;
    }
    if (rows.value().isEmpty()) {
        ex.problem(404, QStringLiteral("file-not-found"),
                   version ? tr("This project has no version %1 of file %2.").arg(version).arg(iid)
                           : tr("This project has no file %1.").arg(iid));
        return std::nullopt;
    }
    const sqlite::SqliteRow& r = rows.value().first();
    return StoredVersion{r.text(0), r.text(1), r.text(3), r.integer(2), r.integer(4)};
}

void FileRoutes::install(Router& router, PortalContext& ctx)
{
    router.add(QStringLiteral("GET"), QStringLiteral("/v1/projects/{projectId}/files/{itemId}"), [&ctx](Exchange& ex) {
        const std::optional<StoredVersion> stored = find(ex, ctx);
        if (!stored)
            return;
        const QString &name = stored->name, &path = stored->path, &sha = stored->sha256;
        const qint64 size = stored->size, found = stored->version, iid = ex.id(QStringLiteral("itemId"));
        // The bytes travel without the store lock held.
        auto file = std::make_shared<QFile>(path);
        if (!file->open(QIODevice::ReadOnly) || file->size() != size)
            return ctx.failed(ex,
                              Error{QStringLiteral("io"),
                                    QStringLiteral("the stored bytes of item %1 are missing or cut short").arg(iid)});
        ex.setHeader("ETag", QLatin1Char('"') + sha + QLatin1Char('"'));
        ex.setHeader("File-Version", QString::number(found));
        ex.setHeader("Content-Disposition", QStringLiteral("attachment; filename*=UTF-8''") +
                                                QString::fromLatin1(QUrl::toPercentEncoding(name)));
        ex.response().status = 200;
        ex.response().set_content_provider(size_t(size), contentTypeOf(name).toStdString(),
                                           [file](size_t offset, size_t length, httplib::DataSink& sink) {
                                               if (!file->seek(qint64(offset)))
                                                   return false;
                                               const QByteArray chunk =
                                                   file->read(qint64(std::min<size_t>(length, 1 << 20)));
                                               if (chunk.isEmpty())
                                                   return false;
                                               return sink.write(chunk.constData(), size_t(chunk.size()));
                                           });
    });
}

} // namespace apd::server
