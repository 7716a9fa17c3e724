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

void FileRoutes::install(Router& router, PortalContext& ctx)
{
    router.add(QStringLiteral("GET"), QStringLiteral("/v1/projects/{projectId}/files/{itemId}"), [&ctx](Exchange& ex) {
        const auto caller = ctx.authenticate(ex);
        if (!caller)
            return;
        qint64 version = 0; // 0: the latest
        if (const auto v = ex.query("version")) {
            bool ok = false;
            version = v->toLongLong(&ok);
            if (!ok || version < 1)
                return ex.problem(400, QStringLiteral("bad-parameter"),
                                  tr("\"version\" is a version number (a whole number from 1)."));
        }
        const qint64 pid = ex.id(QStringLiteral("projectId"));
        const qint64 iid = ex.id(QStringLiteral("itemId"));
        QString name, path, sha;
        qint64 size = 0, found = 0;
        {
            auto lock = ctx.store().lock();
            SqliteDatabase& db = ctx.store().db();
            if (!ctx.allow(ex, *caller, pid, ProjectNeed::See))
                return;
            const auto rows =
                db.query(QStringLiteral("SELECT i.name, v.path, v.size, v.sha256, v.version FROM items i "
                                        "JOIN versions v ON v.item_id = i.id WHERE i.id = ?1 AND i.project_id = ?2 AND "
                                        "(?3 = 0 AND v.version = i.version OR v.version = ?3)"),
                         {iid, pid, version});
            if (!rows)
                return ctx.failed(ex, rows.error());
            if (rows.value().isEmpty())
                return ex.problem(404, QStringLiteral("file-not-found"),
                                  version ? tr("This project has no version %1 of file %2.").arg(version).arg(iid)
                                          : tr("This project has no file %1.").arg(iid));
            const sqlite::SqliteRow& r = rows.value().first();
            name = r.text(0);
            path = r.text(1);
            size = r.integer(2);
            sha = r.text(3);
            found = r.integer(4);
        }
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
