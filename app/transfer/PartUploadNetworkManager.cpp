#include "transfer/PartUploadNetworkManager.h"

#include "transfer/DirectPutReply.h"

#include <QAbstractSocket>
#include <QNetworkProxyFactory>
#include <QNetworkProxyQuery>
#include <QUrl>

namespace vmi::transfer {

SocketPool::~SocketPool() = default; // the idle sockets are children

QString SocketPool::keyOf(const QUrl &url)
{
    const int defaultPort = url.scheme() == u"https" ? 443 : 80;
    return url.scheme() + u"://" + url.host() + u':' + QString::number(url.port(defaultPort));
}

QAbstractSocket *SocketPool::take(const QString &key)
{
    QList<QAbstractSocket *> &idle = m_idle[key];
    while (!idle.isEmpty()) {
        QAbstractSocket *socket = idle.takeLast();
        disconnect(socket, nullptr, this, nullptr);
        if (socket->state() == QAbstractSocket::ConnectedState && socket->bytesAvailable() == 0) {
            socket->setParent(nullptr);
            return socket;
        }
        socket->deleteLater();
    }
    return nullptr;
}

void SocketPool::give(const QString &key, QAbstractSocket *socket)
{
    QList<QAbstractSocket *> &idle = m_idle[key];
    if (idle.size() >= MaxIdlePerKey || socket->state() != QAbstractSocket::ConnectedState) {
        socket->deleteLater();
        return;
    }
    socket->setParent(this);
    // An idle connection has nothing to say: a close or stray bytes end it.
    connect(socket, &QAbstractSocket::disconnected, this, [this, socket] { drop(socket); });
    connect(socket, &QIODevice::readyRead, this, [this, socket] { drop(socket); });
    connect(socket, &QAbstractSocket::errorOccurred, this, [this, socket] { drop(socket); });
    idle.append(socket);
}

void SocketPool::drop(QAbstractSocket *socket)
{
    for (QList<QAbstractSocket *> &idle : m_idle)
        idle.removeAll(socket);
    disconnect(socket, nullptr, this, nullptr);
    socket->deleteLater();
}

PartUploadNetworkManager::PartUploadNetworkManager(QObject *parent)
    : QNetworkAccessManager(parent)
    , m_pool(this)
    , m_throughQt(qEnvironmentVariableIntValue("VMI_UPLOAD_THROUGH_QT") == 1)
{}

bool PartUploadNetworkManager::sendsDirectly(const QUrl &url) const
{
    if (m_throughQt || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty())
        return false;
    // Proxies (the app's settings, the system's, http_proxy) stay Qt's business.
    const QNetworkProxy::ProxyType own = proxy().type();
    if (own != QNetworkProxy::DefaultProxy && own != QNetworkProxy::NoProxy)
        return false;
    if (own == QNetworkProxy::NoProxy)
        return true;
    const QList<QNetworkProxy> proxies = proxyFactory()
                                             ? proxyFactory()->queryProxy(QNetworkProxyQuery(url))
                                             : QNetworkProxyFactory::proxyForQuery(QNetworkProxyQuery(url));
    return proxies.isEmpty() || proxies.first().type() == QNetworkProxy::NoProxy;
}

QNetworkReply *PartUploadNetworkManager::createRequest(Operation op, const QNetworkRequest &request,
                                                       QIODevice *outgoingData)
{
    QByteArray verb;
    if (op == PutOperation)
        verb = "PUT";
    else if (op == CustomOperation)
        verb = request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
    // A seekable body: after a keep-alive connection the server had closed, it is sent again.
    if (verb == "PUT" && outgoingData && !outgoingData->isSequential() && sendsDirectly(request.url()))
        return new DirectPutReply(&m_pool, request, verb, outgoingData, this);
    return QNetworkAccessManager::createRequest(op, request, outgoingData);
}

} // namespace vmi::transfer
