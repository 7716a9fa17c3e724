#include "server/UploadWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <cstdlib>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

using apd::server::UploadWriter;

Q_DECLARE_METATYPE(UploadWriter::Mode)

namespace {

QByteArray randomBytes(QRandomGenerator& rng, qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char(rng.bounded(256));
    return bytes;
}

bool directIoWorksIn(const QString& dir)
{
    const QString probe = QDir(dir).filePath(QStringLiteral("probe"));
    QFile(probe).open(QIODevice::WriteOnly);
    const int fd = ::open(probe.toLocal8Bit().constData(), O_WRONLY | O_DIRECT);
    if (fd < 0)
        return false;
    void* block = std::aligned_alloc(4096, 4096);
    std::memset(block, 0, 4096);
    const bool ok = ::pwrite(fd, block, 4096, 0) == 4096;
    std::free(block);
    ::close(fd);
    return ok;
}

} // namespace

class TestUploadWriter : public QObject
{
    Q_OBJECT

    // In the build tree rather than /tmp: direct I/O is what a real data directory on disk gets.
    QTemporaryDir m_dir{QDir::current().filePath(QStringLiteral("upload-writer-XXXXXX"))};

private Q_SLOTS:
    void writesEveryByteInPlace_data()
    {
        QTest::addColumn<UploadWriter::Mode>("mode");
        QTest::addColumn<qint64>("prefix");
        QTest::newRow("direct, resumed off the block grid") << UploadWriter::Mode::Direct << qint64(12345);
        QTest::newRow("direct, from zero") << UploadWriter::Mode::Direct << qint64(0);
        QTest::newRow("direct, resumed on the grid") << UploadWriter::Mode::Direct << qint64(2 * 4096);
        QTest::newRow("buffered") << UploadWriter::Mode::Buffered << qint64(12345);
    }

    void writesEveryByteInPlace()
    {
        QFETCH(UploadWriter::Mode, mode);
        QFETCH(qint64, prefix);
        QRandomGenerator rng(uint(prefix) + uint(mode));
        const QString path = m_dir.filePath(QString::number(prefix) + QString::number(int(mode)));
        const QByteArray head = randomBytes(rng, prefix);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(head);
        }
        const int fd = ::open(path.toLocal8Bit().constData(), O_WRONLY);
        QVERIFY(fd >= 0);
        const QByteArray body = randomBytes(rng, 3 * 1024 * 1024 + 777);
        {
            UploadWriter writer(fd, path, prefix, 256 * 1024, mode);
            qsizetype at = 0;
            bool flushedMidway = false;
            while (at < body.size()) {
                // Pieces as a socket hands them over: any size, mostly off the block grid.
                const qsizetype n = std::min<qsizetype>(body.size() - at, rng.bounded(1, 70000));
                QVERIFY(writer.append(body.constData() + at, size_t(n)));
                at += n;
                if (!flushedMidway && at > body.size() / 2) {
                    QVERIFY(writer.flush()); // a checkpoint: everything so far is in the file
                    flushedMidway = true;
                    QCOMPARE(writer.written(), prefix + at);
                    QCOMPARE(QFileInfo(path).size(), prefix + at);
                }
            }
            QVERIFY(writer.flush());
            QCOMPARE(writer.written(), prefix + body.size());
            if (mode == UploadWriter::Mode::Buffered)
                QVERIFY(!writer.direct());
            else
                QCOMPARE(writer.direct(), directIoWorksIn(m_dir.path()));
        }
        ::close(fd);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray all = f.readAll();
        QCOMPARE(all.size(), head.size() + body.size());
        QVERIFY(all.first(head.size()) == head);
        QVERIFY(all.sliced(head.size()) == body);
    }

    void aDescriptorThatCannotWriteFails()
    {
        const QString path = m_dir.filePath(QStringLiteral("read-only"));
        QFile(path).open(QIODevice::WriteOnly);
        const int fd = ::open(path.toLocal8Bit().constData(), O_RDONLY);
        QVERIFY(fd >= 0);
        const QByteArray bytes(1000, 'x');
        {
            UploadWriter writer(fd, path, 0, 4096, UploadWriter::Mode::Buffered);
            QVERIFY(writer.append(bytes.constData(), size_t(bytes.size()))); // still in the buffer
            QVERIFY(!writer.flush());
            QCOMPARE(writer.written(), qint64(0));
        }
        {
            // Past the buffer's capacity the write happens inside append(), and fails there.
            UploadWriter writer(fd, path, 0, 4096, UploadWriter::Mode::Buffered);
            const QByteArray more(10000, 'y');
            QVERIFY(!writer.append(more.constData(), size_t(more.size())));
        }
        ::close(fd);
        QCOMPARE(QFileInfo(path).size(), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestUploadWriter)
#include "TestUploadWriter.moc"
