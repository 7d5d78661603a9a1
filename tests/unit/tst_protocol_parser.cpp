// ProtocolCodec::parseOutput/parseError and CliJsonPrinter against botocore and the AWS CLI v2:
// botocore_parser_cases.py writes random responses in each protocol's wire form from the
// service models, botocore's parser reads them as the CLI sets it up, and we must produce the
// same JSON and print the same bytes as `aws ... --output json`. Error answers must give
// botocore's code, message, request id and standard-mode retry verdict.

#include "aws/CliJsonPrinter.h"
#include "aws/Endpoints.h"
#include "aws/ProtocolCodec.h"
#include "aws/codec/PythonText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <cstring>

using namespace vmi::aws;

namespace {

AwsHttpResponse responseOf(const QJsonObject &c)
{
    AwsHttpResponse response;
    response.status = c[u"status"].toInt();
    for (const QJsonValue &header : c[u"headers"].toArray())
        response.headers.append({header[0].toString().toUtf8(), header[1].toString().toUtf8()});
    response.body = QByteArray::fromBase64(c[u"body"].toString().toLatin1());
    return response;
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// Equal JSON, numbers compared by value: Qt keeps 1e16 as a double when we make it and as an
// integer when it reads "1e+16" from Python.
bool sameJson(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isDouble() && b.isDouble())
        return a.toDouble() == b.toDouble();
    if (a.type() != b.type())
        return false;
    if (a.isArray()) {
        const QJsonArray x = a.toArray(), y = b.toArray();
        if (x.size() != y.size())
            return false;
        for (qsizetype i = 0; i < x.size(); ++i) {
            if (!sameJson(x[i], y[i]))
                return false;
        }
        return true;
    }
    if (a.isObject()) {
        const QJsonObject x = a.toObject(), y = b.toObject();
        if (x.keys() != y.keys())
            return false;
        for (auto it = x.begin(); it != x.end(); ++it) {
            if (!sameJson(it.value(), y[it.key()]))
                return false;
        }
        return true;
    }
    return a == b;
}

// Where two long texts part, with some context: QCOMPARE cuts long values off.
QByteArray difference(const QByteArray &actual, const QByteArray &expected)
{
    qsizetype at = 0;
    while (at < actual.size() && at < expected.size() && actual[at] == expected[at])
        ++at;
    const qsizetype from = qMax<qsizetype>(0, at - 120);
    const auto excerpt = [from](const QByteArray &text) {
        return QByteArray(text.mid(from, 240)).replace('\n', "\\n");
    };
    return "at byte " + QByteArray::number(at) + "\n   actual: ..." + excerpt(actual) + "\n expected: ..." +
           excerpt(expected);
}

#define COMPARE_TEXT(actual, expected)                                                                       \
    do {                                                                                                     \
        const QByteArray a_ = (actual), e_ = (expected);                                                     \
        QVERIFY2(a_ == e_, difference(a_, e_).constData());                                                  \
    } while (false)

} // namespace

class TestProtocolParser : public QObject
{
    Q_OBJECT

    QJsonObject m_cases;

private Q_SLOTS:
    void initTestCase()
    {
        const QString seed = qEnvironmentVariable("VMI_TEST_SEED", QStringLiteral("20261123"));
        QProcess botocore;
        botocore.start(
            QString::fromLocal8Bit(qgetenv("VMI_PYTHON")),
            {QString::fromLocal8Bit(qgetenv("VMI_BOTOCORE_PARSER_SCRIPT")), QStringLiteral("--seed"), seed});
        QVERIFY2(botocore.waitForFinished(120000), qPrintable(botocore.errorString()));
        QVERIFY2(botocore.exitCode() == 0, botocore.readAllStandardError().constData());
        m_cases = QJsonDocument::fromJson(botocore.readAllStandardOutput()).object();
        QVERIFY(m_cases[u"outputs"].toArray().size() > 300);
        QVERIFY(m_cases[u"errors"].toArray().size() > 25);
    }

    void outputsAgreeWithTheCli_data()
    {
        QTest::addColumn<QJsonObject>("c");
        for (const QJsonValue &value : m_cases[u"outputs"].toArray())
            QTest::newRow(qPrintable(value[u"name"].toString())) << value.toObject();
    }

