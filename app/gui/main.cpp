#include "DemoPortal.h"
#include "MainWindow.h"
#include "OrderWindow.h"
#include "PortalFlow.h"
#include "i18n/Translations.h"
#include "portal/FakeTokenVault.h"
#include "portal/KeychainTokenVault.h"
#include "settings/AppPaths.h"
#include "settings/AppSettings.h"
#include "validate/CheckQueue.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QStandardPaths>
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
    const QCommandLineOption check(QStringLiteral("check"),
                                   QStringLiteral("Open the check window (no portal) and check PATH at start."),
                                   QStringLiteral("PATH"));
    const QCommandLineOption checkWindow(QStringLiteral("check-window"),
                                         QStringLiteral("Open the check window: drop files to check them offline."));
    const QCommandLineOption language(QStringLiteral("language"), QStringLiteral("Use LANG (en, es)."),
                                      QStringLiteral("LANG"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QStringLiteral("Save the window to FILE once the checks are done, and quit."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QStringLiteral("Start a demo portal on this computer, with a sample order and sample "
                                                 "artwork, and open it."));
    parser.addOptions({check, checkWindow, language, screenshot, demo});
    parser.process(app);

    const QString chosen = parser.isSet(language) ? parser.value(language) : apd::settings::AppSettings().language();
    apd::i18n::installTranslations(chosen.isEmpty() ? QLocale::system() : QLocale(chosen));

    if (parser.isSet(demo)) {
        // The reference portal runs inside the app on 127.0.0.1; its data and the sample
        // folder live in a fresh folder that goes away when the app quits. Signed in, the
        // window is the one of any portal (menus, project list, sign-out); the demo's token
        // stays out of the keychain. The portal is declared first: it goes last.
        apd::ui::DemoPortal portal(QStandardPaths::writableLocation(QStandardPaths::TempLocation));
        apd::settings::AppSettings settings;
        apd::portal::FakeTokenVault vault;
        apd::ui::PortalFlow flow(settings, vault, QString(), QString());
        QObject::connect(&flow, &apd::ui::PortalFlow::finished, &app, &QApplication::quit, Qt::QueuedConnection);
        flow.showDemoWindow();
        QObject::connect(&portal, &apd::ui::DemoPortal::started, &flow, [&](bool ok, const QString& message) {
            if (!ok) {
                if (auto* window = flow.orderWindow())
                    window->showStartupError(message);
                return;
            }
            flow.openDemo(
                QUrl(portal.baseUrl()), portal.email(), portal.password(),
                portal.dataDir() + QStringLiteral("/client-uploads.sqlite"),
                portal.dataDir() + QStringLiteral("/offline-cache.sqlite"),
                QObject::tr("Demo portal on this computer · sample artwork in %1").arg(portal.sampleFolder()));
        });
        portal.startAsync();
        if (parser.isSet(screenshot)) {
            auto* poll = new QTimer(&flow);
            QObject::connect(poll, &QTimer::timeout, &flow, [&] {
                apd::ui::OrderWindow* window = flow.orderWindow();
                if (!window || !window->hasProject() || window->busy())
                    return;
                poll->stop();
                QTimer::singleShot(300, window, [&flow, &parser, &screenshot] {
                    if (auto* shown = flow.orderWindow())
                        shown->grab().save(parser.value(screenshot));
                    QApplication::quit();
                });
            });
            poll->start(100);
        }
        return app.exec();
    }

    if (!parser.isSet(check) && !parser.isSet(checkWindow)) {
        // A real portal: sign in (or the token kept in the keychain), pick a project, open its order.
        apd::settings::AppSettings settings;
        apd::portal::KeychainTokenVault vault;
        apd::ui::PortalFlow flow(settings, vault, apd::settings::AppPaths::journalPath(),
                                 apd::settings::AppPaths::offlineCachePath());
        // Each step shows its window before the last one closes: closing the last one quits.
        QObject::connect(&flow, &apd::ui::PortalFlow::finished, &app, &QApplication::quit, Qt::QueuedConnection);
        flow.start();
        return app.exec();
    }

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
