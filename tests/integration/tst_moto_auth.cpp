// Our SigV4 signer against moto_server with request authentication on: a request signed
// with the test user's key is served, one signed with a wrong secret or an unknown key is
// refused. Proves both that the signer is right and that the fixture really checks.

#include "aws/Hashing.h"
#include "aws/SigV4Signer.h"
#include "support/MotoState.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>

using namespace vmi::aws;

namespace {

struct Response
{
    int status = 0;
    QByteArray body;
};

} // namespace

class TestMotoAuth : public QObject
{
    Q_OBJECT

    MotoState m_moto;
    QNetworkAccessManager m_network;

    Response send(const QByteArray &method, const QByteArray &path, const QByteArray &body,
                  const QList<ByteArrayPair> &extraHeaders, const Credentials &credentials,
                  const QString &service, bool s3Rules)
    {
        SignableRequest request;
        request.method = method;
        request.path = path;
        request.headers = extraHeaders;
        request.headers.append({"Host", m_moto.endpoint.authority().toLatin1()});
        request.payloadHash = sha256Hex(body);

        SigningParams params;
        params.region = m_moto.region;
        params.service = service;
        params.time = QDateTime::currentDateTimeUtc();
        params.s3PathRules = s3Rules;
        params.addContentSha256Header = s3Rules;
        const SigningResult signature = SigV4Signer::signHeaders(request, credentials, params);

        QUrl url = m_moto.endpoint;
        url.setPath(QString::fromLatin1(path));
        QNetworkRequest networkRequest(url);
        for (const auto &[name, value] : extraHeaders)
            networkRequest.setRawHeader(name, value);
        for (const auto &[name, value] : signature.headers)
            networkRequest.setRawHeader(name, value);

        QNetworkReply *reply = m_network.sendCustomRequest(networkRequest, method, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        [&] {
            QVERIFY(finished.wait(20000));
        }();
        Response response{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                          reply->readAll()};
        reply->deleteLater();
        return response;
    }

    Response getCallerIdentity(const Credentials &credentials)
    {
        return send("POST", "/", "Action=GetCallerIdentity&Version=2011-06-15",
                    {{"Content-Type", "application/x-www-form-urlencoded; charset=utf-8"}}, credentials,
                    QStringLiteral("sts"), false);
    }

    Response listBuckets(const Credentials &credentials)
    {
        return send("GET", "/", {}, {}, credentials, QStringLiteral("s3"), true);
    }

private Q_SLOTS:
    void initTestCase() { m_moto = readMotoState(); }

    void stsAcceptsTheRightKey()
    {
        const Response r = getCallerIdentity(m_moto.credentials);
        QCOMPARE(r.status, 200);
        QVERIFY2(r.body.contains(m_moto.userArn.toUtf8()), r.body.constData());
    }

    void stsRefusesAWrongSecret()
    {
        Credentials wrong = m_moto.credentials;
        wrong.secretAccessKey = QStringLiteral("this-is-not-the-secret-key-of-the-user");
        const Response r = getCallerIdentity(wrong);
        QCOMPARE(r.status, 403);
        QVERIFY2(r.body.contains("SignatureDoesNotMatch"), r.body.constData());
    }

    void stsRefusesAnUnknownKey()
    {
        const Response r = getCallerIdentity(
            {QStringLiteral("AKIAUNKNOWNKEY000000"), m_moto.credentials.secretAccessKey, {}});
        QCOMPARE(r.status, 403);
        QVERIFY2(r.body.contains("InvalidClientTokenId"), r.body.constData());
    }

    void s3AcceptsTheRightKey()
    {
        const Response r = listBuckets(m_moto.credentials);
        QCOMPARE(r.status, 200);
        QVERIFY2(r.body.contains("ListAllMyBucketsResult"), r.body.constData());
    }

    void s3RefusesAWrongSecret()
    {
        Credentials wrong = m_moto.credentials;
        wrong.secretAccessKey = QStringLiteral("this-is-not-the-secret-key-of-the-user");
        const Response r = listBuckets(wrong);
        QCOMPARE(r.status, 403);
        QVERIFY2(r.body.contains("SignatureDoesNotMatch"), r.body.constData());
    }
};

QTEST_GUILESS_MAIN(TestMotoAuth)
#include "tst_moto_auth.moc"
