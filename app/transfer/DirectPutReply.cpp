#include "transfer/DirectPutReply.h"

#include "transfer/PartUploadNetworkManager.h"

#include <QNetworkProxy>
#include <QSslSocket>
#include <QTcpSocket>
#include <QUrl>

#include <cstring>

namespace vmi::transfer {

namespace {

// The socket's send buffer is kept this full: large writes, few wake-ups.
constexpr qint64 QueueTarget = 1024 * 1024;
constexpr qint64 ChunkSize = 256 * 1024;
// An answer's status line and headers: S3's are a few hundred bytes.
constexpr qint64 MaxHeadSize = 64 * 1024;

QNetworkReply::NetworkError networkErrorOf(QAbstractSocket::SocketError error)
{
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        return QNetworkReply::ConnectionRefusedError;
    case QAbstractSocket::RemoteHostClosedError:
        return QNetworkReply::RemoteHostClosedError;
    case QAbstractSocket::HostNotFoundError:
        return QNetworkReply::HostNotFoundError;
    case QAbstractSocket::SocketTimeoutError:
        return QNetworkReply::TimeoutError;
    case QAbstractSocket::SslHandshakeFailedError:
        return QNetworkReply::SslHandshakeFailedError;
    case QAbstractSocket::NetworkError:
        return QNetworkReply::UnknownNetworkError;
    default:
        return QNetworkReply::UnknownNetworkError;
    }
}

// The Host header as Qt writes it (and AwsClient signs it): the port only when not the default.
QByteArray hostHeader(const QUrl &url)
{
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']';
    const int defaultPort = url.scheme() == u"https" ? 443 : 80;
    if (url.port() != -1 && url.port() != defaultPort)
        host += ':' + QByteArray::number(url.port());
    return host;
}

} // namespace

DirectPutReply::DirectPutReply(SocketPool *pool, const QNetworkRequest &request, const QByteArray &verb,
                               QIODevice *body, QObject *parent)
    : QNetworkReply(parent)
    , m_pool(pool)
    , m_verb(verb)
    , m_body(body)
    , m_bodySize(body->size() - body->pos())
{
    setRequest(request);
    setUrl(request.url());
    setOperation(verb == "PUT" ? QNetworkAccessManager::PutOperation
                               : QNetworkAccessManager::CustomOperation);
    QIODevice::open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        fail(OperationCanceledError, tr("No data moved for %1 ms").arg(m_timeout.interval()));
    });
    // The body device says when it has more (a bandwidth limit released some).
    connect(m_body, &QIODevice::readyRead, this, &DirectPutReply::sendBody);
    // Started from the event loop, as Qt's replies are: the caller connects first.
    QMetaObject::invokeMethod(this, &DirectPutReply::connectSocket, Qt::QueuedConnection);
}

DirectPutReply::~DirectPutReply()
{
    releaseSocket(false);
}

void DirectPutReply::restartTimeout()
{
    const int ms = request().transferTimeout();
    if (ms > 0)
        m_timeout.start(ms);
}

void DirectPutReply::connectSocket()
{
    if (m_done)
        return;
    restartTimeout();
    const QUrl target = url();
    if (m_pool && !m_retriedOnFreshSocket)
        m_socket = m_pool->take(SocketPool::keyOf(target));
    m_reusedSocket = m_socket != nullptr;
    const bool tls = target.scheme() == u"https";
    if (!m_socket) {
        if (tls) {
            auto *ssl = new QSslSocket;
            ssl->setSslConfiguration(request().sslConfiguration());
            m_socket = ssl;
        } else {
            m_socket = new QTcpSocket;
        }
        m_socket->setProxy(QNetworkProxy::NoProxy); // PartUploadNetworkManager checked there is none
    }
    m_socket->setParent(this);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, &DirectPutReply::onSocketError);
    connect(m_socket, &QIODevice::readyRead, this, &DirectPutReply::onReadyRead);
    connect(m_socket, &QIODevice::bytesWritten, this, [this] {
        restartTimeout();
        sendBody();
    });
    if (auto *ssl = qobject_cast<QSslSocket *>(m_socket)) {
        // QSslSocket says bytesWritten() when it has encrypted what it was given, and
        // encryptedBytesWritten() as that leaves: the second is when there is room for more.
        connect(ssl, &QSslSocket::encryptedBytesWritten, this, [this] {
            restartTimeout();
            sendBody();
        });
        connect(ssl, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
            m_sslErrors = errors;
            Q_EMIT sslErrors(errors); // AwsClient names the failed certificate from these
        });
    }
    if (m_reusedSocket) {
        onConnected();
        return;
    }
    const int port = target.port(tls ? 443 : 80);
    if (auto *ssl = qobject_cast<QSslSocket *>(m_socket)) {
        connect(ssl, &QSslSocket::encrypted, this, &DirectPutReply::onConnected);
        ssl->connectToHostEncrypted(target.host(), quint16(port));
    } else {
        connect(m_socket, &QAbstractSocket::connected, this, &DirectPutReply::onConnected);
        m_socket->connectToHost(target.host(), quint16(port));
    }
}

