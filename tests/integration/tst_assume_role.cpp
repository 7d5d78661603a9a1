// AssumeRole against moto_server with request authentication on: StsClientAssumeRoleCaller
// builds the Query call through AwsClient, AssumeRoleProvider caches what it returns, and
// the factory stacks a two-role chain from shared-config profiles. The assumed credentials are
// proven to work by a signed GetCallerIdentity that must name the assumed role.

#include "aws/AssumeRoleProvider.h"
#include "aws/CredentialChain.h"
#include "aws/Hashing.h"
#include "aws/SigV4Signer.h"
#include "aws/StsClientAssumeRoleCaller.h"
#include "support/MotoState.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace vmi::aws;

namespace {

struct Result
{
    TimedCredentials credentials;
    AwsError error;
};

template <typename Fetch>
Result waitFor(Fetch fetch)
{
    Result result;
    bool done = false;
    fetch([&](const TimedCredentials &credentials, const AwsError &error) {
        result = {credentials, error};
        done = true;
    });
    QElapsedTimer timer;
    timer.start();
    while (!done && timer.elapsed() < 30000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    if (!done)
        result.error.message = QStringLiteral("TEST: no answer within 30 s");
    return result;
}

// Counts the STS calls the providers make, passing each to the real caller.
class CountingCaller : public StsAssumeRoleCaller
{
public:
    explicit CountingCaller(std::shared_ptr<StsAssumeRoleCaller> real)
        : m_real(std::move(real))
    {}
    void assumeRole(const TimedCredentials &base, const CredentialPlan::RoleStep &step,
                    Callback done) override
    {
        ++calls;
        m_real->assumeRole(base, step, std::move(done));
    }
    int calls = 0;

private:
    std::shared_ptr<StsAssumeRoleCaller> m_real;
};

} // namespace

class TestAssumeRole : public QObject
{
    Q_OBJECT

    MotoState m_moto;
    QNetworkAccessManager m_network;
    QString m_firstRole;
    QString m_secondRole;

    AwsClientConfig stsConfig(const EndpointOverrides &endpoints) const
    {
        AwsClientConfig config;
        config.region = m_moto.region;
        config.endpoints = endpoints;
        config.baseBackoffMs = 20;
        return config;
    }

    EndpointOverrides overrides() const
    {
        EndpointOverrides o;
        o.perServiceEnvironment[AwsService::Sts] = m_moto.endpoint.toString();
        return o;
    }

    std::shared_ptr<CountingCaller> countingCaller()
    {
        return std::make_shared<CountingCaller>(
            std::make_shared<StsClientAssumeRoleCaller>(&m_network, stsConfig(overrides())));
    }

    static CredentialPlan::RoleStep step(const QString &roleArn, const QString &sessionName = {})
    {
        return {QStringLiteral("test-profile"), roleArn, sessionName, {}, 3600};
    }

    // The caller's ARN as STS sees it, from a GetCallerIdentity signed with the credentials.
    QString callerArn(const Credentials &credentials)
    {
        const QByteArray body = "Action=GetCallerIdentity&Version=2011-06-15";
        SignableRequest request;
        request.method = "POST";
        request.headers = {{"Host", m_moto.endpoint.authority().toLatin1()},
                           {"Content-Type", "application/x-www-form-urlencoded; charset=utf-8"}};
        request.payloadHash = sha256Hex(body);
        SigningParams params;
        params.region = m_moto.region;
        params.service = QStringLiteral("sts");
        params.time = QDateTime::currentDateTimeUtc();
        const SigningResult signature = SigV4Signer::signHeaders(request, credentials, params);
        QUrl url = m_moto.endpoint;
        url.setPath(QStringLiteral("/"));
        QNetworkRequest networkRequest(url);
        networkRequest.setRawHeader("Content-Type", "application/x-www-form-urlencoded; charset=utf-8");
        for (const auto &[name, value] : signature.headers)
            networkRequest.setRawHeader(name, value);
        std::unique_ptr<QNetworkReply> reply(m_network.post(networkRequest, body));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        if (!finished.wait(20000))
            return QStringLiteral("TEST: GetCallerIdentity did not finish");
        const QByteArray answer = reply->readAll();
        const qsizetype start = answer.indexOf("<Arn>");
        const qsizetype end = answer.indexOf("</Arn>");
        if (start < 0 || end < 0)
            return QString::fromUtf8(answer);
        return QString::fromUtf8(answer.mid(start + 5, end - start - 5));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_moto = readMotoState();
        // The first role trusts the test user; the second only the first role's session "hop-one",
        // so a chain that assumed it with any other credentials would be refused.
        const QString account = QStringLiteral("123456789012");
        QProcess roles;
        roles.start(
            qEnvironmentVariable("VMI_PYTHON", QStringLiteral("python3")),
            {qEnvironmentVariable("VMI_MOTO_ROLES_SCRIPT"), QStringLiteral("--state"),
             qEnvironmentVariable("VMI_MOTO_STATE"), QStringLiteral("vmimport-test-first=user"),
             QStringLiteral("vmimport-test-second=arn:aws:sts::%1:assumed-role/vmimport-test-first/hop-one")
                 .arg(account)});
        QVERIFY(roles.waitForFinished(60000));
        QVERIFY2(roles.exitCode() == 0, roles.readAllStandardError().constData());
        const QJsonObject arns = QJsonDocument::fromJson(roles.readAllStandardOutput()).object();
        m_firstRole = arns[u"vmimport-test-first"].toString();
        m_secondRole = arns[u"vmimport-test-second"].toString();
        QCOMPARE(m_firstRole, QStringLiteral("arn:aws:iam::%1:role/vmimport-test-first").arg(account));
        QVERIFY(m_secondRole.endsWith(u":role/vmimport-test-second"));
    }

