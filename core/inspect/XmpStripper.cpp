#include "inspect/XmpStripper.h"

#include "inspect/ByteReader.h"
#include "inspect/Exiv2Adapter.h"
#include "inspect/Inflater.h"
#include "inspect/Inspector.h"
#include "inspect/JpegStructure.h"
#include "inspect/PngStructure.h"
#include "inspect/XmpCounter.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <zlib.h>

#include <cstdio>

namespace apd::inspect {

namespace {

const QByteArray xmpKeyword = QByteArrayLiteral("XML:com.adobe.xmp");

bool isXmpSegment(const JpegStructure::Segment& s)
{
    return s.kind == JpegStructure::Kind::Xmp || s.kind == JpegStructure::Kind::ExtendedXmp;
}

// A PNG text chunk holding XMP, and where its text starts. `compressed` for a compressed iTXt.
bool isXmpChunk(ByteReader& reader, const PngStructure::Chunk& c, quint64* textOffset = nullptr,
                bool* compressed = nullptr)
{
    if (!c.is("iTXt") && !c.is("tEXt") && !c.is("zTXt"))
        return false;
    QByteArray head;
    const quint64 n = std::min<quint64>(c.length, 1024);
    if (!reader.read(c.dataOffset(), n, head, n) || !head.startsWith(QByteArray(xmpKeyword + '\0')))
        return false;
    const qsizetype nul = xmpKeyword.size();
    if (c.is("iTXt")) {
        const qsizetype lang = head.indexOf('\0', nul + 3);
        const qsizetype translated = lang < 0 ? -1 : head.indexOf('\0', lang + 1);
        if (translated < 0)
            return true; // malformed, but XMP by keyword: it goes
        if (textOffset)
            *textOffset = quint64(translated) + 1;
        if (compressed)
            *compressed = head.size() > nul + 1 && head[nul + 1] != 0;
    } else if (textOffset) {
        *textOffset = quint64(nul) + (c.is("zTXt") ? 2 : 1);
        if (compressed)
            *compressed = c.is("zTXt");
    }
    return true;
}

Error damaged(const QString& message)
{
    return Error{QStringLiteral("damaged"), message};
}

bool copyRange(ByteReader& reader, quint64 offset, quint64 length, QIODevice& out)
{
    return reader.stream(offset, length, [&](const char* d, qint64 n) { return out.write(d, n) == n; });
}

Result<QByteArray> cleanedPacket(ByteReader& reader, const QList<QList<XmpCounter::Piece>>& packets, bool zlib)
{
    QList<QByteArray> texts;
    for (const QList<XmpCounter::Piece>& pieces : packets) {
        QByteArray text;
        for (const XmpCounter::Piece& p : pieces) {
            QByteArray part;
            if (!reader.read(p.offset, p.length, part, XmpCounter::parseCap))
                return Error{QStringLiteral("xmp-too-big"),
                             XmpStripper::tr("The XMP is too big to rewrite; remove all of it instead.")};
            text.append(part);
        }
        if (zlib) {
            QByteArray inflated;
            if (Inflater::inflate(text, XmpCounter::parseCap, inflated) != Inflater::Status::Ok)
                return Error{QStringLiteral("xmp-garbled"), XmpStripper::tr("The compressed XMP is corrupt.")};
            text = inflated;
        }
        texts.append(text);
    }
    return Exiv2Adapter::withoutCopies(texts);
}

Result<quint64> copyJpeg(ByteReader& reader, QIODevice& out, XmpStripper::Mode mode)
{
    const JpegStructure s = JpegStructure::walk(reader);
    if (!s.errorCode.isEmpty())
        return damaged(s.errorMessage);
    QByteArray replacement; // the cleaned standard packet (CopiesOnly)
    if (mode == XmpStripper::Mode::CopiesOnly) {
        QList<XmpCounter::Piece> standard;
        QMap<QByteArray, QList<QPair<quint32, XmpCounter::Piece>>> extended;
        for (const JpegStructure::Segment& seg : s.segments) {
            if (seg.kind == JpegStructure::Kind::Xmp)
                standard.append(
                    {seg.payloadOffset + JpegStructure::xmpHeader, seg.payloadLength - JpegStructure::xmpHeader});
            else if (seg.kind == JpegStructure::Kind::ExtendedXmp &&
                     seg.payloadLength >= quint64(JpegStructure::extendedHeader))
                extended[seg.head.mid(35, 32)].append(
                    {be32(reinterpret_cast<const unsigned char*>(seg.head.constData()) + 71),
                     {seg.payloadOffset + JpegStructure::extendedHeader,
                      seg.payloadLength - JpegStructure::extendedHeader}});
        }
        QList<QList<XmpCounter::Piece>> packets;
        if (!standard.isEmpty())
            packets.append(standard.mid(0, 1));
        for (auto& pieces : extended) {
            std::sort(pieces.begin(), pieces.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
            QList<XmpCounter::Piece> ordered;
            for (const auto& p : pieces)
                ordered.append(p.second);
            packets.append(ordered);
        }
        if (!packets.isEmpty()) {
            Result<QByteArray> cleaned = cleanedPacket(reader, packets, false);
            if (!cleaned)
                return cleaned.error();
            replacement = cleaned.value();
            if (quint64(replacement.size()) > XmpStripper::maxStandardPacket)
                return Error{QStringLiteral("xmp-too-big"),
                             XmpStripper::tr("Without its copies the XMP still takes %1 KB, more than one JPEG segment "
                                             "holds; remove all XMP instead.")
                                 .arg(replacement.size() / 1000)};
        }
    }
    quint64 pos = 0;
    quint64 removed = 0;
    bool replaced = replacement.isEmpty();
    for (const JpegStructure::Segment& seg : s.segments) {
        if (!isXmpSegment(seg))
            continue;
        if (!copyRange(reader, pos, seg.offset - pos, out))
            return Error{QStringLiteral("write-failed"), XmpStripper::tr("The repaired file could not be written.")};
        removed += seg.size;
        pos = seg.offset + seg.size;
        if (!replaced) {
            // The cleaned packet takes the place of the first XMP segment.
            const quint64 length = 2 + JpegStructure::xmpHeader + quint64(replacement.size());
            const char header[4] = {char(0xFF), char(0xE1), char(length >> 8), char(length & 0xFF)};
            out.write(header, 4);
            out.write(JpegStructure::xmpSignature, JpegStructure::xmpHeader); // with its NUL
            out.write(replacement);
            removed -= length + 2;
            replaced = true;
        }
    }
    if (!copyRange(reader, pos, reader.size() - pos, out))
        return Error{QStringLiteral("write-failed"), XmpStripper::tr("The repaired file could not be written.")};
    return removed;
}

void writeChunk(QIODevice& out, const char* type, const QByteArray& data)
{
    const quint32 n = quint32(data.size());
    const char length[4] = {char(n >> 24), char(n >> 16), char(n >> 8), char(n)};
    out.write(length, 4);
    out.write(type, 4);
    out.write(data);
    uLong crc = crc32(0, reinterpret_cast<const Bytef*>(type), 4);
    crc = crc32(crc, reinterpret_cast<const Bytef*>(data.constData()), uInt(data.size()));
    const char c[4] = {char(crc >> 24), char(crc >> 16), char(crc >> 8), char(crc)};
    out.write(c, 4);
}

Result<quint64> copyPng(ByteReader& reader, QIODevice& out, XmpStripper::Mode mode)
{
    const PngStructure s = PngStructure::walk(reader);
    if (!s.errorCode.isEmpty())
        return damaged(s.errorMessage);
    if (!copyRange(reader, 0, 8, out))
        return Error{QStringLiteral("write-failed"), XmpStripper::tr("The repaired file could not be written.")};
    quint64 removed = 0;
    for (const PngStructure::Chunk& c : s.chunks) {
        quint64 textOffset = 0;
        bool compressed = false;
        if (!isXmpChunk(reader, c, &textOffset, &compressed)) {
            if (!copyRange(reader, c.offset, c.size(), out))
                return Error{QStringLiteral("write-failed"),
                             XmpStripper::tr("The repaired file could not be written.")};
            continue;
        }
        removed += c.size();
        if (mode == XmpStripper::Mode::CopiesOnly && textOffset > 0 && textOffset <= c.length) {
            Result<QByteArray> cleaned =
                cleanedPacket(reader, {{{c.dataOffset() + textOffset, c.length - textOffset}}}, compressed);
            if (!cleaned)
                return cleaned.error();
            if (!cleaned.value().isEmpty()) {
                // keyword NUL, uncompressed, method 0, no language, no translated keyword
                const QByteArray data = QByteArray(xmpKeyword + QByteArray("\0\0\0\0\0", 5) + cleaned.value());
                writeChunk(out, "iTXt", data);
                removed -= quint64(data.size()) + 12;
            }
        }
    }
    return removed;
}

struct FileStamp
{
    qint64 size = -1;
    QDateTime modified;
    bool operator==(const FileStamp&) const = default;
};

FileStamp stamp(const QString& path)
{
    const QFileInfo i(path);
    return i.exists() ? FileStamp{i.size(), i.lastModified()} : FileStamp{};
}

// Writes a verified copy without XMP into a new temporary file in `dir`; returns its path.
Result<XmpStripper::Outcome> writeVerified(const QString& input, const QString& dir, XmpStripper::Mode mode,
                                           QString& tempPath)
{
    XmpStripper::Outcome outcome;
    const FileStamp before = stamp(input);
    QFile in(input);
    if (!in.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("unreadable"),
                     XmpStripper::tr("%1 cannot be opened: %2").arg(input, in.errorString())};
    Inspector::Options options;
    options.level = Level::Full;
    const InspectionReport original = Inspector::inspectDevice(in, options);
    if (original.format != ImageFormat::Jpeg && original.format != ImageFormat::Png)
        return Error{QStringLiteral("unsupported-format"), XmpStripper::tr("%1 is not a JPEG or PNG.").arg(input)};
    for (const Finding& f : original.findings) {
        if (f.code != QLatin1String("xmp-garbled") && f.code != QLatin1String("xmp-too-deep") &&
            f.code != QLatin1String("metadata-damaged"))
            return damaged(
                XmpStripper::tr("%1 is damaged (%2); repair it from the original first.").arg(input, f.message));
    }
    outcome.sizeBefore = original.fileSize;
    outcome.xmpBefore = original.xmpSize;
    outcome.ancestorsBefore = original.documentAncestors;
    if (original.xmpSize == 0) {
        outcome.sizeAfter = original.fileSize;
        return outcome; // nothing to remove
    }
    const Result<QByteArray> digestBefore = XmpStripper::digestWithoutXmp(in, original.format);
    if (!digestBefore)
        return digestBefore.error();

    QTemporaryFile temp(QDir(dir).filePath(QStringLiteral(".apd-strip-XXXXXX")));
    temp.setAutoRemove(false);
    if (!temp.open())
        return Error{QStringLiteral("write-failed"),
                     XmpStripper::tr("Cannot write in %1: %2").arg(dir, temp.errorString())};
    tempPath = temp.fileName();
    const Result<quint64> copied = XmpStripper::copyWithoutXmp(in, temp, original.format, mode);
    if (!copied)
        return copied.error();
    if (!temp.flush() || temp.error() != QFileDevice::NoError)
        return Error{QStringLiteral("write-failed"),
                     XmpStripper::tr("The repaired file could not be written: %1").arg(temp.errorString())};
    temp.close();
    if (!(stamp(input) == before))
        return Error{QStringLiteral("changed-while-reading"),
                     XmpStripper::tr("%1 changed while it was repaired; nothing was replaced.").arg(input)};

    // Verify: the new file decodes cleanly and only its XMP differs from the original.
    QFile written(tempPath);
    if (!written.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("verify-failed"), XmpStripper::tr("The repaired file cannot be read back.")};
    const InspectionReport repaired = Inspector::inspectDevice(written, options);
    const Result<QByteArray> digestAfter = XmpStripper::digestWithoutXmp(written, original.format);
    if (!repaired.decoded || !digestAfter || digestAfter.value() != digestBefore.value() ||
        repaired.xmpSize >= original.xmpSize || (mode == XmpStripper::Mode::All && repaired.xmpSize != 0))
        return Error{QStringLiteral("verify-failed"),
                     XmpStripper::tr("The repaired copy of %1 did not verify; the original is untouched.").arg(input)};
    outcome.changed = true;
    outcome.sizeAfter = repaired.fileSize;
    outcome.xmpAfter = repaired.xmpSize;
    return outcome;
}

} // namespace

Result<quint64> XmpStripper::copyWithoutXmp(QIODevice& in, QIODevice& out, ImageFormat format, Mode mode)
{
    ByteReader reader(in);
    if (format == ImageFormat::Jpeg)
        return copyJpeg(reader, out, mode);
    if (format == ImageFormat::Png)
        return copyPng(reader, out, mode);
    return Error{QStringLiteral("unsupported-format"), tr("Only JPEG and PNG files can be repaired.")};
}

Result<QByteArray> XmpStripper::digestWithoutXmp(QIODevice& device, ImageFormat format)
{
    ByteReader reader(device);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const auto add = [&](quint64 offset, quint64 length) {
        return reader.stream(offset, length, [&](const char* d, qint64 n) {
            hash.addData(QByteArrayView(d, qsizetype(n)));
            return true;
        });
    };
    quint64 pos = 0;
    if (format == ImageFormat::Jpeg) {
        const JpegStructure s = JpegStructure::walk(reader);
        if (!s.errorCode.isEmpty())
            return damaged(s.errorMessage);
        for (const JpegStructure::Segment& seg : s.segments) {
            if (!isXmpSegment(seg))
                continue;
            add(pos, seg.offset - pos);
            pos = seg.offset + seg.size;
        }
    } else {
        const PngStructure s = PngStructure::walk(reader);
        if (!s.errorCode.isEmpty())
            return damaged(s.errorMessage);
        for (const PngStructure::Chunk& c : s.chunks) {
            if (!isXmpChunk(reader, c))
                continue;
            add(pos, c.offset - pos);
            pos = c.offset + c.size();
        }
    }
    if (!add(pos, reader.size() - pos))
        return damaged(tr("The file could not be read to its end."));
    return hash.result();
}

Result<XmpStripper::Outcome> XmpStripper::stripTo(const QString& inputPath, const QString& outputPath, Mode mode)
{
    const QFileInfo in(inputPath);
    const QFileInfo out(outputPath);
    if (out.exists() && in.exists() && out.canonicalFilePath() == in.canonicalFilePath())
        return Error{QStringLiteral("same-file"), tr("The output is the input itself; use the in-place mode.")};
    QString temp;
    Result<Outcome> r = writeVerified(inputPath, out.absolutePath(), mode, temp);
    if (!r || !r.value().changed) {
        if (!temp.isEmpty())
            QFile::remove(temp);
        if (r) { // nothing to remove: the output is a plain copy
            QFile::remove(outputPath);
            if (!QFile::copy(inputPath, outputPath))
                return Error{QStringLiteral("write-failed"), tr("Cannot write %1.").arg(outputPath)};
            r.value().output = outputPath;
        }
        return r;
    }
    QFile::setPermissions(temp, QFile::permissions(inputPath));
    if (std::rename(QFile::encodeName(temp).constData(), QFile::encodeName(outputPath).constData()) != 0) {
        QFile::remove(temp);
        return Error{QStringLiteral("write-failed"), tr("Cannot write %1.").arg(outputPath)};
    }
    r.value().output = outputPath;
    return r;
}

QString XmpStripper::repairedCopyPath(const QString& originalPath)
{
    const QFileInfo original(originalPath);
    return original.absoluteDir().filePath(QStringLiteral("repaired/") + original.fileName());
}

Result<XmpStripper::Outcome> XmpStripper::stripToRepairedCopy(const QString& originalPath, Mode mode)
{
    const QString output = repairedCopyPath(originalPath);
    const QString folder = QFileInfo(output).absolutePath();
    if (!QDir().mkpath(folder))
        return Error{QStringLiteral("write-failed"),
                     tr("Cannot make the folder %1 for the repaired copy; the original is untouched.")
                         .arg(QDir::toNativeSeparators(folder))};
    return stripTo(originalPath, output, mode);
}

Result<XmpStripper::Outcome> XmpStripper::stripInPlace(const QString& path, Mode mode)
{
    QString temp;
    Result<Outcome> r = writeVerified(path, QFileInfo(path).absolutePath(), mode, temp);
    if (!r || !r.value().changed) {
        if (!temp.isEmpty())
            QFile::remove(temp);
        if (r)
            r.value().output = path;
        return r;
    }
    QFile::setPermissions(temp, QFile::permissions(path));
    // rename(2) replaces atomically: readers see the old file or the new one, never a mix.
    if (std::rename(QFile::encodeName(temp).constData(), QFile::encodeName(path).constData()) != 0) {
        QFile::remove(temp);
        return Error{QStringLiteral("write-failed"), tr("Cannot replace %1; the original is untouched.").arg(path)};
    }
    r.value().output = path;
    return r;
}

} // namespace apd::inspect