void DirectPutReply::onConnected()
{
    if (m_done || !m_socket)
        return;
    restartTimeout();
    const QUrl target = url();
    QByteArray path = target.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
    if (path.isEmpty() || path.front() != '/')
        path.prepend('/');
    const QNetworkRequest &sent = request();
    // The client's own Host header when it set one (it signed that one), else Qt's form.
    const QByteArray host = sent.hasRawHeader("Host") ? sent.rawHeader("Host") : hostHeader(target);
    QByteArray head = m_verb + ' ' + path + " HTTP/1.1\r\nHost: " + host + "\r\n";
    bool hasLength = false;
    for (const QByteArray &name : sent.rawHeaderList()) {
        if (name.compare("Host", Qt::CaseInsensitive) == 0 ||
            name.compare("Connection", Qt::CaseInsensitive) == 0)
            continue;
        hasLength = hasLength || name.compare("Content-Length", Qt::CaseInsensitive) == 0;
        head += name + ": " + sent.rawHeader(name) + "\r\n";
    }
    if (!hasLength)
        head += "Content-Length: " + QByteArray::number(m_bodySize) + "\r\n";
    head += "Connection: keep-alive\r\n\r\n";
    m_socket->write(head);
    sendBody();
}

qint64 DirectPutReply::queuedOut() const
{
    qint64 queued = m_socket->bytesToWrite();
    if (const auto *ssl = qobject_cast<const QSslSocket *>(m_socket))
        queued += ssl->encryptedBytesToWrite();
    return queued;
}

void DirectPutReply::sendBody()
{
    if (m_done || !m_socket || m_headDone)
        return; // an answer before the whole body: the server has decided already
    if (m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    if (auto *ssl = qobject_cast<QSslSocket *>(m_socket); ssl && !ssl->isEncrypted())
        return;
    const qint64 before = m_sent;
    while (m_sent < m_bodySize && queuedOut() < QueueTarget) {
        const qint64 want = std::min(ChunkSize, m_bodySize - m_sent);
        if (m_chunk.size() < want)
            m_chunk.resize(want);
        const qint64 got = m_body->read(m_chunk.data(), want);
        if (got < 0 || (got == 0 && m_body->atEnd())) {
            fail(ProtocolFailure, tr("The request body could not be read to its end (%1 of %2 bytes): %3")
                                      .arg(m_sent)
                                      .arg(m_bodySize)
                                      .arg(m_body->errorString()));
            return;
        }
        if (got == 0)
            break; // the device says readyRead() when it has more
        if (m_socket->write(m_chunk.constData(), got) != got) {
            fail(networkErrorOf(m_socket->error()), m_socket->errorString());
            return;
        }
        m_sent += got;
    }
    if (m_sent != before)
        Q_EMIT uploadProgress(m_sent, m_bodySize);
}

void DirectPutReply::onReadyRead()
{
    if (m_done || !m_socket)
        return;
    restartTimeout();
    m_in += m_socket->readAll();
    if (!m_headDone && !parseHead())
        return;
    if (m_headDone && takeBody())
        complete();
}

// Status line and headers, once all of them arrived; false until then (or on a failure).
bool DirectPutReply::parseHead()
{
    while (!m_headDone) {
        const qsizetype end = m_in.indexOf("\r\n\r\n");
        if (end < 0) {
            if (m_in.size() > MaxHeadSize)
                fail(ProtocolFailure, tr("The server's answer has no end of headers."));
            return false;
        }
        const QList<QByteArray> lines = m_in.left(end).split('\n');
        m_in.remove(0, end + 4);
        const QList<QByteArray> status = lines.first().trimmed().split(' ');
        bool ok = false;
        const int code = status.size() >= 2 ? status.at(1).toInt(&ok) : 0;
        if (!ok || !status.first().startsWith("HTTP/1.")) {
            fail(ProtocolFailure,
                 tr("The server's answer is not HTTP: %1").arg(QString::fromLatin1(lines.first().left(80))));
            return false;
        }
        if (code == 100)
            continue; // "100 Continue": the real answer follows
        m_status = code;
        m_closeAfter = status.first() == "HTTP/1.0";
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed();
            const QByteArray value = line.mid(colon + 1).trimmed();
            setRawHeader(name, value);
            if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
                m_contentLength = value.toLongLong();
            else if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0)
                m_chunked = value.toLower().contains("chunked");
            else if (name.compare("Connection", Qt::CaseInsensitive) == 0)
                m_closeAfter = value.toLower().contains("close");
        }
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_status);
        setAttribute(QNetworkRequest::HttpReasonPhraseAttribute,
                     QString::fromLatin1(status.mid(2).join(' ')));
        m_headDone = true;
        Q_EMIT metaDataChanged();
    }
    return true;
}

