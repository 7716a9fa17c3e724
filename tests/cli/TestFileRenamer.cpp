#include "files/FileRenamer.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using apd::files::FileRenamer;

namespace {

bool write(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray read(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestFileRenamer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void renamesInItsFolder()
    {
        QTemporaryDir dir;
        const QString from = dir.filePath(QStringLiteral("Sky Rojo#storyart_na_01_zxx.jpg"));
        QVERIFY(write(from, "pixels"));
        const auto r = FileRenamer::rename(from, QStringLiteral("Sky_Rojo#storyart_na_01_zxx.jpg"));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r.value(), dir.filePath(QStringLiteral("Sky_Rojo#storyart_na_01_zxx.jpg")));
        QVERIFY(!QFile::exists(from));
        QCOMPARE(read(r.value()), QByteArray("pixels"));
    }

    void neverReplacesAFile()
    {
        QTemporaryDir dir;
        const QString from = dir.filePath(QStringLiteral("a b.jpg"));
        const QString to = dir.filePath(QStringLiteral("a_b.jpg"));
        QVERIFY(write(from, "new"));
        QVERIFY(write(to, "old"));
        const auto r = FileRenamer::rename(from, QStringLiteral("a_b.jpg"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("rename-target-exists"));
        QVERIFY(r.error().message.contains(QStringLiteral("a_b.jpg")));
        QCOMPARE(read(from), QByteArray("new"));
        QCOMPARE(read(to), QByteArray("old"));
    }

    void refusesBadInput_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("fileExists");
        QTest::addColumn<QString>("code");
        QTest::newRow("separator") << QStringLiteral("../x.jpg") << true << QStringLiteral("rename-bad-name");
        QTest::newRow("empty") << QString() << true << QStringLiteral("rename-bad-name");
        QTest::newRow("dot dot") << QStringLiteral("..") << true << QStringLiteral("rename-bad-name");
        QTest::newRow("gone") << QStringLiteral("y.jpg") << false << QStringLiteral("rename-missing");
    }
    void refusesBadInput()
    {
        QFETCH(QString, name);
        QFETCH(bool, fileExists);
        QFETCH(QString, code);
        QTemporaryDir dir;
        const QString from = dir.filePath(QStringLiteral("x.jpg"));
        if (fileExists)
            QVERIFY(write(from, "x"));
        const auto r = FileRenamer::rename(from, name);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, code);
        QCOMPARE(QFile::exists(from), fileExists);
    }
};

QTEST_GUILESS_MAIN(TestFileRenamer)
#include "TestFileRenamer.moc"