    void theCallerAloneReturnsWorkingCredentials()
    {
        StsClientAssumeRoleCaller sts(&m_network, stsConfig(overrides()));
        CredentialPlan::RoleStep s = step(m_firstRole, QStringLiteral("direct-call"));
        s.externalId = QStringLiteral("ext-42");
        s.durationSeconds = 900;
        const Result r = waitFor([&](auto done) { sts.assumeRole({m_moto.credentials, {}}, s, done); });
        QVERIFY2(!r.error.isError(), qPrintable(r.error.code + u": " + r.error.message));
        QVERIFY(r.credentials.credentials.isValid());
        QVERIFY(!r.credentials.credentials.sessionToken.isEmpty());
        QVERIFY(r.credentials.credentials.accessKeyId != m_moto.credentials.accessKeyId);
        // DurationSeconds was sent and honoured.
        const qint64 lifetime = QDateTime::currentDateTimeUtc().secsTo(r.credentials.expiration);
        QVERIFY2(lifetime > 800 && lifetime <= 900, qPrintable(QString::number(lifetime)));
        QVERIFY(
            callerArn(r.credentials.credentials).endsWith(u":assumed-role/vmimport-test-first/direct-call"));
    }

    void theProviderCachesTheRole()
    {
        const auto sts = countingCaller();
        AssumeRoleProvider provider(new StaticCredentialProvider(m_moto.credentials),
                                    step(m_firstRole, QStringLiteral("cached")), sts);
        const Result first = waitFor([&](auto done) { provider.fetch(done); });
        QVERIFY2(!first.error.isError(), qPrintable(first.error.message));
        const qint64 lifetime = QDateTime::currentDateTimeUtc().secsTo(first.credentials.expiration);
        QVERIFY2(lifetime > 3500 && lifetime <= 3600, qPrintable(QString::number(lifetime)));
        const Result second = waitFor([&](auto done) { provider.fetch(done); });
        QVERIFY(!second.error.isError());
        QCOMPARE(second.credentials.credentials.accessKeyId, first.credentials.credentials.accessKeyId);
        QCOMPARE(sts->calls, 1);
        QVERIFY(
            callerArn(second.credentials.credentials).endsWith(u":assumed-role/vmimport-test-first/cached"));
    }

    void aMissingSessionNameIsBotocores()
    {
        AssumeRoleProvider provider(new StaticCredentialProvider(m_moto.credentials), step(m_firstRole),
                                    countingCaller());
        const Result r = waitFor([&](auto done) { provider.fetch(done); });
        QVERIFY2(!r.error.isError(), qPrintable(r.error.message));
        const QString arn = callerArn(r.credentials.credentials);
        QVERIFY2(arn.contains(u":assumed-role/vmimport-test-first/botocore-session-"), qPrintable(arn));
        QCOMPARE(provider.step().roleSessionName, arn.section(u'/', -1));
    }

    void aChainOfTwoRolesFromProfiles()
    {
        const SharedConfig config = SharedConfig::fromText(
            QStringLiteral(
                "[profile first]\nrole_arn = %1\nsource_profile = base\nrole_session_name = hop-one\n"
                "[profile second]\nrole_arn = %2\nsource_profile = first\nrole_session_name = hop-two\n"
                "region = %3\n")
                .arg(m_firstRole, m_secondRole, m_moto.region),
            QStringLiteral("[base]\naws_access_key_id = %1\naws_secret_access_key = %2\n")
                .arg(m_moto.credentials.accessKeyId, m_moto.credentials.secretAccessKey));
        QVERIFY2(config.errors().isEmpty(), qPrintable(config.errors().join(u'\n')));
        const CredentialPlan plan = CredentialPlanner::plan({QStringLiteral("second"), {}}, config);
        QVERIFY2(plan.isValid(), qPrintable(plan.error));
        QCOMPARE(plan.roleChain.size(), 2);

        const auto sts = countingCaller();
        CredentialChainDependencies dependencies;
        dependencies.sts = sts;
        const std::unique_ptr<CredentialProvider> provider = makeCredentialProvider(plan, dependencies);
        const Result first = waitFor([&](auto done) { provider->fetch(done); });
        QVERIFY2(!first.error.isError(), qPrintable(first.error.message));
        QCOMPARE(sts->calls, 2);
        QVERIFY(
            callerArn(first.credentials.credentials).endsWith(u":assumed-role/vmimport-test-second/hop-two"));
        const Result second = waitFor([&](auto done) { provider->fetch(done); });
        QCOMPARE(second.credentials.credentials.accessKeyId, first.credentials.credentials.accessKeyId);
        QCOMPARE(sts->calls, 2);
    }

