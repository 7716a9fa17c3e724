#include "ImageFactory.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>

#include <zlib.h>

#include <algorithm>

bool ImageFactory::run(const QString& program, const QStringList& args, QByteArray* out)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForStarted(10000))
        return false;
    p.closeWriteChannel();
    QByteArray stdoutData;
    while (!p.waitForFinished(100))
        stdoutData += p.readAllStandardOutput();
    stdoutData += p.readAllStandardOutput();
    if (out)
        *out = stdoutData;
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

QByteArray ImageFactory::read(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool ImageFactory::write(const QString& path, const QByteArray& data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

bool ImageFactory::jpeg(const QString& path, int width, int height, const QStringList& extra)
{
    const QString size = QStringLiteral("%1x%2").arg(width).arg(height);
    return convert(QStringList{QStringLiteral("-size"), size, QStringLiteral("gradient:red-blue"),
                               QStringLiteral("-attenuate"), QStringLiteral("0.2"), QStringLiteral("+noise"),
                               QStringLiteral("Uniform"), QStringLiteral("-depth"), QStringLiteral("8")}
                   + extra + QStringList{path});
}

bool ImageFactory::pngRgba(const QString& path, int width, int height, const QStringList& extra)
{
    const QString size = QStringLiteral("%1x%2").arg(width).arg(height);
    return convert(QStringList{QStringLiteral("-size"), size, QStringLiteral("gradient:green-yellow"),
                               QStringLiteral("-attenuate"), QStringLiteral("0.2"), QStringLiteral("+noise"),
                               QStringLiteral("Uniform"), QStringLiteral("-alpha"), QStringLiteral("set"),
                               QStringLiteral("-channel"), QStringLiteral("A"), QStringLiteral("-evaluate"),
                               QStringLiteral("set"), QStringLiteral("60%"), QStringLiteral("+channel"),
                               QStringLiteral("-depth"), QStringLiteral("8")}
                   + extra + QStringList{QStringLiteral("PNG32:") + path});
}

namespace {
void be32(QByteArray& a, quint32 v)
{
    a.append(char(v >> 24)).append(char(v >> 16)).append(char(v >> 8)).append(char(v));
}
void setBe32(QByteArray& a, qsizetype at, quint32 v)
{
    a[at] = char(v >> 24);
    a[at + 1] = char(v >> 16);
    a[at + 2] = char(v >> 8);
    a[at + 3] = char(v);
}
} // namespace

QByteArray ImageFactory::iccProfile(const QString& description)
{
    QByteArray header(128, '\0');
    setBe32(header, 8, 0x02100000);
    header.replace(12, 4, "mntr");
    header.replace(16, 4, "RGB ");
    header.replace(20, 4, "XYZ ");
    header.replace(36, 4, "acsp");
    // desc tag: 'desc', reserved, ASCII count + text, Unicode (lang, count 0), ScriptCode (70 bytes)
    QByteArray desc("desc");
    be32(desc, 0);
    const QByteArray ascii = description.toLatin1() + '\0';
    be32(desc, quint32(ascii.size()));
    desc += ascii;
    be32(desc, 0);
    be32(desc, 0);
    desc += QByteArray(2 + 1 + 67, '\0');
    while (desc.size() % 4)
        desc += '\0';
    QByteArray table;
    be32(table, 1);
    table += "desc";
    be32(table, 128 + 4 + 12);
    be32(table, quint32(desc.size()));
    QByteArray icc = header + table + desc;
    setBe32(icc, 0, quint32(icc.size()));
    return icc;
}

bool ImageFactory::addIcc(const QString& path, const QByteArray& icc, const QString& workDir)
{
    const QString iccPath = QDir(workDir).filePath(QStringLiteral("profile.icc"));
    return write(iccPath, icc)
           && run(QStringLiteral("exiftool"), {QStringLiteral("-q"), QStringLiteral("-m"),
                                               QStringLiteral("-overwrite_original"),
                                               QStringLiteral("-ICC_Profile<=") + iccPath, path});
}

bool ImageFactory::addAncestors(const QString& path, int count, const QString& workDir)
{
    QByteArray args("-XMP-dc:Title=keep me\n");
    for (int i = 0; i < count; ++i)
        args += "-XMP-photoshop:DocumentAncestors=xmp.did:"
                + QCryptographicHash::hash(QByteArray::number(i), QCryptographicHash::Md5).toHex() + '\n';
    const QString argPath = QDir(workDir).filePath(QStringLiteral("ancestors.args"));
    return write(argPath, args)
           && run(QStringLiteral("exiftool"), {QStringLiteral("-q"), QStringLiteral("-m"),
                                               QStringLiteral("-overwrite_original"), QStringLiteral("-@"), argPath, path});
}

QByteArray ImageFactory::xmpPacket(int ancestors, int pantry, const QByteArray& extra)
{
    QByteArray x = "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                   "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
                   "<rdf:Description rdf:about=\"\" xmlns:photoshop=\"http://ns.adobe.com/photoshop/1.0/\" "
                   "xmlns:xmpMM=\"http://ns.adobe.com/xap/1.0/mm/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
                   "xmlns:xmpNote=\"http://ns.adobe.com/xmp/note/\">";
    x += extra;
    if (ancestors > 0) {
        x += "<photoshop:DocumentAncestors><rdf:Bag>";
        for (int i = 0; i < ancestors; ++i)
            x += "<rdf:li>xmp.did:" + QCryptographicHash::hash(QByteArray::number(i), QCryptographicHash::Md5).toHex()
                 + "</rdf:li>";
        x += "</rdf:Bag></photoshop:DocumentAncestors>";
    }
    if (pantry > 0) {
        x += "<xmpMM:Pantry><rdf:Bag>";
        for (int i = 0; i < pantry; ++i)
            x += "<rdf:li rdf:parseType=\"Resource\"><xmpMM:InstanceID>xmp.iid:" + QByteArray::number(i)
                 + "</xmpMM:InstanceID><photoshop:DocumentAncestors><rdf:Bag><rdf:li>nested</rdf:li></rdf:Bag>"
                   "</photoshop:DocumentAncestors></rdf:li>";
        x += "</rdf:Bag></xmpMM:Pantry>";
    }
    x += "</rdf:Description></rdf:RDF></x:xmpmeta>\n<?xpacket end=\"w\"?>";
    return x;
}

QByteArray ImageFactory::withJpegXmp(const QByteArray& jpeg, const QByteArray& standard, const QByteArray& extended,
                                     bool shuffle)
{
    if (jpeg.size() < 6)
        return {};
    // After SOI and the first segment (JFIF APP0).
    const qsizetype first = 2 + 2 + ((quint8(jpeg[4]) << 8) | quint8(jpeg[5]));
    QList<QByteArray> segments;
    const auto segment = [](const QByteArray& payload) -> QByteArray {
        QByteArray s("\xFF\xE1", 2);
        const int n = int(payload.size()) + 2;
        s.append(char(n >> 8)).append(char(n & 0xFF));
        return s + payload;
    };
    QByteArray std = standard;
    if (!extended.isEmpty()) {
        const QByteArray guid = QCryptographicHash::hash(extended, QCryptographicHash::Md5).toHex().toUpper();
        std.replace("</rdf:Description>", QByteArray("<xmpNote:HasExtendedXMP>" + guid + "</xmpNote:HasExtendedXMP></rdf:Description>"));
        constexpr int piece = 65400;
        for (qsizetype off = 0; off < extended.size(); off += piece) {
            QByteArray p("http://ns.adobe.com/xmp/extension/", 35);
            p += guid;
            be32(p, quint32(extended.size()));
            be32(p, quint32(off));
            p += extended.mid(off, piece);
            segments.append(segment(p));
        }
        if (shuffle)
            std::reverse(segments.begin(), segments.end());
    }
    QByteArray out = jpeg.left(first);
    if (!std.isEmpty() && !shuffle)
        out += segment(QByteArray("http://ns.adobe.com/xap/1.0/", 29) + std);
    for (const QByteArray& s : segments)
        out += s;
    if (!std.isEmpty() && shuffle) // the standard packet after its extension
        out += segment(QByteArray("http://ns.adobe.com/xap/1.0/", 29) + std);
    return out + jpeg.mid(first);
}

QByteArray ImageFactory::pngChunk(const char* type, const QByteArray& data)
{
    QByteArray c;
    be32(c, quint32(data.size()));
    c.append(type, 4);
    c += data;
    uLong crc = crc32(0, reinterpret_cast<const Bytef*>(type), 4);
    crc = crc32(crc, reinterpret_cast<const Bytef*>(data.constData()), uInt(data.size()));
    be32(c, quint32(crc));
    return c;
}

QByteArray ImageFactory::withPngChunk(const QByteArray& png, const QByteArray& chunk, bool afterImageData)
{
    const qsizetype at = afterImageData ? png.lastIndexOf("IEND") - 4 : png.indexOf("IDAT") - 4;
    if (at < 8)
        return {};
    return png.left(at) + chunk + png.mid(at);
}

QByteArray ImageFactory::itxt(const QByteArray& keyword, const QByteArray& text, bool compressed)
{
    QByteArray d = keyword;
    d.append('\0').append(compressed ? '\1' : '\0').append('\0').append('\0').append('\0');
    if (!compressed)
        return d + text;
    uLongf n = compressBound(uLong(text.size()));
    QByteArray z(qsizetype(n), '\0');
    compress(reinterpret_cast<Bytef*>(z.data()), &n, reinterpret_cast<const Bytef*>(text.constData()), uLong(text.size()));
    return d + z.left(qsizetype(n));
}

QByteArray ImageFactory::pixels(const QString& path)
{
    QByteArray out;
    if (!run(QStringLiteral("convert-im6.q16"), {path, QStringLiteral("-depth"), QStringLiteral("8"), QStringLiteral("rgba:-")}, &out))
        return {};
    return out;
}
