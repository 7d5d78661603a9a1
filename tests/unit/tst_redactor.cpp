// The --debug redactor on the shapes secrets really arrive in: STS and SSO answers, a form
// body carrying a presigned URL, credential_process output, the shared credentials file, and
// the signed headers themselves. Every secret must be gone; the fields a reader needs to
// debug (key id prefix, scope, signed headers, ARNs, pagination tokens) must stay.

#include "aws/Redactor.h"

#include <QTest>
#include <QUrl>

using namespace vmi::aws;

namespace {

const QString Secret = QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY");
const QString Token =
    QStringLiteral("IQoJb3JpZ2luX2VjEPT//////////wEaCXVzLWVhc3QtMSJHMEUCIQD6+bPxRfiCY/zEXAMPLE+TOKEN=");
const QString Signature = QStringLiteral("fe5f80f77d5fa3beca038a248ff027d0445342fe2855ddc963176630326f1024");

// Fails naming the secret (shortened) and the text when any of it survived; a 12-character
// slice catches a value that was only partly removed.
void verifyGone(const QString &redacted, const QString &secret)
{
    QVERIFY2(!redacted.contains(secret), qPrintable(u"secret survived in: " + redacted));
    const QString slice = secret.mid(secret.size() / 2 - 6, 12);
    QVERIFY2(!redacted.contains(slice), qPrintable(u"part of a secret survived in: " + redacted));
}

QString presignedUrl()
{
    return QStringLiteral("https://import-bucket.s3.us-east-1.amazonaws.com/disks/vm.vmdk"
                          "?X-Amz-Algorithm=AWS4-HMAC-SHA256"
                          "&X-Amz-Credential=ASIAEXAMPLEKEYID0001%2F20240102%2Fus-east-1%2Fs3%2Faws4_request"
                          "&X-Amz-Date=20240102T030405Z&X-Amz-Expires=604800"
                          "&X-Amz-Security-Token=") +
           QString::fromLatin1(QUrl::toPercentEncoding(Token)) +
           QStringLiteral("&X-Amz-SignedHeaders=host&X-Amz-Signature=") + Signature;
}

} // namespace

