#include "aws/AwsClient.h"

#include "aws/ClockSkew.h"
#include "aws/CredentialProvider.h"
#include "aws/ProtocolCodec.h"
#include "aws/Redactor.h"
#include "aws/ServiceModel.h"
#include "aws/WireRequest.h"
#include "vmi/Version.h"

#include <QElapsedTimer>
#include <QMetaEnum>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslError>
#include <QTimer>
#include <QUuid>
#include <QXmlStreamReader>

namespace vmi::aws {

namespace {

// "app/<id>" is where the AWS SDKs put the user's application id (sdk_ua_app_id).
QByteArray userAgent(const QString &appId)
{
    QByteArray agent = QByteArrayLiteral("vmimport/" VMI_VERSION_STRING " Qt/") + qVersion();
    if (appId.isEmpty())
        return agent;
    // botocore's sanitize_user_agent_string_component: anything outside this set (spaces,
    // CR/LF, non-ASCII) becomes '-', so a configured id can never break the header.
    static const QByteArray allowed =
        QByteArrayLiteral("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!$%&'*+-.^_`|~,#");
    QByteArray id;
    for (const QChar c : appId)
        id += (c.unicode() < 128 && allowed.contains(char(c.unicode()))) ? char(c.unicode()) : '-';
    return agent + " app/" + id;
}

AwsError makeError(AwsError::Kind kind, const QString &code, const QString &message, bool retryable = false)
{
    AwsError error;
    error.kind = kind;
    error.code = code;
    error.message = message;
    error.retryable = retryable;
    return error;
}

QByteArray headerOf(const QList<ByteArrayPair> &headers, QByteArrayView name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString headerLines(const QList<ByteArrayPair> &headers)
{
    QString lines;
    for (const auto &[name, value] : headers)
        lines += u"\n    " + QString::fromLatin1(name) + u": " +
                 QString::fromLatin1(Redactor::headerValue(name, value));
    return lines;
}

QString bodyLines(const QByteArray &body)
{
    const QString text = Redactor::body(body);
    return text.isEmpty() ? QString() : u"\n    body: " + text;
}

// S3 may answer 200 and then, having kept the connection open with whitespace while it
// worked, fail: the body is then an <Error> document (CompleteMultipartUpload, CopyObject,
// UploadPartCopy). botocore's _handle_200_error treats such an answer as the 500 it is, and so
// a document cut short, when the caller expects XML to parse. botocore leaves out operations
// whose output is a streamed blob (GetObject); our S3 model has none.
bool isS3ErrorIn200(const QByteArray &body, bool expectsXml)
{
    if (body.trimmed().isEmpty())
        return false;
    // S3's whitespace comes before the XML declaration, where XML allows none.
    QXmlStreamReader xml(body.trimmed());
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement)
            return xml.name() == u"Error";
    }
    return expectsXml && xml.hasError();
}

bool isSuccess(int status)
{
    return status >= 200 && status < 300;
}

// Qt reports HTTP error statuses as NetworkError values 201-499 too; below that (and the proxy
// range) the connection itself failed, even if a status line had already arrived.
bool isTransportError(QNetworkReply::NetworkError error)
{
    return error != QNetworkReply::NoError && (error < 200 || error == QNetworkReply::ProtocolFailure);
}

// The ones that say nothing about the next attempt (TLS certificate, a proxy that wants a
// password, a redirect we refused) are not worth retrying; everything else at the connection
// level is, as botocore retries its ConnectionError and HTTPClientError.
bool isRetryableTransportError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::BackgroundRequestNotAllowedError:
        return false;
    default:
        return true;
    }
}

} // namespace

// The default protocol layer: botocore's rules driven by the embedded service models.
class ModelRequestCodec : public AwsRequestCodec
{
public:
    AwsHttpRequest serialize(AwsService service, const QString &operation, const QJsonObject &input,
                             AwsError *error) const override
    {
        return ProtocolCodec::serialize(ServiceModel::forService(service), operation, input, error);
    }
    QJsonObject parseOutput(AwsService service, const QString &operation, const AwsHttpResponse &response,
                            AwsError *error) const override
    {
        return ProtocolCodec::parseOutput(ServiceModel::forService(service), operation, response, error);
    }
    AwsError parseError(AwsService service, const QString &operation,
                        const AwsHttpResponse &response) const override
    {
        return ProtocolCodec::parseError(ServiceModel::forService(service), operation, response);
    }
};

