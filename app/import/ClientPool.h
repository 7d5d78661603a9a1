#pragma once

#include "aws/AwsClient.h"
#include "aws/CredentialProvider.h"
#include "aws/KeychainStore.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QObject>

#include <memory>
#include <string>
#include <unordered_map>

namespace vmi::import {

// One AwsClient per Region and AWS profile, built the way the AWS CLI builds its session:
// the shared config files, the credential chain of the profile ("" = the default chain),
// endpoint overrides from the environment and the profile. Jobs name a profile and a Region
// only, so this is how the dashboard and the CLI reach the account a job runs in.
class ClientPool : public QObject
{
    Q_OBJECT
public:
    explicit ClientPool(QObject *parent = nullptr);
    ~ClientPool() override;

    // Null, with the reason in *error, when the config files cannot be read or the profile
    // has no usable credentials plan.
    aws::AwsClient *client(const QString &region, const QString &awsProfile, QString *error = nullptr);

    // Added to every client's config (tests: an app id for the fake's per-client rules).
    void setUserAgentAppId(const QString &appId) { m_userAgentAppId = appId; }

private:
    struct Entry
    {
        std::unique_ptr<aws::CredentialProvider> credentials;
        std::unique_ptr<aws::AwsClient> client;
    };

    QNetworkAccessManager m_network;
    aws::KeychainStore m_keychain;
    QString m_userAgentAppId;
    std::unordered_map<std::string, Entry> m_entries;
};

} // namespace vmi::import
