#include "transfer/UploadJournal.h"

#include <QTemporaryDir>
#include <QTest>

using namespace apd;
using namespace apd::transfer;

namespace {

// The first row of a query's result.
sqlite::SqliteRow firstRow(sqlite::SqliteDatabase& db, const QString& sql)
{
    const Result<QList<sqlite::SqliteRow>> rows = db.query(sql);
    return rows && !rows.value().isEmpty() ? rows.value().first() : sqlite::SqliteRow();
}

// What PRAGMA integrity_check says: "ok" when it finds nothing wrong.
QString integrityCheck(sqlite::SqliteDatabase& db)
{
    return firstRow(db, QStringLiteral("PRAGMA integrity_check")).text(0);
}

} // namespace

class TestUploadJournal : public QObject
{
    Q_OBJECT

    static JournalRow sample(const QString& name)
    {
        JournalRow r;
        r.endpoint = QStringLiteral("http://127.0.0.1:1/files");
        r.path = QStringLiteral("/tmp/") + name;
        r.deliveryName = name;
        r.project = QStringLiteral("p1");
        r.size = 1000;
        r.mtimeMs = 123;
        r.sha256 = QStringLiteral("ab");
        return r;
    }

private Q_SLOTS:
    void createsTheSchemaOnceInWalMode()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("j.sqlite"));
        {
            UploadJournal j;
            QVERIFY(j.open(path).ok());
            const sqlite::SqliteRow mode = firstRow(j.database(), QStringLiteral("PRAGMA journal_mode"));
            QVERIFY(!mode.values.isEmpty());
            QCOMPARE(mode.text(0), QStringLiteral("wal"));
        }
        UploadJournal again; // a second open migrates nothing and keeps the version
        QVERIFY(again.open(path).ok());
        const sqlite::SqliteRow v = firstRow(
            again.database(), QStringLiteral("SELECT version, (SELECT count(*) FROM schema_version) FROM schema_version"));
        QVERIFY(!v.values.isEmpty());
        QCOMPARE(v.integer(0), qint64(UploadJournal::SchemaVersion));
        QCOMPARE(v.integer(1), qint64(1));
        QCOMPARE(integrityCheck(again.database()), QStringLiteral("ok"));
    }

    void refusesANewerSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("j.sqlite"));
        {
            UploadJournal j;
            QVERIFY(j.open(path).ok());
            QVERIFY(j.database().execute(QStringLiteral("UPDATE schema_version SET version = 99")).ok());
        }
        UploadJournal j;
        const auto r = j.open(path);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("journal-too-new"));
    }

    void recordsAnUploadsLife()
    {
        QTemporaryDir dir;
        UploadJournal j;
        QVERIFY(j.open(dir.filePath(QStringLiteral("j.sqlite"))).ok());
        const qint64 id = j.insert(sample(QStringLiteral("a.psd"))).value();
        QVERIFY(j.setUploadUrl(id, QStringLiteral("http://x/files/1"), 5000).ok());
        QVERIFY(j.setOffset(id, 400, std::nullopt).ok());
        QVERIFY(j.addAttempt(id).ok());
        auto row = j.find(id).value();
        QVERIFY(row.has_value());
        QCOMPARE(row->uploadUrl, QStringLiteral("http://x/files/1"));
        QCOMPARE(row->confirmedOffset, qint64(400));
        QCOMPARE(row->expiresMs.value_or(-1), qint64(5000)); // an absent Upload-Expires keeps the old one
        QCOMPARE(row->attempts, 1);
        QCOMPARE(j.unfinished(row->endpoint).value().size(), 1);

        QVERIFY(j.restart(id).ok());
        row = j.find(id).value();
        QVERIFY(row->uploadUrl.isEmpty());
        QCOMPARE(row->confirmedOffset, qint64(0));

        QVERIFY(j.setState(id, JournalRow::State::Done).ok());
        QVERIFY(j.unfinished(row->endpoint).value().isEmpty());
        QVERIFY(j.findDone(row->endpoint, QStringLiteral("p1"), QStringLiteral("a.psd"), QStringLiteral("ab")).value());
        QVERIFY(!j.findDone(row->endpoint, QStringLiteral("p1"), QStringLiteral("a.psd"), QStringLiteral("cd")).value());
        // An offset past the size is refused by the schema itself.
        QVERIFY(!j.setOffset(id, 1001, std::nullopt).ok());
    }

    void aFailedWriteLosesNothing()
    {
        QTemporaryDir dir;
        UploadJournal j;
        QVERIFY(j.open(dir.filePath(QStringLiteral("j.sqlite"))).ok());
        const qint64 id = j.insert(sample(QStringLiteral("b.psd"))).value();
        QVERIFY(j.setOffset(id, 300, std::nullopt).ok());
        // Every write fails at its commit, as a full disk would make it; reads go on.
        j.database().setCommitFault(
            [] { return std::optional<Error>(Error{QStringLiteral("sqlite"), QStringLiteral("injected fault")}); });
        const auto failed = j.setOffset(id, 600, std::nullopt);
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().code, QStringLiteral("journal-write"));
        QVERIFY(!j.insert(sample(QStringLiteral("c.psd"))).ok());
        j.database().setCommitFault({});
        QCOMPARE(j.find(id).value()->confirmedOffset, qint64(300));
        QCOMPARE(j.all().value().size(), 1);
        QCOMPARE(integrityCheck(j.database()), QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestUploadJournal)
#include "TestUploadJournal.moc"