// Runs one AwsCall: credentials, signing, sending, retrying. A child of its AwsCall, so
// deleting the call stops it; the reply it waits for stays a child of the
// QNetworkAccessManager (which deletes its replies when it goes first) and is freed here with
// deleteLater() on every path.
class AwsCallRunner : public QObject
{
public:
    AwsCallRunner(AwsClient *client, AwsCall *call, AwsService service, const QString &operation,
                  const AwsHttpRequest &request, bool parseOutput)
        : QObject(call)
        , m_client(client)
        , m_call(call)
        , m_service(service)
        , m_serviceName(namesOf(service).signingName)
        , m_operation(operation)
        , m_request(request)
        , m_parseOutput(parseOutput)
    {
        m_backoff.setSingleShot(true);
        // A coarse timer may fire 5 % early; a backoff is a minimum, as botocore's sleep is.
        m_backoff.setTimerType(Qt::PreciseTimer);
        connect(&m_backoff, &QTimer::timeout, this, &AwsCallRunner::startAttempt);
        m_call->m_abort = [this] {
            finish(makeError(AwsError::Kind::Cancelled, QStringLiteral("Cancelled"),
                             QStringLiteral("The call was cancelled.")));
        };
    }

    ~AwsCallRunner() override { dropReply(); }

    void begin(const AwsError &earlyError)
    {
        AwsError error = earlyError;
        if (!error.isError())
            error = resolveEndpoint();
        if (!error.isError()) {
            const QString reason = WireRequest::unsendableReason(m_service, m_request, m_endpoint,
                                                                 m_client->m_config.s3AddressingStyle);
            if (!reason.isEmpty())
                error = makeError(AwsError::Kind::InvalidInput, QStringLiteral("UnsendablePath"), reason);
        }
        if (!error.isError() && m_endpoint.url.scheme() == u"https" && !m_client->m_caBundleError.isEmpty())
            error = makeError(AwsError::Kind::InvalidInput, QStringLiteral("InvalidCaBundle"),
                              m_client->m_caBundleError);
        if (!error.isError() && !m_client->m_network)
            error = makeError(AwsError::Kind::InvalidInput, QStringLiteral("NoNetwork"),
                              QStringLiteral("The network access manager is gone."));
        if (!error.isError() && !m_client->m_credentials)
            error = noCredentials();
        if (error.isError()) {
            // finished() must come after the caller has had the call to connect to.
            QTimer::singleShot(0, this, [this, error] { finish(error); });
            return;
        }
        startAttempt();
    }

    // Finishes a call in flight (the client is going away).
    void cancel(const QString &message)
    {
        finish(makeError(AwsError::Kind::Cancelled, QStringLiteral("Cancelled"), message));
    }

private:
    enum class State
    {
        Idle,
        FetchingCredentials,
        Sending,
        BackingOff,
        Done,
    };

    AwsError resolveEndpoint()
    {
        const AwsClientConfig &config = m_client->m_config;
        m_endpoint = EndpointResolver::resolve(m_service, config.region, config.endpoints);
        if (config.region.isEmpty() || (!m_endpoint.custom && !isWellFormedRegion(config.region)))
            return makeError(
                AwsError::Kind::InvalidInput, QStringLiteral("NoRegion"),
                config.region.isEmpty()
                    ? QStringLiteral("You must specify a region.")
                    : QStringLiteral("Provided region_name '%1' doesn't match a supported format.")
                          .arg(config.region));
        const QString scheme = m_endpoint.url.scheme();
        if (!m_endpoint.url.isValid() || m_endpoint.url.host().isEmpty() ||
            (scheme != u"https" && scheme != u"http"))
            return makeError(AwsError::Kind::InvalidInput, QStringLiteral("InvalidEndpoint"),
                             QStringLiteral("Invalid endpoint: %1").arg(m_endpoint.url.toString()));
        return {};
    }

    QString label() const
    {
        return QStringLiteral("[%1 %2, attempt %3/%4]")
            .arg(m_serviceName, m_operation)
            .arg(m_call->m_attempts)
            .arg(m_client->m_config.maxAttempts);
    }

    void debug(const QString &message) const
    {
        if (m_client && m_client->m_config.debugSink)
            m_client->m_config.debugSink(message);
    }

    static AwsError noCredentials()
    {
        return makeError(AwsError::Kind::Credentials, QStringLiteral("NoCredentials"),
                         QStringLiteral("Unable to locate credentials."));
    }

