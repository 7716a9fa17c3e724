#pragma once

#include <QLocale>

namespace apd::i18n {

// Installs the project's translation for `locale` (English is the source language) and Qt's
// own, so that messages from core, the CLI and the window all speak the user's language, and
// makes `locale` the default QLocale, so that dates, numbers and catalog labels follow it.
// Call once, on the main thread, after the QCoreApplication exists. Returns true when a
// translation for that language was found (false for English or an unknown language).
bool installTranslations(const QLocale& locale = QLocale::system());

} // namespace apd::i18n
