#include <QTest>
class TestValidateInspection : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(TestValidateInspection)
#include "TestValidateInspection.moc"
