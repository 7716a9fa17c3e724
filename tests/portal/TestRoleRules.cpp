// Which roles the window offers the team and access-request actions to: the same roles the
// portal accepts (the portal's own refusals are tested in TestPortalClient and TestOrderTeam).
#include "portal/RoleRules.h"

#include <QTest>

using apd::portal::RoleRules;

class TestRoleRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void onlyTheAgencyAdmin_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<QString>("because");
        QTest::newRow("agency admin") << QStringLiteral("agency-admin") << true << QString();
        QTest::newRow("designer") << QStringLiteral("agency-user") << false << QStringLiteral("admin");
        QTest::newRow("project owner") << QStringLiteral("project-owner") << false << QStringLiteral("admin");
        QTest::newRow("unknown, offline") << QString() << false << QStringLiteral("offline");
        QTest::newRow("a role of a newer portal") << QStringLiteral("agency-lead") << false << QStringLiteral("admin");
        QTest::newRow("case matters") << QStringLiteral("Agency-Admin") << false << QStringLiteral("admin");
    }

    void onlyTheAgencyAdmin()
    {
        QFETCH(QString, role);
        QFETCH(bool, allowed);
        QFETCH(QString, because);
        for (const RoleRules::Permission& p : {RoleRules::editTeam(role), RoleRules::requestAccess(role)}) {
            QCOMPARE(p.allowed, allowed);
            QCOMPARE(p.reason.isEmpty(), allowed);
            QVERIFY2(allowed || p.reason.contains(because), qPrintable(p.reason));
        }
        QVERIFY(RoleRules::editTeam(role).reason.isEmpty() || RoleRules::editTeam(role).reason.contains(u"assignee"));
        QVERIFY(RoleRules::requestAccess(role).reason.isEmpty() ||
                RoleRules::requestAccess(role).reason.contains(u"access"));
    }
};

QTEST_GUILESS_MAIN(TestRoleRules)
#include "TestRoleRules.moc"
