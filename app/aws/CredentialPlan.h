#pragma once

#include "aws/Credentials.h"
#include "aws/SharedConfig.h"

#include <QList>
#include <QString>

namespace vmi::aws {

// Where a profile's credentials come from, decided from the environment and the shared files
// in the AWS CLI's order, before anything is run or sent. Running a credential_process or
// calling STS AssumeRole is the CredentialProvider's job; this only says what to do.
struct CredentialPlan
{
    enum class Source
    {
        Explicit,          // keys given to this process directly
        Environment,       // AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY (/ AWS_SESSION_TOKEN)
        SharedFile,        // aws_access_key_id and friends in the profile
        CredentialProcess, // credential_process in the profile
        AssumeRole,        // role_arn + source_profile: the last step of roleChain
        Keychain,          // keys the user stored in the app (the OS keychain)
    };

    // One AssumeRole call; the chain runs from the base credentials outwards.
    struct RoleStep
    {
        QString profile;
        QString roleArn;
        QString roleSessionName;
        QString externalId;
        int durationSeconds = 3600;
    };

    Source source = Source::Keychain;
    QString profile;                      // the profile the plan was made for ("" for environment keys)
    QString region;                       // from AWS_REGION, AWS_DEFAULT_REGION or the profile
    Credentials staticCredentials;        // Explicit, Environment, SharedFile, and the base of a role chain
    QString credentialProcess;            // CredentialProcess, or the base of a role chain
    QString baseProfile;                  // the profile the base credentials come from
    Source baseSource = Source::Keychain; // for AssumeRole: where the base credentials come from
    QList<RoleStep> roleChain;            // AssumeRole: outermost role last
    QString error;                        // non-empty: no plan, and why (for the user)

    bool isValid() const { return error.isEmpty(); }
};

struct CredentialRequest
{
    QString profileOverride; // --profile, or the profile chosen in the app; "" = not given
    Credentials explicitCredentials;
};

class CredentialPlanner
{
public:
    // profileOverride wins over the environment's keys, as in the AWS CLI; without it,
    // environment keys come first, then AWS_PROFILE or "default" from the files.
    static CredentialPlan plan(const CredentialRequest &request, const SharedConfig &config);
};

} // namespace vmi::aws
