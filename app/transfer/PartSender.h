#pragma once

#include "aws/AwsClient.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>

namespace vmi::aws {
class CredentialProvider;
}

namespace vmi::transfer {

// Sends UploadPart requests from a thread of its own, with its own QNetworkAccessManager
// (PartUploadNetworkManager: the parts' bodies are written to the socket on this thread, see
// DirectPutReply) and AwsClient. Two senders put the reading and sending on both cores.
// Credentials come from the owner's provider, asked on the owner's thread.
//
// Created on the owner's thread; send() and abort() may be called from there, the callbacks
// run there too. Destroying the sender stops its thread after its calls are aborted.
class PartSender : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        aws::AwsError error;
        aws::AwsHttpResponse response;
    };
    using Progress = std::function<void(quint64 token, qint64 sent)>;
    using Finished = std::function<void(quint64 token, const Result &result)>;

    PartSender(aws::AwsClient *owner, const QString &name, Progress progress, Finished finished);
    ~PartSender() override;

    // Sends one UploadPart; `token` names it in the callbacks.
    void send(quint64 token, const aws::AwsHttpRequest &request);
    // Aborts a send; its Finished callback still comes, with a Cancelled error.
    void abort(quint64 token);
    int inFlight() const { return m_inFlight; }

private:
    class Worker;
    QThread m_thread;
    Worker *m_worker = nullptr; // lives in m_thread
    int m_inFlight = 0;         // owner's thread only
    Progress m_progress;
    Finished m_finished;
};

} // namespace vmi::transfer
