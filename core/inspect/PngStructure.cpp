#include "inspect/PngStructure.h"

#include <cstring>

namespace apd::inspect {

namespace {

constexpr int maxChunks = 1'000'000;

bool isLetter(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

} // namespace

bool PngStructure::looksLikeDamagedPng(const QByteArray& head)
{
    // A PNG whose first bytes were changed still names its first chunk early on.
    return head.left(32).contains("IHDR") || head.mid(1, 3).compare("PNG", Qt::CaseInsensitive) == 0;
}

bool PngStructure::isPngSignature(const char* eight)
{
    return std::memcmp(eight, signature, 8) == 0;
}

PngStructure PngStructure::walk(ByteReader& reader)
{
    PngStructure s;
    const auto fail = [&](const QString& code, const QString& message) {
        s.errorCode = code;
        s.errorMessage = message;
        return s;
    };
    char sig[8] = {};
    const bool whole = reader.read(0, 8, sig);
    if (!whole || !isPngSignature(sig)) {
        QByteArray head;
        const quint64 headLength = std::min<quint64>(reader.size(), 32);
        reader.read(0, headLength, head, headLength);
        if (!looksLikeDamagedPng(head))
            return fail(QStringLiteral("not-png"), tr("The file does not start like a PNG."));
        const QByteArray expected(signature, 8);
        bool onlyLineEnds = head.size() >= 8;
        int changed = -1;
        for (int i = 0; i < std::min<int>(8, int(head.size())); ++i) {
            if (head[i] == expected[i])
                continue;
            if (changed < 0)
                changed = i;
            const bool lineEnd = (head[i] == '\r' || head[i] == '\n') && (expected[i] == '\r' || expected[i] == '\n');
            onlyLineEnds = onlyLineEnds && lineEnd;
        }
        QString why;
        if (quint8(head[0]) == 0x09 && head.mid(1, 7) == expected.mid(1, 7))
            why = tr("the first byte lost its high bit, as after a 7-bit transfer");
        else if (onlyLineEnds)
            why = tr("line endings were converted, as after a text-mode transfer");
        else
            why = tr("byte %1 was changed").arg(changed + 1);
        return fail(QStringLiteral("signature-damaged"), tr("The PNG signature is damaged: %1.").arg(why));
    }
    quint64 pos = 8;
    while (true) {
        if (s.chunks.size() >= maxChunks)
            return fail(QStringLiteral("corrupt-data"), tr("The PNG has more than %1 chunks.").arg(maxChunks));
        unsigned char h[8];
        if (!reader.read(pos, 8, reinterpret_cast<char*>(h))) {
            if (pos == reader.size())
                return fail(QStringLiteral("truncated"), tr("The PNG ends without its IEND chunk (cut short)."));
            return fail(QStringLiteral("truncated"), tr("The PNG ends inside a chunk header (offset %1).").arg(pos));
        }
        Chunk c;
        std::memcpy(c.type, h + 4, 4);
        c.offset = pos;
        c.length = be32(h);
        if (!isLetter(c.type[0]) || !isLetter(c.type[1]) || !isLetter(c.type[2]) || !isLetter(c.type[3]))
            return fail(QStringLiteral("corrupt-data"), tr("The PNG has an invalid chunk at offset %1.").arg(pos));
        if (c.length > 0x7fffffffu)
            return fail(QStringLiteral("corrupt-data"),
                        tr("The PNG chunk %1 at offset %2 has an invalid length.").arg(QLatin1String(c.type)).arg(pos));
        if (s.chunks.isEmpty() && (!c.is("IHDR") || c.length != 13))
            return fail(QStringLiteral("bad-header"), tr("The PNG does not begin with a valid IHDR chunk."));
        if (!reader.contains(c.dataOffset(), c.length + 4))
            return fail(QStringLiteral("truncated"),
                        tr("The PNG chunk %1 at offset %2 declares %3 bytes but only %4 remain: the file is cut short.")
                            .arg(QLatin1String(c.type))
                            .arg(pos)
                            .arg(c.length)
                            .arg(reader.size() - std::min(reader.size(), c.dataOffset())));
        s.chunks.append(c);
        pos += c.size();
        if (c.is("IEND")) {
            s.sawIend = true;
            return s;
        }
    }
}

} // namespace apd::inspect
