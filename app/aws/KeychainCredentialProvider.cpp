#include "aws/KeychainCredentialProvider.h"

#include "aws/KeychainStore.h"

namespace vmi::aws {

KeychainCredentialProvider::KeychainCredentialProvider(KeychainStore *store, const QString &profile,
                                                       QObject *parent)
    : RefreshingCredentialProvider(parent)
    , m_store(store)
    , m_profile(profile)
{}

void KeychainCredentialProvider::retrieve(Callback done)
{
    if (!m_store) {
        done({},
             credentialsError(
                 QStringLiteral("NoKeychain"),
                 tr("No keychain store was given to read the keys of profile \"%1\" from.").arg(m_profile)));
        return;
    }
    m_store->load(m_profile, [done](const Credentials &credentials, const AwsError &error) {
        done({credentials, {}}, error);
    });
}

} // namespace vmi::aws
