#pragma once

// A real HTTP/1.1 server on a loopback port that answers each request with the next step of a
// script: a response, a connection reset, or silence. Tests use it to drive AwsClient through
// the failures a mock of QNetworkAccessManager could not produce (resets, stalls, clock skew).

#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

#include <functional>
#include <utility>

class QTcpSocket;

struct ReceivedRequest
{
    QByteArray method;
    QByteArray path; // as sent, percent-encoded, without the query
    QByteArray query;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    qint64 receivedAtMs = 0; // since the server started

    QByteArray header(QByteArrayView name) const;
};

struct ScriptStep
{
    enum class Kind
    {
        Respond,
        Reset, // close the connection without an answer
        Stall, // read the request and never answer
    };
    Kind kind = Kind::Respond;
    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers; // a Date header is added unless given
    QByteArray body;

    static ScriptStep respond(int status, const QByteArray &body = {},
                              const QList<std::pair<QByteArray, QByteArray>> &headers = {});
    // An AWS Query/EC2-style XML error body with this code.
    static ScriptStep error(int status, const QByteArray &code,
                            const QList<std::pair<QByteArray, QByteArray>> &headers = {});
    static ScriptStep reset() { return {Kind::Reset, 0, {}, {}}; }
    static ScriptStep stall() { return {Kind::Stall, 0, {}, {}}; }
};

QByteArray httpDate(const QDateTime &time);

class ScriptedHttpServer : public QObject
{
    Q_OBJECT
public:
    explicit ScriptedHttpServer(QObject *parent = nullptr);

    bool listen();
    QUrl url() const; // http://127.0.0.1:<port>

    // Steps are used in order; once they run out, every request gets `fallback`.
    void script(const QList<ScriptStep> &steps) { m_steps = steps; }
    void setFallback(const ScriptStep &step) { m_fallback = step; }
    // Decides each answer from the request instead (the script still goes first).
    void setResponder(std::function<ScriptStep(const ReceivedRequest &)> responder)
    {
        m_responder = std::move(responder);
    }
    const QList<ReceivedRequest> &requests() const { return m_requests; }

Q_SIGNALS:
    void requestReceived();

private:
    void onReadyRead(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const ScriptStep &step);

    QTcpServer m_server;
    QElapsedTimer m_clock;
    QList<ScriptStep> m_steps;
    ScriptStep m_fallback = ScriptStep::respond(200, "<ok/>");
    std::function<ScriptStep(const ReceivedRequest &)> m_responder;
    QList<ReceivedRequest> m_requests;
};
