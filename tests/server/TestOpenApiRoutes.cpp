#include "PortalFixture.h"

#include <QRegularExpression>

using namespace apd::test;

namespace {

struct SpecOperation
{
    QString method; // upper case
    QString path;
    QList<int> statuses;
    bool anonymous = false; // security: []
};

// Reads the operations out of docs/api/openapi.yaml. The file keeps the layout of the
// OpenAPI examples: paths at two spaces, methods at four, "responses:" at six, status codes
// at eight; this reader relies on that layout and fails loudly when it finds none.
QList<SpecOperation> readSpec(const QString& file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    static const QRegularExpression pathLine(QStringLiteral("^  (/\\S*):\\s*$"));
    static const QRegularExpression methodLine(QStringLiteral("^    (get|put|post|delete|patch|head|options):\\s*$"));
    static const QRegularExpression statusLine(QStringLiteral("^        '(\\d{3})':"));
    QList<SpecOperation> ops;
    QString path;
    bool inPaths = false, inResponses = false;
    for (const QByteArray& raw : f.readAll().split('\n')) {
        const QString line = QString::fromUtf8(raw);
        if (line.startsWith(QLatin1String("paths:"))) {
            inPaths = true;
            continue;
        }
        if (!inPaths)
            continue;
        if (!line.isEmpty() && !line.startsWith(QLatin1Char(' ')))
            break; // components:
        if (const auto m = pathLine.match(line); m.hasMatch()) {
            path = m.captured(1);
            inResponses = false;
        } else if (const auto m = methodLine.match(line); m.hasMatch()) {
            ops.append({m.captured(1).toUpper(), path, {}, false});
            inResponses = false;
        } else if (line.startsWith(QLatin1String("      responses:"))) {
            inResponses = true;
        } else if (line.startsWith(QLatin1String("      security: []")) && !ops.isEmpty()) {
            ops.last().anonymous = true;
        } else if (line.startsWith(QLatin1String("      ")) && !line.startsWith(QLatin1String("       "))) {
            inResponses = false;
        } else if (inResponses && !ops.isEmpty()) {
            if (const auto m = statusLine.match(line); m.hasMatch())
                ops.last().statuses.append(m.captured(1).toInt());
        }
    }
    return ops;
}

} // namespace

// The server and docs/api/openapi.yaml describe the same API: every route of the spec is
// served and answers with a status the spec documents for it, and nothing else is served.
class TestOpenApiRoutes : public QObject
{
    Q_OBJECT

    PortalFixture f;
    QList<SpecOperation> m_spec;
    QHash<QString, QString> m_ids;

    QString concrete(const QString& path) const
    {
        QString out = path;
        for (auto it = m_ids.begin(); it != m_ids.end(); ++it)
            out.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'), it.value());
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_spec = readSpec(qEnvironmentVariable("APD_SOURCE_DIR") + QStringLiteral("/docs/api/openapi.yaml"));
        QVERIFY2(m_spec.size() >= 30, "the spec's operations could not be read");
        for (const SpecOperation& op : m_spec)
            QVERIFY2(!op.statuses.isEmpty(),
                     qPrintable(op.method + QLatin1Char(' ') + op.path + QStringLiteral(": no responses read")));
        QVERIFY(f.start());
        ApiClient ana = f.signedIn(QStringLiteral("ana@alpha.test"));
        QCOMPARE(ana.upload(f.projectId, QStringLiteral("T#storyart_na_01_zxx.jpg"), randomBytes(100)).status, 204);
        const Reply open =
            ana.createUpload(f.projectId, QStringLiteral("T#billboard_dark_ltr_01_zxx.jpg"), randomBytes(100));
        const QJsonObject p = ana.get(f.projectPath()).json;
        m_ids = {{QStringLiteral("projectId"), QString::number(f.projectId)},
                 {QStringLiteral("companyId"), QString::number(ana.get(QStringLiteral("/v1/me"))
                                                                   .json.value(QStringLiteral("company"))
                                                                   .toObject()
                                                                   .value(QStringLiteral("id"))
                                                                   .toInteger())},
                 {QStringLiteral("assetId"), QString::number(p.value(QStringLiteral("assets"))
                                                                 .toArray()
                                                                 .first()
                                                                 .toObject()
                                                                 .value(QStringLiteral("id"))
                                                                 .toInteger())},
                 {QStringLiteral("requestId"), QString::number(p.value(QStringLiteral("requests"))
                                                                   .toArray()
                                                                   .last()
                                                                   .toObject()
                                                                   .value(QStringLiteral("id"))
                                                                   .toInteger())},
                 {QStringLiteral("itemId"), QString::number(p.value(QStringLiteral("assets"))
                                                                .toArray()
                                                                .first()
                                                                .toObject()
                                                                .value(QStringLiteral("id"))
                                                                .toInteger())},
                 {QStringLiteral("uploadId"), open.header("Location").section(QLatin1Char('/'), -1)},
                 {QStringLiteral("role"), QStringLiteral("source")}};
    }
    void cleanupTestCase() { QCOMPARE(f.consistencyProblem(), QString()); }

    void everyServedRouteIsInTheSpec()
    {
        QStringList spec, served;
        for (const SpecOperation& op : m_spec)
            spec << op.method + QLatin1Char(' ') + op.path;
        for (const apd::server::RouteInfo& r : f.server->routes())
            served << r.method + QLatin1Char(' ') + r.path;
        spec.sort();
        served.sort();
        QCOMPARE(served, spec);
    }

    void everySpecRouteAnswersADocumentedStatus_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<bool>("signedIn");
        for (int i = 0; i < m_spec.size(); ++i) {
            const QByteArray name = (m_spec[i].method + QLatin1Char(' ') + m_spec[i].path).toUtf8();
            QTest::newRow(QByteArray(name + " anonymous").constData()) << i << false;
            QTest::newRow(QByteArray(name + " signed in").constData()) << i << true;
        }
    }
    void everySpecRouteAnswersADocumentedStatus()
    {
        QFETCH(int, index);
        QFETCH(bool, signedIn);
        const SpecOperation& op = m_spec[index];
        ApiClient c = signedIn ? f.signedIn(QStringLiteral("ana@alpha.test")) : ApiClient(f.port());
        const QByteArray method = op.method.toLatin1();
        const bool withBody = op.method == QLatin1String("POST") || op.method == QLatin1String("PUT") ||
                              (op.method == QLatin1String("PATCH") && !op.path.contains(QLatin1String("uploads")));
        const Reply r = c.send(method.constData(), concrete(op.path), withBody ? QByteArray("{}") : QByteArray(),
                               "application/json", {{"Tus-Resumable", "1.0.0"}});
        QVERIFY2(op.statuses.contains(r.status), qPrintable(QStringLiteral("%1 %2 answered %3; the spec documents %4")
                                                                .arg(op.method, op.path)
                                                                .arg(r.status)
                                                                .arg([&] {
                                                                    QStringList s;
                                                                    for (int x : op.statuses)
                                                                        s << QString::number(x);
                                                                    return s.join(QLatin1Char(','));
                                                                }())));
        if (!signedIn && !op.anonymous)
            QCOMPARE(r.status, 401);
        if (r.status >= 400 && op.method != QLatin1String("HEAD"))
            QVERIFY2(r.isProblem(), qPrintable(QString::fromUtf8(r.body)));
    }
};

QTEST_GUILESS_MAIN(TestOpenApiRoutes)
#include "TestOpenApiRoutes.moc"
