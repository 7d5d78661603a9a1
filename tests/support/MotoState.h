#pragma once

// What the moto fixture (tests/fakes/moto_fixture.py) tells the tests: where moto listens and
// the throw-away key of its test user, from the state file named by VMI_MOTO_STATE.

#include "aws/Credentials.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

struct MotoState
{
    QUrl endpoint;
    QString region;
    vmi::aws::Credentials credentials;
    QString userArn;
};

inline MotoState readMotoState()
{
    QFile file(qEnvironmentVariable("VMI_MOTO_STATE"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("no moto state file (%s): is the moto fixture running?", qPrintable(file.fileName()));
    const QJsonObject state = QJsonDocument::fromJson(file.readAll()).object();
    return {QUrl(state[u"endpoint"].toString()), state[u"region"].toString(),
            vmi::aws::Credentials{state[u"accessKeyId"].toString(), state[u"secretAccessKey"].toString(), {}},
            state[u"userArn"].toString()};
}
