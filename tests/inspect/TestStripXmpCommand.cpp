#include <QTest>
class TestStripXmpCommand : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(TestStripXmpCommand)
#include "TestStripXmpCommand.moc"
