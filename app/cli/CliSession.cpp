#include "cli/CliSession.h"

#include "aws/AwsClient.h"
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

QString tr(const char *text)
{
    return QCoreApplication::translate("vmi::cli::AwsCommand", text);
}

// AWS_MAX_ATTEMPTS, then max_attempts in the profile, then standard mode's 3.
int maxAttempts(const aws::ConfigSection &profile)
{
    for (const QString &text :
         {qEnvironmentVariable("AWS_MAX_ATTEMPTS"), profile.value(QStringLiteral("max_attempts"))}) {
        bool ok = false;
        const int value = text.toInt(&ok);
        if (ok && value > 0)
            return value;
    }
    return 3;
}

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
        m_err << '\n' << tr("Unable to parse the AWS config files:") << '\n';
        for (const QString &problem : config.errors())
            m_err << "  " << problem << '\n';
        return AwsCliConfigurationError;
    }
    aws::CredentialRequest request;
    request.profileOverride = m_global.profile;
    const aws::CredentialPlan plan = aws::CredentialPlanner::plan(request, config);
    if (!plan.isValid()) {
        m_err << '\n' << plan.error << '\n';
        return AwsCliConfigurationError;
    }
    aws::AwsClientConfig clientConfig;
    clientConfig.region = m_global.region.isEmpty() ? plan.region : m_global.region;
    if (clientConfig.region.isEmpty()) {
        m_err << '\n'
              << tr("You must specify a region. You can also configure your region by running "
                    "\"aws configure\".")
              << '\n';
        return AwsCliConfigurationError;
    }
    clientConfig.endpoints = aws::EndpointOverrides::fromEnvironment(config, plan.profile);
    clientConfig.endpoints.explicitUrl = m_global.endpointUrl;
    clientConfig.inactivityTimeoutMs = m_global.readTimeoutSeconds * 1000;
    clientConfig.maxAttempts = maxAttempts(config.profile(plan.profile));
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
    dependencies.endpointOverrides = clientConfig.endpoints;
    m_credentials = aws::makeCredentialProvider(plan, dependencies);
    m_client = std::make_unique<aws::AwsClient>(&m_network, m_credentials.get(), clientConfig);
    return AwsCliSuccess;
}

aws::AwsError CliSession::call(aws::AwsService service, const QString &operation, const QJsonObject &input,
                               QJsonObject *output, int *attempts)
{
    aws::AwsCall *pending = m_client->call(service, operation, input);
    QEventLoop loop;
    QObject::connect(pending, &aws::AwsCall::finished, &loop, &QEventLoop::quit);
    if (!pending->isFinished())
        loop.exec();
    *output = pending->output();
    *attempts = pending->attempts();
    const aws::AwsError error = pending->error();
    pending->deleteLater();
    return error;
}

int CliSession::configuredMaxAttempts() const
{
    return m_client->config().maxAttempts;
}

} // namespace vmi::cli
