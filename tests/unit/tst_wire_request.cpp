// Where a serialized request goes and what it carries: S3's bucket in the host or the path,
// endpoints with ports and base paths, the query as encoded, and the headers the client owns.

#include "aws/Hashing.h"
#include "aws/WireRequest.h"

#include <QSet>
#include <QTest>
#include <QTimeZone>

using namespace vmi::aws;

namespace {

const Credentials Keys{
    QStringLiteral("AKIDEXAMPLE"), QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"), {}};
const QDateTime Time = QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5), QTimeZone::utc());

Endpoint endpoint(const QString &url, const QString &service)
{
    return {QUrl(url), QStringLiteral("eu-west-1"), service, true};
}

AwsHttpRequest s3Request(const QString &bucket, const QByteArray &keyPath)
{
    AwsHttpRequest request;
    request.method = "PUT";
    request.s3Bucket = bucket;
    request.path = '/' + bucket.toUtf8() + keyPath;
    request.body = "data";
    return request;
}

WireRequest prepare(AwsService service, const AwsHttpRequest &request, const Endpoint &where,
                    S3AddressingStyle style = S3AddressingStyle::Auto)
{
    return WireRequest::prepare(service, request, where, style, Keys, Time, "vmimport/test");
}

} // namespace

class TestWireRequest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void s3VirtualHostedStyleMovesTheBucketToTheHost()
    {
        const Endpoint aws = EndpointResolver::resolve(AwsService::S3, QStringLiteral("eu-west-1"), {});
        const WireRequest wire =
            prepare(AwsService::S3, s3Request(QStringLiteral("my-bucket"), "/a%20b/c.vmdk"), aws);
        QCOMPARE(wire.url.toEncoded(),
                 QByteArray("https://my-bucket.s3.eu-west-1.amazonaws.com/a%20b/c.vmdk"));
        QCOMPARE(wire.header("Host"), QByteArray("my-bucket.s3.eu-west-1.amazonaws.com"));
        QVERIFY(wire.header("Authorization").contains("/eu-west-1/s3/aws4_request"));
        QCOMPARE(wire.header("x-amz-content-sha256"), sha256Hex("data"));

        // A bucket-level request has the root path once the bucket is in the host.
        AwsHttpRequest create = s3Request(QStringLiteral("my-bucket"), "");
        QCOMPARE(prepare(AwsService::S3, create, aws).url.toEncoded(),
                 QByteArray("https://my-bucket.s3.eu-west-1.amazonaws.com/"));
    }

    void s3PathStyleWhenTheBucketIsNoDnsLabel()
    {
        const Endpoint aws = EndpointResolver::resolve(AwsService::S3, QStringLiteral("eu-west-1"), {});
        const WireRequest wire = prepare(AwsService::S3, s3Request(QStringLiteral("my.bucket"), "/k"), aws);
        QCOMPARE(wire.url.toEncoded(), QByteArray("https://s3.eu-west-1.amazonaws.com/my.bucket/k"));
        QCOMPARE(wire.header("Host"), QByteArray("s3.eu-west-1.amazonaws.com"));
        // Forced virtual style wins over Auto's choice, forced path style over a DNS name.
        QCOMPARE(
            prepare(AwsService::S3, s3Request(QStringLiteral("bucket"), "/k"), aws, S3AddressingStyle::Path)
                .url.toEncoded(),
            QByteArray("https://s3.eu-west-1.amazonaws.com/bucket/k"));
        const Endpoint local = endpoint(QStringLiteral("http://127.0.0.1:9000"), QStringLiteral("s3"));
        QCOMPARE(prepare(AwsService::S3, s3Request(QStringLiteral("bucket"), "/k"), local).url.toEncoded(),
                 QByteArray("http://127.0.0.1:9000/bucket/k"));
        QCOMPARE(prepare(AwsService::S3, s3Request(QStringLiteral("bucket"), "/k"), local).header("Host"),
                 QByteArray("127.0.0.1:9000"));
    }

    void hostHeaderDropsOnlyTheDefaultPort()
    {
        QCOMPARE(WireRequest::hostHeader(QUrl(QStringLiteral("https://ec2.eu-west-1.amazonaws.com:443"))),
                 QByteArray("ec2.eu-west-1.amazonaws.com"));
        QCOMPARE(WireRequest::hostHeader(QUrl(QStringLiteral("http://localhost:80"))),
                 QByteArray("localhost"));
        QCOMPARE(WireRequest::hostHeader(QUrl(QStringLiteral("https://localhost:80"))),
                 QByteArray("localhost:80"));
        QCOMPARE(WireRequest::hostHeader(QUrl(QStringLiteral("http://[::1]:4566"))),
                 QByteArray("[::1]:4566"));
        QCOMPARE(WireRequest::hostHeader(QUrl(QStringLiteral("https://user:pw@example.com:8443"))),
                 QByteArray("example.com:8443"));
        // The URL sent matches the Host header, so Qt's own Host would agree too.
        const WireRequest wire = prepare(
            AwsService::Ec2, AwsHttpRequest{},
            endpoint(QStringLiteral("https://ec2.eu-west-1.amazonaws.com:443"), QStringLiteral("ec2")));
        QCOMPARE(wire.url.toEncoded(), QByteArray("https://ec2.eu-west-1.amazonaws.com/"));
    }

    void endpointBasePathStaysInFront()
    {
        AwsHttpRequest request;
        request.method = "PUT";
        request.path = "/ImportDiskImage";
        const WireRequest wire =
            prepare(AwsService::ImageBuilder, request,
                    endpoint(QStringLiteral("https://proxy.example/aws/ib"), QStringLiteral("imagebuilder")));
        QCOMPARE(wire.url.toEncoded(), QByteArray("https://proxy.example/aws/ib/ImportDiskImage"));
        QCOMPARE(prepare(AwsService::S3, s3Request(QStringLiteral("b"), "/k"),
                         endpoint(QStringLiteral("http://127.0.0.1:9000/s3"), QStringLiteral("s3")))
                     .url.toEncoded(),
                 QByteArray("http://127.0.0.1:9000/s3/b/k"));
    }

    void queryIsEncodedOnceWithBareSubresources()
    {
        AwsHttpRequest request;
        request.method = "GET";
        request.path = "/";
        request.query = {{"uploads", ""}, {"prefix", "a b/ü"}, {"x", "1+1=2&"}};
        const WireRequest wire = prepare(
            AwsService::S3, request, endpoint(QStringLiteral("https://s3.example"), QStringLiteral("s3")));
        QCOMPARE(wire.url.toEncoded(),
                 QByteArray("https://s3.example/?uploads&prefix=a%20b%2F%C3%BC&x=1%2B1%3D2%26"));
    }

    void clientOwnsItsHeadersAndJoinsRepeats()
    {
        AwsHttpRequest request = s3Request(QStringLiteral("bucket"), "/k");
        request.headers = {
            {"Host", "evil.example"}, {"Authorization", "x"},     {"X-Amz-Date", "19700101T000000Z"},
            {"User-Agent", "other"},  {"Content-Length", "99"},   {"x-amz-meta-a", "1"},
            {"X-Amz-Meta-A", "2"},    {"Accept-Encoding", "gzip"}};
        const WireRequest wire = prepare(
            AwsService::S3, request, endpoint(QStringLiteral("http://127.0.0.1:9000"), QStringLiteral("s3")));
        QCOMPARE(wire.header("Host"), QByteArray("127.0.0.1:9000"));
        QCOMPARE(wire.header("X-Amz-Date"), QByteArray("20240102T030405Z"));
        QCOMPARE(wire.header("User-Agent"), QByteArray("vmimport/test"));
        QCOMPARE(wire.header("Content-Length"), QByteArray());
        QCOMPARE(wire.header("x-amz-meta-a"), QByteArray("1,2"));
        QCOMPARE(wire.header("Accept-Encoding"), QByteArray("gzip")); // the caller's choice stays
        QVERIFY(wire.header("Authorization").startsWith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20240102/"));
        QVERIFY(wire.header("Authorization")
                    .contains(
                        "SignedHeaders=accept-encoding;host;x-amz-content-sha256;x-amz-date;x-amz-meta-a,"));
        // One entry per name: QNetworkRequest keeps one value per name.
        QSet<QByteArray> names;
        for (const auto &[name, value] : wire.headers)
            names.insert(name.toLower());
        QCOMPARE(names.size(), wire.headers.size());
    }

    void sessionTokenAndUnsignedPayload()
    {
        AwsHttpRequest request = s3Request(QStringLiteral("bucket"), "/part");
        request.unsignedPayload = true;
        Credentials withToken = Keys;
        withToken.sessionToken = QStringLiteral("token/+=");
        const WireRequest wire = WireRequest::prepare(
            AwsService::S3, request, endpoint(QStringLiteral("http://127.0.0.1:9000"), QStringLiteral("s3")),
            S3AddressingStyle::Auto, withToken, Time, "ua");
        QCOMPARE(wire.header("X-Amz-Security-Token"), QByteArray("token/+="));
        QCOMPARE(wire.header("x-amz-content-sha256"), QByteArray("UNSIGNED-PAYLOAD"));
        QCOMPARE(wire.body, QByteArray("data"));
    }

    void pathsQtWouldRewriteAreNamed()
    {
        const Endpoint local = endpoint(QStringLiteral("http://127.0.0.1:9000"), QStringLiteral("s3"));
        const auto reason = [&](const QByteArray &keyPath) {
            return WireRequest::unsendableReason(AwsService::S3, s3Request(QStringLiteral("b"), keyPath),
                                                 local, S3AddressingStyle::Auto);
        };
        QVERIFY(reason("/a/b.vmdk").isEmpty());
        QVERIFY(reason("/.hidden/a..b/...").isEmpty());
        QVERIFY(reason("/a//b").isEmpty());
        QVERIFY(!reason("/a/../b").isEmpty());
        QVERIFY(!reason("/./b").isEmpty());
        QVERIFY(!reason("/a/%2e%2E/b").isEmpty());
        QVERIFY2(!reason("/a/.b/c").isEmpty(), "Qt 6.4 drops two-character dot segments; if it no longer "
                                               "does, this check may be relaxed");
    }
};

QTEST_GUILESS_MAIN(TestWireRequest)
#include "tst_wire_request.moc"
