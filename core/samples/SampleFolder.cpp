#include "samples/SampleFolder.h"

#include "samples/BloatedXmp.h"
#include "samples/ImageEncoder.h"

#include <QDir>
#include <QSaveFile>

namespace apd::samples {

QList<SampleFolder::Entry> SampleFolder::entries()
{
    // The names follow the demo project's order (resources/demo/demo-order.json, title "The
    // Quiet Harbor"), so that the demo can upload, link and deliver this folder as it is.
    const auto ok = [](const char* name) { return Entry{QString::fromUtf8(name), true, false}; };
    const auto bad = [](const char* name) { return Entry{QString::fromUtf8(name), false, false}; };
    const auto bloated = [](const char* name) { return Entry{QString::fromUtf8(name), false, true}; };
    return {
        ok("The_Quiet_Harbor#billboard_dark_ltr_01_zxx.jpg"),
        ok("The_Quiet_Harbor#billboard_light_ltr_02_zxx.jpg"),
        ok("The_Quiet_Harbor_JgfyRbjFQO#storyart_na_01_zxx.jpg"),
        ok("The_Quiet_Harbor#storyart_na_02_zxx.jpg"),
        ok("The_Quiet_Harbor#boxshot_na_01_es.jpg"),
        ok("The_Quiet_Harbor#boxshot_na_01_en.jpg"),
        ok("The_Quiet_Harbor#sdp_na_01_es.jpg"),
        ok("The_Quiet_Harbor#logo-stacked_light_01_en.png"),
        ok("The_Quiet_Harbor#logo-stacked_light_01_en.psd"),
        ok("The_Quiet_Harbor#logo-horizontal_dark_01_en.png"),
        ok("The_Quiet_Harbor#logo-horizontal_dark_01_en.psd"),
        ok("The_Quiet_Harbor#tcard-background_dark_01_zxx.jpg"),
        ok("The_Quiet_Harbor#character-pose_na_01_zxx.png"),
        ok("The_Quiet_Harbor#character-pose_na_01_zxx.psd"),
        ok("The_Quiet_Harbor#character-story_na_01_zxx.png"),
        ok("The_Quiet_Harbor#avatar_na_01_en.png"),
        ok("The_Quiet_Harbor#universal-base_na_01_zxx.psd"),
        bloated("The_Quiet_Harbor#sdp_na_01_en.jpg"), // well named, but its XMP is bloated
        bad("The Quiet Harbor#Billboard_dark_03_rtl_zxx.jpg"), // renamed, it fills billboard_dark_rtl_03_zxx
        bad("The_Quiet_Harbor#story-art_na_3.jpeg"),
        bad("The_Quiet_Harbor_logo_stacked_dark_01_EN.png"),
        bad("The_Quiet_Harbor#logo-horizontal_light_01_en.jpg"),
        bad("The_Quiet_Harbor#sdp_na_01_zxx.jpg"),
        bad("The_Quiet_Harbor#storyart_na_04_zxx.tif"),
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
        if (bytes.ok() && entry.bloated)
            bytes = withBloatedXmp(bytes.value(), 40000); // about 2.4 MB of ancestors
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
