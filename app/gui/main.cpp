#include "MainWindow.h"
#include "i18n/Translations.h"
#include "settings/AppSettings.h"
#include "validate/CheckQueue.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ArtworkPortal"));
    QApplication::setApplicationName(QStringLiteral("artwork-portal"));
    QApplication::setApplicationDisplayName(QStringLiteral("Artwork Portal"));
    QApplication::setApplicationVersion(QStringLiteral(APD_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.artworkportal.Desktop"));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption check(QStringLiteral("check"), QStringLiteral("Check PATH at start."),
                                   QStringLiteral("PATH"));
    const QCommandLineOption language(QStringLiteral("language"), QStringLiteral("Use LANG (en, es)."),
                                      QStringLiteral("LANG"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QStringLiteral("Save the window to FILE once the checks are done, and quit."),
                                        QStringLiteral("FILE"));
    parser.addOptions({check, language, screenshot});
    parser.process(app);

    const QString chosen = parser.isSet(language) ? parser.value(language) : apd::settings::AppSettings().language();
    apd::i18n::installTranslations(chosen.isEmpty() ? QLocale::system() : QLocale(chosen));

    apd::ui::MainWindow window;
    window.show();
    if (parser.isSet(check))
        window.checkPaths(parser.values(check));
    if (parser.isSet(screenshot)) {
        auto* poll = new QTimer(&window);
        QObject::connect(poll, &QTimer::timeout, &window, [&] {
            if (window.checkQueue()->busy())
                return;
            poll->stop();
            QTimer::singleShot(300, &window, [&] {
                window.grab().save(parser.value(screenshot));
                QApplication::quit();
            });
        });
        poll->start(100);
    }
    return app.exec();
}
