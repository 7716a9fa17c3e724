#include "cli/ExitCode.h"
#include "cli/ValidateCommand.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#endif

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run validate(const QStringList& arguments)
{
    Run run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    run.code = apd::cli::ValidateCommand(out, err).run(arguments);
    out.flush();
    err.flush();
    return run;
}

// Root reads every file whatever its mode: as root, run the command in a child process that
// has become "nobody", the way a designer runs it.
Run validateAsUnprivilegedUser(const QStringList& arguments)
{
#ifdef Q_OS_UNIX
    if (geteuid() != 0)
        return validate(arguments);
    int fds[2];
    if (pipe(fds) != 0)
        return {};
    const pid_t child = fork();
    if (child == 0) {
        ::close(fds[0]);
        if (setgid(65534) != 0 || setuid(65534) != 0)
            _exit(99);
        const Run run = validate(arguments);
        const QByteArray out = run.out.toUtf8();
        qsizetype written = 0;
        while (written < out.size()) {
            const auto n = ::write(fds[1], out.constData() + written, size_t(out.size() - written));
            if (n <= 0)
                _exit(98);
            written += n;
        }
        _exit(run.code);
    }
    ::close(fds[1]);
    Run run;
    QByteArray out;
    char buffer[4096];
    for (ssize_t n; (n = ::read(fds[0], buffer, sizeof buffer)) > 0;)
        out.append(buffer, n);
    ::close(fds[0]);
    int status = 0;
    waitpid(child, &status, 0);
    run.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    run.out = QString::fromUtf8(out);
    return run;
#else
    return validate(arguments);
#endif
}

void touch(const QString& path, const QByteArray& content = QByteArrayLiteral("x"))
{
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly), qPrintable(path));
    f.write(content);
}

QJsonObject parseJson(const Run& run)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << "not JSON:" << error.errorString() << run.out.left(500);
    return doc.object();
}

QJsonObject fileNamed(const QJsonObject& root, const QString& name)
{
    for (const QJsonValue& v : root.value(QLatin1String("files")).toArray())
        if (v.toObject().value(QLatin1String("name")).toString() == name)
            return v.toObject();
    return {};
}

QStringList codes(const QJsonObject& file)
{
    QStringList out;
    for (const QJsonValue& p : file.value(QLatin1String("problems")).toArray())
        out << p.toObject().value(QLatin1String("code")).toString();
    return out;
}

} // namespace

class TestValidateCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void allValidExitsZero()
    {
        QTemporaryDir dir;
        touch(dir.filePath(QStringLiteral("Title#storyart_na_01_zxx.jpg")));
        touch(dir.filePath(QStringLiteral("Title#billboard_dark_ltr_01_zxx.jpg")));
        const Run run = validate({QStringLiteral("--names-only"), dir.path()});
        QCOMPARE(run.code, int(apd::cli::ExitOk));
        QVERIFY(run.out.contains(QLatin1String("2 file(s) checked: 2 valid, 0 with errors")));
        QVERIFY(run.out.contains(QLatin1String("(billboard_dark_ltr_01_zxx, deliverable)")));
        QVERIFY(run.err.isEmpty());
    }

    void problemsExitOneWithFixesInText()
    {
        QTemporaryDir dir;
        touch(dir.filePath(QStringLiteral("Title#storyart_na_01_zxx.jpg")));
        touch(dir.filePath(QStringLiteral("Red Notice#Story-Art_1.JPEG")));
        const Run run = validate({dir.path()});
        QCOMPARE(run.code, int(apd::cli::ExitProblems));
        QVERIFY(run.out.contains(QLatin1String("FAIL")));
        QVERIFY(run.out.contains(QLatin1String("[whitespace]")));
        QVERIFY(run.out.contains(QLatin1String("fix: write \"_\" instead of the space")));
        QVERIFY(run.out.contains(QLatin1String("suggested name: Red_Notice#storyart_na_01_zxx.jpg")));
        QVERIFY(run.out.contains(QLatin1String("2 file(s) checked: 1 valid, 1 with errors")));
    }

    void warningsAloneExitZero()
    {
        QTemporaryDir dir;
        touch(dir.filePath(QStringLiteral("#storyart_na_01_zxx.jpg")));
        const Run run = validate({dir.path()});
        QCOMPARE(run.code, int(apd::cli::ExitOk));
        QVERIFY(run.out.contains(QLatin1String("WARN")));
        QVERIFY(run.out.contains(QLatin1String("1 with warnings")));
    }

    void jsonReportHasTheDocumentedShape()
    {
        QTemporaryDir dir;
        touch(dir.filePath(QStringLiteral("Title#storyart_na_01_zxx.jpg")));
        touch(dir.filePath(QStringLiteral("Title#Billboard_dark_ltr_01_zxx.jpg")));
        const Run run = validate({QStringLiteral("--json"), dir.path()});
        QCOMPARE(run.code, int(apd::cli::ExitProblems));
        const QJsonObject root = parseJson(run);
        QCOMPARE(root.value(QLatin1String("files")).toArray().size(), 2);

        const QJsonObject good = fileNamed(root, QStringLiteral("Title#storyart_na_01_zxx.jpg"));
        QCOMPARE(good.value(QLatin1String("valid")).toBool(), true);
        QVERIFY(good.value(QLatin1String("path")).toString().endsWith(QLatin1String("Title#storyart_na_01_zxx.jpg")));
        const QJsonObject parts = good.value(QLatin1String("parts")).toObject();
        QCOMPARE(parts.value(QLatin1String("type")).toString(), QStringLiteral("storyart"));
        QCOMPARE(parts.value(QLatin1String("tone")).toString(), QStringLiteral("na"));
        QVERIFY(parts.value(QLatin1String("direction")).isNull());
        QCOMPARE(parts.value(QLatin1String("sequence")).toString(), QStringLiteral("01"));
        QCOMPARE(parts.value(QLatin1String("language")).toString(), QStringLiteral("zxx"));
        QCOMPARE(parts.value(QLatin1String("extension")).toString(), QStringLiteral("jpg"));
        QCOMPARE(parts.value(QLatin1String("kind")).toString(), QStringLiteral("deliverable"));
        QCOMPARE(parts.value(QLatin1String("requestKey")).toString(), QStringLiteral("storyart_na_01_zxx"));
        QCOMPARE(parts.value(QLatin1String("freeform")).toString(), QStringLiteral("Title"));

        const QJsonObject bad = fileNamed(root, QStringLiteral("Title#Billboard_dark_ltr_01_zxx.jpg"));
        QCOMPARE(bad.value(QLatin1String("valid")).toBool(), false);
        const QJsonObject problem = bad.value(QLatin1String("problems")).toArray().first().toObject();
        QCOMPARE(problem.value(QLatin1String("code")).toString(), QStringLiteral("type-case"));
        QCOMPARE(problem.value(QLatin1String("severity")).toString(), QStringLiteral("error"));
        QVERIFY(!problem.value(QLatin1String("message")).toString().isEmpty());
        QCOMPARE(problem.value(QLatin1String("fix")).toString(), QStringLiteral("write \"billboard\""));
        QCOMPARE(problem.value(QLatin1String("fixedName")).toString(),
                 QStringLiteral("Title#billboard_dark_ltr_01_zxx.jpg"));
        QCOMPARE(bad.value(QLatin1String("suggestion")).toString(),
                 QStringLiteral("Title#billboard_dark_ltr_01_zxx.jpg"));

        const QJsonObject summary = root.value(QLatin1String("summary")).toObject();
        QCOMPARE(summary.value(QLatin1String("files")).toInt(), 2);
        QCOMPARE(summary.value(QLatin1String("valid")).toInt(), 1);
        QCOMPARE(summary.value(QLatin1String("invalid")).toInt(), 1);
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no path") << QStringList{};
        QTest::newRow("only options") << QStringList{QStringLiteral("--json")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate"), QStringLiteral(".")};
    }

    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, arguments);
        const Run run = validate(arguments);
        QCOMPARE(run.code, int(apd::cli::ExitUsage));
        QVERIFY(run.err.contains(QLatin1String("Usage:")));
        QVERIFY(run.out.isEmpty());
    }

    void foldersAreEnteredOnlyWhenRecursive()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("sub/deeper")));
        touch(dir.filePath(QStringLiteral("Title#storyart_na_01_zxx.jpg")));
        touch(dir.filePath(QStringLiteral("sub/Title#storyart_na_02_zxx.jpg")));
        touch(dir.filePath(QStringLiteral("sub/deeper/bad name.jpg")));
        touch(dir.filePath(QStringLiteral(".DS_Store")));
        touch(dir.filePath(QStringLiteral("Thumbs.db")));

        const Run flat = validate({QStringLiteral("--json"), dir.path()});
        const QJsonObject flatSummary = parseJson(flat).value(QLatin1String("summary")).toObject();
        QCOMPARE(flatSummary.value(QLatin1String("files")).toInt(), 1);
        QCOMPARE(flatSummary.value(QLatin1String("skippedFolders")).toInt(), 1);
        QCOMPARE(flatSummary.value(QLatin1String("skippedHidden")).toInt(), 2);
        QCOMPARE(flat.code, int(apd::cli::ExitOk));

        const Run deep = validate({QStringLiteral("--json"), QStringLiteral("--recursive"), dir.path()});
        const QJsonObject deepSummary = parseJson(deep).value(QLatin1String("summary")).toObject();
        QCOMPARE(deepSummary.value(QLatin1String("files")).toInt(), 3);
        QCOMPARE(deepSummary.value(QLatin1String("invalid")).toInt(), 1);
        QCOMPARE(deep.code, int(apd::cli::ExitProblems));
    }

    void unusablePathsGetALineEach()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("absent#storyart_na_01_zxx.jpg"));
        const QString link = dir.filePath(QStringLiteral("link#storyart_na_01_zxx.jpg"));
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("nowhere")), link));
        const QString fifo = dir.filePath(QStringLiteral("pipe#storyart_na_01_zxx.jpg"));
