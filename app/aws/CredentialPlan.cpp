#include "aws/CredentialPlan.h"

#include <QCoreApplication>
#include <QSet>

namespace vmi::aws {

namespace {

// Every string of this file under one context, the one lupdate files Tr::tr() calls under
// (a plain tr() in a free function would be filed under the enclosing namespace instead).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vmi::aws::CredentialPlanner)
};

Credentials keysOf(const ConfigSection &profile)
{
    return {profile.value(QStringLiteral("aws_access_key_id")),
            profile.value(QStringLiteral("aws_secret_access_key")),
            profile.value(QStringLiteral("aws_session_token"))};
}

QString regionFor(const ConfigSection &profile)
{
    for (const char *variable : {"AWS_REGION", "AWS_DEFAULT_REGION"}) {
        const QString region = qEnvironmentVariable(variable);
        if (!region.isEmpty())
            return region;
    }
    return profile.value(QStringLiteral("region"));
}

// Fills the plan's base (the credentials a role chain starts from) or its only source.
void planProfile(const QString &name, const SharedConfig &config, CredentialPlan *plan,
                 QSet<QString> *visited)
{
    if (visited->contains(name)) {
        plan->error = Tr::tr("The profiles' source_profile settings form a loop through \"%1\".").arg(name);
        return;
    }
    visited->insert(name);
    const ConfigSection profile = config.profile(name);

    const QString roleArn = profile.value(QStringLiteral("role_arn"));
    if (!roleArn.isEmpty()) {
        const QString sourceProfile = profile.value(QStringLiteral("source_profile"));
        if (sourceProfile.isEmpty()) {
            plan->error =
                profile.contains(QStringLiteral("credential_source"))
                    ? Tr::tr("Profile \"%1\" uses credential_source, which this app does not support; use "
                             "source_profile instead.")
                          .arg(name)
                    : Tr::tr("Profile \"%1\" has role_arn but no source_profile to assume it with.")
                          .arg(name);
            return;
        }
        if (!config.hasProfile(sourceProfile)) {
            plan->error =
                Tr::tr("Profile \"%1\" names source_profile \"%2\", which is in neither the config nor "
                       "the credentials "
                       "file.")
                    .arg(name, sourceProfile);
            return;
        }
        bool durationOk = true;
        const QString durationText = profile.value(QStringLiteral("duration_seconds"));
        const int duration = durationText.isEmpty() ? 3600 : durationText.toInt(&durationOk);
        if (!durationOk || duration < 900 || duration > 43200) {
            plan->error =
                Tr::tr("Profile \"%1\": duration_seconds must be a number from 900 to 43200.").arg(name);
            return;
        }
        // A source profile that has its own keys is used for them, even if it also has a
        // role_arn (or is this very profile): that is how botocore ends a chain.
        const ConfigSection source = config.profile(sourceProfile);
        if (keysOf(source).isValid()) {
            plan->baseProfile = sourceProfile;
            plan->baseSource = CredentialPlan::Source::SharedFile;
            plan->staticCredentials = keysOf(source);
        } else {
            planProfile(sourceProfile, config, plan, visited);
            if (!plan->isValid())
                return;
        }
        plan->roleChain.append({name, roleArn, profile.value(QStringLiteral("role_session_name")),
                                profile.value(QStringLiteral("external_id")), duration});
        plan->source = CredentialPlan::Source::AssumeRole;
        return;
    }

    const Credentials keys = keysOf(profile);
    if (keys.isValid()) {
        plan->source = CredentialPlan::Source::SharedFile;
        plan->baseSource = plan->source;
        plan->baseProfile = name;
        plan->staticCredentials = keys;
        return;
    }
    if (!keys.accessKeyId.isEmpty() || !keys.secretAccessKey.isEmpty()) {
        plan->error =
            Tr::tr("Profile \"%1\" has only one of aws_access_key_id and aws_secret_access_key.").arg(name);
        return;
    }
    const QString process = profile.value(QStringLiteral("credential_process"));
    if (!process.isEmpty()) {
        plan->source = CredentialPlan::Source::CredentialProcess;
        plan->baseSource = plan->source;
        plan->baseProfile = name;
        plan->credentialProcess = process;
        return;
    }
    // IAM Identity Center profiles are not read yet: falling through to the keychain would end
    // in "Unable to locate credentials", which sends the user looking in the wrong place.
    for (const char *setting : {"sso_session", "sso_start_url", "sso_account_id", "sso_role_name"}) {
        if (profile.contains(QString::fromLatin1(setting))) {
            plan->error =
                Tr::tr("Profile \"%1\" signs in through IAM Identity Center (%2), which vmimport cannot "
                       "do yet. After `aws sso login --profile %1`, use a profile with "
                       "credential_process = aws configure export-credentials --profile %1 --format "
                       "process")
                    .arg(name, QString::fromLatin1(setting));
            return;
        }
    }
    // Nothing in the files: keys the user stored in the app under this profile's name.
    plan->source = CredentialPlan::Source::Keychain;
    plan->baseSource = plan->source;
    plan->baseProfile = name;
}

} // namespace

CredentialPlan CredentialPlanner::plan(const CredentialRequest &request, const SharedConfig &config)
{
    CredentialPlan plan;
    if (request.explicitCredentials.isValid()) {
        plan.source = CredentialPlan::Source::Explicit;
        plan.baseSource = plan.source;
        plan.staticCredentials = request.explicitCredentials;
        plan.region = regionFor(config.profile(request.profileOverride));
        return plan;
    }

    if (request.profileOverride.isEmpty()) {
        const Credentials environment{qEnvironmentVariable("AWS_ACCESS_KEY_ID"),
                                      qEnvironmentVariable("AWS_SECRET_ACCESS_KEY"),
                                      qEnvironmentVariable("AWS_SESSION_TOKEN")};
        if (environment.isValid()) {
            plan.source = CredentialPlan::Source::Environment;
            plan.baseSource = plan.source;
            plan.staticCredentials = environment;
            plan.region =
                regionFor(config.profile(qEnvironmentVariable("AWS_PROFILE", QStringLiteral("default"))));
            return plan;
        }
    }

    plan.profile = request.profileOverride.isEmpty()
                       ? qEnvironmentVariable("AWS_PROFILE", QStringLiteral("default"))
                       : request.profileOverride;
    // A named profile that exists nowhere is a mistake worth stopping for; "default" may
    // legitimately be absent when the keys are in the keychain.
    if (plan.profile != u"default" && !config.hasProfile(plan.profile)) {
        plan.error =
            Tr::tr("The AWS profile \"%1\" is in neither %2 nor %3.")
                .arg(plan.profile, SharedConfig::defaultConfigPath(), SharedConfig::defaultCredentialsPath());
        return plan;
    }
    plan.region = regionFor(config.profile(plan.profile));
    QSet<QString> visited;
    planProfile(plan.profile, config, &plan, &visited);
    return plan;
}

} // namespace vmi::aws
