// SigV4Signer against botocore's signers on random requests: botocore (run by
// botocore_signing_cases.py at test time) signs them, we sign the same, and the canonical
// request, string to sign and signature must be identical.

#include "aws/SigV4Signer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace vmi::aws;

namespace {

constexpr int CaseCount = 300;

QList<ByteArrayPair> pairs(const QJsonValue &value)
{
    QList<ByteArrayPair> result;
    for (const QJsonValue &pair : value.toArray())
        result.append({pair[0].toString().toUtf8(), pair[1].toString().toUtf8()});
    return result;
}

QByteArray utf8(const QJsonObject &object, QStringView key)
{
    return object[key].toString().toUtf8();
}

} // namespace

class TestSigV4Botocore : public QObject
{
    Q_OBJECT

    QJsonArray m_cases;

private Q_SLOTS:
    void initTestCase()
    {
        QProcess botocore;
        botocore.start(QString::fromLocal8Bit(qgetenv("VMI_PYTHON")),
                       {QString::fromLocal8Bit(qgetenv("VMI_BOTOCORE_CASES_SCRIPT")),
                        QStringLiteral("--count"), QString::number(CaseCount), QStringLiteral("--seed"),
                        QStringLiteral("20261123")});
        QVERIFY2(botocore.waitForFinished(120000), qPrintable(botocore.errorString()));
        QVERIFY2(botocore.exitCode() == 0, botocore.readAllStandardError().constData());
        m_cases = QJsonDocument::fromJson(botocore.readAllStandardOutput())[u"cases"].toArray();
        QCOMPARE(m_cases.size(), CaseCount);
    }

    void agreesWithBotocore_data()
    {
        QTest::addColumn<QJsonObject>("c");
        for (const QJsonValue &value : std::as_const(m_cases))
            QTest::newRow(qPrintable(value[u"name"].toString())) << value.toObject();
    }

    void agreesWithBotocore()
    {
        QFETCH(QJsonObject, c);

        SignableRequest request;
        request.method = utf8(c, u"method");
        request.path = utf8(c, u"path");
        request.query = pairs(c[u"query"]);
        request.headers = pairs(c[u"headers"]);
        request.payloadHash = utf8(c, u"payloadHash");

        const Credentials credentials{c[u"accessKeyId"].toString(), c[u"secretAccessKey"].toString(),
                                      c[u"sessionToken"].toString()};
        SigningParams params;
        params.region = c[u"region"].toString();
        params.service = c[u"service"].toString();
        params.time = QDateTime::fromString(c[u"timestamp"].toString(), Qt::ISODate);
        params.s3PathRules = c[u"s3"].toBool();
        params.presignExpiresSeconds = c[u"expires"].toInt();

        if (c[u"presign"].toBool()) {
            const SigningResult result = SigV4Signer::presign(request, credentials, params);
            QCOMPARE(result.canonicalRequest, utf8(c, u"canonicalRequest"));
            QCOMPARE(result.stringToSign, utf8(c, u"stringToSign"));
            QCOMPARE(result.signature, utf8(c, u"signature"));
        } else {
            params.addContentSha256Header = params.s3PathRules; // S3 always sends it
            const SigningResult result = SigV4Signer::signHeaders(request, credentials, params);
            QCOMPARE(result.canonicalRequest, utf8(c, u"canonicalRequest"));
            QCOMPARE(result.stringToSign, utf8(c, u"stringToSign"));
            QCOMPARE(result.signature, utf8(c, u"signature"));
            QCOMPARE(result.headers.last().second, utf8(c, u"authorization"));
        }
    }
};

QTEST_GUILESS_MAIN(TestSigV4Botocore)
#include "tst_sigv4_botocore.moc"
