#include "inspect/ThumbnailCache.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace apd::inspect {

namespace {

const QByteArray magic = QByteArrayLiteral("APDTHMB1");
constexpr int headerSize = 8 + 4 + 4;

void putBe32(QByteArray& a, quint32 v)
{
    a.append(char(v >> 24)).append(char(v >> 16)).append(char(v >> 8)).append(char(v));
}

quint32 getBe32(const QByteArray& a, qsizetype at)
{
    const auto* p = reinterpret_cast<const unsigned char*>(a.constData() + at);
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

} // namespace

QString ThumbnailCache::entryPath(const QString& path, int maxSide) const
{
    const QFileInfo info(path);
    if (!info.exists())
        return {};
    const QString key = info.absoluteFilePath() + QLatin1Char('\n') + QString::number(info.size()) + QLatin1Char('\n')
                        + QString::number(info.lastModified().toMSecsSinceEpoch()) + QLatin1Char('\n')
                        + QString::number(maxSide);
    const QByteArray hash = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex();
    return QDir(m_directory).filePath(QString::fromLatin1(hash) + QLatin1String(".rgba"));
}

Result<Thumbnail> ThumbnailCache::get(const QString& path, int maxSide, bool* fromCache) const
{
    if (fromCache)
        *fromCache = false;
    const QString entry = entryPath(path, maxSide);
    if (entry.isEmpty())
        return Error{QStringLiteral("unreadable"), tr("%1 does not exist.").arg(path)};
    QFile cached(entry);
    if (cached.open(QIODevice::ReadOnly) && cached.size() >= headerSize
        && cached.size() <= headerSize + qint64(maxSide) * maxSide * 4) {
        const QByteArray data = cached.readAll();
        if (data.startsWith(magic)) {
            Thumbnail t;
            t.width = int(getBe32(data, 8));
            t.height = int(getBe32(data, 12));
            if (t.width > 0 && t.height > 0 && t.width <= maxSide && t.height <= maxSide
                && data.size() == headerSize + qsizetype(t.width) * t.height * 4) {
                t.rgba = data.mid(headerSize);
                if (fromCache)
                    *fromCache = true;
                return t;
            }
        }
    }
    Result<Thumbnail> made = Thumbnailer::make(path, maxSide);
    if (!made)
        return made;
    QDir().mkpath(m_directory);
    QSaveFile out(entry);
    if (out.open(QIODevice::WriteOnly)) {
        QByteArray header = magic;
        putBe32(header, quint32(made.value().width));
        putBe32(header, quint32(made.value().height));
        out.write(header);
        out.write(made.value().rgba);
        out.commit(); // a cache that cannot be written only costs time
    }
    return made;
}

} // namespace apd::inspect