    void outputsAgreeWithTheCli()
    {
        QFETCH(QJsonObject, c);
        const ServiceModel &model =
            ServiceModel::forService(serviceFromSigningName(c[u"service"].toString()).value());
        const QString operation = c[u"operation"].toString();
        AwsError error;
        const QJsonObject parsed = ProtocolCodec::parseOutput(model, operation, responseOf(c), &error);
        QVERIFY2(!error.isError(), qPrintable(error.message));
        if (!sameJson(parsed, c[u"expected"]))
            COMPARE_TEXT(compact(parsed), compact(c[u"expected"].toObject()));
        COMPARE_TEXT(CliJsonPrinter::print(model, operation, parsed), c[u"printed"].toString().toUtf8());
    }

    void errorsAgreeWithBotocore_data()
    {
        QTest::addColumn<QJsonObject>("c");
        for (const QJsonValue &value : m_cases[u"errors"].toArray())
            QTest::newRow(qPrintable(value[u"name"].toString())) << value.toObject();
    }

    void errorsAgreeWithBotocore()
    {
        QFETCH(QJsonObject, c);
        const ServiceModel &model =
            ServiceModel::forService(serviceFromSigningName(c[u"service"].toString()).value());
        const QString operation = c[u"operation"].toString();
        const AwsHttpResponse response = responseOf(c);
        const AwsError error = ProtocolCodec::parseError(model, operation, response);
        QCOMPARE(error.kind, AwsError::Kind::Service);
        QCOMPARE(error.code, c[u"code"].toString());
        QCOMPARE(error.message, c[u"message"].toString());
        QCOMPARE(error.requestId, c[u"requestId"].toString());
        QCOMPARE(error.httpStatus, c[u"status"].toInt());
        QCOMPARE(error.retryable, c[u"retryable"].toBool());
        QCOMPARE(error.toCliText(), c[u"cliText"].toString());
        QCOMPARE(error.operation, operation);

        // parseOutput hands an error status to the same parser.
        AwsError fromOutput;
        QVERIFY(ProtocolCodec::parseOutput(model, operation, response, &fromOutput).isEmpty());
        QCOMPARE(fromOutput.code, error.code);
    }

    void floatReprIsPythons()
    {
        for (const QJsonValue &c : m_cases[u"floats"].toArray()) {
            const QByteArray bits = QByteArray::fromHex(c[0].toString().toLatin1());
            quint64 raw = 0;
            for (char byte : bits)
                raw = (raw << 8) | quint8(byte);
            double value = 0;
            std::memcpy(&value, &raw, sizeof value);
            QCOMPARE(vmi::aws::codec::pyFloatRepr(value), c[1].toString().toLatin1());
        }
    }

    // S3 can answer 200 OK with an <Error> body (CompleteMultipartUpload); botocore's
    // _handle_200_error makes it a retryable 500.
    void s3ErrorIn200IsAnError()
    {
        const ServiceModel &model = ServiceModel::forService(AwsService::S3);
        AwsHttpResponse response;
        response.status = 200;
        response.headers = {{"x-amz-request-id", "R1"}};
        response.body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>InternalError</Code>"
                        "<Message>We encountered an internal error. Please try again.</Message></Error>";
        AwsError error;
        const QJsonObject parsed =
            ProtocolCodec::parseOutput(model, QStringLiteral("CompleteMultipartUpload"), response, &error);
        QVERIFY(parsed.isEmpty());
        QCOMPARE(error.kind, AwsError::Kind::Service);
        QCOMPARE(error.code, QStringLiteral("InternalError"));
        QCOMPARE(error.httpStatus, 500);
        QVERIFY(error.retryable);
        QCOMPARE(error.requestId, QStringLiteral("R1"));

        response.body = "<CompleteMultipartUploadResult><Bucket>b"; // cut off mid-answer
        ProtocolCodec::parseOutput(model, QStringLiteral("CompleteMultipartUpload"), response, &error);
        QCOMPARE(error.code, QStringLiteral("500"));
        QVERIFY(error.retryable);
    }

