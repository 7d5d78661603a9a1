#pragma once

#include "aws/SharedConfig.h"

#include <QString>
#include <QUrl>

#include <optional>

namespace vmi::aws {

enum class AwsService
{
    Ec2,
    S3,
    ImageBuilder,
    Iam,
    Kms,
    Sts,
};

// Names of a service in the places AWS uses them.
struct ServiceNames
{
    QString signingName; // SigV4 scope and DNS prefix: "ec2", "imagebuilder", ...
    QString envSuffix;   // AWS_ENDPOINT_URL_<envSuffix>
    QString configKey;   // key in a [services x] section of the config file
};
ServiceNames namesOf(AwsService service);
// The service whose signing name this is ("ec2", "imagebuilder", ...); nothing for others.
std::optional<AwsService> serviceFromSigningName(const QString &name);

// The AWS partition a region belongs to: its DNS suffix and where global services sign.
struct Partition
{
    QString name;             // "aws", "aws-cn", "aws-us-gov"
    QString dnsSuffix;        // "amazonaws.com", "amazonaws.com.cn"
    QString iamSigningRegion; // IAM is global per partition
};
Partition partitionOf(const QString &region);
bool isWellFormedRegion(const QString &region);

// Where a request for one service goes and how it is signed.
struct Endpoint
{
    QUrl url; // scheme, host, port and maybe a base path; no trailing '/'
    QString signingRegion;
    QString signingName;
    bool custom = false; // from an override rather than the AWS default
};

// The overrides the AWS SDKs honour, highest first: an explicit URL (--endpoint-url),
// AWS_ENDPOINT_URL_<SERVICE>, AWS_ENDPOINT_URL, the service's entry in the profile's
// [services x] section, endpoint_url in the profile. AWS_IGNORE_CONFIGURED_ENDPOINT_URLS (or
// ignore_configured_endpoint_urls in the profile) turns off all but the explicit URL.
struct EndpointOverrides
{
    QString explicitUrl;
    QHash<AwsService, QString> perServiceEnvironment;
    QString environment;
    QHash<AwsService, QString> servicesSection;
    QString profileUrl;
    bool ignoreConfigured = false;

    // Reads the environment and the profile's settings (the explicit URL is the caller's).
    static EndpointOverrides fromEnvironment(const SharedConfig &config, const QString &profileName);
};

class EndpointResolver
{
public:
    static Endpoint resolve(AwsService service, const QString &region, const EndpointOverrides &overrides);
};

// S3's two ways of naming a bucket: in the host (virtual-hosted style, AWS's default) or
// in the path (needed for IP and localhost endpoints, and for bucket names that are not
// valid DNS labels).
enum class S3AddressingStyle
{
    Auto,
    Path,
    Virtual,
};
S3AddressingStyle s3AddressingStyleOf(const ConfigSection &profile);

struct S3Location
{
    QUrl url;            // where to send the request, without query
    QByteArray wirePath; // the percent-encoded path exactly as sent and signed
};
S3Location s3Location(const Endpoint &endpoint, const QString &bucket, const QString &key,
                      S3AddressingStyle style = S3AddressingStyle::Auto);

} // namespace vmi::aws
