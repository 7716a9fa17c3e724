#include "inspect/Inspector.h"

#include "inspect/ByteReader.h"
#include "inspect/FormatScanners.h"
#include "inspect/ImageDecoder.h"
#include "inspect/PngStructure.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

namespace apd::inspect {

namespace {

// Findings after which a decode has nothing left to learn.
bool blocksDecode(const InspectionReport& r)
{
    for (const Finding& f : r.findings) {
        if (f.code != QLatin1String("xmp-garbled") && f.code != QLatin1String("xmp-too-deep")
            && f.code != QLatin1String("metadata-damaged"))
            return true;
    }
    return false;
}

} // namespace

ImageFormat Inspector::sniff(const QByteArray& head)
{
    if (head.size() >= 3 && quint8(head[0]) == 0xFF && quint8(head[1]) == 0xD8 && quint8(head[2]) == 0xFF)
        return ImageFormat::Jpeg;
    if (head.size() >= 8 && PngStructure::isPngSignature(head.constData()))
        return ImageFormat::Png;
    // A damaged PNG signature is still a PNG for the report (which then says how it is damaged).
    if (PngStructure::looksLikeDamagedPng(head))
        return ImageFormat::Png;
    if (head.size() >= 6 && head.startsWith("8BPS"))
        return head[5] == 2 ? ImageFormat::Psb : ImageFormat::Psd;
    return ImageFormat::Unknown;
}

InspectionReport Inspector::inspectDevice(QIODevice& device, const Options& options)
{
    InspectionReport report;
    report.level = options.level;
    ByteReader reader(device);
    report.fileSize = reader.size();
    if (reader.size() == 0) {
        report.addFinding(QStringLiteral("empty"), tr("The file is empty (0 bytes)."));
        return report;
    }
    QByteArray head;
    const quint64 headLength = std::min<quint64>(reader.size(), 32);
    reader.read(0, headLength, head, headLength);
    report.format = sniff(head);
    switch (report.format) {
    case ImageFormat::Jpeg:
        FormatScanners::scanJpeg(reader, report, options.level);
        break;
    case ImageFormat::Png:
        FormatScanners::scanPng(reader, report, options.level);
        break;
    case ImageFormat::Psd:
    case ImageFormat::Psb:
        FormatScanners::scanPsd(reader, report, options.level);
        break;
    case ImageFormat::Unknown:
        report.addFinding(QStringLiteral("unknown-format"), tr("The file is not a JPEG, PNG or Photoshop file."));
        return report;
    }
    const quint64 pixels = quint64(report.width) * report.height;
    if (pixels > options.pixelLimit && !report.hasFinding(u"bad-header"))
        report.addFinding(QStringLiteral("pixel-limit"),
                          tr("The image declares %1 × %2 pixels, more than the %3 megapixels this client checks.")
                              .arg(report.width)
                              .arg(report.height)
                              .arg(options.pixelLimit / 1'000'000));
    if (options.afterMetadata)
        options.afterMetadata();
    if (options.level != Level::Full || blocksDecode(report))
        return report;
    ImageDecoder::Result decoded;
    if (report.format == ImageFormat::Jpeg)
        decoded = ImageDecoder::decodeJpeg(device, nullptr);
    else if (report.format == ImageFormat::Png)
        decoded = ImageDecoder::decodePng(device, nullptr);
    else
        return report; // Photoshop files: the header level is all this client reads
    report.decoded = decoded.ok;
    report.findings.append(decoded.findings);
    return report;
}

InspectionReport Inspector::inspectFile(const QString& path, const Options& options)
{
    const QFileInfo before(path);
    InspectionReport report;
    report.level = options.level;
    if (!before.exists()) {
        report.addFinding(QStringLiteral("unreadable"), tr("The file does not exist (any more)."));
        return report;
    }
    if (!before.isFile()) {
        report.addFinding(QStringLiteral("not-regular"), tr("This is not a regular file."));
        return report;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        report.addFinding(QStringLiteral("unreadable"), tr("The file cannot be opened: %1").arg(file.errorString()));
        return report;
    }
    report = inspectDevice(file, options);
    // A file that changed while it was read gives a report of neither version.
    const QFileInfo after(path);
    if (!after.exists())
        report.addFinding(QStringLiteral("vanished-while-reading"), tr("The file was removed while it was checked."));
    else if (after.size() != before.size() || after.lastModified() != before.lastModified()
             || after.size() != qint64(report.fileSize))
        report.addFinding(QStringLiteral("changed-while-reading"),
                          tr("The file changed while it was checked; check it again once it is saved."));
    return report;
}

} // namespace apd::inspect
