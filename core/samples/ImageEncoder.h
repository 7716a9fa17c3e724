#pragma once

#include "common/Result.h"

#include <QByteArray>

namespace apd::samples {

// A plain 8-bit image in memory: rows of `channels` bytes per pixel, no padding.
struct RawImage
{
    int width = 0;
    int height = 0;
    int channels = 3; // 1 grey, 3 RGB, 4 RGBA
    QByteArray pixels;
};

// A smooth test picture: diagonal gradients with a soft disc, alpha fading at the edges.
RawImage makeTestPicture(int width, int height, int channels, int seed = 0);

// Encoders for generated artwork (samples, demo data, test fixtures) and the portal's
// thumbnails. Thread-safe.
Result<QByteArray> encodeJpeg(const RawImage& image, int quality = 85);
Result<QByteArray> encodePng(const RawImage& image);
// A flat (single-layer, uncompressed) Photoshop file of an RGB image.
Result<QByteArray> encodePsd(const RawImage& image);

} // namespace apd::samples
