// The project chat in the window's side panel, against the real portal in-process: "@"
// completes the members' handles, a message with an @mention reaches the portal and the
// mentioned owner's feed carries a chat.mention event for them (their notification); the
// owner's answer mentioning the designer raises the unread count in the panel's title and a
// notification through the fake notifier; reading the panel clears the count.
#include "ChatDock.h"
#include "DemoPortal.h"
#include "FakeNotifier.h"
#include "MentionLineEdit.h"
#include "OrderItemModel.h"
#include "OrderWindow.h"
#include "QcLoop.h"
#include "portal/FeedRules.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace apd;

class TestChatDock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mentionPostAndUnread()
    {
        QTemporaryDir dir;
        ui::DemoPortal portal(dir.path());
        QSignalSpy started(&portal, &ui::DemoPortal::started);
        portal.startAsync();
        QVERIFY(started.wait(60000));
        QVERIFY2(started.first().first().toBool(), qPrintable(started.first().at(1).toString()));

        ui::OrderWindow window;
        FakeNotifier notifier;
        window.qcLoop()->setNotifier(&notifier);
        window.qcLoop()->setFeedOptions(2, 100);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openPortal(QUrl(portal.baseUrl()), portal.email(), portal.password(),
                          dir.filePath(QStringLiteral("journal.sqlite")), QStringLiteral("demo"));
        QTRY_VERIFY_WITH_TIMEOUT(window.hasProject() && !window.busy(), 30000);
        ui::ChatDock* chat = window.findChild<ui::ChatDock*>(QStringLiteral("chatDock"));
        QVERIFY(chat);
        QTRY_VERIFY_WITH_TIMEOUT(chat->isEnabled() && !chat->busy(), 30000);
        const int before = chat->messageCount();

        // "@oli" offers the owner's handle; Return puts it in place.
        auto* input = chat->findChild<ui::MentionLineEdit*>(QStringLiteral("chatInput"));
        QVERIFY(input);
        QTRY_VERIFY_WITH_TIMEOUT(input->completer()->model()->rowCount() > 0, 10000);
        input->setFocus();
        QTest::keyClicks(input, QStringLiteral("Ready for QC @oli"));
        QTRY_VERIFY_WITH_TIMEOUT(input->completer()->popup()->isVisible(), 5000);
        QCOMPARE(input->completer()->currentCompletion(), QStringLiteral("olivia.reyes"));
        QTest::keyClick(input->completer()->popup(), Qt::Key_Return);
        QCOMPARE(input->text(), QStringLiteral("Ready for QC @olivia.reyes "));
        QTest::keyClicks(input, QStringLiteral("the boxshots are up."));
        chat->findChild<QPushButton*>(QStringLiteral("chatPost"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(chat->messageCount(), before + 1, 30000);
        QVERIFY(chat->findChild<QListWidget*>(QStringLiteral("chatMessages"))
                    ->item(before)
                    ->text()
                    .contains(QStringLiteral("@olivia.reyes the boxshots are up.")));
        QCOMPARE(chat->unreadCount(), 0); // one's own message is read

        // The owner is told: a chat.mention event addressed to them, which is a notice.
        portal::PortalClient owner(portal::ConnectionSettings{QUrl(portal.baseUrl())});
        QVERIFY(owner.signIn(portal.ownerEmail(), portal.ownerPassword()));
        const qint64 pid = window.orderModel()->project().id;
        const auto project = owner.project(pid);
        QVERIFY(project);
        const auto page = owner.events(0, 0, 500);
        QVERIFY(page);
        std::optional<portal::Notice> toOwner;
        for (const portal::Event& e : page.value().events)
            if (e.type == QLatin1String("chat.mention"))
                toOwner = portal::FeedRules::notice(e, project.value(), owner.me().value().user.id);
        QVERIFY(toOwner);
        QCOMPARE(toOwner->kind, portal::Notice::Kind::Mention);
        QVERIFY(toOwner->title.contains(QStringLiteral("Dana Okafor")));
        const auto messages = owner.chat(pid);
        QVERIFY(messages);
        QCOMPARE(messages.value().last().mentions, QStringList{QStringLiteral("olivia.reyes")});

        // The owner answers while the panel is closed: one unread, and the designer is told.
        chat->close();
        QSignalSpy unread(chat, &ui::ChatDock::unreadChanged);
        QVERIFY(owner.postChat(pid, QStringLiteral("@dana.okafor thanks, looking now.")));
        QTRY_COMPARE_WITH_TIMEOUT(chat->unreadCount(), 1, 30000);
        QVERIFY2(chat->windowTitle().contains(QLatin1Char('1')), qPrintable(chat->windowTitle()));
        QCOMPARE(unread.last().first().toInt(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(notifier.count(portal::Notice::Kind::Mention), 1, 30000);
        QCOMPARE(chat->messageCount(), before + 2);

        chat->show();
        chat->markRead();
        QCOMPARE(chat->unreadCount(), 0);
        QVERIFY(!chat->windowTitle().contains(QLatin1Char('1')));
        QCOMPARE(unread.last().first().toInt(), 0);
    }
};

QTEST_MAIN(TestChatDock)
#include "TestChatDock.moc"
