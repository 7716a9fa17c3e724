#include "cli/CliApplication.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("artwork-portal-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(APD_VERSION));
    return apd::cli::CliApplication::run(QCoreApplication::arguments());
}
