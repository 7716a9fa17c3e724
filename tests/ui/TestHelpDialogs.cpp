// The Help menu against the real portal in process: request access for a team member, open a
// help ticket (both read back on the portal), refusals shown with the portal's reason, an
// unreachable portal; and the naming guide showing the open project's own names.
#include "AccessRequestDialog.h"
#include "ClosedPort.h"
#include "NamingGuideDialog.h"
#include "PortalSession.h"
#include "TicketDialog.h"
#include "UiTestSupport.h"
#include "naming/AssetCatalog.h"
#include "naming/NameParser.h"
#include "order/NameMatcher.h"
#include "portal/PortalClient.h"
#include "server/DemoSeed.h"
#include "server/PortalContext.h"
#include "server/PortalServer.h"

#include <QComboBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextBrowser>

using namespace apd;

class TestHelpDialogs : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<server::PortalServer> m_server;
    QString m_token; // the designer (agency user)
    QString m_admin; // the agency admin

    portal::ConnectionSettings connection() const { return portal::ConnectionSettings(QUrl(m_server->baseUrl())); }

private Q_SLOTS:
    void initTestCase()
    {
        test::isolateSettings();
        server::ServerConfig config;
        config.dataDir = m_dir.path();
        config.port = 0;
        config.threads = 8;
        config.scryptN = 1 << 10; // the real KDF at a test cost
        config.scryptP = 1;
        m_server = std::make_unique<server::PortalServer>(config);
        QVERIFY(m_server->start().ok());
        QString printed;
        QTextStream out(&printed);
        const auto accounts = server::DemoSeed::seed(m_server->context().store(), config, out);
        QVERIFY(accounts.ok());
        for (const auto& a : accounts.value()) {
            portal::PortalClient client(connection());
            const auto s = client.signIn(a.email, a.password);
            QVERIFY(s.ok());
            if (a.role == QLatin1String("agency-user"))
                m_token = s.value().token;
            else if (a.role == QLatin1String("agency-admin"))
                m_admin = s.value().token;
        }
        QVERIFY(!m_token.isEmpty() && !m_admin.isEmpty());
    }

    void requestAccessForATeamMember()
    {
        ui::PortalSession session(connection());
        session.setToken(m_admin);
        ui::AccessRequestDialog dialog(&session, QStringLiteral("Lumen Creative"));
        QSignalSpy sent(&dialog, &ui::AccessRequestDialog::sent);
        dialog.show();
        QCOMPARE(test::child<QLineEdit>(&dialog, "accessCompany")->text(), QStringLiteral("Lumen Creative"));
        test::type(&dialog, "accessName", QStringLiteral("Ana Pérez"));
        test::type(&dialog, "accessEmail", QStringLiteral("ana.perez@lumen.example"));
        auto* role = test::child<QComboBox>(&dialog, "accessRole");
        role->setCurrentIndex(role->findData(QStringLiteral("agency-user")));
        QTest::mouseClick(test::child<QPushButton>(&dialog, "sendAccessRequest"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(sent.count(), 1, 20000);
        QVERIFY(sent.first().first().toLongLong() > 0);
        QVERIFY2(dialog.resultText().contains(QStringLiteral("ana.perez@lumen.example")),
                 qPrintable(dialog.resultText()));
        QVERIFY(test::shoot(&dialog, QStringLiteral("access-request-en")));
    }

    void anIncompleteRequestIsRefusedHere()
    {
        ui::PortalSession session(connection());
        ui::AccessRequestDialog dialog(&session, QString());
        dialog.show();
        test::type(&dialog, "accessName", QStringLiteral("Ana Perez"));
        dialog.submit();
        QVERIFY(!dialog.busy());
        QVERIFY(!dialog.resultText().isEmpty());
    }

    void thePortalsRefusalIsShown_data()
    {
        QTest::addColumn<bool>("admin");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("email");
        QTest::newRow("a designer may not ask") << false << "Ana Perez"
                                                << "ana.perez@lumen.example";
        QTest::newRow("no last name") << true << "Ana"
                                      << "ana.perez@lumen.example";
        QTest::newRow("not an address") << true << "Ana Perez"
                                        << "ana@";
    }
    void thePortalsRefusalIsShown()
    {
        QFETCH(bool, admin);
        QFETCH(QString, name);
        QFETCH(QString, email);
        ui::PortalSession session(connection());
        session.setToken(admin ? m_admin : m_token);
        ui::AccessRequestDialog dialog(&session, QStringLiteral("Lumen Creative"));
        QSignalSpy sent(&dialog, &ui::AccessRequestDialog::sent);
        dialog.show();
        test::type(&dialog, "accessName", name);
        test::type(&dialog, "accessEmail", email);
        dialog.submit();
        QVERIFY(dialog.busy());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.busy(), 20000);
        portal::PortalClient direct(connection(), admin ? m_admin : m_token);
        const auto refused = direct.requestAccess(name, email, QStringLiteral("Lumen Creative"));
        QVERIFY(!refused);
        QVERIFY2(dialog.resultText().contains(refused.error().message), qPrintable(dialog.resultText()));
        QCOMPARE(sent.count(), 0);
    }

    void openATicketAboutTheProject()
    {
        ui::PortalSession session(connection());
        session.setToken(m_token);
        ui::TicketDialog dialog(&session, 1, QStringLiteral("The Quiet Harbor"));
        QSignalSpy sent(&dialog, &ui::TicketDialog::sent);
        dialog.show();
        test::type(&dialog, "ticketSubject", QStringLiteral("Upload stops at 80 %"));
        test::child<QPlainTextEdit>(&dialog, "ticketBody")->setPlainText(QStringLiteral("Every time, on the PSD."));
        QTest::mouseClick(test::child<QPushButton>(&dialog, "sendTicket"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(sent.count(), 1, 20000);
        const qint64 id = sent.first().first().toLongLong();
        portal::PortalClient client(connection(), m_token);
        const auto tickets = client.tickets();
        QVERIFY(tickets.ok());
        bool found = false;
        for (const portal::Ticket& t : tickets.value())
            found = found || (t.id == id && t.subject == QStringLiteral("Upload stops at 80 %") && t.projectId == 1);
        QVERIFY(found);
        QVERIFY(test::shoot(&dialog, QStringLiteral("ticket-en")));
    }

    void aTicketWithoutASessionShowsTheReason()
    {
        ui::PortalSession session(connection()); // not signed in
        ui::TicketDialog dialog(&session, 0, QString());
        dialog.show();
        test::type(&dialog, "ticketSubject", QStringLiteral("Help"));
        test::child<QPlainTextEdit>(&dialog, "ticketBody")->setPlainText(QStringLiteral("Please."));
        dialog.submit();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.busy(), 20000);
        QVERIFY2(dialog.resultText().startsWith(ui::TicketDialog::tr("The ticket was not opened: %1").arg(QString())),
                 qPrintable(dialog.resultText()));
    }

    void anUnreachablePortalIsSaid()
    {
        test::ClosedPort closed;
        ui::PortalSession session(
            portal::ConnectionSettings(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closed.port()))));
        ui::TicketDialog dialog(&session, 0, QString());
        dialog.show();
        test::type(&dialog, "ticketSubject", QStringLiteral("Help"));
        test::child<QPlainTextEdit>(&dialog, "ticketBody")->setPlainText(QStringLiteral("Please."));
        dialog.submit();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.busy(), 20000);
        QVERIFY2(dialog.resultText().contains(QStringLiteral("127.0.0.1")), qPrintable(dialog.resultText()));
    }

    // The guide lists a name for every request of the open order, and each one is a name the
    // order accepts.
    void theNamingGuideShowsTheProjectsOwnNames()
    {
        portal::PortalClient client(connection(), m_token);
        const auto detail = client.project(1);
        QVERIFY(detail.ok());
        const naming::AssetCatalog& catalog = naming::AssetCatalog::builtIn();
        ui::NamingGuideDialog dialog(catalog, detail.value().summary.title, detail.value().order.requests);
        const QString html = test::child<QTextBrowser>(&dialog, "namingGuideText")->toPlainText();
        QVERIFY(html.contains(QStringLiteral("The Quiet Harbor")));
        const order::NameMatcher matcher;
        for (const order::Request& r : detail.value().order.requests) {
            const QString name = ui::NamingGuideDialog::exampleName(catalog, detail.value().summary.title, r);
            QVERIFY2(html.contains(name), qPrintable(name));
            const auto match = matcher.match(detail.value().order, name);
            QVERIFY2(match.ok(), qPrintable(name + QStringLiteral(": ") + (match ? QString() : match.error().message)));
            QCOMPARE(match.value().requestId, r.id);
        }
        QVERIFY(html.contains(QStringLiteral("The_Quiet_Harbor#")));
        dialog.show();
        QVERIFY(test::shoot(&dialog, QStringLiteral("naming-guide-en")));
    }
};

QTEST_MAIN(TestHelpDialogs)
#include "TestHelpDialogs.moc"
