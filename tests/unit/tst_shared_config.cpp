// The AWS CLI's config and credentials files, read as botocore reads them.

#include "aws/ClientConfigReader.h"
#include "aws/SharedConfig.h"

#include <QTemporaryDir>
#include <QTest>

using vmi::aws::ConfigSection;
using vmi::aws::readClientConfig;
using vmi::aws::SharedConfig;

class TestSharedConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The client settings come from the credential plan's profile, or, for keys from the
    // environment (no profile), from AWS_PROFILE's or the default one, as the AWS CLI reads
    // them; AWS_CA_BUNDLE goes before ca_bundle.
    void clientConfigReadsTheProfileTheAwsCliWould()
    {
        const SharedConfig config = SharedConfig::fromText(QStringLiteral("[default]\n"
                                                                          "ca_bundle = /etc/default.pem\n"
                                                                          "max_attempts = 7\n"
                                                                          "[profile work]\n"
                                                                          "ca_bundle = /etc/work.pem\n"),
                                                           QString());
        const QByteArray savedProfile = qgetenv("AWS_PROFILE");
        const QByteArray savedBundle = qgetenv("AWS_CA_BUNDLE");
        const QByteArray savedAttempts = qgetenv("AWS_MAX_ATTEMPTS");
        qunsetenv("AWS_PROFILE");
        qunsetenv("AWS_CA_BUNDLE");
        qunsetenv("AWS_MAX_ATTEMPTS");
        const QString region = QStringLiteral("eu-west-1");

        auto fromEnvironmentKeys = readClientConfig(config, QString(), region);
        QCOMPARE(fromEnvironmentKeys.caBundlePath, QStringLiteral("/etc/default.pem"));
        QCOMPARE(fromEnvironmentKeys.maxAttempts, 7);
        QCOMPARE(readClientConfig(config, QStringLiteral("work"), region).caBundlePath,
                 QStringLiteral("/etc/work.pem"));
        qputenv("AWS_PROFILE", "work");
        QCOMPARE(readClientConfig(config, QString(), region).caBundlePath, QStringLiteral("/etc/work.pem"));
        qputenv("AWS_CA_BUNDLE", "/etc/environment.pem");
        QCOMPARE(readClientConfig(config, QStringLiteral("work"), region).caBundlePath,
                 QStringLiteral("/etc/environment.pem"));

        for (const auto &[name, value] : {std::pair{"AWS_PROFILE", savedProfile},
                                          {"AWS_CA_BUNDLE", savedBundle},
                                          {"AWS_MAX_ATTEMPTS", savedAttempts}}) {
            if (value.isNull())
                qunsetenv(name);
            else
                qputenv(name, value);
        }
    }

    void profilesFromBothFiles()
    {
        const SharedConfig config =
            SharedConfig::fromText(QStringLiteral("[default]\n"
                                                  "region = eu-west-3\n"
                                                  "output = json\n"
                                                  "\n"
                                                  "[profile dev]\n"
                                                  "region=us-east-1\n"
                                                  "role_arn = arn:aws:iam::123456789012:role/x\n"
                                                  "source_profile = default\n"
                                                  "[ignored-without-profile-prefix]\n"
                                                  "region = nowhere\n"),
                                   QStringLiteral("[default]\n"
                                                  "aws_access_key_id = AKIDDEFAULT\n"
                                                  "aws_secret_access_key = secret/with+chars=\n"
                                                  "[ci]\n"
                                                  "AWS_Access_Key_Id: AKIDCI\n"
                                                  "aws_secret_access_key: s\n"
                                                  "aws_session_token = tok\n"));
        QVERIFY2(config.errors().isEmpty(), qPrintable(config.errors().join(u'\n')));
        QCOMPARE(config.profileNames(),
                 (QStringList{QStringLiteral("ci"), QStringLiteral("default"), QStringLiteral("dev")}));
        QVERIFY(!config.hasProfile(QStringLiteral("ignored-without-profile-prefix")));

        const ConfigSection def = config.profile(QStringLiteral("default"));
        QCOMPARE(def.value(QStringLiteral("region")), QStringLiteral("eu-west-3"));
        QCOMPARE(def.value(QStringLiteral("aws_access_key_id")), QStringLiteral("AKIDDEFAULT"));
        QCOMPARE(def.value(QStringLiteral("aws_secret_access_key")), QStringLiteral("secret/with+chars="));

        const ConfigSection ci = config.profile(QStringLiteral("ci"));
        QCOMPARE(ci.value(QStringLiteral("aws_access_key_id")), QStringLiteral("AKIDCI")); // keys lower-cased
        QCOMPARE(ci.value(QStringLiteral("aws_session_token")), QStringLiteral("tok"));

        QCOMPARE(config.profile(QStringLiteral("dev")).value(QStringLiteral("source_profile")),
                 QStringLiteral("default"));
    }

    void credentialsFileWinsOverConfig()
    {
        const SharedConfig config = SharedConfig::fromText(
            QStringLiteral("[profile p]\naws_access_key_id = FROMCONFIG\nregion = r1\n"),
            QStringLiteral("[p]\naws_access_key_id = FROMCREDENTIALS\n"));
        QCOMPARE(config.profile(QStringLiteral("p")).value(QStringLiteral("aws_access_key_id")),
                 QStringLiteral("FROMCREDENTIALS"));
        QCOMPARE(config.profile(QStringLiteral("p")).value(QStringLiteral("region")), QStringLiteral("r1"));
    }

    void nestedSectionsAndServices()
    {
        const SharedConfig config =
            SharedConfig::fromText(QStringLiteral("[profile local]\n"
                                                  "services = local-endpoints\n"
                                                  "s3 =\n"
                                                  "  addressing_style = path\n"
                                                  "  max_concurrent_requests = 20\n"
                                                  "region = us-east-1\n"
                                                  "\n"
                                                  "[services local-endpoints]\n"
                                                  "ec2 =\n"
                                                  "    endpoint_url = http://127.0.0.1:5000\n"
                                                  "s3 =\n"
                                                  "    endpoint_url = http://127.0.0.1:9000\n"),
                                   QString());
        QVERIFY2(config.errors().isEmpty(), qPrintable(config.errors().join(u'\n')));
        const ConfigSection local = config.profile(QStringLiteral("local"));
        QCOMPARE(local.nested.value(QStringLiteral("s3")).value(QStringLiteral("addressing_style")),
                 QStringLiteral("path"));
        QCOMPARE(local.nested.value(QStringLiteral("s3")).value(QStringLiteral("max_concurrent_requests")),
                 QStringLiteral("20"));
        QCOMPARE(local.value(QStringLiteral("region")), QStringLiteral("us-east-1"));
        const ConfigSection services = config.servicesSection(QStringLiteral("local-endpoints"));
        QCOMPARE(services.nested.value(QStringLiteral("ec2")).value(QStringLiteral("endpoint_url")),
                 QStringLiteral("http://127.0.0.1:5000"));
        QCOMPARE(services.nested.value(QStringLiteral("s3")).value(QStringLiteral("endpoint_url")),
                 QStringLiteral("http://127.0.0.1:9000"));
    }

    void commentsWhitespaceAndLineEndings()
    {
        const SharedConfig config = SharedConfig::fromText(
            QStringLiteral(
                "# comment\r\n; another\r\n[default]\r\n  # indented comment\r\nregion = ap-south-1 \r\n"
                "credential_process = /opt/bin/creds --profile \"a b\"\r\n"),
            QString());
        QVERIFY2(config.errors().isEmpty(), qPrintable(config.errors().join(u'\n')));
        const ConfigSection def = config.profile(QStringLiteral("default"));
        QCOMPARE(def.value(QStringLiteral("region")), QStringLiteral("ap-south-1"));
        QCOMPARE(def.value(QStringLiteral("credential_process")),
                 QStringLiteral("/opt/bin/creds --profile \"a b\""));
    }

    void errorsNameTheLine_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("setting before any section")
            << QStringLiteral("region = x\n") << QStringLiteral("line 1");
        QTest::newRow("unclosed header")
            << QStringLiteral("[default\nregion = x\n") << QStringLiteral("line 1");
        QTest::newRow("no delimiter") << QStringLiteral("[default]\n\nregion\n") << QStringLiteral("line 3");
        QTest::newRow("empty key") << QStringLiteral("[default]\n= value\n") << QStringLiteral("line 2");
    }
    void errorsNameTheLine()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        const SharedConfig config = SharedConfig::fromText(text, QString());
        QCOMPARE(config.errors().size(), 1);
        QVERIFY2(config.errors().first().startsWith(QStringLiteral("config: ") + message),
                 qPrintable(config.errors().first()));
    }

    void filesFromTheEnvironment()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile configFile(dir.filePath(QStringLiteral("cfg")));
        QVERIFY(configFile.open(QIODevice::WriteOnly));
        configFile.write("[profile envprofile]\nregion = sa-east-1\n");
        configFile.close();
        qputenv("AWS_CONFIG_FILE", dir.filePath(QStringLiteral("cfg")).toLocal8Bit());
        qputenv("AWS_SHARED_CREDENTIALS_FILE", dir.filePath(QStringLiteral("missing")).toLocal8Bit());
        const SharedConfig config = SharedConfig::load();
        qunsetenv("AWS_CONFIG_FILE");
        qunsetenv("AWS_SHARED_CREDENTIALS_FILE");
        QVERIFY2(config.errors().isEmpty(),
                 qPrintable(config.errors().join(u'\n'))); // a missing file is fine
        QCOMPARE(config.profile(QStringLiteral("envprofile")).value(QStringLiteral("region")),
                 QStringLiteral("sa-east-1"));
    }
};

QTEST_GUILESS_MAIN(TestSharedConfig)
#include "tst_shared_config.moc"
