// TEMPORARY (creds branch): StaticCredentialProvider is declared in CredentialProvider.h, whose
// .cpp belongs to the AwsClient work. This file exists only so the credential chain and its
// tests link before that lands; keep one of the two definitions when merging.

#include "aws/CredentialProvider.h"

namespace vmi::aws {

StaticCredentialProvider::StaticCredentialProvider(const Credentials &credentials, QObject *parent)
    : CredentialProvider(parent)
    , m_credentials(credentials)
{}

void StaticCredentialProvider::fetch(Callback done)
{
    QMetaObject::invokeMethod(
        this,
        [done = std::move(done), credentials = m_credentials] {
            done({credentials, {}}, {});
        },
        Qt::QueuedConnection);
}

} // namespace vmi::aws
