#pragma once

#include "aws/AwsError.h"
#include "aws/AwsHttp.h"
#include "aws/Endpoints.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <functional>

class QNetworkAccessManager;

namespace vmi::aws {

class CredentialProvider;

// How an AwsClient reaches AWS.
struct AwsClientConfig
{
    QString region;
    EndpointOverrides endpoints; // --endpoint-url, AWS_ENDPOINT_URL*, endpoint_url in config
    S3AddressingStyle s3AddressingStyle = S3AddressingStyle::Auto;
    int maxAttempts = 3;              // the SDKs' standard mode (AWS_MAX_ATTEMPTS)
    int inactivityTimeoutMs = 60'000; // abort when no byte moves for this long
    int maxBackoffMs = 20'000;        // standard mode's cap on one backoff
    // Receives one line per wire event for --debug; Authorization, security tokens and secret
    // keys are already redacted.
    std::function<void(const QString &)> debugSink;
};

// One call in flight: emits finished() once, then may be deleted (it deletes itself
// with deleteLater() after finished() unless the receiver took it with setParent()).
class AwsCall : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    bool isFinished() const { return m_finished; }
    const AwsError &error() const { return m_error; }
    // The parsed output (AWS CLI shape) for model-driven calls.
    const QJsonObject &output() const { return m_output; }
    // The last HTTP answer (status, headers, body), for calls that read headers (S3 ETag).
    const AwsHttpResponse &response() const { return m_response; }
    int attempts() const { return m_attempts; }

    // Stops the call; finished() follows with an error of kind Cancelled.
    void abort();

Q_SIGNALS:
    void finished();
    // Upload progress of the request body (S3 UploadPart).
    void uploadProgress(qint64 sent, qint64 total);

private:
    friend class AwsClient;
    friend class AwsCallRunner;
    bool m_finished = false;
    AwsError m_error;
    QJsonObject m_output;
    AwsHttpResponse m_response;
    int m_attempts = 0;
    std::function<void()> m_abort;
};

// The one place that talks HTTP to AWS: resolves the endpoint, signs with SigV4, sends through
// QNetworkAccessManager (never blocking the caller's thread), times out on inactivity, retries
// like the SDKs' standard mode (exponential backoff with jitter; throttling codes, 5xx and
// connection errors), corrects clock skew from the server's Date header, and turns every
// failure into an AwsError.
class AwsClient : public QObject
{
    Q_OBJECT
public:
    AwsClient(QNetworkAccessManager *network, CredentialProvider *credentials, AwsClientConfig config,
              QObject *parent = nullptr);

    // A model-driven call: input in the --cli-input-json shape, output in the AWS CLI's.
    AwsCall *call(AwsService service, const QString &operation, const QJsonObject &input);

    // A prepared request (used for S3 UploadPart, whose body the caller provides). errorOperation
    // names the operation for error parsing and messages.
    AwsCall *send(AwsService service, const QString &operation, const AwsHttpRequest &request);

    const AwsClientConfig &config() const { return m_config; }
    // The correction applied to the local clock when signing (server time - local time).
    qint64 clockSkewMs() const { return m_clockSkewMs; }

private:
    friend class AwsCallRunner;
    QNetworkAccessManager *m_network;
    QPointer<CredentialProvider> m_credentials;
    AwsClientConfig m_config;
    qint64 m_clockSkewMs = 0;
};

} // namespace vmi::aws
