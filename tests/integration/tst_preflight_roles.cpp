// Preflight's service role checks against moto's IAM: VM Import/Export's role must trust
// vmie.amazonaws.com; Image Builder's execution role must exist and trust
// imagebuilder.amazonaws.com, and without one its service-linked role is looked up.

#include "aws/AwsClient.h"
#include "import/AwsSession.h"
#include "import/Preflight.h"
#include "support/MotoState.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace vmi;
using namespace Qt::StringLiterals;
using import::PreflightCheck;

namespace {

QString trustPolicy(const QString &service)
{
    const QJsonObject policy{
        {u"Version"_s, u"2012-10-17"_s},
        {u"Statement"_s, QJsonArray{QJsonObject{{u"Effect"_s, u"Allow"_s},
                                                {u"Principal"_s, QJsonObject{{u"Service"_s, service}}},
                                                {u"Action"_s, u"sts:AssumeRole"_s}}}}};
    return QString::fromUtf8(QJsonDocument(policy).toJson(QJsonDocument::Compact));
}

} // namespace

class TestPreflightRoles : public QObject
{
    Q_OBJECT

    MotoState m_moto;
    QTemporaryDir m_dir;
    import::AwsSession m_session;
    aws::AwsClient *m_client = nullptr;
    QString m_suffix = QUuid::createUuid().toString(QUuid::Id128).left(10);

    void createRole(const QString &name, const QString &service)
    {
        aws::AwsCall *call =
            m_client->call(aws::AwsService::Iam, u"CreateRole"_s,
                           {{u"RoleName"_s, name}, {u"AssumeRolePolicyDocument"_s, trustPolicy(service)}});
        QSignalSpy done(call, &aws::AwsCall::finished);
        QVERIFY(done.wait(30'000));
        QVERIFY2(!call->error().isError(), qPrintable(call->error().toCliText()));
    }

    // The "role" check of a preflight run on `settings`.
    PreflightCheck roleCheck(const ImportSettings &settings)
    {
        import::Preflight preflight(m_client);
        QSignalSpy finished(&preflight, &import::Preflight::finished);
        preflight.start(settings);
        if (preflight.isRunning() && !finished.wait(30'000))
            return {};
        for (const PreflightCheck &check : preflight.checks()) {
            if (check.id == u"role")
                return check;
        }
        return {};
    }

    ImportSettings imageBuilderSettings(const std::optional<QString> &executionRole)
    {
        ImportSettings settings;
        settings.operation = ImportOperation::ImportDiskImage;
        settings.region = m_moto.region;
        settings.imageBuilder.executionRole = executionRole;
        return settings;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_moto = readMotoState();
        qputenv("AWS_ACCESS_KEY_ID", m_moto.credentials.accessKeyId.toUtf8());
        qputenv("AWS_SECRET_ACCESS_KEY", m_moto.credentials.secretAccessKey.toUtf8());
        qunsetenv("AWS_PROFILE");
        qunsetenv("AWS_SESSION_TOKEN");
        qputenv("AWS_CONFIG_FILE", m_dir.filePath(u"no-config"_s).toUtf8());
        qputenv("AWS_SHARED_CREDENTIALS_FILE", m_dir.filePath(u"no-credentials"_s).toUtf8());
        qputenv("AWS_ENDPOINT_URL", m_moto.endpoint.toString().toUtf8());
        QString error;
        m_client = m_session.client(QString(), m_moto.region, &error);
        QVERIFY2(m_client, qPrintable(error));
        createRole(u"ib-exec-"_s + m_suffix, u"imagebuilder.amazonaws.com"_s);
        createRole(u"vmie-only-"_s + m_suffix, u"vmie.amazonaws.com"_s);
    }

    void imageBuilderExecutionRoleThatTrustsImageBuilderPasses()
    {
        // By name and by ARN.
        const QString name = u"ib-exec-"_s + m_suffix;
        for (const QString &role : QStringList{name, u"arn:aws:iam::123456789012:role/"_s + name}) {
            const PreflightCheck check = roleCheck(imageBuilderSettings(role));
            QCOMPARE(check.state, PreflightCheck::State::Passed);
            QVERIFY2(check.message.contains(u"trusts imagebuilder.amazonaws.com"_s),
                     qPrintable(check.message));
        }
    }

    void imageBuilderExecutionRoleThatTrustsAnotherServiceFails()
    {
        const PreflightCheck check = roleCheck(imageBuilderSettings(u"vmie-only-"_s + m_suffix));
        QCOMPARE(check.state, PreflightCheck::State::Failed);
        QVERIFY2(check.message.contains(u"does not trust imagebuilder.amazonaws.com"_s),
                 qPrintable(check.message));
    }

    void missingImageBuilderExecutionRoleFails()
    {
        const PreflightCheck check = roleCheck(imageBuilderSettings(u"no-such-role-"_s + m_suffix));
        QCOMPARE(check.state, PreflightCheck::State::Failed);
        QVERIFY2(check.message.contains(u"does not exist"_s), qPrintable(check.message));
    }

    // Without an execution role, Image Builder's service-linked role stands in; moto has none,
    // which Image Builder would create: a warning, not a failure.
    void noExecutionRoleLooksForTheServiceLinkedRole()
    {
        const PreflightCheck check = roleCheck(imageBuilderSettings(std::nullopt));
        QCOMPARE(check.title, u"Image Builder's service-linked role"_s);
        QCOMPARE(check.state, PreflightCheck::State::Warning);
        QVERIFY2(check.message.contains(u"AWSServiceRoleForImageBuilder"_s), qPrintable(check.message));
    }

    // The EC2 imports' role still has to trust vmie.amazonaws.com, not Image Builder.
    void vmImportRoleMustTrustVmie()
    {
        ImportSettings settings;
        settings.operation = ImportOperation::ImportSnapshot;
        settings.region = m_moto.region;
        settings.ec2.roleName = u"ib-exec-"_s + m_suffix;
        PreflightCheck check = roleCheck(settings);
        QCOMPARE(check.state, PreflightCheck::State::Failed);
        QVERIFY2(check.message.contains(u"does not trust vmie.amazonaws.com"_s), qPrintable(check.message));
        settings.ec2.roleName = u"vmie-only-"_s + m_suffix;
        check = roleCheck(settings);
        QCOMPARE(check.state, PreflightCheck::State::Passed);
    }
};

QTEST_GUILESS_MAIN(TestPreflightRoles)
#include "tst_preflight_roles.moc"
