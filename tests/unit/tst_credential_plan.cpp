// Which credentials a profile resolves to, in the AWS CLI's order.

#include "aws/CredentialPlan.h"

#include <QTest>

using namespace vmi::aws;
using Source = CredentialPlan::Source;

namespace {

const QString ConfigText = QStringLiteral("[default]\n"
                                          "region = eu-west-3\n"
                                          "[profile keys]\n"
                                          "region = us-west-2\n"
                                          "[profile process]\n"
                                          "credential_process = /usr/local/bin/get-creds --json\n"
                                          "[profile admin]\n"
                                          "role_arn = arn:aws:iam::111122223333:role/admin\n"
                                          "source_profile = keys\n"
                                          "role_session_name = vmimport\n"
                                          "external_id = ext-1\n"
                                          "duration_seconds = 7200\n"
                                          "[profile chained]\n"
                                          "role_arn = arn:aws:iam::444455556666:role/importer\n"
                                          "source_profile = admin\n"
                                          "[profile via-process]\n"
                                          "role_arn = arn:aws:iam::111122223333:role/p\n"
                                          "source_profile = process\n"
                                          "[profile self]\n"
                                          "role_arn = arn:aws:iam::111122223333:role/self\n"
                                          "source_profile = self\n"
                                          "aws_access_key_id = AKIDSELF\n"
                                          "aws_secret_access_key = selfsecret\n"
                                          "[profile loop-a]\n"
                                          "role_arn = arn:aws:iam::111122223333:role/a\n"
                                          "source_profile = loop-b\n"
                                          "[profile loop-b]\n"
                                          "role_arn = arn:aws:iam::111122223333:role/b\n"
                                          "source_profile = loop-a\n"
                                          "[profile no-source]\n"
                                          "role_arn = arn:aws:iam::111122223333:role/x\n"
                                          "[profile ec2-source]\n"
                                          "role_arn = arn:aws:iam::111122223333:role/x\n"
                                          "credential_source = Ec2InstanceMetadata\n"
                                          "[profile missing-source]\n"
                                          "role_arn = arn:aws:iam::111122223333:role/x\n"
                                          "source_profile = nowhere\n"
                                          "[profile bad-duration]\n"
                                          "role_arn = arn:aws:iam::111122223333:role/x\n"
                                          "source_profile = keys\n"
                                          "duration_seconds = 60\n"
                                          "[profile app-keys]\n"
                                          "region = ca-central-1\n");
const QString CredentialsText = QStringLiteral("[keys]\n"
                                               "aws_access_key_id = AKIDKEYS\n"
                                               "aws_secret_access_key = keyssecret\n"
                                               "aws_session_token = keystoken\n"
                                               "[half]\n"
                                               "aws_access_key_id = AKIDHALF\n");

// Clears the variables the planner reads, for one test.
class CleanEnvironment
{
public:
    CleanEnvironment()
    {
        for (const char *name : Names)
            qunsetenv(name);
    }
    ~CleanEnvironment()
    {
        for (const char *name : Names)
            qunsetenv(name);
    }

private:
    static constexpr const char *Names[] = {"AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY",
                                            "AWS_SESSION_TOKEN", "AWS_PROFILE",
                                            "AWS_REGION",        "AWS_DEFAULT_REGION"};
};

} // namespace

class TestCredentialPlan : public QObject
{
    Q_OBJECT

    SharedConfig m_config = SharedConfig::fromText(ConfigText, CredentialsText);

