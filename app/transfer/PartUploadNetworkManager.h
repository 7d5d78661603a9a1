#pragma once

#include <QHash>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>

class QAbstractSocket;

namespace vmi::transfer {

// Idle keep-alive connections of DirectPutReply, per scheme, host and port. A connection the
// server closes (or says anything on) while idle is dropped.
class SocketPool : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~SocketPool() override;

    static QString keyOf(const QUrl &url);
    // An idle connected socket for `key`, now the caller's; nullptr when none.
    QAbstractSocket *take(const QString &key);
    // Back to the pool, connected and with nothing left to read.
    void give(const QString &key, QAbstractSocket *socket);

private:
    void drop(QAbstractSocket *socket);

    static constexpr int MaxIdlePerKey = 16;
    QHash<QString, QList<QAbstractSocket *>> m_idle; // children of the pool
};

// The QNetworkAccessManager of the part senders: S3 UploadPart requests (PUT with a streamed,
// seekable body, no proxy on the way) go out as DirectPutReply; everything else, and every
// request when a proxy applies, through Qt's own HTTP stack. VMI_UPLOAD_THROUGH_QT=1 sends the
// parts through Qt's stack too (for comparing the two).
class PartUploadNetworkManager : public QNetworkAccessManager
{
    Q_OBJECT
public:
    explicit PartUploadNetworkManager(QObject *parent = nullptr);

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;

private:
    bool sendsDirectly(const QUrl &url) const;

    SocketPool m_pool;
    bool m_throughQt;
};

} // namespace vmi::transfer
