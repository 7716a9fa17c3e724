#include <QTest>
class TestContentRules : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(TestContentRules)
#include "TestContentRules.moc"
