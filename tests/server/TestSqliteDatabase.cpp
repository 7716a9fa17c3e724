#include "sqlite/SqliteDatabase.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using apd::sqlite::Migration;
using apd::sqlite::SqliteDatabase;

class TestSqliteDatabase : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path() const { return QDir(m_dir.path()).filePath(QStringLiteral("t.sqlite")); }

private Q_SLOTS:
    void migratesInOrderOnce()
    {
        SqliteDatabase db;
        QVERIFY(db.open(path()).ok());
        const QList<Migration> steps = {{2, QStringLiteral("ALTER TABLE t ADD COLUMN b TEXT")},
                                        {1, QStringLiteral("CREATE TABLE t (a INTEGER)")}};
        QVERIFY(db.migrate(steps).ok());
        QCOMPARE(db.schemaVersion().value(), 2);
        QVERIFY(db.migrate(steps).ok()); // nothing left to do
        QVERIFY(db.execute(QStringLiteral("INSERT INTO t (a, b) VALUES (?, ?)"), {7, QStringLiteral("x")}).ok());
        const auto wal = db.query(QStringLiteral("PRAGMA journal_mode"));
        QCOMPARE(wal.value().first().text(0), QStringLiteral("wal"));
        // Code older than the file refuses it.
        QCOMPARE(db.migrate({steps[1]}).error().code, QStringLiteral("sqlite-newer"));
    }

    void aFailingMigrationLeavesTheOldSchema()
    {
        SqliteDatabase db;
        QVERIFY(db.open(path()).ok());
        const auto r = db.migrate({{1, QStringLiteral("CREATE TABLE t (a INTEGER)")},
                                   {2, QStringLiteral("ALTER TABLE t ADD COLUMN b TEXT")},
                                   {3, QStringLiteral("CREATE TABLE u (x); THIS IS NOT SQL")}});
        QVERIFY(!r.ok());
        QCOMPARE(db.schemaVersion().value(), 2);
        QVERIFY(db.query(QStringLiteral("SELECT * FROM u")).error().message.contains(QStringLiteral("no such table")));
    }

    void parametersRoundTrip()
    {
        SqliteDatabase db;
        QVERIFY(db.open(path()).ok());
        QVERIFY(db.script(QStringLiteral("CREATE TABLE IF NOT EXISTS v (i, t, b, n)")).ok());
        const QByteArray blob("a\0b", 3);
        const QString text = QStringLiteral("Caf\u00e9 '); DROP TABLE v; --");
        QVERIFY(
            db.execute(QStringLiteral("INSERT INTO v VALUES (?, ?, ?, ?)"), {qint64(1) << 40, text, blob, QVariant()})
                .ok());
        const auto rows = db.query(QStringLiteral("SELECT i, t, b, n FROM v"));
        QCOMPARE(rows.value().size(), 1);
        QCOMPARE(rows.value().first().integer(0), qint64(1) << 40);
        QCOMPARE(rows.value().first().text(1), text);
        QCOMPARE(rows.value().first().blob(2), blob);
        QVERIFY(rows.value().first().isNull(3));
        QVERIFY(!db.query(QStringLiteral("SELECT ?"), {1, 2}).ok());
    }

    void transactionsRollBackUnlessCommitted()
    {
        SqliteDatabase db;
        QVERIFY(db.open(path()).ok());
        QVERIFY(db.script(QStringLiteral("CREATE TABLE IF NOT EXISTS w (x)")).ok());
        {
            SqliteDatabase::Transaction t(db);
            QVERIFY(t.began());
            QVERIFY(db.execute(QStringLiteral("INSERT INTO w VALUES (1)")).ok());
        }
        QCOMPARE(db.query(QStringLiteral("SELECT COUNT(*) FROM w")).value().first().integer(0), 0);
        db.setCommitFault([] {
            return std::optional<apd::Error>(apd::Error{QStringLiteral("sqlite-fault"), QStringLiteral("disk full")});
        });
        {
            SqliteDatabase::Transaction t(db);
            QVERIFY(db.execute(QStringLiteral("INSERT INTO w VALUES (2)")).ok());
            QCOMPARE(t.commit().error().code, QStringLiteral("sqlite-fault"));
        }
        QCOMPARE(db.query(QStringLiteral("SELECT COUNT(*) FROM w")).value().first().integer(0), 0);
        db.setCommitFault({});
        {
            SqliteDatabase::Transaction t(db);
            QVERIFY(db.execute(QStringLiteral("INSERT INTO w VALUES (3)")).ok());
            QVERIFY(t.commit().ok());
        }
        QCOMPARE(db.query(QStringLiteral("SELECT COUNT(*) FROM w")).value().first().integer(0), 1);
        QVERIFY(db.checkIntegrity().value());
    }

    void errorsAreValues()
    {
        SqliteDatabase closed;
        QVERIFY(!closed.query(QStringLiteral("SELECT 1")).ok());
        SqliteDatabase db;
        QVERIFY(!db.open(QStringLiteral("/nonexistent/dir/x.sqlite")).ok());
    }
};

QTEST_GUILESS_MAIN(TestSqliteDatabase)
#include "TestSqliteDatabase.moc"
