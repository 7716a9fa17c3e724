#pragma once

#include "inspect/InspectionReport.h"

#include <QCoreApplication>
#include <QIODevice>

namespace apd::inspect {

// Receives decoded rows, top to bottom, as 8-bit RGBA. Rows may be skipped (an interlaced
// PNG too big to hold decodes odd rows only); `begin` gives the output size first.
class RowSink
{
public:
    virtual ~RowSink() = default;
    virtual void begin(quint32 width, quint32 height) = 0;
    virtual void row(quint32 y, const unsigned char* rgba) = 0;
};

// A full decode through libjpeg-turbo or libpng, one row at a time (memory bounded by a row,
// except what libjpeg needs for progressive images, capped by `memoryCap`). Every error
// and warning of the libraries becomes a Finding. Blocking; thread-safe (no shared state).
class ImageDecoder
{
    Q_DECLARE_TR_FUNCTIONS(ImageDecoder)

public:
    struct Result
    {
        bool ok = false;          // decoded to the end without error or corrupt-data warning
        QList<Finding> findings;  // codes: truncated, bad-crc, corrupt-data, unsupported, decode-failed
        quint32 width = 0;        // output size
        quint32 height = 0;
    };

    // `sink` may be null (an integrity check: pixels are decoded and dropped). `scaleDenom`
    // (1, 2, 4, 8) scales a JPEG down while decoding; PNGs ignore it.
    static Result decodeJpeg(QIODevice& device, RowSink* sink, int scaleDenom = 1);
    static Result decodePng(QIODevice& device, RowSink* sink);

    static constexpr long memoryCap = 1024L * 1024 * 1024; // libjpeg's working memory
    static constexpr int maxScans = 1000;                  // progressive scans; more is hostile
};

} // namespace apd::inspect
