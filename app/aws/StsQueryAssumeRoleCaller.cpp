#include "aws/StsQueryAssumeRoleCaller.h"

#include "aws/Hashing.h"
#include "aws/RefreshingCredentialProvider.h"
#include "aws/SigV4Signer.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QXmlStreamReader>

namespace vmi::aws {

namespace {

const QString Service = QStringLiteral("sts");
const QString Operation = QStringLiteral("AssumeRole");

AwsError stsError(AwsError::Kind kind, const QString &code, const QString &message)
{
    AwsError error;
    error.kind = kind;
    error.service = Service;
    error.operation = Operation;
    error.code = code;
    error.message = message;
    return error;
}

// The text of the elements an AssumeRole answer is read for, keyed by their parent/name.
QHash<QString, QString> readElements(const QByteArray &body, QString *xmlError)
{
    static const QStringList Wanted = {
        QStringLiteral("Credentials/AccessKeyId"),
        QStringLiteral("Credentials/SecretAccessKey"),
        QStringLiteral("Credentials/SessionToken"),
        QStringLiteral("Credentials/Expiration"),
        QStringLiteral("Error/Code"),
        QStringLiteral("Error/Message"),
        QStringLiteral("ResponseMetadata/RequestId"),
        QStringLiteral("ErrorResponse/RequestId"),
    };
    QHash<QString, QString> found;
    QStringList path;
    QXmlStreamReader xml(body);
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement: {
            const QString key = (path.isEmpty() ? QString() : path.last()) + u'/' + xml.name();
            path.append(xml.name().toString());
            if (Wanted.contains(key)) {
                found.insert(key, xml.readElementText());
                path.removeLast(); // readElementText() consumed the end element
            }
            break;
        }
        case QXmlStreamReader::EndElement:
            path.removeLast();
            break;
        default:
            break;
        }
    }
    if (xml.hasError())
        *xmlError = xml.errorString();
    return found;
}

} // namespace

StsQueryAssumeRoleCaller::StsQueryAssumeRoleCaller(const Endpoint &endpoint, QNetworkAccessManager *network)
    : m_endpoint(endpoint)
    , m_network(network)
{}

Endpoint StsQueryAssumeRoleCaller::endpointFor(const QString &region, const EndpointOverrides &overrides)
{
    Endpoint endpoint = EndpointResolver::resolve(AwsService::Sts, region, overrides);
    if (region.isEmpty()) {
        endpoint.signingRegion = QStringLiteral("us-east-1");
        if (!endpoint.custom)
            endpoint.url.setHost(QStringLiteral("sts.amazonaws.com"));
    }
    return endpoint;
}

QByteArray StsQueryAssumeRoleCaller::requestBody(const CredentialPlan::RoleStep &step)
{
    QList<std::pair<QByteArray, QString>> parameters = {
        {"Action", Operation},
        {"Version", QStringLiteral("2011-06-15")},
        {"RoleArn", step.roleArn},
        {"RoleSessionName", step.roleSessionName},
    };
    if (!step.externalId.isEmpty())
        parameters.append({"ExternalId", step.externalId});
    parameters.append({"DurationSeconds", QString::number(step.durationSeconds)});
    QByteArray body;
    for (const auto &[name, value] : parameters) {
        if (!body.isEmpty())
            body += '&';
        body += name + '=' + SigV4Signer::uriEncode(value.toUtf8());
    }
    return body;
}