    // What makes the chain test mean something: the second role refuses the user's own keys.
    void theSecondRoleRefusesAnyoneButTheFirst()
    {
        AssumeRoleProvider provider(new StaticCredentialProvider(m_moto.credentials),
                                    step(m_secondRole, QStringLiteral("hop-two")), countingCaller());
        const Result r = waitFor([&](auto done) { provider.fetch(done); });
        QCOMPARE(r.error.kind, AwsError::Kind::Credentials);
        QCOMPARE(r.error.code, QStringLiteral("AccessDenied"));
    }

    void theFactoryMakesItsOwnStsCaller()
    {
        CredentialPlan plan;
        plan.source = CredentialPlan::Source::AssumeRole;
        plan.baseSource = CredentialPlan::Source::SharedFile;
        plan.profile = QStringLiteral("roles");
        plan.region = m_moto.region;
        plan.staticCredentials = m_moto.credentials;
        plan.roleChain = {step(m_firstRole, QStringLiteral("factory"))};
        CredentialChainDependencies dependencies;
        dependencies.network = &m_network;
        dependencies.stsClient = stsConfig(overrides());
        const std::unique_ptr<CredentialProvider> provider = makeCredentialProvider(plan, dependencies);
        const Result r = waitFor([&](auto done) { provider->fetch(done); });
        QVERIFY2(!r.error.isError(), qPrintable(r.error.message));
        QVERIFY(callerArn(r.credentials.credentials).endsWith(u":assumed-role/vmimport-test-first/factory"));
    }

    void anUnknownBaseKeyIsATypedError()
    {
        AssumeRoleProvider provider(
            new StaticCredentialProvider(
                {QStringLiteral("AKIAUNKNOWNKEY000000"), m_moto.credentials.secretAccessKey, {}}),
            step(m_firstRole, QStringLiteral("refused")), countingCaller());
        const Result r = waitFor([&](auto done) { provider.fetch(done); });
        QCOMPARE(r.error.kind, AwsError::Kind::Credentials);
        QCOMPARE(r.error.code, QStringLiteral("InvalidClientTokenId"));
        QCOMPARE(r.error.httpStatus, 403);
        QCOMPARE(r.error.service, QStringLiteral("sts"));
        QCOMPARE(r.error.operation, QStringLiteral("AssumeRole"));
        QVERIFY2(
            r.error.message.contains(u"An error occurred (InvalidClientTokenId) when calling the AssumeRole "
                                     u"operation"),
            qPrintable(r.error.message));
        QVERIFY2(r.error.message.contains(m_firstRole), qPrintable(r.error.message));
        QVERIFY(!r.error.retryable);
        QVERIFY(!r.error.message.contains(m_moto.credentials.secretAccessKey));
    }

    void aWrongSecretIsATypedError()
    {
        AssumeRoleProvider provider(
            new StaticCredentialProvider(
                {m_moto.credentials.accessKeyId, QStringLiteral("not-the-secret"), {}}),
            step(m_firstRole, QStringLiteral("refused")), countingCaller());
        const Result r = waitFor([&](auto done) { provider.fetch(done); });
        QCOMPARE(r.error.kind, AwsError::Kind::Credentials);
        QCOMPARE(r.error.code, QStringLiteral("SignatureDoesNotMatch"));
        QCOMPARE(r.error.httpStatus, 403);
    }

    void nothingListeningIsANetworkError()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const quint16 port = server.serverPort();
        server.close();
        EndpointOverrides closed;
        closed.perServiceEnvironment[AwsService::Sts] = QStringLiteral("http://127.0.0.1:%1").arg(port);
        StsClientAssumeRoleCaller sts(&m_network, stsConfig(closed));
        const Result r = waitFor([&](auto done) {
            sts.assumeRole({m_moto.credentials, {}}, step(m_firstRole, QStringLiteral("nobody-listening")),
                           done);
        });
        QCOMPARE(r.error.kind, AwsError::Kind::Network);
        QVERIFY(r.error.retryable);
        QCOMPARE(r.error.httpStatus, 0);
    }
};

QTEST_GUILESS_MAIN(TestAssumeRole)
#include "tst_assume_role.moc"