    void startAttempt()
    {
        if (!m_client || !m_client->m_credentials) {
            finish(noCredentials());
            return;
        }
        CredentialProvider *provider = m_client->m_credentials;
        m_state = State::FetchingCredentials;
        const quint64 generation = ++m_generation;
        // A provider deleted while we wait would never call back.
        m_providerGone = connect(provider, &QObject::destroyed, this, [this] {
            if (m_state == State::FetchingCredentials)
                finish(makeError(AwsError::Kind::Credentials, QStringLiteral("NoCredentials"),
                                 QStringLiteral("The credential provider was destroyed.")));
        });
        provider->fetch([self = QPointer<AwsCallRunner>(this),
                         generation](const TimedCredentials &credentials, const AwsError &error) {
            if (self && self->m_state == State::FetchingCredentials && self->m_generation == generation)
                self->onCredentials(credentials.credentials, error);
        });
    }

    void onCredentials(const Credentials &credentials, const AwsError &error)
    {
        disconnect(m_providerGone);
        if (error.isError()) {
            AwsError failure = error;
            failure.kind = AwsError::Kind::Credentials;
            finish(failure);
            return;
        }
        if (!m_client->m_network) {
            finish(makeError(AwsError::Kind::InvalidInput, QStringLiteral("NoNetwork"),
                             QStringLiteral("The network access manager is gone.")));
            return;
        }
        ++m_call->m_attempts;
        m_signedAt = QDateTime::currentDateTimeUtc().addMSecs(m_client->m_clockSkewMs);
        // botocore's retry headers, signed with the rest: one id for all attempts of a call, so
        // a server (and our tests) can tell our retries from Qt's silent resends.
        AwsHttpRequest attempt = m_request;
        attempt.headers.append({"amz-sdk-invocation-id", m_invocationId});
        attempt.headers.append(
            {"amz-sdk-request", "attempt=" + QByteArray::number(m_call->m_attempts) +
                                    "; max=" + QByteArray::number(m_client->m_config.maxAttempts)});
        const WireRequest wire =
            WireRequest::prepare(m_service, attempt, m_endpoint, m_client->m_config.s3AddressingStyle,
                                 credentials, m_signedAt, userAgent(m_client->m_config.userAgentAppId));
        send(wire);
    }

    void send(const WireRequest &wire)
    {
        QNetworkRequest request(wire.url);
        for (const auto &[name, value] : wire.headers)
            request.setRawHeader(name, value);
        request.setTransferTimeout(m_client->m_config.inactivityTimeoutMs);
        if (m_client->m_sslConfiguration && wire.url.scheme() == u"https")
            request.setSslConfiguration(*m_client->m_sslConfiguration);
        // S3 answers a wrong region with 301/307 PermanentRedirect: that is an error to show,
        // and following it would send a signature made for another host.
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        // Cookies would add unsigned headers to later requests.
        request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
        request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);

        debug(u"-> " + label() + u' ' + QString::fromLatin1(wire.method) + u' ' +
              Redactor::url(wire.url.toString(QUrl::FullyEncoded)) + headerLines(wire.headers) +
              (wire.bodySource ? QStringLiteral("\n    body: %1 bytes streamed").arg(wire.bodySource->size)
                               : bodyLines(wire.body)));

