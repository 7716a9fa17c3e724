#pragma once

#include <QByteArray>

namespace apd::inspect {

// Counts photoshop:DocumentAncestors and xmpMM:Pantry entries of an XMP packet fed in pieces,
// in constant memory and without building a tree: the fast path of a metadata scan (a 4 MB
// packet of ancestors is counted in a few milliseconds). Only top-level entries are counted:
// ancestors nested inside a Pantry item belong to that item. Recognises the usual prefixes
// (`photoshop:`, `xmpMM:`, `rdf:`); Exiv2 parses the packet properly at the deeper level.
class XmpScanner
{
public:
    void feed(const char* data, qint64 length);
    void finish() {}

    qint64 ancestors() const { return m_ancestors; }
    qint64 pantryItems() const { return m_pantry; }
    int maxDepth() const { return m_maxDepth; }
    quint64 bytes() const { return m_bytes; }

private:
    void tag(const char* name, qsizetype length, bool closing, bool selfClosing);
    const char* takeItems(const char* p, const char* end);
    void openItem();
    void closeItem();

    enum class Container
    {
        None,
        Ancestors,
        Pantry,
    };
    QByteArray m_carry; // an unfinished tag from the previous piece
    Container m_container = Container::None;
    int m_liDepth = 0;
    int m_depth = 0;
    int m_maxDepth = 0;
    qint64 m_ancestors = 0;
    qint64 m_pantry = 0;
    quint64 m_bytes = 0;
};

} // namespace apd::inspect
