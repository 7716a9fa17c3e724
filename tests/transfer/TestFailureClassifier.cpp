#include "transfer/FailureClassifier.h"

#include <QTest>

using namespace apd::transfer;

Q_DECLARE_METATYPE(FailureClass)
Q_DECLARE_METATYPE(Recovery)

class TestFailureClassifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classifiesCurlCodes_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<FailureClass>("kind");
        QTest::newRow("refused") << int(CURLE_COULDNT_CONNECT) << FailureClass::RetryLater;
        QTest::newRow("dns") << int(CURLE_COULDNT_RESOLVE_HOST) << FailureClass::RetryLater;
        QTest::newRow("reset (send)") << int(CURLE_SEND_ERROR) << FailureClass::RetrySoon;
        QTest::newRow("reset (recv)") << int(CURLE_RECV_ERROR) << FailureClass::RetrySoon;
        QTest::newRow("empty reply") << int(CURLE_GOT_NOTHING) << FailureClass::RetrySoon;
        QTest::newRow("timeout") << int(CURLE_OPERATION_TIMEDOUT) << FailureClass::RetrySoon;
        QTest::newRow("tls handshake") << int(CURLE_SSL_CONNECT_ERROR) << FailureClass::RetryLater;
        QTest::newRow("untrusted certificate") << int(CURLE_PEER_FAILED_VERIFICATION) << FailureClass::GiveUp;
        QTest::newRow("bad CA file") << int(CURLE_SSL_CACERT_BADFILE) << FailureClass::GiveUp;
        QTest::newRow("bad url") << int(CURLE_URL_MALFORMAT) << FailureClass::GiveUp;
    }

    void classifiesCurlCodes()
    {
        QFETCH(int, code);
        QFETCH(FailureClass, kind);
        const Failure f = FailureClassifier::fromCurl(static_cast<CURLcode>(code), {});
        QCOMPARE(f.kind, kind);
        QVERIFY(!f.message.isEmpty());
    }

    void classifiesHttpStatuses_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<FailureClass>("kind");
        QTest::addColumn<Recovery>("recovery");
        QTest::newRow("409 offset") << 409 << FailureClass::RetrySoon << Recovery::Continue;
        QTest::newRow("404 gone") << 404 << FailureClass::RetrySoon << Recovery::StartAgain;
        QTest::newRow("410 gone") << 410 << FailureClass::RetrySoon << Recovery::StartAgain;
        QTest::newRow("413 too large") << 413 << FailureClass::RetrySoon << Recovery::HalveChunk;
        QTest::newRow("460 checksum") << 460 << FailureClass::RetrySoon << Recovery::Continue;
        QTest::newRow("423 locked") << 423 << FailureClass::RetryLater << Recovery::Continue;
        QTest::newRow("500") << 500 << FailureClass::RetrySoon << Recovery::Continue;
        QTest::newRow("502") << 502 << FailureClass::RetrySoon << Recovery::Continue;
        QTest::newRow("503") << 503 << FailureClass::RetryLater << Recovery::Continue;
        QTest::newRow("507 full") << 507 << FailureClass::RetryLater << Recovery::Continue;
        QTest::newRow("400 bad name") << 400 << FailureClass::GiveUp << Recovery::Continue;
        QTest::newRow("422") << 422 << FailureClass::GiveUp << Recovery::Continue;
        QTest::newRow("401") << 401 << FailureClass::GiveUp << Recovery::Continue;
        QTest::newRow("403") << 403 << FailureClass::GiveUp << Recovery::Continue;
    }

    void classifiesHttpStatuses()
    {
        QFETCH(int, status);
        QFETCH(FailureClass, kind);
        QFETCH(Recovery, recovery);
        const Failure f = FailureClassifier::fromHttp(status, {}, {});
        QCOMPARE(f.kind, kind);
        QCOMPARE(f.recovery, recovery);
        QCOMPARE(f.code, QStringLiteral("http-%1").arg(status));
    }

    void keepsTheServersReason()
    {
        const Failure json = FailureClassifier::fromHttp(
            422, R"({"error":{"message":"Filename does not match any existing requests"}})", {});
        QVERIFY2(json.message.contains(QStringLiteral("Filename does not match any existing requests")),
                 qPrintable(json.message));
        const Failure text = FailureClassifier::fromHttp(400, "bad\n name", {});
        QVERIFY(text.message.contains(QStringLiteral("bad name")));
        const QString longReason = FailureClassifier::serverReason(QByteArray(5000, 'x'));
        QVERIFY(longReason.size() < 400);
    }

    void honoursRetryAfter()
    {
        QCOMPARE(FailureClassifier::fromHttp(503, {}, "7").retryAfterMs, 7000);
        QCOMPARE(FailureClassifier::fromHttp(503, {}, "soon").retryAfterMs, -1);
        QVERIFY(FailureClassifier::fromHttp(409, {}, {}).immediate);
    }
};

QTEST_GUILESS_MAIN(TestFailureClassifier)
#include "TestFailureClassifier.moc"