    CredentialPlan plan(const QString &profile) const
    {
        return CredentialPlanner::plan({profile, {}}, m_config);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_config.errors().isEmpty(), qPrintable(m_config.errors().join(u'\n'))); }

    void environmentKeysComeFirst()
    {
        const CleanEnvironment clean;
        qputenv("AWS_ACCESS_KEY_ID", "AKIDENV");
        qputenv("AWS_SECRET_ACCESS_KEY", "envsecret");
        qputenv("AWS_SESSION_TOKEN", "envtoken");
        const CredentialPlan p = plan({});
        QVERIFY2(p.isValid(), qPrintable(p.error));
        QCOMPARE(p.source, Source::Environment);
        QCOMPARE(p.staticCredentials.accessKeyId, QStringLiteral("AKIDENV"));
        QCOMPARE(p.staticCredentials.sessionToken, QStringLiteral("envtoken"));
        QCOMPARE(p.region, QStringLiteral("eu-west-3")); // the default profile's region
    }

    void anExplicitProfileBeatsEnvironmentKeys()
    {
        const CleanEnvironment clean;
        qputenv("AWS_ACCESS_KEY_ID", "AKIDENV");
        qputenv("AWS_SECRET_ACCESS_KEY", "envsecret");
        const CredentialPlan p = plan(QStringLiteral("keys"));
        QCOMPARE(p.source, Source::SharedFile);
        QCOMPARE(p.staticCredentials.accessKeyId, QStringLiteral("AKIDKEYS"));
        QCOMPARE(p.staticCredentials.sessionToken, QStringLiteral("keystoken"));
        QCOMPARE(p.region, QStringLiteral("us-west-2"));
    }

    void awsProfileAndRegionVariables()
    {
        const CleanEnvironment clean;
        qputenv("AWS_PROFILE", "keys");
        QCOMPARE(plan({}).staticCredentials.accessKeyId, QStringLiteral("AKIDKEYS"));
        qputenv("AWS_DEFAULT_REGION", "ap-south-1");
        QCOMPARE(plan({}).region, QStringLiteral("ap-south-1"));
        qputenv("AWS_REGION", "sa-east-1"); // AWS_REGION wins over AWS_DEFAULT_REGION
        QCOMPARE(plan({}).region, QStringLiteral("sa-east-1"));
    }

    void explicitKeys()
    {
        const CleanEnvironment clean;
        const CredentialPlan p = CredentialPlanner::plan(
            {QStringLiteral("keys"), {QStringLiteral("AKIDGIVEN"), QStringLiteral("given"), {}}}, m_config);
        QCOMPARE(p.source, Source::Explicit);
        QCOMPARE(p.staticCredentials.accessKeyId, QStringLiteral("AKIDGIVEN"));
        QCOMPARE(p.region, QStringLiteral("us-west-2"));
    }

    void credentialProcess()
    {
        const CleanEnvironment clean;
        const CredentialPlan p = plan(QStringLiteral("process"));
        QCOMPARE(p.source, Source::CredentialProcess);
        QCOMPARE(p.credentialProcess, QStringLiteral("/usr/local/bin/get-creds --json"));
    }

    void assumeRoleFromKeys()
    {
        const CleanEnvironment clean;
        const CredentialPlan p = plan(QStringLiteral("admin"));
        QVERIFY2(p.isValid(), qPrintable(p.error));
        QCOMPARE(p.source, Source::AssumeRole);
        QCOMPARE(p.baseSource, Source::SharedFile);
        QCOMPARE(p.baseProfile, QStringLiteral("keys"));
        QCOMPARE(p.staticCredentials.accessKeyId, QStringLiteral("AKIDKEYS"));
        QCOMPARE(p.roleChain.size(), 1);
        QCOMPARE(p.roleChain[0].roleArn, QStringLiteral("arn:aws:iam::111122223333:role/admin"));
        QCOMPARE(p.roleChain[0].roleSessionName, QStringLiteral("vmimport"));
        QCOMPARE(p.roleChain[0].externalId, QStringLiteral("ext-1"));
        QCOMPARE(p.roleChain[0].durationSeconds, 7200);
    }

    void chainedRoles()
    {
        const CleanEnvironment clean;
        const CredentialPlan p = plan(QStringLiteral("chained"));
        QVERIFY2(p.isValid(), qPrintable(p.error));
        QCOMPARE(p.roleChain.size(), 2);
        QCOMPARE(p.roleChain[0].profile, QStringLiteral("admin"));
        QCOMPARE(p.roleChain[1].profile, QStringLiteral("chained"));
        QCOMPARE(p.roleChain[1].durationSeconds, 3600);
        QCOMPARE(p.baseProfile, QStringLiteral("keys"));
    }

    void roleFromProcessAndFromItsOwnKeys()
    {
        const CleanEnvironment clean;
        const CredentialPlan viaProcess = plan(QStringLiteral("via-process"));
        QCOMPARE(viaProcess.baseSource, Source::CredentialProcess);
        QCOMPARE(viaProcess.credentialProcess, QStringLiteral("/usr/local/bin/get-creds --json"));
        const CredentialPlan self = plan(QStringLiteral("self"));
        QVERIFY2(self.isValid(), qPrintable(self.error));
        QCOMPARE(self.baseSource, Source::SharedFile);
        QCOMPARE(self.staticCredentials.accessKeyId, QStringLiteral("AKIDSELF"));
        QCOMPARE(self.roleChain.size(), 1);
    }

    void keychainWhenTheFilesHaveNoKeys()
    {
        const CleanEnvironment clean;
        const CredentialPlan p = plan(QStringLiteral("app-keys"));
        QCOMPARE(p.source, Source::Keychain);
        QCOMPARE(p.baseProfile, QStringLiteral("app-keys"));
        QCOMPARE(p.region, QStringLiteral("ca-central-1"));
        // No files at all: the default profile's keys may live in the keychain.
        const CredentialPlan none = CredentialPlanner::plan({}, SharedConfig());
        QVERIFY(none.isValid());
        QCOMPARE(none.source, Source::Keychain);
        QCOMPARE(none.profile, QStringLiteral("default"));
    }

    void mistakesAreExplained_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown profile")
            << QStringLiteral("nope") << QStringLiteral("\"nope\" is in neither");
        QTest::newRow("loop") << QStringLiteral("loop-a") << QStringLiteral("form a loop");
        QTest::newRow("no source") << QStringLiteral("no-source") << QStringLiteral("no source_profile");
        QTest::newRow("credential_source")
            << QStringLiteral("ec2-source") << QStringLiteral("credential_source");
        QTest::newRow("missing source") << QStringLiteral("missing-source") << QStringLiteral("\"nowhere\"");
        QTest::newRow("bad duration") << QStringLiteral("bad-duration") << QStringLiteral("900 to 43200");
        QTest::newRow("half keys") << QStringLiteral("half") << QStringLiteral("only one of");
    }
    void mistakesAreExplained()
    {
        QFETCH(QString, profile);
        QFETCH(QString, message);
        const CleanEnvironment clean;
        const CredentialPlan p = plan(profile);
        QVERIFY(!p.isValid());
        QVERIFY2(p.error.contains(message), qPrintable(p.error));
    }
};

QTEST_GUILESS_MAIN(TestCredentialPlan)
#include "tst_credential_plan.moc"
