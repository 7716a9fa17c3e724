#include "samples/SampleFolder.h"

#include "samples/ImageEncoder.h"

#include <QDir>
#include <QSaveFile>

namespace apd::samples {

QList<SampleFolder::Entry> SampleFolder::entries()
{
    const auto ok = [](const char* name) { return Entry{QString::fromUtf8(name), true}; };
    const auto bad = [](const char* name) { return Entry{QString::fromUtf8(name), false}; };
    return {
        ok("Harbor_Lights#billboard_dark_ltr_01_zxx.jpg"),
        ok("Harbor_Lights#billboard_light_ltr_02_zxx.jpg"),
        ok("Harbor_Lights#billboard_dark_rtl_03_zxx.jpg"),
        ok("Harbor_Lights_JgfyRbjFQO#storyart_na_01_zxx.jpg"),
        ok("Harbor_Lights#storyart_na_02_zxx.jpg"),
        ok("Harbor_Lights#boxshot_na_01_es.jpg"),
        ok("Harbor_Lights#boxshot_na_01_en.jpg"),
        ok("Harbor_Lights#sdp_na_01_es.jpg"),
        ok("Harbor_Lights#logo-stacked_light_01_es.png"),
        ok("Harbor_Lights#logo-stacked_light_01_es.psd"),
        ok("Harbor_Lights#logo-horizontal_dark_01_es.png"),
        ok("Harbor_Lights#logo-horizontal_dark_01_es.psd"),
        ok("Harbor_Lights#tcard-background_dark_01_zxx.jpg"),
        ok("Harbor_Lights#character-pose_na_01_zxx.png"),
        ok("Harbor_Lights#character-pose_na_01_zxx.psd"),
        ok("Harbor_Lights#avatar_na_01_es.png"),
        ok("Harbor_Lights#universal-base_na_01_zxx.psd"),
        bad("Harbor Lights#Billboard_dark_01_ltr_zxx.jpg"),
        bad("Harbor_Lights#story-art_na_3.jpeg"),
        bad("Harbor_Lights_logo_stacked_dark_01_ES.png"),
        bad("Harbor_Lights#logo-horizontal_light_01_es.jpg"),
        bad("Harbor_Lights#sdp_na_01_zxx.jpg"),
        bad("Harbor_Lights#storyart_na_04_zxx.tif"),
        bad("IMG_0042.jpg"),
    };
}

Result<QStringList> SampleFolder::write(const QString& directory)
{
    if (!QDir().mkpath(directory))
        return Error{QStringLiteral("samples-folder"), tr("Cannot create the folder %1.").arg(directory)};
    QStringList written;
    int seed = 0;
    for (const Entry& entry : entries()) {
        const QString ext = entry.name.section(QLatin1Char('.'), -1).toLower();
        const bool transparent = entry.name.contains(QLatin1String("logo")) ||
                                 entry.name.contains(QLatin1String("avatar")) ||
                                 entry.name.contains(QLatin1String("character"));
        Result<QByteArray> bytes = Error{};
        if (ext == QLatin1String("png"))
            bytes =
                encodePng(makeTestPicture(transparent ? 256 : 320, transparent ? 256 : 180, transparent ? 4 : 3, seed));
        else if (ext == QLatin1String("psd"))
            bytes = encodePsd(makeTestPicture(160, 90, 3, seed));
        else if (ext == QLatin1String("jpg") || ext == QLatin1String("jpeg"))
            bytes = encodeJpeg(makeTestPicture(480, 270, 3, seed));
        else
            bytes = QByteArray("II*\0", 4); // a TIFF signature: not a deliverable format
        ++seed;
        if (!bytes.ok())
            return bytes.error();
        const QString path = QDir(directory).filePath(entry.name);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes.value()) != bytes.value().size() || !file.commit())
            return Error{QStringLiteral("samples-write"), tr("Cannot write %1: %2").arg(path, file.errorString())};
        written.append(path);
    }
    return written;
}

} // namespace apd::samples
