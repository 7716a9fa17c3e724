// Writes the inspection benchmark corpus: JPGs of 1920 × 1080 and RGBA PNGs, a third of each
// with 1.5–4.5 MB of XMP (ExtendedXMP in the JPGs, an iTXt chunk in the PNGs).
//   apd_bench_corpus DIR [JPG_COUNT=1000] [PNG_COUNT=200]
#include "ImageFactory.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>

#include <cstdio>
#include <jpeglib.h>
#include <png.h>

#include <vector>

namespace {

QByteArray encodeJpeg(int width, int height, quint32 seed)
{
    QRandomGenerator rng(seed);
    std::vector<unsigned char> row(size_t(width) * 3);
    jpeg_compress_struct c{};
    jpeg_error_mgr e{};
    c.err = jpeg_std_error(&e);
    jpeg_create_compress(&c);
    unsigned char* mem = nullptr;
    unsigned long size = 0;
    jpeg_mem_dest(&c, &mem, &size);
    c.image_width = JDIMENSION(width);
    c.image_height = JDIMENSION(height);
    c.input_components = 3;
    c.in_color_space = JCS_RGB;
    jpeg_set_defaults(&c);
    jpeg_set_quality(&c, 88, TRUE);
    jpeg_start_compress(&c, TRUE);
    while (c.next_scanline < c.image_height) {
        const int y = int(c.next_scanline);
        for (int x = 0; x < width; ++x) {
            const int n = int(rng.bounded(24));
            row[size_t(x) * 3] = static_cast<unsigned char>((x * 255 / width + n) & 0xFF);
            row[size_t(x) * 3 + 1] = static_cast<unsigned char>((y * 255 / height + n) & 0xFF);
            row[size_t(x) * 3 + 2] = static_cast<unsigned char>(((x + y + int(seed) * 40) / 8 + n) & 0xFF);
        }
        JSAMPROW r = row.data();
        jpeg_write_scanlines(&c, &r, 1);
    }
    jpeg_finish_compress(&c);
    QByteArray out(reinterpret_cast<const char*>(mem), qsizetype(size));
    jpeg_destroy_compress(&c);
    free(mem);
    return out;
}

void pngWrite(png_structp png, png_bytep data, size_t length)
{
    static_cast<QByteArray*>(png_get_io_ptr(png))->append(reinterpret_cast<const char*>(data), qsizetype(length));
}
void pngFlush(png_structp) {}

QByteArray encodePng(int width, int height, quint32 seed)
{
    QByteArray out;
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
    png_infop info = png_create_info_struct(png);
    png_set_write_fn(png, &out, pngWrite, pngFlush);
    png_set_IHDR(png, info, png_uint_32(width), png_uint_32(height), 8, PNG_COLOR_TYPE_RGBA, PNG_INTERLACE_NONE,
                 PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    png_set_compression_level(png, 6);
    png_write_info(png, info);
    QRandomGenerator rng(seed);
    std::vector<unsigned char> row(size_t(width) * 4);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            const int n = int(rng.bounded(6));
            row[size_t(x) * 4] = static_cast<unsigned char>((x * 255 / width + n) & 0xFF);
            row[size_t(x) * 4 + 1] = static_cast<unsigned char>((y * 255 / height) & 0xFF);
            row[size_t(x) * 4 + 2] = static_cast<unsigned char>((seed * 30) & 0xFF);
            row[size_t(x) * 4 + 3] = static_cast<unsigned char>(((x - width / 2) * (x - width / 2) + (y - height / 2) * (y - height / 2)) < width * width / 9 ? 255 : 0);
        }
        png_write_row(png, row.data());
    }
    png_write_end(png, nullptr);
    png_destroy_write_struct(&png, &info);
    return out;
}

// About `bytes` of XMP: ancestors of ~60 bytes each.
QByteArray bloatedXmp(quint64 bytes)
{
    return ImageFactory::xmpPacket(int(bytes / 60), 2, "<dc:format>image/jpeg</dc:format>");
}

} // namespace

int main(int argc, char* argv[])
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: apd_bench_corpus DIR [JPG_COUNT] [PNG_COUNT]\n");
        return 2;
    }
    const QDir dir(QString::fromLocal8Bit(argv[1]));
    QDir().mkpath(dir.path());
    const int jpgs = argc > 2 ? std::atoi(argv[2]) : 1000;
    const int pngs = argc > 3 ? std::atoi(argv[3]) : 200;
    QList<QByteArray> jpegBases, pngBases;
    for (quint32 i = 0; i < 12; ++i)
        jpegBases.append(encodeJpeg(1920, 1080, i));
    for (quint32 i = 0; i < 6; ++i)
        pngBases.append(encodePng(1024, 1024, i));
    QRandomGenerator rng(42);
    quint64 total = 0;
    for (int i = 0; i < jpgs; ++i) {
        QByteArray data = jpegBases[i % jpegBases.size()];
        if (i % 3 == 0) {
            const QByteArray extended = bloatedXmp(1'500'000 + rng.bounded(3'000'000));
            data = ImageFactory::withJpegXmp(data, ImageFactory::xmpPacket(0, 0, "<dc:format>image/jpeg</dc:format>"), extended);
        } else {
            data = ImageFactory::withJpegXmp(data, ImageFactory::xmpPacket(3));
        }
        ImageFactory::write(dir.filePath(QStringLiteral("img%1.jpg").arg(i, 5, 10, QLatin1Char('0'))), data);
        total += quint64(data.size());
    }
    for (int i = 0; i < pngs; ++i) {
        QByteArray data = pngBases[i % pngBases.size()];
        const QByteArray xmp = i % 3 == 0 ? bloatedXmp(1'500'000 + rng.bounded(3'000'000)) : ImageFactory::xmpPacket(3);
        data = ImageFactory::withPngChunk(data, ImageFactory::pngChunk("iTXt", ImageFactory::itxt("XML:com.adobe.xmp", xmp)), false);
        ImageFactory::write(dir.filePath(QStringLiteral("img%1.png").arg(i, 5, 10, QLatin1Char('0'))), data);
        total += quint64(data.size());
    }
    std::printf("corpus: %d JPG + %d PNG, %.1f MB in %s\n", jpgs, pngs, double(total) / 1e6, argv[1]);
    return 0;
}
