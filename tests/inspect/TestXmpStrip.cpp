#include <QTest>
class TestXmpStrip : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(TestXmpStrip)
#include "TestXmpStrip.moc"
