#pragma once

#include "aws/AwsError.h"
#include "aws/Credentials.h"

#include <QObject>

#include <functional>

namespace vmi::aws {

// Keys the user typed into the app, kept in the OS keychain through QtKeychain (Secret Service
// on Linux, Keychain on macOS, Credential Manager on Windows): service name = the application
// name, key = the AWS profile name. There is no plaintext fallback: when no keychain backend is
// available, every call fails with a Credentials error that says so.
class KeychainStore : public QObject
{
    Q_OBJECT
public:
    using LoadCallback = std::function<void(const Credentials &, const AwsError &)>;
    using DoneCallback = std::function<void(const AwsError &)>;

    explicit KeychainStore(QObject *parent = nullptr);

    // The keychain service name ("VM Import Wizard" unless a test changes it).
    void setServiceName(const QString &name);
    QString serviceName() const { return m_serviceName; }

    void save(const QString &profile, const Credentials &credentials, DoneCallback done);
    // A profile with nothing stored is an error of kind Credentials with code "NotInKeychain".
    void load(const QString &profile, LoadCallback done);
    void remove(const QString &profile, DoneCallback done);

private:
    QString m_serviceName;
};

} // namespace vmi::aws
