#include "aws/Endpoints.h"

#include "aws/SigV4Signer.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace vmi::aws {

namespace {

constexpr AwsService AllServices[] = {AwsService::Ec2, AwsService::S3,  AwsService::ImageBuilder,
                                      AwsService::Iam, AwsService::Kms, AwsService::Sts};

QString withoutTrailingSlash(QString url)
{
    while (url.endsWith(u'/'))
        url.chop(1);
    return url;
}

bool isTrue(const QString &value)
{
    return value.compare(u"true", Qt::CaseInsensitive) == 0;
}

// A bucket that can be the first label of a host name under TLS: lower-case letters,
// digits and hyphens (dots would break the certificate's wildcard).
bool isDnsCompatibleBucket(const QString &bucket)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$"));
    return pattern.match(bucket).hasMatch() && !bucket.contains(QStringLiteral("--"));
}

bool isIpOrLocalhost(const QString &host)
{
    return host == u"localhost" || !QHostAddress(host).isNull();
}

} // namespace

ServiceNames namesOf(AwsService service)
{
    switch (service) {
    case AwsService::Ec2:
        return {QStringLiteral("ec2"), QStringLiteral("EC2"), QStringLiteral("ec2")};
    case AwsService::S3:
        return {QStringLiteral("s3"), QStringLiteral("S3"), QStringLiteral("s3")};
    case AwsService::ImageBuilder:
        return {QStringLiteral("imagebuilder"), QStringLiteral("IMAGEBUILDER"),
                QStringLiteral("imagebuilder")};
    case AwsService::Iam:
        return {QStringLiteral("iam"), QStringLiteral("IAM"), QStringLiteral("iam")};
    case AwsService::Kms:
        return {QStringLiteral("kms"), QStringLiteral("KMS"), QStringLiteral("kms")};
    case AwsService::Sts:
        return {QStringLiteral("sts"), QStringLiteral("STS"), QStringLiteral("sts")};
    }
    Q_UNREACHABLE();
}

std::optional<AwsService> serviceFromSigningName(const QString &name)
{
    for (const AwsService service : {AwsService::Ec2, AwsService::S3, AwsService::ImageBuilder,
                                     AwsService::Iam, AwsService::Kms, AwsService::Sts}) {
        if (namesOf(service).signingName == name)
            return service;
    }
    return std::nullopt;
}

Partition partitionOf(const QString &region)
{
    if (region.startsWith(u"cn-"))
        return {QStringLiteral("aws-cn"), QStringLiteral("amazonaws.com.cn"), QStringLiteral("cn-north-1")};
    if (region.startsWith(u"us-gov-"))
        return {QStringLiteral("aws-us-gov"), QStringLiteral("amazonaws.com"),
                QStringLiteral("us-gov-west-1")};
    return {QStringLiteral("aws"), QStringLiteral("amazonaws.com"), QStringLiteral("us-east-1")};
}

bool isWellFormedRegion(const QString &region)
{
    // botocore's partition data: e.g. us-east-1, eu-central-2, us-gov-west-1, cn-northwest-1.
    static const QRegularExpression pattern(QStringLiteral("^[a-z]{2}(-gov)?-[a-z]+-[0-9]{1,2}$"));
    return pattern.match(region).hasMatch();
}

EndpointOverrides EndpointOverrides::fromEnvironment(const SharedConfig &config, const QString &profileName)
{
    EndpointOverrides overrides;
    const ConfigSection profile = config.profile(profileName);
    overrides.ignoreConfigured = isTrue(qEnvironmentVariable("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS")) ||
                                 isTrue(profile.value(QStringLiteral("ignore_configured_endpoint_urls")));
    overrides.environment = qEnvironmentVariable("AWS_ENDPOINT_URL");
    overrides.profileUrl = profile.value(QStringLiteral("endpoint_url"));
    const ConfigSection services = config.servicesSection(profile.value(QStringLiteral("services")));
    for (const AwsService service : AllServices) {
        const ServiceNames names = namesOf(service);
        const QByteArray variable = "AWS_ENDPOINT_URL_" + names.envSuffix.toLatin1();
        const QString fromEnv = qEnvironmentVariable(variable.constData());
        if (!fromEnv.isEmpty())
            overrides.perServiceEnvironment.insert(service, fromEnv);
        const QString fromServices =
            services.nested.value(names.configKey).value(QStringLiteral("endpoint_url"));
        if (!fromServices.isEmpty())
            overrides.servicesSection.insert(service, fromServices);
    }
    return overrides;
}

Endpoint EndpointResolver::resolve(AwsService service, const QString &region,
                                   const EndpointOverrides &overrides)
{
    const ServiceNames names = namesOf(service);
    const Partition partition = partitionOf(region);
    // IAM is one endpoint per partition, signed for that partition's home region.
    const QString signingRegion = service == AwsService::Iam ? partition.iamSigningRegion : region;

    QString custom = overrides.explicitUrl;
    if (custom.isEmpty() && !overrides.ignoreConfigured) {
        for (const QString &candidate :
             {overrides.perServiceEnvironment.value(service), overrides.environment,
              overrides.servicesSection.value(service), overrides.profileUrl}) {
            if (!candidate.isEmpty()) {
                custom = candidate;
                break;
            }
        }
    }
    if (!custom.isEmpty())
        return {QUrl(withoutTrailingSlash(custom)), signingRegion, names.signingName, true};

    QString host;
    if (service == AwsService::Iam) {
        host = partition.name == u"aws"          ? QStringLiteral("iam.amazonaws.com")
               : partition.name == u"aws-us-gov" ? QStringLiteral("iam.us-gov.amazonaws.com")
                                                 : QStringLiteral("iam.cn-north-1.amazonaws.com.cn");
    } else if (service == AwsService::S3 && region == u"us-east-1") {
        // botocore's default ("legacy" us-east-1 addressing): the global S3 host.
        host = QStringLiteral("s3.amazonaws.com");
    } else {
        host = names.signingName + u'.' + region + u'.' + partition.dnsSuffix;
    }
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(host);
    return {url, signingRegion, names.signingName, false};
}

S3AddressingStyle s3AddressingStyleOf(const ConfigSection &profile)
{
    const QString style =
        profile.nested.value(QStringLiteral("s3")).value(QStringLiteral("addressing_style"));
    if (style == u"path")
        return S3AddressingStyle::Path;
    if (style == u"virtual")
        return S3AddressingStyle::Virtual;
    return S3AddressingStyle::Auto;
}

S3Location s3Location(const Endpoint &endpoint, const QString &bucket, const QString &key,
                      S3AddressingStyle style)
{
    const bool usePath = style == S3AddressingStyle::Path ||
                         (style == S3AddressingStyle::Auto &&
                          (isIpOrLocalhost(endpoint.url.host()) || !isDnsCompatibleBucket(bucket)));
    QUrl url = endpoint.url;
    // The endpoint may carry a base path (a proxy's prefix); requests go below it.
    QByteArray wirePath = endpoint.url.path(QUrl::FullyEncoded).toUtf8();
    if (usePath && !bucket.isEmpty())
        wirePath += '/' + SigV4Signer::uriEncode(bucket.toUtf8());
    else if (!bucket.isEmpty())
        url.setHost(bucket + u'.' + url.host());
    // S3 keys are sent as written, '/' included, everything else percent-encoded once.
    wirePath += '/' + SigV4Signer::uriEncode(key.toUtf8(), /*keepSlash=*/true);
    url.setPath(QString::fromLatin1(wirePath), QUrl::TolerantMode);
    return {url, wirePath};
}

} // namespace vmi::aws
