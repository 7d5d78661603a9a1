#include "aws/CredentialProvider.h"

#include <QTimer>

namespace vmi::aws {

StaticCredentialProvider::StaticCredentialProvider(const Credentials &credentials, QObject *parent)
    : CredentialProvider(parent)
    , m_credentials(credentials)
{}

void StaticCredentialProvider::fetch(Callback done)
{
    // The contract is "never synchronously": callers set up their state after fetch() returns.
    // A zero timer bound to this object drops the callback if the provider is destroyed first
    // (AwsClient notices through QObject::destroyed).
    QTimer::singleShot(0, this, [this, done = std::move(done)] {
        if (m_credentials.isValid()) {
            done({m_credentials, {}}, {});
            return;
        }
        AwsError error;
        error.kind = AwsError::Kind::Credentials;
        error.code = QStringLiteral("NoCredentials");
        error.message = QStringLiteral("The access key id or the secret access key is empty.");
        done({}, error);
    });
}

} // namespace vmi::aws