        // botocore sends GET and HEAD without a body and everything else with Content-Length
        // (0 when empty), which S3 wants for PUT. HEAD must be Qt's own HEAD operation: as a
        // custom verb Qt would wait for the body that Content-Length announces.
        QNetworkAccessManager *network = m_client->m_network;
        QNetworkReply *reply = nullptr;
        if (wire.bodySource) {
            // A streamed body (an S3 part): Qt pulls it from the device as the socket drains,
            // so only a few KiB of it are in memory at a time.
            QIODevice *device = wire.bodySource->open ? wire.bodySource->open() : nullptr;
            if (!device || !device->isReadable()) {
                delete device;
                const AwsError error =
                    makeError(AwsError::Kind::InvalidInput, QStringLiteral("BodyUnreadable"),
                              QStringLiteral("The request body could not be read."));
                // Never inside the caller's send(): it has not connected to finished() yet.
                QTimer::singleShot(0, this, [this, error] { finish(error); });
                m_state = State::BackingOff;
                return;
            }
            request.setHeader(QNetworkRequest::ContentLengthHeader, wire.bodySource->size);
            reply = network->sendCustomRequest(request, wire.method, device);
            device->setParent(reply); // Qt reads it until the reply finishes
        } else if (wire.method == "HEAD")
            reply = network->head(request);
        else if (wire.body.isEmpty() && (wire.method == "GET" || wire.method == "OPTIONS"))
            reply = network->sendCustomRequest(request, wire.method);
        else
            reply = network->sendCustomRequest(request, wire.method, wire.body);
        m_reply = reply;
        m_state = State::Sending;
        m_elapsed.start();
        m_sslErrors.clear();
        connect(reply, &QNetworkReply::sslErrors, this,
                [this](const QList<QSslError> &errors) { m_sslErrors = errors; });
        connect(reply, &QNetworkReply::finished, this, &AwsCallRunner::onReplyFinished);
        connect(reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64 total) {
            if (total > 0)
                Q_EMIT m_call->uploadProgress(sent, total);
        });
        // The manager deletes its replies when it is destroyed, without finished().
        connect(reply, &QObject::destroyed, this, [this] {
            if (m_state == State::Sending)
                finish(
                    makeError(AwsError::Kind::Network, QStringLiteral("NetworkManagerDestroyed"),
                              QStringLiteral("The network access manager was destroyed during the call.")));
        });
    }

    // Certificates are always verified (there is no way to turn that off): say which one
    // failed and how a user trusts a CA of their own, as --ca-bundle does in the AWS CLI.
    QString tlsFailure(const QString &url, const QString &details) const
    {
        QStringList reasons;
        for (const QSslError &sslError : m_sslErrors)
            reasons.append(sslError.errorString());
        reasons.removeDuplicates();
        if (reasons.isEmpty())
            return QStringLiteral("TLS: the secure connection to \"%1\" failed (%2)").arg(url, details);
        const QString bundle = m_client->m_config.caBundlePath;
        return QStringLiteral(
                   "TLS: the certificate of \"%1\" is not trusted (%2). If the endpoint (a private "
                   "endpoint, a company proxy) uses a certificate authority of its own, name its "
                   "PEM file with --ca-bundle, AWS_CA_BUNDLE or ca_bundle in ~/.aws/config%3.")
            .arg(url, reasons.join(QStringLiteral("; ")),
                 bundle.isEmpty() ? QString() : QStringLiteral(" (now: %1)").arg(bundle));
    }

    void dropReply()
    {
        if (QNetworkReply *reply = m_reply) {
            m_reply = nullptr;
            disconnect(reply, nullptr, this, nullptr);
            if (reply->isRunning())
                reply->abort();
            reply->deleteLater();
        }
    }

    void onReplyFinished()
    {
        QNetworkReply *reply = m_reply;
        const QNetworkReply::NetworkError networkError = reply->error();
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        const QString url = Redactor::url(reply->url().toString(QUrl::FullyEncoded));

        if (isTransportError(networkError) || !status.isValid()) {
            const QString errorName = QString::fromLatin1(
                QMetaEnum::fromType<QNetworkReply::NetworkError>().valueToKey(networkError));
            const QString details = reply->errorString();
            dropReply();
            AwsError error;
            if (networkError == QNetworkReply::OperationCanceledError ||
                networkError == QNetworkReply::TimeoutError) {
                // The only abort we do not make ourselves (we disconnect first) is the
                // transfer timeout's.
                error = makeError(AwsError::Kind::Timeout, QStringLiteral("Timeout"),
                                  QStringLiteral("No data moved for %1 ms: \"%2\"")
                                      .arg(m_client->m_config.inactivityTimeoutMs)
                                      .arg(url),
                                  true);
            } else if (networkError == QNetworkReply::SslHandshakeFailedError) {
                error = makeError(AwsError::Kind::Network, errorName, tlsFailure(url, details), false);
            } else {
                error = makeError(
                    AwsError::Kind::Network, errorName,
                    QStringLiteral("Could not connect to the endpoint URL: \"%1\" (%2)").arg(url, details),
                    isRetryableTransportError(networkError));
            }
            debug(u"<- " + label() + u' ' + error.code + u": " + error.message);
            failed(error);
            return;
        }

        AwsHttpResponse response;
        response.status = status.toInt();
        for (const auto &[name, value] : reply->rawHeaderPairs())
            response.headers.append({name, value});
        response.body = reply->readAll();
        QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        dropReply();
        debug(
            u"<- " + label() +
            QStringLiteral(" HTTP %1 %2 (%3 ms)").arg(response.status).arg(reason).arg(m_elapsed.elapsed()) +
            headerLines(response.headers) + bodyLines(response.body));
        if (response.status == 200 && m_service == AwsService::S3 &&
            isS3ErrorIn200(response.body, m_parseOutput)) {
            debug(u"   " + label() +
                  u" HTTP 200 with an error document: handled as HTTP 500, as botocore does");
            response.status = 500;
            reason = QStringLiteral("Error in a 200 answer");
        }
        m_call->m_response = response;

        if (isSuccess(response.status)) {
            succeeded(response);
            return;
        }
        AwsError error = m_client->m_codec->parseError(m_service, m_operation, response);
        error.kind = AwsError::Kind::Service;
        error.httpStatus = response.status;
        if (error.code.isEmpty())
            error.code = QString::number(response.status);
        if (error.message.isEmpty())
            error.message = reason;
        if (error.requestId.isEmpty())
            error.requestId = QString::fromLatin1(headerOf(response.headers, "x-amzn-RequestId"));
        if (error.requestId.isEmpty())
            error.requestId = QString::fromLatin1(headerOf(response.headers, "x-amz-request-id"));

        if (!m_skewCorrected) {
            const std::optional<qint64> skew =
                ClockSkew::correction(error.code, error.httpStatus, headerOf(response.headers, "Date"),
                                      m_signedAt, QDateTime::currentDateTimeUtc());
            if (skew) {
                m_skewCorrected = true;
                m_client->m_clockSkewMs = *skew;
                const bool retry = m_call->m_attempts < m_client->m_config.maxAttempts;
                debug(QStringLiteral(
                          "clock skew: %1 %2 says the server's clock is %3 s off ours; signing with the "
                          "server's time from now on%4")
                          .arg(label(), error.code)
                          .arg(*skew / 1000)
                          .arg(retry ? QStringLiteral(", retrying now") : QString()));
                if (retry) {
                    // No backoff and no retry-quota tokens: the server told us what was wrong
                    // and it is fixed.
                    startAttempt();
                    return;
                }
            }
        }
        failed(error);
    }

    void succeeded(const AwsHttpResponse &response)
    {
        // A good answer refills the retry quota with what this call's last retry took.
        m_client->m_retryQuota.release(m_quotaTaken > 0 ? m_quotaTaken : RetryQuota::NoRetryIncrement);
        AwsError error;
        if (m_parseOutput) {
            m_call->m_output = m_client->m_codec->parseOutput(m_service, m_operation, response, &error);
            if (error.isError())
                error.kind = AwsError::Kind::Parse;
        }
        finish(error);
    }

    void failed(AwsError error)
    {
        error.service = m_serviceName;
        error.operation = m_operation;
        error.retryable = RetryPolicy::isRetryable(error);
        const AwsClientConfig &config = m_client->m_config;
        if (!error.retryable) {
            finish(error);
            return;
        }
        if (m_call->m_attempts >= config.maxAttempts) {
            debug(QStringLiteral("not retrying %1: %2 attempts made, the maximum")
                      .arg(label())
                      .arg(m_call->m_attempts));
            finish(error);
            return;
        }
        const int cost = RetryQuota::costOf(error);
        if (!m_client->m_retryQuota.acquire(cost)) {
            debug(QStringLiteral("not retrying %1: the retry quota is used up (%2 left, %3 needed)")
                      .arg(label())
                      .arg(m_client->m_retryQuota.available())
                      .arg(cost));
            finish(error);
            return;
        }
        m_quotaTaken = cost;
        const qint64 delay =
            RetryPolicy::backoffMs(m_call->m_attempts, config.baseBackoffMs, config.maxBackoffMs,
                                   QRandomGenerator::global()->generateDouble());
        debug(QStringLiteral("retrying %1 after %2 (%3) in %4 ms; retry quota left %5")
                  .arg(label(), error.code,
                       error.httpStatus ? QString::number(error.httpStatus) : error.message)
                  .arg(delay)
                  .arg(m_client->m_retryQuota.available()));
        m_state = State::BackingOff;
        m_backoff.start(std::chrono::milliseconds(delay));
    }

    // Ends the call. Nothing of this runner may be touched afterwards: a receiver of
    // finished() may delete the call and with it this runner.
    void finish(const AwsError &error)
    {
        if (m_state == State::Done)
            return;
        m_state = State::Done;
        m_backoff.stop();
        disconnect(m_providerGone);
        dropReply();
        if (m_client)
            m_client->m_runners.removeAll(this);

        const QPointer<AwsCall> call = m_call;
        const QPointer<AwsClient> client = m_client;
        call->m_error = error;
        if (error.isError() && call->m_error.service.isEmpty())
            call->m_error.service = m_serviceName;
        if (error.isError() && call->m_error.operation.isEmpty())
            call->m_error.operation = m_operation;
        call->m_finished = true;
        call->m_abort = nullptr; // holds `this`
        Q_EMIT call->finished();
        if (call && client && call->parent() == client)
            call->deleteLater();
    }

    QPointer<AwsClient> m_client;
    AwsCall *m_call; // our parent
    const AwsService m_service;
    const QString m_serviceName;
    const QString m_operation;
    const AwsHttpRequest m_request; // kept whole: every attempt sends the same body
    const bool m_parseOutput;
    Endpoint m_endpoint;

    State m_state = State::Idle;
    quint64 m_generation = 0; // tells a stale credentials callback from the current one
    QMetaObject::Connection m_providerGone;
    QPointer<QNetworkReply> m_reply;
    QList<QSslError> m_sslErrors; // the current attempt's certificate problems
    QTimer m_backoff{this};
    QElapsedTimer m_elapsed;
    QDateTime m_signedAt; // the (skew-corrected) time the current attempt was signed with
    int m_quotaTaken = 0; // retry-quota tokens the last retry took
    bool m_skewCorrected = false;
    const QByteArray m_invocationId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
};

