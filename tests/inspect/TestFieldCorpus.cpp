#include <QTest>
class TestFieldCorpus : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(TestFieldCorpus)
#include "TestFieldCorpus.moc"
