// Names per second through NameParser::parse over generated names (a realistic mix: most
// valid, a fifth with typical mistakes). Usage: bench_naming [COUNT] (default 1,000,000).
#include "naming/NameParser.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QStringList>

#include <cstdio>

using namespace apd::naming;

namespace {

QStringList generateNames(qsizetype count)
{
    const QStringList titles = {QStringLiteral("Harbor_Lights"),
                                QStringLiteral("Red_Notice_JgfyRbjFQO"),
                                QStringLiteral("La_Casa_de_Papel"),
                                QStringLiteral("Élite"),
                                QStringLiteral("SkyRojo_AsdKlmNPOI|JgfyRbjFQO"),
                                QStringLiteral("東京")};
    const QStringList valid = {QStringLiteral("billboard_dark_ltr_%1_zxx.jpg"),
                               QStringLiteral("billboard_light_rtl_%1_zxx.png"),
                               QStringLiteral("storyart_na_%1_zxx.jpg"),
                               QStringLiteral("boxshot_na_%1_es.jpg"),
                               QStringLiteral("sdp_na_%1_pt-BR.jpg"),
                               QStringLiteral("logo-stacked_light_%1_es-419.png"),
                               QStringLiteral("logo-horizontal_dark_%1_en.psd"),
                               QStringLiteral("vertical-billboard_dark_%1_zxx.jpg"),
                               QStringLiteral("avatar_na_%1_zh-Hant.png"),
                               QStringLiteral("tcard-background_dark_%1_zxx.jpg")};
    const QStringList broken = {QStringLiteral("Billboard_dark_%1_ltr_zxx.JPG"), QStringLiteral("story-art_na_%1.jpeg"),
                                QStringLiteral("avatar_light_%1_ES.png"), QStringLiteral("storyart na %1 zxx.jpg")};
    QRandomGenerator random(42);
    QStringList names;
    names.reserve(count);
    for (qsizetype i = 0; i < count; ++i) {
        const QString seq = QStringLiteral("%1").arg(random.bounded(100), 2, 10, QLatin1Char('0'));
        const QString& title = titles[random.bounded(titles.size())];
        const bool bad = random.bounded(5) == 0;
        const QString& rest = bad ? broken[random.bounded(broken.size())] : valid[random.bounded(valid.size())];
        names.append(title + QLatin1Char('#') + rest.arg(seq));
    }
    return names;
}

} // namespace

int main(int argc, char* argv[])
{
    const qsizetype count = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;
    const QStringList names = generateNames(count);
    const NameParser parser;
    qsizetype valid = 0;
    parser.parse(names.first()); // load the catalog outside the timing
    QElapsedTimer timer;
    timer.start();
    for (const QString& name : names)
        valid += parser.parse(name).valid() ? 1 : 0;
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    std::printf("names: %lld  valid: %lld  seconds: %.3f  names/s: %.0f  (target >= 500000)\n",
                static_cast<long long>(count), static_cast<long long>(valid), seconds, double(count) / seconds);
    return 0;
}
