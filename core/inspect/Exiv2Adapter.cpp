#include "inspect/Exiv2Adapter.h"

#include <exiv2/exiv2.hpp>

#include <exception>
#include <mutex>
#include <set>
#include <string>

namespace apd::inspect {

namespace {

std::mutex& exiv2Mutex()
{
    static std::mutex m;
    return m;
}

void initialiseOnce()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // Exiv2 prints its warnings on stderr; the report carries what matters instead.
        Exiv2::LogMsg::setLevel(Exiv2::LogMsg::mute);
        Exiv2::XmpParser::initialize();
    });
}

bool startsWith(const std::string& s, const char* prefix)
{
    return s.rfind(prefix, 0) == 0;
}

Error garbled(const QString& detail)
{
    return Error{QStringLiteral("xmp-garbled"), Exiv2Adapter::tr("The XMP metadata does not parse: %1").arg(detail)};
}

// Exiv2 0.27 stores an XMP array as one datum with many values, and a struct array as keys
// "Prefix[n]/field…": count both shapes.
qint64 countArray(const Exiv2::XmpData& data, const std::string& key)
{
    qint64 plain = 0;
    std::set<long> indices;
    const std::string bracket = key + "[";
    for (const Exiv2::Xmpdatum& d : data) {
        const std::string k = d.key();
        if (k == key) {
            plain += d.count();
        } else if (startsWith(k, bracket.c_str())) {
            indices.insert(std::strtol(k.c_str() + bracket.size(), nullptr, 10));
        }
    }
    return plain + qint64(indices.size());
}

} // namespace

Result<Exiv2Adapter::XmpCounts> Exiv2Adapter::countXmp(const QByteArray& packet)
{
    std::lock_guard lock(exiv2Mutex());
    try {
        initialiseOnce();
        Exiv2::XmpData data;
        if (Exiv2::XmpParser::decode(data, packet.toStdString()) != 0)
            return garbled(tr("the XML is not well-formed XMP"));
        XmpCounts counts;
        counts.ancestors = countArray(data, "Xmp.photoshop.DocumentAncestors");
        counts.pantry = countArray(data, "Xmp.xmpMM.Pantry");
        return counts;
    } catch (const std::exception& e) {
        return garbled(QString::fromLocal8Bit(e.what()));
    } catch (...) {
        return garbled(tr("unknown error"));
    }
}

Result<QByteArray> Exiv2Adapter::withoutCopies(const QList<QByteArray>& packets)
{
    std::lock_guard lock(exiv2Mutex());
    try {
        initialiseOnce();
        Exiv2::XmpData data;
        for (const QByteArray& packet : packets) {
            Exiv2::XmpData part;
            if (Exiv2::XmpParser::decode(part, packet.toStdString()) != 0)
                return garbled(tr("the XML is not well-formed XMP"));
            for (const Exiv2::Xmpdatum& d : part)
                data.add(d);
        }
        for (auto it = data.begin(); it != data.end();) {
            const std::string k = it->key();
            if (startsWith(k, "Xmp.photoshop.DocumentAncestors") || startsWith(k, "Xmp.xmpMM.Pantry")
                || startsWith(k, "Xmp.xmpNote.HasExtendedXMP"))
                it = data.erase(it);
            else
                ++it;
        }
        if (data.empty())
            return QByteArray();
        std::string out;
        if (Exiv2::XmpParser::encode(out, data, Exiv2::XmpParser::useCompactFormat) != 0)
            return Error{QStringLiteral("xmp-write"), tr("The cleaned XMP metadata could not be written.")};
        return QByteArray::fromStdString(out);
    } catch (const std::exception& e) {
        return Error{QStringLiteral("xmp-write"),
                     tr("The cleaned XMP metadata could not be written: %1").arg(QString::fromLocal8Bit(e.what()))};
    } catch (...) {
        return Error{QStringLiteral("xmp-write"), tr("The cleaned XMP metadata could not be written.")};
    }
}

} // namespace apd::inspect
