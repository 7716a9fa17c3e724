#include "samples/BloatedXmp.h"

#include <QCryptographicHash>
#include <QtEndian>

namespace apd::samples {

namespace {

constexpr qsizetype kExtendedChunk = 65400; // data bytes per ExtendedXMP segment

QByteArray packet(const QByteArray& body, const QByteArray& attributes)
{
    return QByteArrayLiteral("<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>"
                             "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">"
                             "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
                             "<rdf:Description rdf:about=\"\" xmlns:photoshop=\"http://ns.adobe.com/photoshop/1.0/\" "
                             "xmlns:xmpNote=\"http://ns.adobe.com/xmp/note/\" ") +
           attributes + QByteArrayLiteral(">") + body +
           QByteArrayLiteral("</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>");
}

QByteArray segment(const QByteArray& payload)
{
    QByteArray out("\xFF\xE1", 2);
    char length[2];
    qToBigEndian(quint16(payload.size() + 2), length);
    out.append(length, 2);
    out.append(payload);
    return out;
}

} // namespace

QByteArray withBloatedXmp(const QByteArray& jpeg, int ancestors)
{
    if (jpeg.size() < 4 || !jpeg.startsWith("\xFF\xD8"))
        return {};
    QByteArray list;
    for (int i = 0; i < ancestors; ++i)
        list += QByteArrayLiteral("<rdf:li>xmp.did:") + QByteArray::number(0x5a17e000 + i, 16) +
                QByteArrayLiteral("-0000-4000-8000-") + QByteArray::number(i, 16).rightJustified(12, '0') +
                QByteArrayLiteral("</rdf:li>");
    const QByteArray extended =
        packet(QByteArrayLiteral("<photoshop:DocumentAncestors><rdf:Bag>") + list +
                   QByteArrayLiteral("</rdf:Bag></photoshop:DocumentAncestors>"),
               {});
    const QByteArray guid = QCryptographicHash::hash(extended, QCryptographicHash::Md5).toHex().toUpper();
    const QByteArray standard = packet({}, QByteArrayLiteral("xmpNote:HasExtendedXMP=\"") + guid + '"');

    QByteArray segments = segment(QByteArray("http://ns.adobe.com/xap/1.0/", 29) + standard);
    for (qsizetype offset = 0; offset < extended.size(); offset += kExtendedChunk) {
        char header[8];
        qToBigEndian(quint32(extended.size()), header);
        qToBigEndian(quint32(offset), header + 4);
        segments += segment(QByteArray("http://ns.adobe.com/xmp/extension/", 35) + guid + QByteArray(header, 8) +
                            extended.mid(offset, kExtendedChunk));
    }
    // After the first segment (JFIF), as Photoshop places it.
    qsizetype at = 2;
    if (quint8(jpeg[2]) == 0xFF && quint8(jpeg[3]) == 0xE0 && jpeg.size() >= 6)
        at = 4 + qFromBigEndian<quint16>(jpeg.constData() + 4);
    return jpeg.left(at) + segments + jpeg.mid(at);
}

} // namespace apd::samples