void AwsCall::abort()
{
    if (m_finished || !m_abort)
        return;
    const std::function<void()> abortCall = m_abort;
    abortCall();
}

AwsClient::AwsClient(QNetworkAccessManager *network, CredentialProvider *credentials, AwsClientConfig config,
                     QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_credentials(credentials)
    , m_config(std::move(config))
    , m_codec(std::make_shared<ModelRequestCodec>())
{
    if (!m_config.caBundlePath.isEmpty()) {
        // Read once per client: every request of the client uses the same bundle.
        const QList<QSslCertificate> authorities =
            QSslCertificate::fromPath(m_config.caBundlePath, QSsl::Pem);
        if (authorities.isEmpty()) {
            // botocore's words for a bundle it cannot use.
            m_caBundleError =
                QStringLiteral("Could not find a suitable TLS CA certificate bundle, invalid path: %1 (no "
                               "PEM certificate could be read from it)")
                    .arg(m_config.caBundlePath);
        } else {
            QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
            ssl.setCaCertificates(authorities);
            m_sslConfiguration = ssl;
        }
    }
}

AwsClient::~AwsClient()
{
    // A copy: a receiver of finished() may start or delete calls while we go through them.
    const QList<QPointer<QObject>> runners = m_runners;
    for (const QPointer<QObject> &runner : runners) {
        if (runner)
            static_cast<AwsCallRunner *>(runner.data())
                ->cancel(QStringLiteral("The AWS client was destroyed while the call was in flight."));
    }
}

CredentialProvider *AwsClient::credentialProvider() const
{
    return m_credentials;
}

void AwsClient::setCodec(std::shared_ptr<const AwsRequestCodec> codec)
{
    if (codec)
        m_codec = std::move(codec);
}

AwsCall *AwsClient::call(AwsService service, const QString &operation, const QJsonObject &input)
{
    AwsError error;
    const AwsHttpRequest request = m_codec->serialize(service, operation, input, &error);
    if (error.isError()) {
        error.kind = AwsError::Kind::InvalidInput;
        error.service = namesOf(service).signingName;
        error.operation = operation;
    }
    return start(service, operation, request, error, /*parseOutput=*/true);
}

AwsCall *AwsClient::send(AwsService service, const QString &operation, const AwsHttpRequest &request)
{
    return start(service, operation, request, {}, /*parseOutput=*/false);
}

AwsCall *AwsClient::start(AwsService service, const QString &operation, const AwsHttpRequest &request,
                          const AwsError &serializeError, bool parseOutput)
{
    auto *call = new AwsCall(this);
    auto *runner = new AwsCallRunner(this, call, service, operation, request, parseOutput);
    m_runners.removeAll(nullptr);
    m_runners.append(runner);
    runner->begin(serializeError);
    return call;
}

} // namespace vmi::aws
