#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>

namespace apd::inspect {

// A small picture of an image as plain 8-bit RGBA (row-major, width * 4 bytes per row), for
// any UI toolkit to wrap.
struct Thumbnail
{
    int width = 0;
    int height = 0;
    QByteArray rgba;
};

// Makes thumbnails of JPEGs (libjpeg-turbo's scaled decode at 1/2, 1/4 or 1/8, then a box
// filter) and PNGs (a streaming box filter), in memory bounded by a few rows of the image
// whatever its size. Error codes: the inspection's ("unknown-format", "pixel-limit",
// "truncated", …) and "unsupported-format" for Photoshop files. Thread-safe; blocking.
class Thumbnailer
{
    Q_DECLARE_TR_FUNCTIONS(Thumbnailer)

public:
    // The longest side of the result is `maxSide` (or the image's own, when smaller).
    static Result<Thumbnail> make(const QString& path, int maxSide);
    static Result<Thumbnail> make(QIODevice& device, int maxSide);
};

} // namespace apd::inspect
