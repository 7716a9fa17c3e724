#include "inspect/XmpScanner.h"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>
#include <string_view>

#if defined(__SSE2__) || defined(_M_X64)
#include <emmintrin.h>
#define APD_XMP_SSE2 1
#endif
#if defined(__GNUC__) && defined(__x86_64__)
#include <immintrin.h>
#define APD_XMP_AVX2 1 // chosen at run time, where the CPU has it
#endif
#ifdef __GNUC__
// Into the AVX2 caller, so that the inlined loop is compiled for AVX2 too.
#define APD_XMP_INLINE [[gnu::always_inline]] inline
#else
#define APD_XMP_INLINE inline
#endif

namespace apd::inspect {

namespace {
// A tag longer than this is not one we look for: only its end matters then.
constexpr qsizetype maxCarry = 4096;

constexpr std::string_view openLi = "<rdf:li>";
constexpr std::string_view closeLi = "</rdf:li>";

// The first '<' in [p, end), or null. The tags of a bloated packet are some 28 bytes apart,
// too short a distance for memchr's start-up cost.
inline const char* findTag(const char* p, const char* end)
{
#ifdef APD_XMP_SSE2
    const __m128i lt = _mm_set1_epi8('<');
    for (; end - p >= 16; p += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
        if (const int m = _mm_movemask_epi8(_mm_cmpeq_epi8(v, lt)))
            return p + std::countr_zero(unsigned(m));
    }
#endif
    return static_cast<const char*>(std::memchr(p, '<', size_t(end - p)));
}

// Bare items (<rdf:li>text</rdf:li>) from p, counted into `items`; `find` finds the '<' that
// ends a text. Returns where they stop: at anything else, or an item cut by `end`.
template <typename Find> APD_XMP_INLINE const char* bareItems(const char* p, const char* end, qint64& items, Find find)
{
    const qint64 minItem = qint64(openLi.size() + closeLi.size());
    while (end - p >= minItem && std::memcmp(p, openLi.data(), openLi.size()) == 0) {
        const char* lt = find(p + openLi.size(), end);
        if (!lt || end - lt < qint64(closeLi.size()) || std::memcmp(lt, closeLi.data(), closeLi.size()) != 0)
            break;
        ++items;
        p = lt + closeLi.size();
    }
    return p;
}

const char* bareItemsDefault(const char* p, const char* end, qint64& items)
{
    return bareItems(p, end, items, findTag);
}

#ifdef APD_XMP_AVX2
// Twice the bytes per step: a text of 48 bytes takes two steps instead of four.
struct FindTagAvx2
{
    __attribute__((target("avx2"))) const char* operator()(const char* p, const char* end) const
    {
        const __m256i lt = _mm256_set1_epi8('<');
        for (; end - p >= 32; p += 32) {
            const __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p));
            if (const unsigned m = unsigned(_mm256_movemask_epi8(_mm256_cmpeq_epi8(v, lt))))
                return p + std::countr_zero(m);
        }
        return findTag(p, end);
    }
};

__attribute__((target("avx2"))) const char* bareItemsAvx2(const char* p, const char* end, qint64& items)
{
    return bareItems(p, end, items, FindTagAvx2());
}
#endif

using BareItems = const char* (*)(const char*, const char*, qint64&);

BareItems chooseBareItems()
{
#ifdef APD_XMP_AVX2
    __builtin_cpu_init();
    if (__builtin_cpu_supports("avx2"))
        return bareItemsAvx2;
#endif
    return bareItemsDefault;
}
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
    while (p < end) {
        const char* lt = findTag(p, end);
        if (!lt)
            return;
        if (m_container != Container::None && m_liDepth == 0) {
            if (const char* after = takeItems(lt, end); after != lt) {
                p = after;
                continue;
            }
        }
        // Bare list items, one tag at a time, without looking for their '>' and their name's end.
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

// A bloated packet is tens of thousands of bare items of one container: they are taken whole
// here, with what openItem() and closeItem() would do for each. Stops at anything else,
// such as an item with markup inside or cut by the end of the piece.
const char* XmpScanner::takeItems(const char* p, const char* end)
{
    static const BareItems bareItemsHere = chooseBareItems();
    qint64 items = 0;
    p = bareItemsHere(p, end, items);
    if (items > 0) {
        (m_container == Container::Ancestors ? m_ancestors : m_pantry) += items;
        m_maxDepth = std::max(m_maxDepth, m_depth + 1);
    }
    return p;
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
