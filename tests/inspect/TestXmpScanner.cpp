// The streaming XMP count gives the same answer however the packet is cut into pieces (an
// ExtendedXMP segment, a read block), and takes a bloated list's items whole only where
// they are bare.
#include "ImageFactory.h"
#include "inspect/XmpScanner.h"

#include <QTest>

using namespace apd::inspect;

class TestXmpScanner : public QObject
{
    Q_OBJECT

private:
    struct Counts
    {
        qint64 ancestors = 0;
        qint64 pantry = 0;
        int depth = 0;
        quint64 bytes = 0;
    };

    static Counts scan(const QByteArray& packet, qsizetype piece)
    {
        XmpScanner s;
        for (qsizetype at = 0; at < packet.size(); at += piece)
            s.feed(packet.constData() + at, std::min(piece, packet.size() - at));
        return {s.ancestors(), s.pantryItems(), s.maxDepth(), s.bytes()};
    }

    static void checkEveryCut(const QByteArray& packet, qint64 ancestors, qint64 pantry)
    {
        const Counts whole = scan(packet, packet.size());
        QCOMPARE(whole.ancestors, ancestors);
        QCOMPARE(whole.pantry, pantry);
        QCOMPARE(whole.bytes, quint64(packet.size()));
        for (qsizetype piece : {1, 2, 7, 8, 9, 15, 16, 17, 31, 57, 63, 64, 65, 100, 4099}) {
            const Counts cut = scan(packet, piece);
            QCOMPARE(cut.ancestors, ancestors);
            QCOMPARE(cut.pantry, pantry);
            QCOMPARE(cut.depth, whole.depth);
            QCOMPARE(cut.bytes, whole.bytes);
        }
    }

private Q_SLOTS:
    void bloatedListInPieces()
    {
        checkEveryCut(ImageFactory::xmpPacket(500, 3), 500, 3);
        checkEveryCut(ImageFactory::xmpPacket(0, 40), 0, 40);
    }

    void itemsWithMarkupOrOddText()
    {
        const QByteArray packet = "<x:xmpmeta><rdf:RDF><rdf:Description><photoshop:DocumentAncestors><rdf:Bag>"
                                  "<rdf:li>a</rdf:li><rdf:li>x > y</rdf:li><rdf:li></rdf:li>"
                                  "<rdf:li><rdf:Bag><rdf:li>inner</rdf:li></rdf:Bag></rdf:li>"
                                  "<rdf:li xml:lang=\"en\">b</rdf:li><rdf:li/><rdf:li>c</rdf:li>"
                                  "</rdf:Bag></photoshop:DocumentAncestors>"
                                  "<dc:subject><rdf:Bag><rdf:li>not counted</rdf:li></rdf:Bag></dc:subject>"
                                  "</rdf:Description></rdf:RDF></x:xmpmeta>";
        checkEveryCut(packet, 7, 0);
        QCOMPARE(scan(packet, packet.size()).depth, 8); // x:xmpmeta … the inner rdf:li
    }

    void itemsOutsideAList()
    {
        const QByteArray packet = "<rdf:Bag><rdf:li>a</rdf:li><rdf:li>b</rdf:li></rdf:Bag>";
        checkEveryCut(packet, 0, 0);
        QCOMPARE(scan(packet, packet.size()).depth, 2);
    }
};

QTEST_GUILESS_MAIN(TestXmpScanner)
#include "TestXmpScanner.moc"
