#include "ScriptedHttpServer.h"

#include <QLocale>
#include <QTcpSocket>
#include <QTimeZone>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

QByteArray ReceivedRequest::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

ScriptStep ScriptStep::respond(int status, const QByteArray &body,
                               const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    return {Kind::Respond, status, headers, body};
}

ScriptStep ScriptStep::error(int status, const QByteArray &code,
                             const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    return respond(status,
                   "<Response><Errors><Error><Code>" + code + "</Code><Message>scripted " + code +
                       "</Message></Error></Errors><RequestID>req-" + code + "</RequestID></Response>",
                   headers);
}

QByteArray httpDate(const QDateTime &time)
{
    return QLocale::c()
        .toString(time.toTimeZone(QTimeZone::utc()), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
        .toLatin1();
}

ScriptedHttpServer::ScriptedHttpServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            socket->setParent(this);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

bool ScriptedHttpServer::listen()
{
    m_clock.start();
    return m_server.listen(QHostAddress::LocalHost);
}

QUrl ScriptedHttpServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
}

void ScriptedHttpServer::onReadyRead(QTcpSocket *socket)
{
    // The buffer lives on the socket, so a request split over several reads is put together.
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    for (;;) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            break;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        ReceivedRequest request;
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        const QByteArray target = requestLine.value(1);
        const qsizetype question = target.indexOf('?');
        request.path = question < 0 ? target : target.left(question);
        request.query = question < 0 ? QByteArray() : target.mid(question + 1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                request.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
        }
        const qsizetype length = request.header("Content-Length").toLongLong();
        if (buffer.size() < headerEnd + 4 + length)
            break;
        request.body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);
        request.receivedAtMs = m_clock.elapsed();
        m_requests.append(request);

        const ScriptStep step = !m_steps.isEmpty() ? m_steps.takeFirst()
                                : m_responder      ? m_responder(request)
                                                   : m_fallback;
        answer(socket, step);
        Q_EMIT requestReceived();
        if (step.kind != ScriptStep::Kind::Respond)
            return;
    }
    socket->setProperty("buffer", buffer);
}

void ScriptedHttpServer::answer(QTcpSocket *socket, const ScriptStep &step)
{
    switch (step.kind) {
    case ScriptStep::Kind::Stall:
        return;
    case ScriptStep::Kind::Reset:
#ifdef Q_OS_UNIX
        // SO_LINGER with a zero timeout makes close() send RST instead of FIN: a real reset.
        {
            const linger abortive{1, 0};
            setsockopt(static_cast<int>(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &abortive,
                       sizeof abortive);
        }
#endif
        socket->abort();
        socket->deleteLater();
        return;
    case ScriptStep::Kind::Respond:
        break;
    }
    QByteArray head = "HTTP/1.1 " + QByteArray::number(step.status) + " Scripted\r\n";
    bool hasDate = false;
    for (const auto &[name, value] : step.headers) {
        head += name + ": " + value + "\r\n";
        hasDate = hasDate || name.compare("Date", Qt::CaseInsensitive) == 0;
    }
    if (!hasDate)
        head += "Date: " + httpDate(QDateTime::currentDateTimeUtc()) + "\r\n";
    // One request per connection keeps every attempt on a connection of its own, so Qt never
    // resends a request on its own behind the client's back.
    head += "Content-Length: " + QByteArray::number(step.body.size()) + "\r\nConnection: close\r\n\r\n";
    socket->write(head + step.body);
    socket->disconnectFromHost();
}
