// ByteReader gives back the bytes at the offsets asked, whatever mix of small reads, large
// reads and streams comes in (its windows must never serve the wrong bytes), from a file
// (pread) as from a buffer.
#include "inspect/ByteReader.h"

#include <QBuffer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

using namespace apd::inspect;

class TestInspectByteReader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QByteArray m_data;

    void mixedReads(QIODevice& device)
    {
        ByteReader reader(device);
        QCOMPARE(reader.size(), quint64(m_data.size()));
        const quint64 size = reader.size();
        // A stream inside the small window of the header just read (a small XMP packet).
        for (quint64 at : {quint64(0), quint64(5000), size - 600}) {
            quint16 h = 0;
            QVERIFY(reader.be16(at, h));
            QByteArray streamed;
            QVERIFY(reader.stream(at + 2, 500, [&](const char* d, qint64 n) {
                streamed.append(d, qsizetype(n));
                return true;
            }));
            QCOMPARE(streamed, m_data.mid(qsizetype(at + 2), 500));
        }
        QRandomGenerator rng(7);
        for (int i = 0; i < 3000; ++i) {
            const quint64 offset = rng.bounded(quint32(size));
            const int kind = int(rng.bounded(4u));
            const quint64 length = std::min<quint64>(size - offset, kind == 0   ? rng.bounded(8u)
                                                                    : kind == 1 ? rng.bounded(300u)
                                                                                : rng.bounded(600'000u));
            if (kind < 3) {
                QByteArray out;
                QVERIFY(reader.read(offset, length, out, length));
                QCOMPARE(out, m_data.mid(qsizetype(offset), qsizetype(length)));
                continue;
            }
            QByteArray streamed;
            const quint64 ahead = offset + length + rng.bounded(400'000u);
            QVERIFY(reader.stream(
                offset, length,
                [&](const char* d, qint64 n) {
                    streamed.append(d, qsizetype(n));
                    return true;
                },
                ahead));
            QCOMPARE(streamed, m_data.mid(qsizetype(offset), qsizetype(length)));
        }
        quint32 v = 0;
        QVERIFY(reader.be32(size - 4, v));
        QCOMPARE(v, be32(reinterpret_cast<const unsigned char*>(m_data.constData() + size - 4)));
        QVERIFY(!reader.be32(size - 3, v));
        char c = 0;
        QVERIFY(!reader.read(size, 1, &c));
        QVERIFY(reader.read(size, 0, &c));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_data.resize(1'500'000);
        QRandomGenerator rng(3);
        for (char& c : m_data)
            c = char(rng.bounded(256u));
    }

    void fromBuffer()
    {
        QBuffer buffer(&m_data);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        mixedReads(buffer);
    }

    void fromFile()
    {
        QFile file(m_dir.filePath(QStringLiteral("data.bin")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(m_data), m_data.size());
        file.close();
        QVERIFY(file.open(QIODevice::ReadOnly));
        mixedReads(file);
    }

    // Written through the same QFile and not flushed: the reader must see those bytes too.
    void fromFileOpenForWriting()
    {
        QTemporaryFile file(m_dir.filePath(QStringLiteral("rw-XXXXXX")));
        QVERIFY(file.open());
        QCOMPARE(file.write(m_data), m_data.size());
        mixedReads(file);
    }

    // A file cut short after the reader learnt its size: reads past the new end fail.
    void fileShrinksUnderTheReader()
    {
        const QString path = m_dir.filePath(QStringLiteral("shrinks.bin"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(m_data), m_data.size());
        file.close();
        QVERIFY(file.open(QIODevice::ReadOnly));
        ByteReader reader(file);
        QVERIFY(QFile::resize(path, 1000));
        char b[16];
        QVERIFY(reader.read(0, 16, b));
        QVERIFY(!reader.read(500'000, 16, b));
        QVERIFY(!reader.stream(2000, 300'000, [](const char*, qint64) { return true; }));
    }
};

QTEST_GUILESS_MAIN(TestInspectByteReader)
#include "TestInspectByteReader.moc"
