#include "cli/CliSession.h"

#include "aws/AwsClient.h"
#include "aws/ClientConfigReader.h"
#include "aws/CredentialChain.h"
#include "aws/CredentialPlan.h"
#include "aws/SharedConfig.h"
#include "cli/AwsCommand.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QTextStream>

namespace vmi::cli {

namespace {

// Every string of this file under one context, the one lupdate files Tr::tr() calls under
// (a plain tr() in a free function would be filed under the enclosing namespace instead).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vmi::cli::AwsCommand)
};

} // namespace

CliSession::CliSession(const GlobalOptions &global, QTextStream &err)
    : m_global(global)
    , m_err(err)
{}

CliSession::~CliSession() = default;

int CliSession::setUp()
{
    const aws::SharedConfig config = aws::SharedConfig::load();
    if (!config.errors().isEmpty()) {
        m_err << '\n' << Tr::tr("Unable to parse the AWS config files:") << '\n';
        for (const QString &problem : config.errors())
            m_err << "  " << problem << '\n';
        return AwsCliConfigurationError;
    }
    // The AWS CLI's words and status for a profile that exists nowhere (botocore's
    // ProfileNotFound), so scripts that look for them keep working.
    const QString profile =
        m_global.profile.isEmpty() ? qEnvironmentVariable("AWS_PROFILE") : m_global.profile;
    if (!profile.isEmpty() && profile != u"default" && !config.hasProfile(profile)) {
        m_err << '\n' << Tr::tr("The config profile (%1) could not be found").arg(profile) << '\n';
        return AwsCliGeneralError;
    }
    aws::CredentialRequest request;
    request.profileOverride = m_global.profile;
    const aws::CredentialPlan plan = aws::CredentialPlanner::plan(request, config);
    if (!plan.isValid()) {
        m_err << '\n' << plan.error << '\n';
        return AwsCliConfigurationError;
    }
    if (const QString problem = aws::clientConfigProblem(config, plan.profile); !problem.isEmpty()) {
        m_err << '\n' << problem << '\n';
        return AwsCliConfigurationError;
    }
    aws::AwsClientConfig clientConfig = aws::readClientConfig(
        config, plan.profile, m_global.region.isEmpty() ? plan.region : m_global.region);
    if (clientConfig.region.isEmpty()) {
        m_err << '\n'
              << Tr::tr("You must specify a region. You can also configure your region by running "
                        "\"aws configure\".")
              << '\n';
        return AwsCliConfigurationError;
    }
    clientConfig.endpoints.explicitUrl = m_global.endpointUrl;
    if (!m_global.caBundle.isEmpty())
        clientConfig.caBundlePath = m_global.caBundle;
    clientConfig.inactivityTimeoutMs = m_global.readTimeoutSeconds * 1000;
    if (m_global.debug) {
        QTextStream &err = m_err;
        clientConfig.debugSink = [&err](const QString &line) {
            err << QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) << " vmimport: " << line
                << '\n';
            err.flush();
        };
    }
    aws::CredentialChainDependencies dependencies;
    dependencies.keychain = &m_keychain;
    dependencies.network = &m_network;
    // STS for role profiles: the command's region, retries and --debug, but not its
    // --endpoint-url (that names the command's service only, as in the AWS CLI).
    dependencies.stsClient = clientConfig;
    dependencies.stsClient.endpoints.explicitUrl.clear();
    m_credentials = aws::makeCredentialProvider(plan, dependencies);
    m_client = std::make_unique<aws::AwsClient>(&m_network, m_credentials.get(), clientConfig);
    return AwsCliSuccess;
}

aws::AwsError CliSession::call(aws::AwsService service, const QString &operation, const QJsonObject &input,
                               QJsonObject *output, int *attempts)
{
    aws::AwsCall *pending = m_client->call(service, operation, input);
    // The results are copied when the call finishes: the call deletes itself afterwards.
    aws::AwsError error;
    bool finished = false;
    QEventLoop loop;
    QObject::connect(pending, &aws::AwsCall::finished, &loop, [&] {
        error = pending->error();
        *output = pending->output();
        *attempts = pending->attempts();
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
    return error;
}

int CliSession::configuredMaxAttempts() const
{
    return m_client->config().maxAttempts;
}

} // namespace vmi::cli
