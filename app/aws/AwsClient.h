#pragma once

#include "aws/AwsError.h"
#include "aws/AwsHttp.h"
#include "aws/Endpoints.h"
#include "aws/RetryPolicy.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace vmi::aws {

class CredentialProvider;

// How an AwsClient reaches AWS.
struct AwsClientConfig
{
    QString region;
    EndpointOverrides endpoints; // --endpoint-url, AWS_ENDPOINT_URL*, endpoint_url in config
    S3AddressingStyle s3AddressingStyle = S3AddressingStyle::Auto;
    // The SDKs' standard mode. The client does not read AWS_MAX_ATTEMPTS or max_attempts
    // itself: whoever builds the config from the environment and profile does.
    int maxAttempts = 3;
    int inactivityTimeoutMs = 60'000; // abort when no byte moves for this long
    int baseBackoffMs = 1'000;        // standard mode's base: the first backoff is rand(0,1) * 1 s
    int maxBackoffMs = 20'000;        // standard mode's cap on one backoff
    // Receives one message per wire event for --debug (a request with its headers and body,
    // an answer, a retry decision); Authorization, security tokens and secret keys are already
    // redacted (Redactor).
    std::function<void(const QString &)> debugSink;
    // PEM file of the certificate authorities trusted for HTTPS instead of the system's, as the
    // AWS CLI's --ca-bundle, AWS_CA_BUNDLE and ca_bundle (a corporate TLS proxy, a private
    // endpoint). Empty: the system's.
    QString caBundlePath;
    // Added to the User-Agent as "app/<id>", like the SDKs' sdk_ua_app_id / AWS_SDK_UA_APP_ID:
    // lets a user (or a test) tell its requests apart in CloudTrail or a server log.
    QString userAgentAppId;
};

// One call in flight: emits finished() once, then may be deleted (it deletes itself
// with deleteLater() after finished() unless the receiver took it with setParent()).
// Deleting a call that has not finished stops it without finished().
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

    // Stops the call; finished() follows, before abort() returns, with an error of kind
    // Cancelled. Does nothing once the call has finished.
    void abort();

Q_SIGNALS:
    void finished();
    // Upload progress of the request body (S3 UploadPart); starts again from 0 on a retry.
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

// What AwsClient::call() needs from the protocol layer: the model-driven serializer and
// parsers (ProtocolCodec over ServiceModel). An interface so the client can be tested with
// hand-built requests and the protocol layer without a network.
class AwsRequestCodec
{
public:
    virtual ~AwsRequestCodec() = default;
    // InvalidInput in *error (and nothing sent) when the input does not fit the operation.
    virtual AwsHttpRequest serialize(AwsService service, const QString &operation, const QJsonObject &input,
                                     AwsError *error) const = 0;
    // The 2xx answer in the AWS CLI's output shape; kind Parse in *error when unreadable.
    virtual QJsonObject parseOutput(AwsService service, const QString &operation,
                                    const AwsHttpResponse &response, AwsError *error) const = 0;
    // The typed error of a non-2xx answer (kind Service). The client fills in service,
    // operation, httpStatus and a missing request id, and decides retries (RetryPolicy), so
    // a codec only has to set retryable for errors the model marks retryable.
    virtual AwsError parseError(AwsService service, const QString &operation,
                                const AwsHttpResponse &response) const = 0;
};

// The one place that talks HTTP to AWS: resolves the endpoint, signs with SigV4, sends through
// QNetworkAccessManager (never blocking the caller's thread), times out on inactivity, retries
// like the SDKs' standard mode (exponential backoff with jitter; throttling codes, 5xx and
// connection errors; a retry quota per client), corrects clock skew from the server's Date
// header, and turns every failure into an AwsError.
//
// Destroying the client finishes its calls in flight with a Cancelled error.
class AwsClient : public QObject
{
    Q_OBJECT
public:
    AwsClient(QNetworkAccessManager *network, CredentialProvider *credentials, AwsClientConfig config,
              QObject *parent = nullptr);
    ~AwsClient() override;

    // A model-driven call: input in the --cli-input-json shape, output in the AWS CLI's.
    AwsCall *call(AwsService service, const QString &operation, const QJsonObject &input);

    // A prepared request (used for S3 UploadPart, whose body the caller provides). operation
    // names the operation for error parsing and messages. AwsCall::output() stays empty.
    AwsCall *send(AwsService service, const QString &operation, const AwsHttpRequest &request);

    // Replaces the protocol layer (the default is the model-driven ProtocolCodec).
    void setCodec(std::shared_ptr<const AwsRequestCodec> codec);
    const AwsRequestCodec &codec() const { return *m_codec; }

    const AwsClientConfig &config() const { return m_config; }
    // Where the client gets its credentials (the upload engine's sender threads ask it too).
    CredentialProvider *credentialProvider() const;
    // The correction applied to the local clock when signing (server time - local time).
    qint64 clockSkewMs() const { return m_clockSkewMs; }
    // Tokens left in the retry quota (RetryQuota::InitialCapacity when nothing failed).
    int retryQuotaAvailable() const { return m_retryQuota.available(); }

private:
    friend class AwsCallRunner;
    AwsCall *start(AwsService service, const QString &operation, const AwsHttpRequest &request,
                   const AwsError &serializeError, bool parseOutput);

    QPointer<QNetworkAccessManager> m_network;
    QPointer<CredentialProvider> m_credentials;
    AwsClientConfig m_config;
    std::shared_ptr<const AwsRequestCodec> m_codec;
    // With caBundlePath: the default TLS settings trusting that bundle's CAs only, or why the
    // bundle cannot be used (then every HTTPS call fails with that).
    std::optional<QSslConfiguration> m_sslConfiguration;
    QString m_caBundleError;
    qint64 m_clockSkewMs = 0;
    RetryQuota m_retryQuota;
    QList<QPointer<QObject>> m_runners; // AwsCallRunner of each call in flight
};

} // namespace vmi::aws
