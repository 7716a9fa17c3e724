#include "transfer/Backoff.h"
#include "transfer/ContentHash.h"
#include "transfer/TusProtocol.h"

#include <QTemporaryDir>
#include <QTest>

using namespace apd::transfer;

class TestTusProtocol : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void metadataIsBase64()
    {
        const QByteArray m = TusProtocol::metadata({{"name", QStringLiteral("A|B#storyart_na_01_zxx.psd")},
                                                    {"project", QStringLiteral("é")}});
        QCOMPARE(m, QByteArray("name QXxCI3N0b3J5YXJ0X25hXzAxX3p4eC5wc2Q=,project w6k="));
    }

    void parsesOffsets_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<qint64>("expected"); // -1: rejected
        QTest::newRow("zero") << QByteArray("0") << qint64(0);
        QTest::newRow("big") << QByteArray(" 2147483648000 ") << qint64(2147483648000);
        QTest::newRow("empty") << QByteArray("") << qint64(-1);
        QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
        QTest::newRow("junk") << QByteArray("12abc") << qint64(-1);
        QTest::newRow("float") << QByteArray("1.5") << qint64(-1);
        QTest::newRow("overflow") << QByteArray("99999999999999999999") << qint64(-1);
    }

    void parsesOffsets()
    {
        QFETCH(QByteArray, text);
        QFETCH(qint64, expected);
        const std::optional<qint64> v = TusProtocol::parseOffset(text);
        QCOMPARE(v.value_or(-1), expected);
    }

    void parsesHttpDates()
    {
        QCOMPARE(TusProtocol::parseHttpDate("Wed, 25 Jun 2014 16:00:00 GMT").value_or(-1), qint64(1403712000000));
        QVERIFY(!TusProtocol::parseHttpDate("yesterday").has_value());
        QVERIFY(!TusProtocol::parseHttpDate("").has_value());
    }

    void readsCapabilitiesAndChoosesAChecksum()
    {
        QHash<QByteArray, QByteArray> h;
        h.insert("tus-version", "1.0.0,0.2.2");
        h.insert("tus-extension", "creation, creation-with-upload,termination,checksum");
        h.insert("tus-max-size", "1073741824");
        h.insert("tus-checksum-algorithm", "md5,sha1,crc32");
        const ServerCapabilities caps = TusProtocol::parseCapabilities(h);
        QVERIFY(caps.has("creation-with-upload"));
        QVERIFY(caps.has("termination"));
        QCOMPARE(caps.maxSize.value_or(-1), qint64(1073741824));
        QCOMPARE(TusProtocol::chooseChecksum(caps)->first, QByteArray("sha1"));
        h.insert("tus-extension", "creation");
        QVERIFY(!TusProtocol::chooseChecksum(TusProtocol::parseCapabilities(h)).has_value());
    }

    void resolvesLocations()
    {
        const QUrl base(QStringLiteral("https://portal.example/api/files"));
        QCOMPARE(TusProtocol::resolveLocation(base, "/api/files/abc").toString(),
                 QStringLiteral("https://portal.example/api/files/abc"));
        QCOMPARE(TusProtocol::resolveLocation(base, "https://cdn.example/u/1").toString(),
                 QStringLiteral("https://cdn.example/u/1"));
        QVERIFY(!TusProtocol::resolveLocation(base, "").isValid());
    }

    void hashesFilesAndSnapshots()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("f"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("hello world");
        f.close();
        QCOMPARE(ContentHash::sha256OfFile(path).value(),
                 QStringLiteral("b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9"));
        ContentHash h;
        h.add("hello", 5);
        ContentHash snapshot = h; // goes on independently
        h.add(" world", 6);
        QCOMPARE(h.hex(), QStringLiteral("b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9"));
        QVERIFY(snapshot.addFile(path, 5, 6).ok());
        QCOMPARE(snapshot.hex(), h.hex());
        QVERIFY(!snapshot.addFile(path, 5, 100).ok()); // past the end: an error, not a short hash
        QVERIFY(!ContentHash("NO-SUCH-DIGEST").valid());
    }

    void backsOffExponentiallyWithJitterAndACap()
    {
        Backoff b(100, 1000, 7);
        for (int n = 1; n <= 10; ++n) {
            const int ceiling = b.ceilingMs(n);
            QCOMPARE(ceiling, std::min(1000, 100 << (n - 1)));
            for (int i = 0; i < 50; ++i) {
                const int d = b.delayMs(n);
                QVERIFY(d >= ceiling / 2 && d <= ceiling);
            }
        }
        // Jitter: two clients with different seeds do not come back in step.
        Backoff other(100, 1000, 8);
        QList<int> a, c;
        for (int i = 0; i < 20; ++i) {
            a << b.delayMs(5);
            c << other.delayMs(5);
        }
        QVERIFY(a != c);
    }
};

QTEST_GUILESS_MAIN(TestTusProtocol)
#include "TestTusProtocol.moc"
