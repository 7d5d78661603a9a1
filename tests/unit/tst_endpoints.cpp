// Region -> endpoint (compared with botocore's own resolution), the SDKs' override order,
// and S3's path versus virtual-hosted addressing.

#include "aws/Endpoints.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace vmi::aws;

namespace {

const AwsService AllServices[] = {AwsService::Ec2, AwsService::S3,  AwsService::ImageBuilder,
                                  AwsService::Iam, AwsService::Kms, AwsService::Sts};

// Sets environment variables for one scope, restoring them afterwards.
class ScopedEnvironment
{
public:
    explicit ScopedEnvironment(std::initializer_list<std::pair<const char *, QByteArray>> values)
    {
        for (const auto &[name, value] : values) {
            m_saved.append({name, qgetenv(name), qEnvironmentVariableIsSet(name)});
            qputenv(name, value);
        }
    }
    ~ScopedEnvironment()
    {
        for (const Saved &saved : m_saved) {
            if (saved.wasSet)
                qputenv(saved.name, saved.value);
            else
                qunsetenv(saved.name);
        }
    }

private:
    struct Saved
    {
        const char *name;
        QByteArray value;
        bool wasSet;
    };
    QList<Saved> m_saved;
};

} // namespace

class TestEndpoints : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsMatchBotocore()
    {
        const QStringList regions{QStringLiteral("us-east-1"),      QStringLiteral("eu-west-3"),
                                  QStringLiteral("ap-southeast-5"), QStringLiteral("cn-north-1"),
                                  QStringLiteral("cn-northwest-1"), QStringLiteral("us-gov-west-1"),
                                  QStringLiteral("us-gov-east-1"),  QStringLiteral("il-central-1")};
        QProcess botocore;
        botocore.start(QString::fromLocal8Bit(qgetenv("VMI_PYTHON")),
                       QStringList{QString::fromLocal8Bit(qgetenv("VMI_BOTOCORE_ENDPOINTS_SCRIPT"))} +
                           regions);
        QVERIFY(botocore.waitForFinished(120000));
        QVERIFY2(botocore.exitCode() == 0, botocore.readAllStandardError().constData());
        const QJsonObject expected = QJsonDocument::fromJson(botocore.readAllStandardOutput()).object();
        QCOMPARE(expected.size(), regions.size());

        int compared = 0;
        for (const QString &region : regions) {
            for (const AwsService service : AllServices) {
                const Endpoint endpoint = EndpointResolver::resolve(service, region, {});
                const QString want = expected[region][namesOf(service).signingName].toString();
                QVERIFY(!want.isEmpty());
                QCOMPARE(endpoint.url.toString(), want);
                QVERIFY(!endpoint.custom);
                ++compared;
            }
        }
        QCOMPARE(compared, 48);
    }

    void signingRegions()
    {
        QCOMPARE(EndpointResolver::resolve(AwsService::Iam, QStringLiteral("eu-west-3"), {}).signingRegion,
                 QStringLiteral("us-east-1"));
        QCOMPARE(
            EndpointResolver::resolve(AwsService::Iam, QStringLiteral("cn-northwest-1"), {}).signingRegion,
            QStringLiteral("cn-north-1"));
        QCOMPARE(
            EndpointResolver::resolve(AwsService::Iam, QStringLiteral("us-gov-east-1"), {}).signingRegion,
            QStringLiteral("us-gov-west-1"));
        QCOMPARE(EndpointResolver::resolve(AwsService::Ec2, QStringLiteral("eu-west-3"), {}).signingRegion,
                 QStringLiteral("eu-west-3"));
        QCOMPARE(
            EndpointResolver::resolve(AwsService::ImageBuilder, QStringLiteral("eu-west-3"), {}).signingName,
            QStringLiteral("imagebuilder"));
    }

    void regionNames_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<bool>("wellFormed");
        QTest::newRow("us-east-1") << QStringLiteral("us-east-1") << true;
        QTest::newRow("us-gov-west-1") << QStringLiteral("us-gov-west-1") << true;
        QTest::newRow("cn-northwest-1") << QStringLiteral("cn-northwest-1") << true;
        QTest::newRow("upper case") << QStringLiteral("US-EAST-1") << false;
        QTest::newRow("availability zone") << QStringLiteral("us-east-1a") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("spaces") << QStringLiteral("us east 1") << false;
    }
    void regionNames()
    {
        QFETCH(QString, region);
        QFETCH(bool, wellFormed);
        QCOMPARE(isWellFormedRegion(region), wellFormed);
    }

    void overridesInTheSdksOrder()
    {
        const SharedConfig config =
            SharedConfig::fromText(QStringLiteral("[default]\n"
                                                  "endpoint_url = http://profile:1\n"
                                                  "services = svc\n"
                                                  "[services svc]\n"
                                                  "ec2 =\n"
                                                  "  endpoint_url = http://services-ec2:2/\n"),
                                   QString());
        const QString region = QStringLiteral("eu-west-1");
        const auto urlOf = [&](AwsService service, const QString &explicitUrl = {}) {
            EndpointOverrides overrides =
                EndpointOverrides::fromEnvironment(config, QStringLiteral("default"));
            overrides.explicitUrl = explicitUrl;
            return EndpointResolver::resolve(service, region, overrides).url.toString();
        };

        // Profile only: the [services] entry beats the profile's endpoint_url.
        QCOMPARE(urlOf(AwsService::Ec2), QStringLiteral("http://services-ec2:2"));
        QCOMPARE(urlOf(AwsService::S3), QStringLiteral("http://profile:1"));
        {
            const ScopedEnvironment env{{"AWS_ENDPOINT_URL", "http://env-all:3"}};
            QCOMPARE(urlOf(AwsService::Ec2), QStringLiteral("http://env-all:3"));
            QCOMPARE(urlOf(AwsService::Kms), QStringLiteral("http://env-all:3"));
            const ScopedEnvironment perService{{"AWS_ENDPOINT_URL_EC2", "http://env-ec2:4"},
                                               {"AWS_ENDPOINT_URL_IMAGEBUILDER", "http://env-ib:5"}};
            QCOMPARE(urlOf(AwsService::Ec2), QStringLiteral("http://env-ec2:4"));
            QCOMPARE(urlOf(AwsService::ImageBuilder), QStringLiteral("http://env-ib:5"));
            QCOMPARE(urlOf(AwsService::Sts), QStringLiteral("http://env-all:3"));
            QCOMPARE(urlOf(AwsService::Ec2, QStringLiteral("http://explicit:6")),
                     QStringLiteral("http://explicit:6"));
            const ScopedEnvironment ignore{{"AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "true"}};
            QCOMPARE(urlOf(AwsService::Ec2), QStringLiteral("https://ec2.eu-west-1.amazonaws.com"));
            QCOMPARE(urlOf(AwsService::Ec2, QStringLiteral("http://explicit:6")),
                     QStringLiteral("http://explicit:6"));
        }
        const Endpoint custom = EndpointResolver::resolve(
            AwsService::Ec2, region, EndpointOverrides::fromEnvironment(config, QStringLiteral("default")));
        QVERIFY(custom.custom);
        QCOMPARE(custom.signingRegion, region);
    }

    void s3Addressing_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<int>("style");
        QTest::addColumn<QString>("bucket");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QByteArray>("wirePath");

        const int autoStyle = int(S3AddressingStyle::Auto);
        QTest::newRow("aws: virtual hosted")
            << QStringLiteral("https://s3.eu-west-3.amazonaws.com") << autoStyle
            << QStringLiteral("my-bucket") << QStringLiteral("disks/vm 1.vmdk")
            << QStringLiteral("https://my-bucket.s3.eu-west-3.amazonaws.com/disks/vm%201.vmdk")
            << QByteArray("/disks/vm%201.vmdk");
        QTest::newRow("localhost: path style")
            << QStringLiteral("http://localhost:9000") << autoStyle << QStringLiteral("my-bucket")
            << QStringLiteral("a/b.raw") << QStringLiteral("http://localhost:9000/my-bucket/a/b.raw")
            << QByteArray("/my-bucket/a/b.raw");
        QTest::newRow("IPv4: path style")
            << QStringLiteral("http://127.0.0.1:5000") << autoStyle << QStringLiteral("b1")
            << QStringLiteral("k") << QStringLiteral("http://127.0.0.1:5000/b1/k") << QByteArray("/b1/k");
        QTest::newRow("IPv6: path style")
            << QStringLiteral("http://[::1]:5000") << autoStyle << QStringLiteral("b1") << QStringLiteral("k")
            << QStringLiteral("http://[::1]:5000/b1/k") << QByteArray("/b1/k");
        QTest::newRow("dotted bucket: path style")
            << QStringLiteral("https://s3.eu-west-3.amazonaws.com") << autoStyle
            << QStringLiteral("my.bucket") << QStringLiteral("k")
            << QStringLiteral("https://s3.eu-west-3.amazonaws.com/my.bucket/k") << QByteArray("/my.bucket/k");
        QTest::newRow("configured path")
            << QStringLiteral("https://s3.eu-west-3.amazonaws.com") << int(S3AddressingStyle::Path)
            << QStringLiteral("bkt") << QStringLiteral("k")
            << QStringLiteral("https://s3.eu-west-3.amazonaws.com/bkt/k") << QByteArray("/bkt/k");
        QTest::newRow("reserved and unicode key")
            << QStringLiteral("http://127.0.0.1:5000") << autoStyle << QStringLiteral("b1")
            << QStringLiteral("d/été+(1)*!'~.vmdk")
            << QStringLiteral("http://127.0.0.1:5000/b1/d/%C3%A9t%C3%A9%2B%281%29%2A%21%27~.vmdk")
            << QByteArray("/b1/d/%C3%A9t%C3%A9%2B%281%29%2A%21%27~.vmdk");
        QTest::newRow("endpoint with base path")
            << QStringLiteral("http://127.0.0.1:5000/proxy") << autoStyle << QStringLiteral("b1")
            << QStringLiteral("k") << QStringLiteral("http://127.0.0.1:5000/proxy/b1/k")
            << QByteArray("/proxy/b1/k");
    }
    void s3Addressing()
    {
        QFETCH(QString, endpoint);
        QFETCH(int, style);
        QFETCH(QString, bucket);
        QFETCH(QString, key);
        QFETCH(QString, url);
        QFETCH(QByteArray, wirePath);

        const Endpoint e{QUrl(endpoint), QStringLiteral("eu-west-3"), QStringLiteral("s3"), false};
        const S3Location location = s3Location(e, bucket, key, S3AddressingStyle(style));
        QCOMPARE(location.wirePath, wirePath);
        // What QNetworkAccessManager will send must be exactly what was signed.
        QCOMPARE(location.url.toString(QUrl::FullyEncoded), url);
        QCOMPARE(location.url.path(QUrl::FullyEncoded).toUtf8(), wirePath);
    }

    void s3AddressingFromProfile()
    {
        const SharedConfig config =
            SharedConfig::fromText(QStringLiteral("[profile a]\ns3 =\n  addressing_style = path\n[profile "
                                                  "b]\ns3 =\n  addressing_style = virtual\n"),
                                   QString());
        QCOMPARE(s3AddressingStyleOf(config.profile(QStringLiteral("a"))), S3AddressingStyle::Path);
        QCOMPARE(s3AddressingStyleOf(config.profile(QStringLiteral("b"))), S3AddressingStyle::Virtual);
        QCOMPARE(s3AddressingStyleOf(config.profile(QStringLiteral("none"))), S3AddressingStyle::Auto);
    }
};

QTEST_GUILESS_MAIN(TestEndpoints)
#include "tst_endpoints.moc"
