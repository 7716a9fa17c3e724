#pragma once

#include "inspect/ByteReader.h"
#include "inspect/InspectionReport.h"

#include <QCoreApplication>

namespace apd::inspect {

// The metadata level of inspection, one function per format: structure, image header and
// metadata sizes and counts, without decoding a pixel. Each adds what it finds to `report`
// (findings included) and never reads beyond the data.
class FormatScanners
{
    Q_DECLARE_TR_FUNCTIONS(FormatScanners)

public:
    static void scanJpeg(ByteReader& reader, InspectionReport& report, Level level);
    static void scanPng(ByteReader& reader, InspectionReport& report, Level level);
    static void scanPsd(ByteReader& reader, InspectionReport& report, Level level);

    static constexpr quint64 iccCap = 16ull * 1024 * 1024; // profiles are KBs; larger ones are not read
};

} // namespace apd::inspect
