#include "samples/ImageEncoder.h"

#include <QtEndian>

#include <csetjmp>
#include <cstdio>

#include <jpeglib.h>
#include <png.h>

namespace apd::samples {

namespace {

Error encodeError(const char* format, const QString& why)
{
    return Error{QStringLiteral("encode-failed"),
                 QStringLiteral("Cannot encode %1: %2").arg(QLatin1String(format), why)};
}

bool validShape(const RawImage& image)
{
    return image.width > 0 && image.height > 0 && image.width <= 65535 && image.height <= 65535 &&
           (image.channels == 1 || image.channels == 3 || image.channels == 4) &&
           image.pixels.size() == qsizetype(image.width) * image.height * image.channels;
}

struct JpegErrorManager
{
    jpeg_error_mgr base;
    std::jmp_buf jump;
    char message[JMSG_LENGTH_MAX];
};

void jpegErrorExit(j_common_ptr info)
{
    auto* manager = reinterpret_cast<JpegErrorManager*>(info->err);
    info->err->format_message(info, manager->message);
    std::longjmp(manager->jump, 1);
}

void pngWrite(png_structp png, png_bytep data, png_size_t length)
{
    auto* out = static_cast<QByteArray*>(png_get_io_ptr(png));
    out->append(reinterpret_cast<const char*>(data), qsizetype(length));
}

void pngFlush(png_structp) {}

void putBig16(QByteArray& out, quint16 v)
{
    char b[2];
    qToBigEndian(v, b);
    out.append(b, 2);
}

void putBig32(QByteArray& out, quint32 v)
{
    char b[4];
    qToBigEndian(v, b);
    out.append(b, 4);
}

} // namespace

RawImage makeTestPicture(int width, int height, int channels, int seed)
{
    RawImage image{width, height, channels, QByteArray(qsizetype(width) * height * channels, Qt::Uninitialized)};
    auto* p = reinterpret_cast<uchar*>(image.pixels.data());
    const int cx = width / 2 + (seed * 37) % (width / 4 + 1), cy = height / 2;
    const int radius2 = (std::min(width, height) / 3) * (std::min(width, height) / 3);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            const int dx = x - cx, dy = y - cy;
            const bool inDisc = dx * dx + dy * dy < radius2;
            const uchar r = uchar((x * 255) / std::max(1, width - 1));
            const uchar g = uchar((y * 255) / std::max(1, height - 1));
            const uchar b = uchar(inDisc ? 220 - (seed * 40) % 120 : (x + y + seed * 16) % 256);
            if (channels == 1) {
                *p++ = uchar((r + g + b) / 3);
                continue;
            }
            *p++ = r;
            *p++ = g;
            *p++ = b;
            if (channels == 4) {
                const int edge = std::min({x, y, width - 1 - x, height - 1 - y});
                *p++ = uchar(std::min(255, edge * 16));
            }
        }
    }
    return image;
}

Result<QByteArray> encodeJpeg(const RawImage& image, int quality)
{
    if (!validShape(image) || image.channels == 4)
        return encodeError("JPEG", QStringLiteral("the image must be grey or RGB and match its size"));
    jpeg_compress_struct info{};
    JpegErrorManager errors{};
    info.err = jpeg_std_error(&errors.base);
    errors.base.error_exit = jpegErrorExit;
    unsigned char* buffer = nullptr;
    unsigned long size = 0;
    if (setjmp(errors.jump)) {
        jpeg_destroy_compress(&info);
        std::free(buffer);
        return encodeError("JPEG", QString::fromLocal8Bit(errors.message));
    }
    jpeg_create_compress(&info);
    jpeg_mem_dest(&info, &buffer, &size);
    info.image_width = JDIMENSION(image.width);
    info.image_height = JDIMENSION(image.height);
    info.input_components = image.channels;
    info.in_color_space = image.channels == 1 ? JCS_GRAYSCALE : JCS_RGB;
    jpeg_set_defaults(&info);
    jpeg_set_quality(&info, quality, TRUE);
    jpeg_start_compress(&info, TRUE);
    const auto stride = qsizetype(image.width) * image.channels;
    while (info.next_scanline < info.image_height) {
        auto* row =
            reinterpret_cast<JSAMPROW>(const_cast<char*>(image.pixels.constData()) + info.next_scanline * stride);
        jpeg_write_scanlines(&info, &row, 1);
    }
    jpeg_finish_compress(&info);
    jpeg_destroy_compress(&info);
    QByteArray out(reinterpret_cast<const char*>(buffer), qsizetype(size));
    std::free(buffer);
    return out;
}

Result<QByteArray> encodePng(const RawImage& image)
{
    if (!validShape(image))
        return encodeError("PNG", QStringLiteral("the pixel buffer does not match the size"));
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
    png_infop info = png ? png_create_info_struct(png) : nullptr;
    if (!info) {
        png_destroy_write_struct(&png, nullptr);
        return encodeError("PNG", QStringLiteral("out of memory"));
    }
    QByteArray out;
    if (setjmp(png_jmpbuf(png))) {
        png_destroy_write_struct(&png, &info);
        return encodeError("PNG", QStringLiteral("libpng failed"));
    }
    png_set_write_fn(png, &out, pngWrite, pngFlush);
    const int colorType = image.channels == 1   ? PNG_COLOR_TYPE_GRAY
                          : image.channels == 3 ? PNG_COLOR_TYPE_RGB
                                                : PNG_COLOR_TYPE_RGB_ALPHA;
    png_set_IHDR(png, info, png_uint_32(image.width), png_uint_32(image.height), 8, colorType, PNG_INTERLACE_NONE,
                 PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    png_write_info(png, info);
    const auto stride = qsizetype(image.width) * image.channels;
    for (int y = 0; y < image.height; ++y)
        png_write_row(png, reinterpret_cast<png_const_bytep>(image.pixels.constData() + y * stride));
    png_write_end(png, info);
    png_destroy_write_struct(&png, &info);
    return out;
}

Result<QByteArray> encodePsd(const RawImage& image)
{
    if (!validShape(image) || image.channels != 3)
        return encodeError("PSD", QStringLiteral("the image must be RGB and match its size"));
    QByteArray out;
    out.reserve(26 + 12 + image.pixels.size() + 2);
    out.append("8BPS", 4);
    putBig16(out, 1);    // version: PSD
    out.append(6, '\0'); // reserved
    putBig16(out, 3);    // channels
    putBig32(out, quint32(image.height));
    putBig32(out, quint32(image.width));
    putBig16(out, 8); // bits per channel
    putBig16(out, 3); // colour mode: RGB
    putBig32(out, 0); // colour mode data
    putBig32(out, 0); // image resources
    putBig32(out, 0); // layer and mask information
    putBig16(out, 0); // image data: raw, planar
    const qsizetype plane = qsizetype(image.width) * image.height;
    for (int c = 0; c < 3; ++c)
        for (qsizetype i = 0; i < plane; ++i)
            out.append(image.pixels[i * 3 + c]);
    return out;
}

} // namespace apd::samples