#ifdef Q_OS_UNIX
        QCOMPARE(mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
#endif
        const Run run = validate({QStringLiteral("--json"), missing, link, fifo});
        QCOMPARE(run.code, int(apd::cli::ExitProblems));
        const QJsonObject root = parseJson(run);
        QCOMPARE(codes(fileNamed(root, QStringLiteral("absent#storyart_na_01_zxx.jpg"))),
                 QStringList{QStringLiteral("path-missing")});
        QCOMPARE(codes(fileNamed(root, QStringLiteral("link#storyart_na_01_zxx.jpg"))),
                 QStringList{QStringLiteral("link-broken")});
#ifdef Q_OS_UNIX
        QCOMPARE(codes(fileNamed(root, QStringLiteral("pipe#storyart_na_01_zxx.jpg"))),
                 QStringList{QStringLiteral("not-a-file")});
#endif
        // The same in a folder listing.
        const Run listed = validate({QStringLiteral("--json"), dir.path()});
        QCOMPARE(parseJson(listed).value(QLatin1String("summary")).toObject().value(QLatin1String("invalid")).toInt(),
                 2);
    }

    void unreadableFolderAndFile()
    {
#ifdef Q_OS_UNIX
        QTemporaryDir dir;
        QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                      QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                                      QFileDevice::ExeOther));
        const QString locked = dir.filePath(QStringLiteral("locked"));
        QVERIFY(QDir().mkdir(locked));
        const QString file = dir.filePath(QStringLiteral("Title#storyart_na_01_zxx.jpg"));
        touch(file);
        QVERIFY(QFile::setPermissions(file, QFileDevice::Permissions{}));
        QVERIFY(QFile::setPermissions(locked, QFileDevice::Permissions{}));
        const Run run =
            validateAsUnprivilegedUser({QStringLiteral("--json"), QStringLiteral("--recursive"), dir.path()});
        QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        const QJsonObject root = parseJson(run);
        QCOMPARE(codes(fileNamed(root, QStringLiteral("Title#storyart_na_01_zxx.jpg"))),
                 QStringList{QStringLiteral("path-unreadable")});
        QCOMPARE(codes(fileNamed(root, QStringLiteral("locked"))), QStringList{QStringLiteral("folder-unreadable")});
        QCOMPARE(run.code, int(apd::cli::ExitProblems));
#else
        QSKIP("POSIX permissions");
