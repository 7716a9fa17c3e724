// The project's team in the order window's header, against the real portal running
// in-process: the agency admin sets the collaborators and the assignee with the "+" buttons;
// a designer's are greyed out with the reason, and the portal refuses it too.
#include "DemoPortal.h"
#include "OrderWindow.h"
#include "PeopleDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace apd;

namespace {

QString text(const QWidget* window, const char* label)
{
    const auto* l = window->findChild<QLabel*>(QString::fromLatin1(label));
    return l ? l->text() : QString();
}

// Opens the people dialog from the "+" named `button` and waits for its list.
ui::PeopleDialog* openPeople(ui::OrderWindow& window, const char* button)
{
    auto* plus = window.findChild<QToolButton*>(QString::fromLatin1(button));
    if (!plus)
        return nullptr;
    QTest::mouseClick(plus, Qt::LeftButton);
    auto* dialog = window.findChild<ui::PeopleDialog*>(QStringLiteral("peopleDialog"));
    if (!dialog || !QTest::qWaitFor([dialog] { return !dialog->loading(); }, 30000))
        return nullptr;
    return dialog;
}

int rowNamed(const QListWidget* list, const QString& part)
{
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->text().contains(part))
            return i;
    return -1;
}

} // namespace

class TestOrderTeam : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ui::DemoPortal> m_portal;

    void open(ui::OrderWindow& window, const QString& email, const QString& password, const QString& journal)
    {
        window.show();
        window.openPortal(QUrl(m_portal->baseUrl()), email, password, m_dir.filePath(journal));
        QVERIFY(QTest::qWaitFor([&window] { return window.hasProject() && !window.busy(); }, 30000));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_portal = std::make_unique<ui::DemoPortal>(m_dir.path());
        QSignalSpy started(m_portal.get(), &ui::DemoPortal::started);
        m_portal->startAsync();
        QVERIFY(started.wait(60000));
        QVERIFY2(started.first().first().toBool(), qPrintable(started.first().at(1).toString()));
        QVERIFY(!m_portal->adminEmail().isEmpty());
    }

    void theAdminSetsCollaboratorsAndAssignee()
    {
        ui::OrderWindow window;
        open(window, m_portal->adminEmail(), m_portal->adminPassword(), QStringLiteral("admin.sqlite"));
        if (QTest::currentTestFailed())
            return;
        const QString designer = window.project().summary.assignee.name;
        QVERIFY(!designer.isEmpty());
        QVERIFY2(text(&window, "assigneeLabel").contains(designer), qPrintable(text(&window, "assigneeLabel")));
        QVERIFY(text(&window, "collaboratorsLabel").contains(QStringLiteral("none")));

        // Collaborators: every one of the company may be ticked; the admin ticks themself.
        QPointer<ui::PeopleDialog> people = openPeople(window, "collaboratorsButton");
        QVERIFY(people);
        auto* list = people->findChild<QListWidget*>(QStringLiteral("peopleList"));
        const int admin = rowNamed(list, m_portal->adminEmail());
        QVERIFY2(admin >= 0 && list->count() >= 2, qPrintable(QString::number(list->count())));
        const QString adminName = list->item(admin)->text().section(QStringLiteral(" <"), 0, 0);
        list->item(admin)->setCheckState(Qt::Checked);
        QTest::mouseClick(people->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(text(&window, "collaboratorsLabel").contains(adminName), 30000);
        QCOMPARE(window.project().collaborators.size(), 1);

        // The assignee: one person, here the admin.
        people = openPeople(window, "assigneeButton");
        QVERIFY(people);
        list = people->findChild<QListWidget*>(QStringLiteral("peopleList"));
        QVERIFY(list->currentItem()); // the current assignee is chosen already
        QVERIFY(list->currentItem()->text().contains(designer));
        list->setCurrentRow(rowNamed(list, m_portal->adminEmail()));
        QTest::mouseClick(people->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(text(&window, "assigneeLabel").contains(adminName), 30000);
        QCOMPARE(window.project().summary.assignee.name, adminName);
    }

    void aDesignerIsToldWhyNot()
    {
        ui::OrderWindow window;
        open(window, m_portal->email(), m_portal->password(), QStringLiteral("designer.sqlite"));
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(window.userRole(), QStringLiteral("agency-user"));
        // The "+" buttons are greyed out and say why.
        for (const char* name : {"assigneeButton", "collaboratorsButton"}) {
            auto* plus = window.findChild<QToolButton*>(QString::fromLatin1(name));
            QVERIFY(plus);
            QVERIFY2(!plus->isEnabled(), name);
            QVERIFY2(plus->toolTip().contains(QStringLiteral("admin")), qPrintable(plus->toolTip()));
        }
        // Asked anyway, the portal refuses it and the window shows its reason.
        const QString before = text(&window, "assigneeLabel");
        window.openPeople(true);
        auto* people = window.findChild<ui::PeopleDialog*>(QStringLiteral("peopleDialog"));
        QVERIFY(people);
        QVERIFY(QTest::qWaitFor([people] { return !people->loading(); }, 30000));
        auto* list = people->findChild<QListWidget*>(QStringLiteral("peopleList"));
        list->setCurrentRow(rowNamed(list, m_portal->email()));
        QTest::mouseClick(people->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&window] { return !window.busy(); }, 30000));
        const QString status = text(&window, "statusSummary");
        QVERIFY2(status.contains(QStringLiteral("assignee")) && status.contains(QStringLiteral("admin")),
                 qPrintable(status));
        QCOMPARE(text(&window, "assigneeLabel"), before);
    }

    void cleanupTestCase() { m_portal.reset(); }
};

QTEST_MAIN(TestOrderTeam)
#include "TestOrderTeam.moc"