// Moves the answer's body out of m_in; true once it is whole.
bool DirectPutReply::takeBody()
{
    if (m_chunked) {
        for (;;) {
            const qsizetype lineEnd = m_in.indexOf("\r\n");
            if (lineEnd < 0)
                return false;
            bool ok = false;
            const qint64 size = m_in.left(lineEnd).split(';').first().trimmed().toLongLong(&ok, 16);
            if (!ok || size < 0) {
                fail(ProtocolFailure, tr("The server's chunked answer is malformed."));
                return false;
            }
            if (size == 0) {
                // The last chunk, then optional trailers and an empty line.
                const qsizetype end = m_in.indexOf("\r\n\r\n", lineEnd);
                if (end < 0 && m_in.mid(lineEnd, 4) != "\r\n\r\n")
                    return false;
                m_in.clear();
                return true;
            }
            if (m_in.size() < lineEnd + 2 + size + 2)
                return false;
            m_answerBody += m_in.mid(lineEnd + 2, size);
            m_in.remove(0, lineEnd + 2 + size + 2);
        }
    }
    if (m_contentLength >= 0) {
        const qint64 missing = m_contentLength - m_answerBody.size();
        m_answerBody += m_in.left(missing);
        m_in.remove(0, std::min<qint64>(missing, m_in.size()));
        return m_answerBody.size() == m_contentLength;
    }
    // Neither length nor chunks: the body ends when the server closes.
    m_answerBody += m_in;
    m_in.clear();
    m_closeAfter = true;
    return m_socket->state() != QAbstractSocket::ConnectedState;
}

void DirectPutReply::onSocketError()
{
    if (m_done || !m_socket)
        return;
    const QAbstractSocket::SocketError error = m_socket->error();
    // A close that ends a body without length or chunks is its normal end.
    if (error == QAbstractSocket::RemoteHostClosedError && m_headDone && !m_chunked && m_contentLength < 0) {
        m_in += m_socket->readAll();
        takeBody();
        complete();
        return;
    }
    // A kept-alive connection the server had closed in the meantime: once more on a new one,
    // as Qt does, if nothing of an answer came.
    if (m_reusedSocket && !m_retriedOnFreshSocket && !m_headDone && m_in.isEmpty() && m_body->seek(0)) {
        m_retriedOnFreshSocket = true;
        releaseSocket(false);
        m_sent = 0;
        Q_EMIT uploadProgress(0, m_bodySize);
        connectSocket();
        return;
    }
    QString text = m_socket->errorString();
    if (error == QAbstractSocket::SslHandshakeFailedError && !m_sslErrors.isEmpty())
        text = m_sslErrors.first().errorString();
    fail(networkErrorOf(error), text);
}

void DirectPutReply::releaseSocket(bool reusable)
{
    QAbstractSocket *socket = m_socket;
    m_socket = nullptr;
    if (!socket)
        return;
    disconnect(socket, nullptr, this, nullptr);
    if (reusable && m_pool) {
        m_pool->give(SocketPool::keyOf(url()), socket);
        return;
    }
    socket->abort();
    socket->setParent(nullptr);
    socket->deleteLater();
}

void DirectPutReply::complete()
{
    if (m_done)
        return;
    m_done = true;
    m_timeout.stop();
    disconnect(m_body, nullptr, this, nullptr);
    // Reusable only when both sides are done with this request and the server keeps it open.
    releaseSocket(!m_closeAfter && m_sent == m_bodySize && m_in.isEmpty());
    if (m_status >= 400) {
        // Qt's codes for HTTP errors are all >= 200: AwsClient reads the answer, not the code.
        setError(m_status >= 500 ? InternalServerError : UnknownContentError,
                 tr("The server answered %1").arg(m_status));
        Q_EMIT errorOccurred(error());
    }
    setFinished(true);
    Q_EMIT uploadProgress(m_sent, m_bodySize);
    if (!m_answerBody.isEmpty())
        Q_EMIT readyRead();
    Q_EMIT finished();
}

void DirectPutReply::fail(NetworkError code, const QString &text)
{
    if (m_done)
        return;
    m_done = true;
    m_timeout.stop();
    disconnect(m_body, nullptr, this, nullptr);
    releaseSocket(false);
    setError(code, text);
    setFinished(true);
    Q_EMIT errorOccurred(code);
    Q_EMIT finished();
}

void DirectPutReply::abort()
{
    fail(OperationCanceledError, tr("Operation canceled"));
}

qint64 DirectPutReply::bytesAvailable() const
{
    return m_answerBody.size() - m_readPos + QIODevice::bytesAvailable();
}

qint64 DirectPutReply::readData(char *data, qint64 maxSize)
{
    const qint64 n = std::min<qint64>(maxSize, m_answerBody.size() - m_readPos);
    if (n <= 0)
        return m_done ? -1 : 0;
    std::memcpy(data, m_answerBody.constData() + m_readPos, size_t(n));
    m_readPos += n;
    return n;
}

} // namespace vmi::transfer