    void brokenAnswersAreParseErrors()
    {
        AwsHttpResponse response;
        response.status = 200;
        response.body = "<DescribeImportImageTasksResponse><importImageTaskSet><item><encrypted>tru";
        AwsError error;
        ProtocolCodec::parseOutput(ServiceModel::forService(AwsService::Ec2),
                                   QStringLiteral("DescribeImportImageTasks"), response, &error);
        QCOMPARE(error.kind, AwsError::Kind::Parse);

        response.body = "<ListPartsResult><MaxParts>many</MaxParts></ListPartsResult>";
        ProtocolCodec::parseOutput(ServiceModel::forService(AwsService::S3), QStringLiteral("ListParts"),
                                   response, &error);
        QCOMPARE(error.kind, AwsError::Kind::Parse);
    }

    // rest-json integers sent as floats are truncated as Python's int() does; one past qint64
    // (fuzzing found 3.5e70) must not overflow the conversion.
    void restJsonIntegersFromFloats()
    {
        AwsHttpResponse response;
        response.status = 200;
        response.body = R"({"requestId": "r", "image": {"arn": "a", "version": "1.0.0/1",
                            "imageTestsConfiguration": {"timeoutMinutes": 61.9}}})";
        AwsError error;
        const ServiceModel &model = ServiceModel::forService(AwsService::ImageBuilder);
        QJsonObject output = ProtocolCodec::parseOutput(model, QStringLiteral("GetImage"), response, &error);
        QVERIFY(!error.isError());
        QCOMPARE(output[u"image"][u"imageTestsConfiguration"][u"timeoutMinutes"].toInteger(), 61);
        response.body.replace("61.9", "3.5088e70");
        output = ProtocolCodec::parseOutput(model, QStringLiteral("GetImage"), response, &error);
        QVERIFY(!error.isError());
        QCOMPARE(output[u"image"][u"imageTestsConfiguration"][u"timeoutMinutes"].toDouble(), 3.5088e70);
    }

    // Epoch times outside Python datetime's years 1 to 9999 are refused as botocore refuses them,
    // not converted to a 64-bit integer they overflow (fuzzing found 2.25e109 in a KMS answer).
    void epochTimesBeyondYear9999AreParseErrors_data()
    {
        QTest::addColumn<QByteArray>("creationDate");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("2.25e109") << QByteArray("2.25054e+109") << false;
        QTest::newRow("-1e300") << QByteArray("-1e300") << false;
        QTest::newRow("year 10000") << QByteArray("253402300800") << false;
        QTest::newRow("year 0") << QByteArray("-62135596801") << false;
        QTest::newRow("huge text") << QByteArray("\"1e30\"") << false;
        QTest::newRow("last second of 9999") << QByteArray("253402300799.5") << true;
        QTest::newRow("2040") << QByteArray("2250542085.695") << true;
    }
    void epochTimesBeyondYear9999AreParseErrors()
    {
        QFETCH(QByteArray, creationDate);
        QFETCH(bool, accepted);
        AwsHttpResponse response;
        response.status = 200;
        response.body = R"({"Aliases": [{"AliasName": "alias/x", "CreationDate": )" + creationDate + "}]}";
        AwsError error;
        const QJsonObject output = ProtocolCodec::parseOutput(
            ServiceModel::forService(AwsService::Kms), QStringLiteral("ListAliases"), response, &error);
        QCOMPARE(error.kind == AwsError::Kind::Parse, !accepted);
        if (accepted)
            QVERIFY(output[u"Aliases"][0][u"CreationDate"].isString());
    }

    void throttlingCodes()
    {
        AwsError error;
        error.kind = AwsError::Kind::Service;
        for (const char *code : {"Throttling", "RequestLimitExceeded", "SlowDown", "EC2ThrottledException"}) {
            error.code = QLatin1StringView(code);
            QVERIFY2(error.isThrottling(), code);
        }
        error.code = QStringLiteral("InvalidParameter");
        QVERIFY(!error.isThrottling());
    }
};

QTEST_GUILESS_MAIN(TestProtocolParser)
#include "tst_protocol_parser.moc"
