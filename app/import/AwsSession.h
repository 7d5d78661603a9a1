#pragma once

#include <QHash>
#include <QNetworkAccessManager>
#include <QObject>
#include <QStringList>

#include <chrono>
#include <memory>
#include <optional>

namespace vmi::aws {
class AwsClient;
class CredentialProvider;
class KeychainStore;
} // namespace vmi::aws

namespace vmi::import {

// The GUI's way to AWS: one QNetworkAccessManager and one AwsClient per (AWS profile, Region)
// pair, built the way the `vmimport` CLI builds its session (shared config files, credential
// chain, endpoint overrides from the environment and the profile, AWS_MAX_ATTEMPTS). Clients
// are made on first use and kept, so every page that asks about the same account shares the
// credential cache and the retry quota. Never blocks: only the calls it hands out do work.
class AwsSession : public QObject
{
    Q_OBJECT

public:
    explicit AwsSession(QObject *parent = nullptr);
    ~AwsSession() override;

    // The client for the profile ("" = the AWS CLI's default choice) and Region, or null with
    // the reason in *error (config files that do not parse, a profile that does not exist, an
    // unusable credential plan, no Region).
    aws::AwsClient *client(const QString &profile, const QString &region, QString *error);

    // How long a call of the clients made from now on may go without a byte moving (the AWS
    // CLI's --cli-read-timeout; 0: no limit). Default: the client's own.
    void setReadTimeout(std::chrono::milliseconds timeout) { m_readTimeout = timeout; }

    // The profiles of the shared config and credentials files, for a picker.
    static QStringList profileNames();

    // Forgets every client (after the user edited ~/.aws/config, say); calls in flight end
    // with a Cancelled error.
    void reset();

    // Makes every client read its keychain-stored keys again at its next call (after the user
    // saved or removed keys in Settings). Unlike reset(), calls in flight go on.
    void forgetKeychainCredentials();

private:
    struct Connection;
    QNetworkAccessManager m_network;
    std::unique_ptr<aws::KeychainStore> m_keychain;
    QHash<QString, std::shared_ptr<Connection>> m_connections;
    std::optional<std::chrono::milliseconds> m_readTimeout;
};

} // namespace vmi::import
