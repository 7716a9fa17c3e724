#include "inspect/XmpScanner.h"

#include <cstring>
#include <string_view>

namespace apd::inspect {

namespace {
// A tag longer than this is not one we look for: only its end matters then.
constexpr qsizetype maxCarry = 4096;
} // namespace

void XmpScanner::feed(const char* data, qint64 length)
{
    m_bytes += quint64(length);
    const char* p = data;
    const char* end = data + length;
    if (!m_carry.isEmpty()) {
        // Complete the tag that the previous piece cut: append up to its '>'.
        const char* gt = static_cast<const char*>(std::memchr(p, '>', size_t(end - p)));
        if (!gt) {
            if (m_carry.size() < maxCarry)
                m_carry.append(p, qsizetype(std::min<qint64>(end - p, maxCarry)));
            return;
        }
        m_carry.append(p, gt + 1 - p);
        p = gt + 1;
        const QByteArray t = m_carry;
        m_carry.clear();
        feed(t.constData(), t.size());
        m_bytes -= quint64(t.size()); // counted once already
    }
    static constexpr std::string_view openLi = "<rdf:li>";
    static constexpr std::string_view closeLi = "</rdf:li>";
    while (p < end) {
        const char* lt = static_cast<const char*>(std::memchr(p, '<', size_t(end - p)));
        if (!lt)
            return;
        // A bloated packet is tens of thousands of bare list items: take them whole, without
        // looking for their '>' and their name's end.
        if (end - lt >= qint64(closeLi.size())) {
            if (std::memcmp(lt, openLi.data(), openLi.size()) == 0) {
                openItem();
                p = lt + openLi.size();
                continue;
            }
            if (std::memcmp(lt, closeLi.data(), closeLi.size()) == 0) {
                closeItem();
                p = lt + closeLi.size();
                continue;
            }
        }
        const char* gt = static_cast<const char*>(std::memchr(lt, '>', size_t(end - lt)));
        if (!gt) {
            m_carry = QByteArray(lt, qsizetype(std::min<qint64>(end - lt, maxCarry)));
            return;
        }
        const char* n = lt + 1;
        bool closing = false;
        if (n < gt && *n == '/') {
            closing = true;
            ++n;
        }
        if (n < gt && (*n == '?' || *n == '!')) {
            p = gt + 1;
            continue;
        }
        const char* ne = n;
        while (ne < gt && *ne != ' ' && *ne != '\t' && *ne != '\n' && *ne != '\r' && *ne != '/')
            ++ne;
        tag(n, ne - n, closing, !closing && gt[-1] == '/');
        p = gt + 1;
    }
}

// What tag() does for a bare <rdf:li>, without comparing names.
inline void XmpScanner::openItem()
{
    if (++m_depth > m_maxDepth)
        m_maxDepth = m_depth;
    if (m_container == Container::None) {
        m_liDepth = 0;
        return;
    }
    if (m_liDepth == 0)
        ++(m_container == Container::Ancestors ? m_ancestors : m_pantry);
    ++m_liDepth;
}

inline void XmpScanner::closeItem()
{
    if (m_depth > 0)
        --m_depth;
    if (m_container != Container::None && m_liDepth > 0)
        --m_liDepth;
}

void XmpScanner::tag(const char* name, qsizetype length, bool closing, bool selfClosing)
{
    const std::string_view n(name, size_t(length));
    if (!selfClosing) {
        if (closing) {
            if (m_depth > 0)
                --m_depth;
        } else if (++m_depth > m_maxDepth) {
            m_maxDepth = m_depth;
        }
    }
    static constexpr std::string_view li = "rdf:li";
    static constexpr std::string_view ancestors = "photoshop:DocumentAncestors";
    static constexpr std::string_view pantry = "xmpMM:Pantry";
    if (m_container == Container::None) {
        if (closing || selfClosing)
            return;
        if (n == ancestors)
            m_container = Container::Ancestors;
        else if (n == pantry)
            m_container = Container::Pantry;
        m_liDepth = 0;
        return;
    }
    if (n == li) {
        if (closing) {
            if (m_liDepth > 0)
                --m_liDepth;
            return;
        }
        if (m_liDepth == 0)
            ++(m_container == Container::Ancestors ? m_ancestors : m_pantry);
        if (!selfClosing)
            ++m_liDepth;
        return;
    }
    if (closing && m_liDepth == 0 &&
        ((m_container == Container::Ancestors && n == ancestors) || (m_container == Container::Pantry && n == pantry)))
        m_container = Container::None;
}

} // namespace apd::inspect
