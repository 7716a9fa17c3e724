#include "cli/CliApplication.h"
#include "i18n/Translations.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("artwork-portal-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(APD_VERSION));
    apd::i18n::installTranslations();
    return apd::cli::CliApplication::run(QCoreApplication::arguments());
}
