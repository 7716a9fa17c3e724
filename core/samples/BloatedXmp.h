#pragma once

#include <QByteArray>

namespace apd::samples {

// Adds the kind of XMP that breaks deliveries to a JPEG: a standard packet pointing to an
// ExtendedXMP packet that carries `ancestors` photoshop:DocumentAncestors entries, split into
// APP1 segments as Photoshop writes them. The pixels are untouched. Returns the new file.
QByteArray withBloatedXmp(const QByteArray& jpeg, int ancestors);

} // namespace apd::samples
