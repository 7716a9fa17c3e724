#include <QTest>
class TestThumbnail : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(TestThumbnail)
#include "TestThumbnail.moc"