class TestRedactor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void authorizationKeepsScopeButNotSignature()
    {
        const QByteArray value = "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20240102/us-east-1/ec2/"
                                 "aws4_request, SignedHeaders=content-type;host;x-amz-date, Signature=" +
                                 Signature.toLatin1();
        const QString redacted = QString::fromLatin1(Redactor::headerValue("Authorization", value));
        verifyGone(redacted, Signature);
        QVERIFY2(!redacted.contains(u"AKIAIOSFODNN7EXAMPLE"), qPrintable(redacted));
        QCOMPARE(redacted,
                 QStringLiteral("AWS4-HMAC-SHA256 Credential=AKIA.../20240102/us-east-1/ec2/aws4_request, "
                                "SignedHeaders=content-type;host;x-amz-date, Signature=REDACTED"));
        // Anything else in Authorization is redacted whole.
        QCOMPARE(Redactor::headerValue("authorization", "Bearer abc.def.ghi"), QByteArray("REDACTED"));
    }

    void tokenAndKeyHeadersAreRedacted()
    {
        QCOMPARE(Redactor::headerValue("X-Amz-Security-Token", Token.toLatin1()), QByteArray("REDACTED"));
        QCOMPARE(Redactor::headerValue("x-amz-sso_bearer_token", "aoaAAAAAGW"), QByteArray("REDACTED"));
        QCOMPARE(Redactor::headerValue("x-amz-server-side-encryption-customer-key", "a2V5"),
                 QByteArray("REDACTED"));
        QCOMPARE(Redactor::headerValue("Content-Type", "application/x-www-form-urlencoded; charset=utf-8"),
                 QByteArray("application/x-www-form-urlencoded; charset=utf-8"));
        QCOMPARE(Redactor::headerValue("X-Amz-Date", "20240102T030405Z"), QByteArray("20240102T030405Z"));
    }

    void assumeRoleResponse()
    {
        // The shape of STS AssumeRole's answer (AWS STS API reference, "Examples").
        const QString xml =
            QStringLiteral(
                "<AssumeRoleResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">\n"
                "  <AssumeRoleResult>\n"
                "    <AssumedRoleUser>\n"
                "      <Arn>arn:aws:sts::123456789012:assumed-role/demo/vmimport</Arn>\n"
                "      <AssumedRoleId>ARO123EXAMPLE123:vmimport</AssumedRoleId>\n"
                "    </AssumedRoleUser>\n"
                "    <Credentials>\n"
                "      <AccessKeyId>ASIAIOSFODNN7EXAMPLE</AccessKeyId>\n"
                "      <SecretAccessKey>%1</SecretAccessKey>\n"
                "      <SessionToken>%2</SessionToken>\n"
                "      <Expiration>2024-01-02T04:04:05Z</Expiration>\n"
                "    </Credentials>\n"
                "    <PackedPolicySize>6</PackedPolicySize>\n"
                "  </AssumeRoleResult>\n"
                "  <ResponseMetadata><RequestId>c6104cbe-af31-11e0-8154</RequestId></ResponseMetadata>\n"
                "</AssumeRoleResponse>\n")
                .arg(Secret, Token);
        const QString redacted = Redactor::body(xml.toUtf8());
        verifyGone(redacted, Secret);
        verifyGone(redacted, Token);
        QVERIFY(redacted.contains(u"<SecretAccessKey>REDACTED</SecretAccessKey>"));
        QVERIFY(redacted.contains(u"<SessionToken>REDACTED</SessionToken>"));
        QVERIFY(redacted.contains(u"<AccessKeyId>ASIAIOSFODNN7EXAMPLE</AccessKeyId>"));
        QVERIFY(redacted.contains(u"<Expiration>2024-01-02T04:04:05Z</Expiration>"));
        QVERIFY(redacted.contains(u"arn:aws:sts::123456789012:assumed-role/demo/vmimport"));
    }

    void xmlWithPrefixesAndAttributes()
    {
        const QString xml = QStringLiteral("<a:SecretAccessKey xmlns:a=\"urn:x\">%1</a:SecretAccessKey>"
                                           "<sessionToken type=\"string\">%2</sessionToken>")
                                .arg(Secret, Token);
        const QString redacted = Redactor::text(xml);
        verifyGone(redacted, Secret);
        verifyGone(redacted, Token);
    }

    void importImageFormBodyWithPresignedUrl()
    {
        // EC2 ImportImage as the Query serializer sends it: the presigned URL is a form value,
        // percent-encoded, so its parameters hide behind %3D and %26.
        const QByteArray body = "Action=ImportImage&Version=2016-11-15&ClientToken=job-7f3a"
                                "&DiskContainer.1.Format=vmdk&DiskContainer.1.Url=" +
                                QUrl::toPercentEncoding(presignedUrl()) +
                                "&DiskContainer.2.UserBucket.S3Bucket=b&DiskContainer.2.UserBucket.S3Key=k"
                                "&NextToken=page-2";
        const QString redacted = Redactor::body(body);
        verifyGone(redacted, Signature);
        verifyGone(redacted, Token);
        verifyGone(redacted, QString::fromLatin1(QUrl::toPercentEncoding(Token)));
        QVERIFY2(!redacted.contains(u"ASIAEXAMPLEKEYID0001"), qPrintable(redacted));
        QVERIFY(redacted.contains(u"Action=ImportImage"));
        QVERIFY(redacted.contains(u"DiskContainer.1.Format=vmdk"));
        QVERIFY(redacted.contains(u"X-Amz-Expires%3D604800"));
        QVERIFY(redacted.contains(u"DiskContainer.2.UserBucket.S3Key=k"));
        // Idempotency and pagination tokens are not secrets and help when reading a log.
        QVERIFY(redacted.contains(u"ClientToken=job-7f3a"));
        QVERIFY(redacted.contains(u"NextToken=page-2"));
    }

    void rawPresignedUrl()
    {
        const QString redacted = Redactor::url(presignedUrl());
        verifyGone(redacted, Signature);
        verifyGone(redacted, QString::fromLatin1(QUrl::toPercentEncoding(Token)));
        QVERIFY(redacted.startsWith(u"https://import-bucket.s3.us-east-1.amazonaws.com/disks/vm.vmdk?"));
        QVERIFY(redacted.contains(u"X-Amz-Signature=REDACTED"));
        QVERIFY(redacted.contains(u"X-Amz-SignedHeaders=host"));
    }

    void presignedUrlInXmlAnswer()
    {
        // DescribeImportImageTasks echoes the disk URL; in XML the '&' are entities.
        QString url = presignedUrl();
        url.replace(u'&', QStringLiteral("&amp;"));
        const QString xml = u"<snapshotDetailSet><item><url>" + url + u"</url></item></snapshotDetailSet>";
        const QString redacted = Redactor::body(xml.toUtf8());
        verifyGone(redacted, Signature);
        verifyGone(redacted, QString::fromLatin1(QUrl::toPercentEncoding(Token)));
        QVERIFY(redacted.contains(u"</url></item></snapshotDetailSet>"));
    }

    void credentialProcessJson()
    {
        // credential_process output (AWS CLI "Sourcing credentials with an external process"),
        // pretty and compact, with a JSON escape inside the secret.
        const QString escapedSecret = QStringLiteral("abc\\\"def\\\\/ghijklmnopqrstuvwxyz0123456789");
        const QString pretty = QStringLiteral("{\n  \"Version\": 1,\n  \"AccessKeyId\": \"ASIAEXAMPLE\",\n"
                                              "  \"SecretAccessKey\": \"%1\",\n  \"SessionToken\" : \"%2\",\n"
                                              "  \"Expiration\": \"2024-01-02T04:04:05Z\"\n}\n")
                                   .arg(escapedSecret, Token);
        QString redacted = Redactor::body(pretty.toUtf8());
        verifyGone(redacted, QStringLiteral("ghijklmnopqrstuvwxyz0123456789"));
        verifyGone(redacted, Token);
        QVERIFY(redacted.contains(u"\"AccessKeyId\": \"ASIAEXAMPLE\""));
        QVERIFY(redacted.contains(u"\"Expiration\": \"2024-01-02T04:04:05Z\""));

        const QString compact =
            QStringLiteral("{\"Version\":1,\"AccessKeyId\":\"ASIAEXAMPLE\",\"SecretAccessKey\":\"%1\","
                           "\"SessionToken\":\"%2\"}")
                .arg(Secret, Token);
        redacted = Redactor::body(compact.toUtf8());
        verifyGone(redacted, Secret);
        verifyGone(redacted, Token);
        QCOMPARE(redacted,
                 QStringLiteral("{\"Version\":1,\"AccessKeyId\":\"ASIAEXAMPLE\",\"SecretAccessKey\":"
                                "\"REDACTED\",\"SessionToken\":\"REDACTED\"}"));
    }

    void ssoAndContainerCredentials()
    {
        // SSO GetRoleCredentials (camelCase), the SSO token cache, ECS container credentials.
        const QString sso =
            QStringLiteral("{\"roleCredentials\":{\"accessKeyId\":\"ASIA1\",\"secretAccessKey\":"
                           "\"%1\",\"sessionToken\":\"%2\",\"expiration\":1704164645000}}")
                .arg(Secret, Token);
        QString redacted = Redactor::body(sso.toUtf8());
        verifyGone(redacted, Secret);
        verifyGone(redacted, Token);

        const QString cache =
            QStringLiteral("{\"startUrl\": \"https://d-1.awsapps.com/start\", \"accessToken\": "
                           "\"%1\", \"refreshToken\": \"%2\", \"clientSecret\": \"%3\"}")
                .arg(Token, Secret, Signature);
        redacted = Redactor::body(cache.toUtf8());
        verifyGone(redacted, Token);
        verifyGone(redacted, Secret);
        verifyGone(redacted, Signature);
        QVERIFY(redacted.contains(u"https://d-1.awsapps.com/start"));

        const QString container =
            QStringLiteral("{\"AccessKeyId\":\"ASIA2\",\"SecretAccessKey\":\"%1\",\"Token\":\"%2\"}")
                .arg(Secret, Token);
        redacted = Redactor::body(container.toUtf8());
        verifyGone(redacted, Secret);
        verifyGone(redacted, Token);
    }

    void sharedCredentialsFileAndEnvironment()
    {
        const QString ini = QStringLiteral("[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\n"
                                           "aws_secret_access_key = %1\naws_session_token=%2\n"
                                           "export AWS_SECRET_ACCESS_KEY=%1\nregion = eu-west-1\n")
                                .arg(Secret, Token);
        const QString redacted = Redactor::text(ini);
        verifyGone(redacted, Secret);
        verifyGone(redacted, Token);
        QVERIFY(redacted.contains(u"region = eu-west-1"));
        QVERIFY(redacted.contains(u"aws_access_key_id = AKIAIOSFODNN7EXAMPLE"));
    }

    void stsFormRequestWithSecrets()
    {
        // Forms that carry secrets as fields: an IAM-style password and a web identity token.
        // (QString::arg would read the %3A of the encoded ARN as a placeholder: concatenate.)
        const QString form = u"Action=AssumeRoleWithWebIdentity&RoleArn=arn%3Aaws%3Aiam%3A%3A1%3Arole%2Fr"
                             u"&WebIdentityToken=" +
                             Signature + u"&Password=" + Secret + u"&Credentials.SessionToken=" + Token;
        const QString redacted = Redactor::text(form);
        verifyGone(redacted, Signature);
        verifyGone(redacted, Secret);
        verifyGone(redacted, Token);
        QVERIFY(redacted.contains(u"RoleArn=arn%3Aaws"));
    }

    void binaryAndLargeBodies()
    {
        QByteArray binary(4096, '\0');
        binary[10] = '\xff';
        QCOMPARE(Redactor::body(binary), QStringLiteral("[4096 bytes of binary data]"));
        QCOMPARE(Redactor::body(QByteArray(2 * 1024 * 1024, 'a')),
                 QStringLiteral("[2097152 bytes not shown]"));
        QCOMPARE(Redactor::body(QByteArray()), QString());

        // Cutting happens after redaction: a secret straddling the cut is still gone.
        const QString xml = QString(90, u'x') +
                            QStringLiteral("<SecretAccessKey>%1</SecretAccessKey>").arg(Secret) +
                            QString(200, u'y');
        const QString cut = Redactor::body(xml.toUtf8(), 120);
        verifyGone(cut, Secret);
        QVERIFY2(cut.endsWith(u" more characters]"), qPrintable(cut));
        QVERIFY(cut.startsWith(QString(90, u'x') + u"<SecretAccessKey>REDACTED"));
    }
};

QTEST_GUILESS_MAIN(TestRedactor)
#include "tst_redactor.moc"
