#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QPair>
#include <QPointer>
#include <QSslError>
#include <QTimer>

class QAbstractSocket;

namespace vmi::transfer {

class SocketPool;

// One HTTP/1.1 PUT with a streamed body (an S3 UploadPart), written by this object on the
// reply's own thread instead of by Qt's network thread. It is what PartUploadNetworkManager
// returns from createRequest(), so callers (AwsClient) use it as any QNetworkReply.
//
// Why: Qt 6.4's HTTP stack asks the reply's thread for the body 16 KiB at a time and hands
// each piece to its network thread through queued signals, about 1 CPU-second per GiB of
// thread round trips, most of the upload's CPU (tests/bench/RESULTS.md). Here the body goes
// from its device to the socket in large writes, with no thread in between.
//
// It keeps QNetworkReply's contract as AwsClient relies on it: HttpStatusCodeAttribute and
// raw headers on an answer (any status), a transport error code (< 200) when no answer came,
// OperationCanceledError when abort() or the request's transfer timeout stopped it,
// SslHandshakeFailedError after sslErrors() for a certificate that does not verify,
// uploadProgress() as the body goes out, finished() once.
class DirectPutReply : public QNetworkReply
{
    Q_OBJECT
public:
    DirectPutReply(SocketPool *pool, const QNetworkRequest &request, const QByteArray &verb, QIODevice *body,
                   QObject *parent = nullptr);
    ~DirectPutReply() override;

    void abort() override;
    qint64 bytesAvailable() const override;
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    void connectSocket();
    void onConnected();
    void sendBody();
    void onReadyRead();
    bool parseHead();
    bool takeBody();
    void onSocketError();
    void restartTimeout();
    void fail(NetworkError code, const QString &text);
    void complete();
    void releaseSocket(bool reusable);
    qint64 queuedOut() const;

    QPointer<SocketPool> m_pool;
    QByteArray m_verb;
    QIODevice *m_body;
    qint64 m_bodySize = 0;
    qint64 m_sent = 0;
    QByteArray m_chunk; // reused read buffer for the body

    QAbstractSocket *m_socket = nullptr; // ours while the request runs
    bool m_reusedSocket = false;
    bool m_retriedOnFreshSocket = false;
    QList<QSslError> m_sslErrors;

    QByteArray m_in; // answer bytes not parsed yet
    bool m_headDone = false;
    int m_status = 0;
    qint64 m_contentLength = -1;
    bool m_chunked = false;
    bool m_closeAfter = false;
    QByteArray m_answerBody;
    qint64 m_readPos = 0;

    QTimer m_timeout;
    bool m_done = false;
};

} // namespace vmi::transfer