#endif
    }

    void namesThatAreNotUtf8AreReported()
    {
#ifdef Q_OS_UNIX
        QTemporaryDir dir;
        const QByteArray raw = QFile::encodeName(dir.path()) + "/bad\xff\xfename#storyart_na_01_zxx.jpg";
        const int fd = ::open(raw.constData(), O_CREAT | O_WRONLY, 0600);
        QVERIFY(fd >= 0);
        ::close(fd);
        touch(dir.filePath(QStringLiteral("Title#storyart_na_01_zxx.jpg")));
        const Run run = validate({QStringLiteral("--json"), dir.path()});
        QCOMPARE(run.code, int(apd::cli::ExitProblems));
        const QJsonObject root = parseJson(run);
        QCOMPARE(root.value(QLatin1String("summary")).toObject().value(QLatin1String("files")).toInt(), 2);
        bool found = false;
        for (const QJsonValue& v : root.value(QLatin1String("files")).toArray())
            found = found || codes(v.toObject()).contains(QLatin1String("name-encoding"));
        QVERIFY(found);
        QCOMPARE(::unlink(raw.constData()), 0);
#else
        QSKIP("file names are UTF-16 here");
#endif
    }

    void tenThousandFilesInAFolder()
    {
        QTemporaryDir dir;
        for (int i = 0; i < 10000; ++i) {
            const QString name =
                i % 10 == 0 ? QStringLiteral("Bad name %1.jpg").arg(i)
                            : QStringLiteral("T%1#storyart_na_%2_zxx.jpg").arg(i).arg(i % 100, 2, 10, QLatin1Char('0'));
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        const Run run = validate({QStringLiteral("--json"), QStringLiteral("--names-only"), dir.path()});
        const QJsonObject summary = parseJson(run).value(QLatin1String("summary")).toObject();
        QCOMPARE(summary.value(QLatin1String("files")).toInt(), 10000);
        QCOMPARE(summary.value(QLatin1String("invalid")).toInt(), 1000);
        QCOMPARE(summary.value(QLatin1String("valid")).toInt(), 9000);
    }

    void namesCannotForgeReportLines()
    {
        QTemporaryDir dir;
        touch(dir.filePath(QStringLiteral("Bad\nOK  Fake#storyart_na_01_zxx.jpg  (storyart_na_01_zxx, deliverable)\n#x.jpg")));
        touch(dir.filePath(QStringLiteral("T\x1b[32mG#storyart_na_01_zxx.jpg")));
        const Run run = validate({dir.path()});
        QCOMPARE(run.code, int(apd::cli::ExitProblems));
        for (const QString& line : run.out.split(QLatin1Char('\n')))
            QVERIFY2(!line.startsWith(QLatin1String("OK  Fake")), qPrintable(run.out));
        QVERIFY(!run.out.contains(QChar(0x1b)));
        QVERIFY(run.out.contains(QLatin1String("\\u{a}OK  Fake")));
        QVERIFY(run.out.contains(QLatin1String("\\u{1b}[32m")));
    }

    void eachFileIsCheckedOnce()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("T#storyart_na_01_zxx.jpg"));
        touch(file);
        const Run run = validate({QStringLiteral("--json"), file, file, dir.path(), dir.path() + QStringLiteral("/"),
                                  dir.path() + QStringLiteral("//T#storyart_na_01_zxx.jpg")});
        QCOMPARE(parseJson(run).value(QLatin1String("summary")).toObject().value(QLatin1String("files")).toInt(), 1);
    }

    void linksToFoldersAreNotFollowed()
    {
        QTemporaryDir outside;
        touch(outside.filePath(QStringLiteral("elsewhere.txt")));
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("art")));
        touch(dir.filePath(QStringLiteral("art/T#storyart_na_01_zxx.jpg")));
        QVERIFY(QFile::link(outside.path(), dir.filePath(QStringLiteral("art/out"))));
        const Run run = validate({QStringLiteral("--json"), QStringLiteral("--recursive"), dir.path()});
        const QJsonObject summary = parseJson(run).value(QLatin1String("summary")).toObject();
        QCOMPARE(summary.value(QLatin1String("files")).toInt(), 1);
        QCOMPARE(summary.value(QLatin1String("skippedFolders")).toInt(), 1);
        QCOMPARE(run.code, int(apd::cli::ExitOk));
    }

    void unreadableFilesStillHaveTheirNameChecked()
    {
#ifdef Q_OS_UNIX
        QTemporaryDir dir;
        QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                      QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                                      QFileDevice::ExeOther));
        const QString file = dir.filePath(QStringLiteral("Secret story#storyart_na_03_zxx.jpg"));
        touch(file);
        QVERIFY(QFile::setPermissions(file, QFileDevice::Permissions{}));
        const Run run = validateAsUnprivilegedUser({QStringLiteral("--json"), QStringLiteral("--names-only"), file});
        const QJsonObject report = fileNamed(parseJson(run), QStringLiteral("Secret story#storyart_na_03_zxx.jpg"));
        QCOMPARE(codes(report), (QStringList{QStringLiteral("path-unreadable"), QStringLiteral("whitespace")}));
        QCOMPARE(report.value(QLatin1String("suggestion")).toString(), QStringLiteral("Secret_story#storyart_na_03_zxx.jpg"));
#else
        QSKIP("POSIX permissions");
#endif
    }

    void linkLoopsAreNotFollowedForever()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("a")));
        QVERIFY(QFile::link(dir.path(), dir.filePath(QStringLiteral("a/back"))));
        touch(dir.filePath(QStringLiteral("a/Title#storyart_na_01_zxx.jpg")));
        const Run run = validate({QStringLiteral("--json"), QStringLiteral("--recursive"), dir.path()});
        QCOMPARE(parseJson(run).value(QLatin1String("summary")).toObject().value(QLatin1String("files")).toInt(), 1);
        QCOMPARE(run.code, int(apd::cli::ExitOk));
    }
};

QTEST_GUILESS_MAIN(TestValidateCommand)
#include "TestValidateCommand.moc"
