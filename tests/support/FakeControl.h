#pragma once

// Test-side helpers for the servers the ctest fixtures start: their state files and the import
// fake's control endpoints (/_fake/..., no signature).

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>

// The JSON state file named by an environment variable (VMI_MOTO_STATE, VMI_IMPORT_FAKE_STATE).
inline QJsonObject readStateFile(const char *variable)
{
    QFile file(qEnvironmentVariable(variable));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("%s does not name a state file: run this through ctest", variable);
    return QJsonDocument::fromJson(file.readAll()).object();
}

// The import fake's control endpoints: injections, configuration, recorded requests.
class FakeControl
{
public:
    FakeControl(QNetworkAccessManager *network, const QString &controlEndpoint)
        : m_network(network)
        , m_endpoint(controlEndpoint)
    {}

    QJsonObject get(const QString &path) const
    {
        return answerOf(m_network->get(QNetworkRequest(QUrl(m_endpoint + u'/' + path))));
    }

    QJsonObject post(const QString &path, const QJsonObject &body) const
    {
        QNetworkRequest request(QUrl(m_endpoint + u'/' + path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        return answerOf(m_network->post(request, QJsonDocument(body).toJson()));
    }

private:
    static QJsonObject answerOf(QNetworkReply *reply)
    {
        if (!reply->isFinished()) {
            QSignalSpy done(reply, &QNetworkReply::finished);
            done.wait(30'000);
        }
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return answer;
    }

    QNetworkAccessManager *m_network;
    QString m_endpoint;
};
