#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// Makes the test images of the inspection tests: real files through ImageMagick
// (convert-im6.q16) and exiftool, and byte-level edits (ExtendedXMP segments, PNG chunks,
// truncation) written here. Every function returns empty / false on failure; tests QVERIFY.
class ImageFactory
{
public:
    // Runs a program; `out` receives its stdout. True when it exits with 0.
    static bool run(const QString& program, const QStringList& args, QByteArray* out = nullptr);
    static bool convert(const QStringList& args) { return run(QStringLiteral("convert-im6.q16"), args); }

    static QByteArray read(const QString& path);
    static bool write(const QString& path, const QByteArray& data);

    // An 8-bit RGB JPEG / RGBA PNG with some texture (gradient plus noise).
    static bool jpeg(const QString& path, int width, int height, const QStringList& extra = {});
    static bool pngRgba(const QString& path, int width, int height, const QStringList& extra = {});

    // A minimal but valid ICC v2 profile with a 'desc' tag.
    static QByteArray iccProfile(const QString& description);
    // Adds an ICC profile with exiftool.
    static bool addIcc(const QString& path, const QByteArray& icc, const QString& workDir);
    // Adds `count` DocumentAncestors (and a dc:title "keep me") with exiftool.
    static bool addAncestors(const QString& path, int count, const QString& workDir);

    // An XMP packet with `ancestors` DocumentAncestors, `pantry` Pantry items (each with a
    // nested ancestor of its own, which must not be counted) and `extra` properties.
    static QByteArray xmpPacket(int ancestors, int pantry = 0, const QByteArray& extra = {});
    // Inserts XMP into a JPEG after its first segment: a standard packet, plus the
    // `extended` packet as ExtendedXMP segments (written in reverse order when `shuffle`).
    static QByteArray withJpegXmp(const QByteArray& jpeg, const QByteArray& standard, const QByteArray& extended = {},
                                  bool shuffle = false);
    // A PNG chunk, CRC and all; inserted before the first IDAT, or before IEND.
    static QByteArray pngChunk(const char* type, const QByteArray& data);
    static QByteArray withPngChunk(const QByteArray& png, const QByteArray& chunk, bool afterImageData);
    static QByteArray itxt(const QByteArray& keyword, const QByteArray& text, bool compressed = false);

    // Decoded pixels through ImageMagick (8-bit RGBA), independent of the code under test.
    static QByteArray pixels(const QString& path);
};
