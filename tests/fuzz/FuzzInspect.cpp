// libFuzzer target over core/inspect: inspection at both levels, XMP removal and thumbnails
// on arbitrary bytes. Built once per format (APD_FUZZ_FORMAT) with that format's seeds; the
// fuzzer may still wander into the other formats, which is fine.
#include "inspect/Inspector.h"
#include "inspect/Thumbnailer.h"
#include "inspect/XmpStripper.h"

#include <QBuffer>

#include <cstddef>
#include <cstdint>

using namespace apd::inspect;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    QBuffer in(&bytes);
    in.open(QIODevice::ReadOnly);
    for (Level level : {Level::Metadata, Level::Full}) {
        Inspector::Options options;
        options.level = level;
        options.pixelLimit = 4'000'000; // keeps each run short; the limit logic is what is tested
        const InspectionReport r = Inspector::inspectDevice(in, options);
        if (level == Level::Full && (r.format == ImageFormat::Jpeg || r.format == ImageFormat::Png)
            && !r.hasFinding(u"pixel-limit")) {
            for (XmpStripper::Mode mode : {XmpStripper::Mode::All, XmpStripper::Mode::CopiesOnly}) {
                QBuffer out;
                out.open(QIODevice::WriteOnly);
                (void)XmpStripper::copyWithoutXmp(in, out, r.format, mode);
            }
            (void)Thumbnailer::make(in, 16);
        }
    }
    return 0;
}