TimedCredentials StsQueryAssumeRoleCaller::parseResponse(const QByteArray &body, int httpStatus,
                                                         AwsError *error)
{
    QString xmlError;
    const QHash<QString, QString> found = readElements(body, &xmlError);
    const QString requestId = found.value(QStringLiteral("ResponseMetadata/RequestId"),
                                          found.value(QStringLiteral("ErrorResponse/RequestId")));
    if (httpStatus != 200 || found.contains(QStringLiteral("Error/Code"))) {
        const QString code = found.value(QStringLiteral("Error/Code"));
        *error = code.isEmpty()
                     ? stsError(AwsError::Kind::Service, QStringLiteral("HTTP%1").arg(httpStatus),
                                QStringLiteral("STS answered HTTP %1 without an error code.").arg(httpStatus))
                     : stsError(AwsError::Kind::Service, code, found.value(QStringLiteral("Error/Message")));
        error->requestId = requestId;
        error->httpStatus = httpStatus;
        // The SDKs' standard mode retries server errors and throttling.
        error->retryable = httpStatus >= 500 || code == u"Throttling" || code == u"ThrottlingException" ||
                           code == u"RequestLimitExceeded";
        return {};
    }
    TimedCredentials result;
    result.credentials = {found.value(QStringLiteral("Credentials/AccessKeyId")),
                          found.value(QStringLiteral("Credentials/SecretAccessKey")),
                          found.value(QStringLiteral("Credentials/SessionToken"))};
    result.expiration =
        RefreshingCredentialProvider::parseTimestamp(found.value(QStringLiteral("Credentials/Expiration")));
    if (!result.credentials.isValid() || result.credentials.sessionToken.isEmpty() ||
        !result.expiration.isValid()) {
        *error = stsError(AwsError::Kind::Parse, QStringLiteral("InvalidResponse"),
                          xmlError.isEmpty()
                              ? QStringLiteral("The AssumeRole answer lacks credentials or their expiration.")
                              : QStringLiteral("The AssumeRole answer is not valid XML: %1").arg(xmlError));
        error->requestId = requestId;
        error->httpStatus = httpStatus;
        return {};
    }
    return result;
}

void StsQueryAssumeRoleCaller::assumeRole(const TimedCredentials &base, const CredentialPlan::RoleStep &step,
                                          Callback done)
{
    if (!m_network) {
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [done] {
                done({}, stsError(AwsError::Kind::Cancelled, QStringLiteral("NoNetwork"),
                                  QStringLiteral("The network manager is gone.")));
            },
            Qt::QueuedConnection);
        return;
    }
    const QByteArray body = requestBody(step);
    QByteArray wirePath = m_endpoint.url.path(QUrl::FullyEncoded).toUtf8() + '/';
    const QByteArray contentType = "application/x-www-form-urlencoded; charset=utf-8";

    SignableRequest signable;
    signable.method = "POST";
    signable.path = wirePath;
    signable.headers = {{"Host", m_endpoint.url.authority(QUrl::FullyEncoded).toLatin1()},
                        {"Content-Type", contentType}};
    signable.payloadHash = sha256Hex(body);
    SigningParams params;
    params.region = m_endpoint.signingRegion;
    params.service = m_endpoint.signingName;
    params.time = QDateTime::currentDateTimeUtc();
    const SigningResult signature = SigV4Signer::signHeaders(signable, base.credentials, params);

    QUrl url = m_endpoint.url;
    url.setPath(QString::fromLatin1(wirePath), QUrl::StrictMode);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    for (const auto &[name, value] : signature.headers)
        request.setRawHeader(name, value);
    request.setTransferTimeout(int(m_timeout.count()));
    // Credentials are never worth a cached or redirected answer.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);

    QNetworkReply *reply = m_network->post(request, body);
    QObject::connect(reply, &QNetworkReply::finished, reply, [reply, done] {
        reply->deleteLater();
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (!status.isValid()) {
            const bool timedOut = reply->error() == QNetworkReply::OperationCanceledError ||
                                  reply->error() == QNetworkReply::TimeoutError;
            AwsError error =
                stsError(timedOut ? AwsError::Kind::Timeout : AwsError::Kind::Network,
                         timedOut ? QStringLiteral("RequestTimeout") : QStringLiteral("NetworkError"),
                         reply->errorString());
            error.retryable = true;
            done({}, error);
            return;
        }
        AwsError error;
        const TimedCredentials credentials = parseResponse(reply->readAll(), status.toInt(), &error);
        done(credentials, error);
    });
}

} // namespace vmi::aws
