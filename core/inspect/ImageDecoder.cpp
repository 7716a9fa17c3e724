#include "inspect/ImageDecoder.h"

// clang-format off
#include <cstdio>
#include <jpeglib.h>
#include <jerror.h>
#include <png.h>
// clang-format on

#include <csetjmp>
#include <memory>
#include <cstring>
#include <vector>

// The libraries report errors by longjmp. Every function below keeps C++ objects with
// destructors out of the frames a longjmp crosses: state lives in plain structs owned by the
// caller, and messages are stored before jumping.

namespace apd::inspect {

namespace {

// ---- JPEG -------------------------------------------------------------------------------

struct JpegError
{
    jpeg_error_mgr pub;
    jmp_buf jump;
    char message[JMSG_LENGTH_MAX];
    char firstWarning[JMSG_LENGTH_MAX];
    bool failed;
    bool prematureEnd;
    int corruptWarnings;
};

struct JpegSource
{
    jpeg_source_mgr pub;
    QIODevice* device;
    JOCTET buffer[64 * 1024];
    JOCTET eoi[2];
};

void jpegErrorExit(j_common_ptr cinfo)
{
    auto* e = reinterpret_cast<JpegError*>(cinfo->err);
    e->pub.format_message(cinfo, e->message);
    e->failed = true;
    longjmp(e->jump, 1);
}

void jpegEmit(j_common_ptr cinfo, int level)
{
    if (level >= 0)
        return; // trace messages
    auto* e = reinterpret_cast<JpegError*>(cinfo->err);
    if (e->pub.msg_code == JWRN_JPEG_EOF) {
        e->prematureEnd = true;
    } else if (!e->prematureEnd) {
        // After the end of the data, what libjpeg finds wrong is the end marker put in its
        // place: the truncation already says it.
        if (e->corruptWarnings == 0)
            e->pub.format_message(cinfo, e->firstWarning);
        ++e->corruptWarnings;
    }
    ++e->pub.num_warnings;
}

void jpegInitSource(j_decompress_ptr) {}
void jpegTermSource(j_decompress_ptr) {}

boolean jpegFill(j_decompress_ptr cinfo)
{
    auto* s = reinterpret_cast<JpegSource*>(cinfo->src);
    const qint64 n = s->device->read(reinterpret_cast<char*>(s->buffer), sizeof s->buffer);
    if (n <= 0) {
        // The data ended: warn (a premature end) and hand libjpeg an EOI, as jdatasrc does.
        WARNMS(cinfo, JWRN_JPEG_EOF);
        s->eoi[0] = 0xFF;
        s->eoi[1] = JPEG_EOI;
        s->pub.next_input_byte = s->eoi;
        s->pub.bytes_in_buffer = 2;
        return TRUE;
    }
    s->pub.next_input_byte = s->buffer;
    s->pub.bytes_in_buffer = size_t(n);
    return TRUE;
}

void jpegSkip(j_decompress_ptr cinfo, long count)
{
    auto* s = reinterpret_cast<JpegSource*>(cinfo->src);
    while (count > long(s->pub.bytes_in_buffer)) {
        count -= long(s->pub.bytes_in_buffer);
        jpegFill(cinfo);
    }
    if (count > 0) {
        s->pub.next_input_byte += count;
        s->pub.bytes_in_buffer -= size_t(count);
    }
}

void jpegProgress(j_common_ptr cinfo)
{
    auto* d = reinterpret_cast<j_decompress_ptr>(cinfo);
    if (d->input_scan_number > ImageDecoder::maxScans) {
        auto* e = reinterpret_cast<JpegError*>(cinfo->err);
        std::snprintf(e->message, sizeof e->message, "more than %d progressive scans", ImageDecoder::maxScans);
        e->failed = true;
        longjmp(e->jump, 1);
    }
}

struct JpegRun
{
    jpeg_decompress_struct cinfo;
    JpegError err;
    JpegSource src;
    jpeg_progress_mgr progress;
    JSAMPLE* row;
    bool cmyk;
    bool inverted;
};

// Adobe writes CMYK inverted (APP14); libjpeg hands it over as stored.
void cmykToRgba(unsigned char* p, quint32 width, bool inverted)
{
    for (quint32 x = 0; x < width; ++x, p += 4) {
        int c = p[0], m = p[1], y = p[2], k = p[3];
        if (!inverted) {
            c = 255 - c;
            m = 255 - m;
            y = 255 - y;
            k = 255 - k;
        }
        p[0] = JSAMPLE(c * k / 255);
        p[1] = JSAMPLE(m * k / 255);
        p[2] = JSAMPLE(y * k / 255);
        p[3] = 255;
    }
}

// Runs in a frame without C++ objects: returns false after a longjmp.
bool runJpeg(JpegRun& r, RowSink* sink, int scaleDenom, quint32& outWidth, quint32& outHeight)
{
    if (setjmp(r.err.jump))
        return false;
    jpeg_create_decompress(&r.cinfo);
    r.cinfo.mem->max_memory_to_use = ImageDecoder::memoryCap;
    r.cinfo.src = &r.src.pub;
    r.cinfo.progress = &r.progress;
    jpeg_read_header(&r.cinfo, TRUE);
    r.cmyk = r.cinfo.jpeg_color_space == JCS_CMYK || r.cinfo.jpeg_color_space == JCS_YCCK;
    r.inverted = r.cinfo.saw_Adobe_marker;
    if (r.cmyk)
        r.cinfo.out_color_space = JCS_CMYK;
    else
        r.cinfo.out_color_space = sink ? JCS_EXT_RGBA : JCS_RGB;
    r.cinfo.scale_num = 1;
    r.cinfo.scale_denom = unsigned(scaleDenom);
    jpeg_start_decompress(&r.cinfo);
    outWidth = r.cinfo.output_width;
    outHeight = r.cinfo.output_height;
    r.row = static_cast<JSAMPLE*>((*r.cinfo.mem->alloc_large)(reinterpret_cast<j_common_ptr>(&r.cinfo), JPOOL_IMAGE,
                                                                size_t(r.cinfo.output_width) * 4));
    if (sink)
        sink->begin(outWidth, outHeight);
    while (r.cinfo.output_scanline < r.cinfo.output_height) {
        const quint32 y = r.cinfo.output_scanline;
        JSAMPROW rows[1] = {r.row};
        if (jpeg_read_scanlines(&r.cinfo, rows, 1) != 1)
            break;
        if (sink) {
            if (r.cmyk)
                cmykToRgba(r.row, outWidth, r.inverted);
            sink->row(y, r.row);
        }
    }
    jpeg_finish_decompress(&r.cinfo);
    return true;
}

// ---- PNG --------------------------------------------------------------------------------

struct PngRun
{
    QIODevice* device;
    char message[256];
    bool truncated;
    png_structp png;
    png_infop info;
    png_bytep row;
    png_bytep image;   // whole image, only for small interlaced files
    png_bytepp rows;
};

void pngError(png_structp png, png_const_charp message)
{
    auto* r = static_cast<PngRun*>(png_get_error_ptr(png));
    std::snprintf(r->message, sizeof r->message, "%s", message);
    png_longjmp(png, 1);
}

void pngWarning(png_structp, png_const_charp) {}

void pngRead(png_structp png, png_bytep data, size_t length)
{
    auto* r = static_cast<PngRun*>(png_get_io_ptr(png));
    size_t done = 0;
    while (done < length) {
        const qint64 n = r->device->read(reinterpret_cast<char*>(data) + done, qint64(length - done));
        if (n <= 0) {
            r->truncated = true;
            png_error(png, "the file ends before the image data does");
        }
        done += size_t(n);
    }
}

constexpr size_t wholeImageCap = 64 * 1024 * 1024; // interlaced images up to this are held whole

bool runPng(PngRun& r, RowSink* sink, quint32& outWidth, quint32& outHeight)
{
    if (setjmp(png_jmpbuf(r.png)))
        return false;
    png_set_read_fn(r.png, &r, pngRead);
    // Metadata chunks are inspected elsewhere: let libpng skip them (CRC still checked)
    // instead of allocating what they declare.
    static const png_byte skipped[] = "iTXt\0tEXt\0zTXt\0iCCP\0eXIf\0sPLT\0";
    png_set_keep_unknown_chunks(r.png, PNG_HANDLE_CHUNK_NEVER, nullptr, 0);
    png_set_keep_unknown_chunks(r.png, PNG_HANDLE_CHUNK_NEVER, skipped, 6);
    png_set_user_limits(r.png, 1u << 20, 1u << 20);
    png_read_info(r.png, r.info);
    const png_uint_32 width = png_get_image_width(r.png, r.info);
    const png_uint_32 height = png_get_image_height(r.png, r.info);
    const int colourType = png_get_color_type(r.png, r.info);
    png_set_expand(r.png);
    png_set_strip_16(r.png);
    if (colourType == PNG_COLOR_TYPE_GRAY || colourType == PNG_COLOR_TYPE_GRAY_ALPHA)
        png_set_gray_to_rgb(r.png);
    if (!(colourType & PNG_COLOR_MASK_ALPHA))
        png_set_add_alpha(r.png, 0xff, PNG_FILLER_AFTER); // tRNS expands to alpha on its own
    const int passes = png_set_interlace_handling(r.png);
    png_read_update_info(r.png, r.info);
    const size_t rowBytes = png_get_rowbytes(r.png, r.info);
    outWidth = width;
    outHeight = height;
    if (sink)
        sink->begin(width, height);
    if (passes > 1 && sink && rowBytes * height <= wholeImageCap) {
        r.image = static_cast<png_bytep>(png_malloc(r.png, rowBytes * height));
        r.rows = static_cast<png_bytepp>(png_malloc(r.png, sizeof(png_bytep) * height));
        for (png_uint_32 y = 0; y < height; ++y)
            r.rows[y] = r.image + y * rowBytes;
        png_read_image(r.png, r.rows);
        for (png_uint_32 y = 0; y < height; ++y)
            sink->row(y, r.rows[y]);
    } else {
        r.row = static_cast<png_bytep>(png_malloc(r.png, rowBytes));
        for (int pass = 0; pass < passes; ++pass) {
            for (png_uint_32 y = 0; y < height; ++y) {
                png_read_row(r.png, r.row, nullptr);
                // Interlaced and large: the last Adam7 pass fills every odd row completely.
                if (sink && (passes == 1 || (pass == passes - 1 && (y & 1)))) {
                    if (passes > 1)
                        sink->row(y - 1, r.row);
                    sink->row(y, r.row);
                }
            }
        }
    }
    png_read_end(r.png, nullptr);
    return true;
}

} // namespace

ImageDecoder::Result ImageDecoder::decodeJpeg(QIODevice& device, RowSink* sink, int scaleDenom)
{
    Result result;
    auto run = std::make_unique<JpegRun>();
    std::memset(run.get(), 0, sizeof(JpegRun));
    run->cinfo.err = jpeg_std_error(&run->err.pub);
    run->err.pub.error_exit = jpegErrorExit;
    run->err.pub.emit_message = jpegEmit;
    run->src.device = &device;
    run->src.pub.init_source = jpegInitSource;
    run->src.pub.fill_input_buffer = jpegFill;
    run->src.pub.skip_input_data = jpegSkip;
    run->src.pub.resync_to_restart = jpeg_resync_to_restart;
    run->src.pub.term_source = jpegTermSource;
    run->progress.progress_monitor = jpegProgress;
    device.seek(0);
    const bool finished = runJpeg(*run, sink, scaleDenom, result.width, result.height);
    jpeg_destroy_decompress(&run->cinfo);
    if (run->err.prematureEnd)
        result.findings.append({QStringLiteral("truncated"), tr("The JPEG image data ends early: the file is cut short.")});
    if (run->err.corruptWarnings > 0)
        result.findings.append({QStringLiteral("corrupt-data"),
                                tr("The JPEG image data is corrupt (%1 problem(s); first: %2).")
                                    .arg(run->err.corruptWarnings)
                                    .arg(QString::fromLatin1(run->err.firstWarning))});
    if (!finished) {
        const QString message = QString::fromLatin1(run->err.message);
        const bool unsupported = message.contains(QLatin1String("Unsupported"));
        result.findings.append({unsupported ? QStringLiteral("unsupported") : QStringLiteral("decode-failed"),
                                tr("The JPEG cannot be decoded: %1.").arg(message)});
    }
    result.ok = finished && result.findings.isEmpty();
    return result;
}

ImageDecoder::Result ImageDecoder::decodePng(QIODevice& device, RowSink* sink)
{
    Result result;
    PngRun run;
    std::memset(&run, 0, sizeof run);
    run.device = &device;
    run.png = png_create_read_struct(PNG_LIBPNG_VER_STRING, &run, pngError, pngWarning);
    if (!run.png) {
        result.findings.append({QStringLiteral("decode-failed"), tr("The PNG decoder could not start.")});
        return result;
    }
    run.info = png_create_info_struct(run.png);
    device.seek(0);
    const bool finished = run.info && runPng(run, sink, result.width, result.height);
    if (run.row)
        png_free(run.png, run.row);
    if (run.image)
        png_free(run.png, run.image);
    if (run.rows)
        png_free(run.png, run.rows);
    png_destroy_read_struct(&run.png, &run.info, nullptr);
    if (!finished) {
        const QString message = QString::fromLatin1(run.message);
        QString code = QStringLiteral("corrupt-data");
        if (run.truncated)
            code = QStringLiteral("truncated");
        else if (message.contains(QLatin1String("CRC")))
            code = QStringLiteral("bad-crc");
        result.findings.append({code, tr("The PNG cannot be decoded: %1.").arg(message)});
    }
    result.ok = finished;
    return result;
}

} // namespace apd::inspect
