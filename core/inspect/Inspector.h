#pragma once

#include "inspect/InspectionReport.h"

#include <QCoreApplication>
#include <QIODevice>

#include <functional>

namespace apd::inspect {

// Inspects one JPEG, PNG or PSD/PSB file: structure and metadata, then (Level::Full) a full
// decode of the pixels. Never throws; every fault is a Finding in the report. Memory stays
// bounded whatever the file declares. Thread-safe (no shared state but Exiv2's, which is
// serialized); blocking (disk).
class Inspector
{
    Q_DECLARE_TR_FUNCTIONS(Inspector)

public:
    struct Options
    {
        Level level = Level::Full;
        quint64 pixelLimit = 250'000'000; // larger images are refused before any decode
        // Test hook: runs between the metadata pass and the decode (to change or remove the
        // file while it is being read).
        std::function<void()> afterMetadata;
    };

    static InspectionReport inspectFile(const QString& path, const Options& options);
    // For data already open (buffers in fuzzers and tests); the device must be seekable.
    static InspectionReport inspectDevice(QIODevice& device, const Options& options);

    // What the first bytes say the file is.
    static ImageFormat sniff(const QByteArray& head);
};

} // namespace apd::inspect
