#pragma once

#include <QByteArray>
#include <QString>

namespace apd::inspect {

// Reads what a report needs from an ICC profile's bytes. Pure; never reads outside `icc`.
class IccProfile
{
public:
    // The 'desc' tag (ICC v2 textDescriptionType or v4 multiLocalizedUnicodeType), or an empty
    // string when the profile has none or is malformed.
    static QString description(const QByteArray& icc);
};

} // namespace apd::inspect
