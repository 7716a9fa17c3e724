#pragma once

#include <QIcon>
#include <QString>

namespace apd::ui {

// A small badge with a source file's kind (PSD, PSB, AI, AEP), drawn by us, so a linked source
// reads at a glance as the layered file it is. Made once per kind; GUI thread only.
QIcon fileKindIcon(const QString& fileName);

} // namespace apd::ui
