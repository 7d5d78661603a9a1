// AWS's own SigV4 test suite (tests/data/aws-sigv4-test-suite/v4, from aws-c-auth): every
// case is signed both ways, with an Authorization header and as a presigned URL, and the
// canonical request, the string to sign and the signature are compared with AWS's.

#include "aws/Hashing.h"
#include "aws/SigV4Signer.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace vmi::aws;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

struct SuiteCase
{
    SignableRequest request;
    Credentials credentials;
    SigningParams params;
};

// request.txt is an HTTP/1.1 request as text; header lines that start with whitespace
// continue the previous header's value.
SuiteCase loadCase(const QString &dir)
{
    SuiteCase c;
    const QJsonObject context = QJsonDocument::fromJson(readFile(dir + u"/context.json")).object();
    const QJsonObject creds = context[u"credentials"].toObject();
    c.credentials = {creds[u"access_key_id"].toString(), creds[u"secret_access_key"].toString(),
                     creds[u"token"].toString()};
    const bool normalize = context[u"normalize"].toBool();
    c.params.region = context[u"region"].toString();
    c.params.service = context[u"service"].toString();
    c.params.time = QDateTime::fromString(context[u"timestamp"].toString(), Qt::ISODate);
    c.params.s3PathRules = !normalize;
    c.params.addContentSha256Header = context[u"sign_body"].toBool();
    c.params.signSessionToken = !context[u"omit_session_token"].toBool();
    c.params.presignExpiresSeconds = context[u"expiration_in_seconds"].toInt();

    const QByteArray raw = readFile(dir + u"/request.txt");
    const qsizetype bodyStart = raw.indexOf("\n\n");
    const QByteArray head = bodyStart < 0 ? raw : raw.left(bodyStart);
    const QByteArray body = bodyStart < 0 ? QByteArray() : raw.mid(bodyStart + 2);
    QList<QByteArray> lines = head.split('\n');

    const QList<QByteArray> requestLine = lines.takeFirst().split(' ');
    c.request.method = requestLine.first();
    // The path may contain spaces: everything between the method and " HTTP/1.1".
    const QByteArray target = requestLine.mid(1, requestLine.size() - 2).join(' ');
    const qsizetype queryStart = target.indexOf('?');
    const QByteArray rawPath = queryStart < 0 ? target : target.left(queryStart);
    // The suite's paths are unencoded text. Under S3 rules the wire path is that text encoded
    // once; under the normalising rules the signer encodes the path it is given.
    c.request.path = normalize ? rawPath : SigV4Signer::uriEncode(rawPath, /*keepSlash=*/true);
    if (queryStart >= 0) {
        for (const QByteArray &pair : target.mid(queryStart + 1).split('&')) {
            const qsizetype eq = pair.indexOf('=');
            const QByteArray name = eq < 0 ? pair : pair.left(eq);
            const QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
            c.request.query.append(
                {QByteArray::fromPercentEncoding(name), QByteArray::fromPercentEncoding(value)});
        }
    }
    for (const QByteArray &line : lines) {
        if (line.isEmpty())
            continue;
        if (line.front() == ' ' || line.front() == '\t') {
            c.request.headers.last().second += '\n' + line;
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        c.request.headers.append({line.left(colon), line.mid(colon + 1)});
    }
    c.request.payloadHash = sha256Hex(body);
    return c;
}

QByteArray expected(const QString &dir, const QString &name)
{
    return readFile(dir + u'/' + name).trimmed();
}

QByteArray authorizationOf(const QString &signedRequestFile)
{
    for (const QByteArray &line : readFile(signedRequestFile).split('\n')) {
        if (line.startsWith("Authorization:"))
            return line.mid(int(qstrlen("Authorization:")));
    }
    return {};
}

} // namespace

class TestSigV4Suite : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headerSigning_data() { addCases(); }
    void headerSigning()
    {
        QFETCH(QString, dir);
        const SuiteCase c = loadCase(dir);
        const SigningResult result = SigV4Signer::signHeaders(c.request, c.credentials, c.params);
        QCOMPARE(result.canonicalRequest, expected(dir, QStringLiteral("header-canonical-request.txt")));
        QCOMPARE(result.stringToSign, expected(dir, QStringLiteral("header-string-to-sign.txt")));
        QCOMPARE(result.signature, expected(dir, QStringLiteral("header-signature.txt")));
        QCOMPARE(result.headers.last().first, QByteArray("Authorization"));
        QCOMPARE(result.headers.last().second, authorizationOf(dir + u"/header-signed-request.txt"));
    }

    void presigning_data() { addCases(); }
    void presigning()
    {
        QFETCH(QString, dir);
        const SuiteCase c = loadCase(dir);
        const SigningResult result = SigV4Signer::presign(c.request, c.credentials, c.params);
        QCOMPARE(result.canonicalRequest, expected(dir, QStringLiteral("query-canonical-request.txt")));
        QCOMPARE(result.stringToSign, expected(dir, QStringLiteral("query-string-to-sign.txt")));
        QCOMPARE(result.signature, expected(dir, QStringLiteral("query-signature.txt")));
        QCOMPARE(result.query.last(), ByteArrayPair("X-Amz-Signature", result.signature));
    }

private:
    static void addCases()
    {
        QTest::addColumn<QString>("dir");
        const QDir suite(QString::fromLocal8Bit(qgetenv("VMI_SIGV4_SUITE_DIR")));
        const QStringList cases = suite.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        // The suite has 38 cases; fewer means the data went missing, not that all passed.
        QCOMPARE(cases.size(), 38);
        for (const QString &name : cases)
            QTest::newRow(qPrintable(name)) << suite.filePath(name);
    }
};

QTEST_GUILESS_MAIN(TestSigV4Suite)
#include "tst_sigv4_suite.moc"
