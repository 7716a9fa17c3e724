#pragma once

#include "inspect/ByteReader.h"

#include <QCoreApplication>
#include <QList>

#include <cstring>

namespace apd::inspect {

// The chunk list of a PNG (length, type, where), walked without reading chunk data and
// without trusting a length beyond the end of the file. Shared by inspection and XMP removal.
class PngStructure
{
    Q_DECLARE_TR_FUNCTIONS(PngStructure)

public:
    struct Chunk
    {
        char type[5] = {0, 0, 0, 0, 0};
        quint64 offset = 0; // of the length field
        quint64 length = 0; // data bytes
        quint64 dataOffset() const { return offset + 8; }
        quint64 size() const { return length + 12; }
        bool is(const char (&t)[5]) const { return std::memcmp(type, t, 4) == 0; }
    };

    QList<Chunk> chunks;
    bool sawIend = false;
    // Empty when the walk reached IEND. Codes: "not-png", "signature-damaged", "bad-header",
    // "truncated", "corrupt-data".
    QString errorCode;
    QString errorMessage;

    static PngStructure walk(ByteReader& reader);
    static bool isPngSignature(const char* eight);
    // The first bytes of a PNG whose signature was damaged (in transfer, by hand).
    static bool looksLikeDamagedPng(const QByteArray& head);
    static constexpr char signature[] = "\x89PNG\r\n\x1a\n";
};

} // namespace apd::inspect
