#pragma once

#include "aws/RefreshingCredentialProvider.h"

#include <QPointer>

namespace vmi::aws {

class KeychainStore;

// The keys the user stored in the app for a profile, read from the OS keychain once and then
// kept in memory (asking again on every call could mean a keychain prompt each time);
// invalidate() after the user changes them.
class KeychainCredentialProvider : public RefreshingCredentialProvider
{
    Q_OBJECT
public:
    // store must outlive this provider's fetches (a missing store is reported as an error).
    KeychainCredentialProvider(KeychainStore *store, const QString &profile, QObject *parent = nullptr);

protected:
    void retrieve(Callback done) override;

private:
    QPointer<KeychainStore> m_store;
    QString m_profile;
};

} // namespace vmi::aws
