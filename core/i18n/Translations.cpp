#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

static void initTranslationResources()
{
    Q_INIT_RESOURCE(translations);
}

namespace apd::i18n {

bool installTranslations(const QLocale& locale)
{
    initTranslationResources();
    // Dates and numbers follow the chosen language too, not the system's: every QLocale()
    // of the app (core and window) is this one from now on.
    QLocale::setDefault(locale);
    auto* app = QCoreApplication::instance();
    if (!app)
        return false;
    // Qt's own strings (standard buttons, dialogs), when the system has them.
    auto* qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    auto* ours = new QTranslator(app);
    if (!ours->load(locale, QStringLiteral("artwork-portal"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete ours;
        return false;
    }
    QCoreApplication::installTranslator(ours);
    return true;
}

} // namespace apd::i18n
