#include "transfer/PartSender.h"

#include "aws/CredentialProvider.h"
#include "transfer/PartUploadNetworkManager.h"

#include <QNetworkAccessManager>

namespace vmi::transfer {

namespace {

// A credential provider on the sender's thread that asks the owner's provider on the owner's
// thread: the refreshing providers (AssumeRole, credential_process) are not thread-safe, and
// this way there is still one cache and one refresh.
class RelayedCredentialProvider : public aws::CredentialProvider
{
public:
    explicit RelayedCredentialProvider(aws::CredentialProvider *upstream)
        : m_upstream(upstream)
    {}

    void fetch(Callback done) override
    {
        const QPointer<RelayedCredentialProvider> self(this);
        aws::CredentialProvider *upstream = m_upstream;
        QMetaObject::invokeMethod(
            upstream,
            [upstream, self, done] {
                upstream->fetch(
                    [self, done](const aws::TimedCredentials &credentials, const aws::AwsError &error) {
                        // The sender's worker outlives every fetch it started: PartSender's
                        // destructor waits for the thread, on this (the owner's) thread.
                        if (self)
                            QMetaObject::invokeMethod(
                                self, [done, credentials, error] { done(credentials, error); },
                                Qt::QueuedConnection);
                    });
            },
            Qt::QueuedConnection);
    }

private:
    aws::CredentialProvider *m_upstream; // outlives the sender (the owner's client holds it)
};

} // namespace

class PartSender::Worker : public QObject
{
public:
    Worker(aws::AwsClientConfig config, aws::CredentialProvider *upstream, PartSender *owner)
        : m_config(std::move(config))
        , m_upstream(upstream)
        , m_owner(owner)
    {}

    // On the worker thread: the network objects must belong to it.
    void setUp()
    {
        m_network = new PartUploadNetworkManager(this);
        m_credentials = new RelayedCredentialProvider(m_upstream);
        m_credentials->setParent(this);
        m_client = new aws::AwsClient(m_network, m_credentials, m_config, this);
    }

    void tearDown()
    {
        // Abort first: a finished call posts its result to the owner, which stops listening now.
        m_owner = nullptr;
        const QList<QPointer<aws::AwsCall>> calls = m_calls.values(); // finished() edits m_calls
        for (const QPointer<aws::AwsCall> &call : calls) {
            if (call)
                call->abort();
        }
        delete m_client;
        m_client = nullptr;
    }

    void send(quint64 token, const aws::AwsHttpRequest &request)
    {
        aws::AwsCall *call = m_client->send(aws::AwsService::S3, QStringLiteral("UploadPart"), request);
        m_calls.insert(token, call);
        connect(call, &aws::AwsCall::uploadProgress, this, [this, token](qint64 sent, qint64) {
            if (PartSender *owner = m_owner)
                QMetaObject::invokeMethod(
                    owner, [owner, token, sent] { owner->m_progress(token, sent); }, Qt::QueuedConnection);
        });
        connect(call, &aws::AwsCall::finished, this, [this, token, call] {
            m_calls.remove(token);
            const Result result{call->error(), call->response()};
            if (PartSender *owner = m_owner)
                QMetaObject::invokeMethod(
                    owner,
                    [owner, token, result] {
                        --owner->m_inFlight;
                        owner->m_finished(token, result);
                    },
                    Qt::QueuedConnection);
        });
    }

    void abort(quint64 token)
    {
        if (aws::AwsCall *call = m_calls.value(token))
            call->abort();
    }

private:
    aws::AwsClientConfig m_config;
    aws::CredentialProvider *m_upstream;
    PartSender *m_owner; // set to null in tearDown(), on this thread
    QNetworkAccessManager *m_network = nullptr;
    aws::CredentialProvider *m_credentials = nullptr;
    aws::AwsClient *m_client = nullptr;
    QHash<quint64, QPointer<aws::AwsCall>> m_calls;
};

PartSender::PartSender(aws::AwsClient *owner, const QString &name, Progress progress, Finished finished)
    : m_progress(std::move(progress))
    , m_finished(std::move(finished))
{
    aws::AwsClientConfig config = owner->config();
    if (config.debugSink) {
        // The sink writes to the owner's streams: hand it the lines on the owner's thread.
        const QPointer<aws::AwsClient> client(owner);
        config.debugSink = [this, client](const QString &line) {
            QMetaObject::invokeMethod(
                this,
                [client, line] {
                    if (client && client->config().debugSink)
                        client->config().debugSink(line);
                },
                Qt::QueuedConnection);
        };
    }
    m_thread.setObjectName(name);
    m_worker = new Worker(std::move(config), owner->credentialProvider(), this);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->setUp(); }, Qt::QueuedConnection);
}

PartSender::~PartSender()
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->tearDown(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void PartSender::send(quint64 token, const aws::AwsHttpRequest &request)
{
    ++m_inFlight;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, token, request] { worker->send(token, request); },
        Qt::QueuedConnection);
}

void PartSender::abort(quint64 token)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, token] { worker->abort(token); }, Qt::QueuedConnection);
}

} // namespace vmi::transfer
