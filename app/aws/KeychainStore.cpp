#include "aws/KeychainStore.h"

#include "aws/RefreshingCredentialProvider.h"
#include "vmi/Version.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <qt6keychain/keychain.h>

namespace vmi::aws {

namespace {

// The blob's own version, so a later layout can still read entries written by this one.
constexpr int BlobVersion = 1;

QString noKeychainMessage(const QString &detail)
{
    return KeychainStore::tr(
               "No OS keychain is available (on Linux: a Secret Service such as GNOME Keyring or "
               "KWallet must be running); VM Import Wizard never stores keys in a plain file. "
               "(%1)")
        .arg(detail);
}

// libsecret reports a missing or unreachable Secret Service as a plain D-Bus failure, which
// QtKeychain passes on as OtherError; these are the D-Bus and GIO words for "nobody to talk to".
bool meansNoSecretService(const QString &detail)
{
    static const char *const Markers[] = {
        "org.freedesktop.DBus.Error.ServiceUnknown", // no Secret Service on the bus
        "was not provided by any .service files",    // the same, as GDBus words it
        "org.freedesktop.DBus.Error.NoServer",       //
        "Could not connect",                         // no session bus at that address
        "Cannot autolaunch D-Bus",                   // no session bus at all
        "Cannot spawn a message bus",                //
        "D-Bus is not running",                      // QtKeychain's KWallet path
    };
    for (const char *marker : Markers) {
        if (detail.contains(QLatin1StringView(marker), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

AwsError errorOf(const QKeychain::Job &job, const QString &profile)
{
    const QString detail = job.errorString();
    switch (job.error()) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return credentialsError(
            QStringLiteral("NotInKeychain"),
            KeychainStore::tr("No AWS keys are stored in the keychain for profile \"%1\".").arg(profile));
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return credentialsError(QStringLiteral("NoKeychain"), noKeychainMessage(detail));
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return credentialsError(
            QStringLiteral("KeychainAccessDenied"),
            KeychainStore::tr("The keychain refused access to the keys of profile \"%1\" (is "
                              "it locked?): %2")
                .arg(profile, detail));
    case QKeychain::OtherError:
        if (meansNoSecretService(detail))
            return credentialsError(QStringLiteral("NoKeychain"), noKeychainMessage(detail));
        break;
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    return credentialsError(
        QStringLiteral("KeychainError"),
        KeychainStore::tr("The keychain failed for profile \"%1\": %2").arg(profile, detail));
}

template <typename JobType>
JobType *newJob(const QString &service, const QString &profile)
{
    auto *job = new JobType(service);
    job->setKey(profile);
    job->setAutoDelete(true);
    // Without a backend QtKeychain can keep secrets in a QSettings file instead. Never: off
    // explicitly, whatever the library's default.
    job->setInsecureFallback(false);
    return job;
}

} // namespace

KeychainStore::KeychainStore(QObject *parent)
    : QObject(parent)
    , m_serviceName(QStringLiteral(VMI_APPLICATION_NAME))
{}

void KeychainStore::setServiceName(const QString &name)
{
    m_serviceName = name;
}

void KeychainStore::save(const QString &profile, const Credentials &credentials, DoneCallback done)
{
    auto *job = newJob<QKeychain::WritePasswordJob>(m_serviceName, profile);
    QJsonObject blob{{QStringLiteral("Version"), BlobVersion},
                     {QStringLiteral("AccessKeyId"), credentials.accessKeyId},
                     {QStringLiteral("SecretAccessKey"), credentials.secretAccessKey}};
    if (!credentials.sessionToken.isEmpty())
        blob.insert(QStringLiteral("SessionToken"), credentials.sessionToken);
    job->setTextData(QString::fromUtf8(QJsonDocument(blob).toJson(QJsonDocument::Compact)));
    connect(job, &QKeychain::Job::finished, this,
            [profile, done](QKeychain::Job *finished) { done(errorOf(*finished, profile)); });
    job->start();
}

void KeychainStore::load(const QString &profile, LoadCallback done)
{
    auto *job = newJob<QKeychain::ReadPasswordJob>(m_serviceName, profile);
    connect(job, &QKeychain::Job::finished, this, [profile, done](QKeychain::Job *finished) {
        const AwsError error = errorOf(*finished, profile);
        if (error.isError()) {
            done({}, error);
            return;
        }
        const QJsonObject blob =
            QJsonDocument::fromJson(static_cast<QKeychain::ReadPasswordJob *>(finished)->textData().toUtf8())
                .object();
        const Credentials credentials{blob.value(u"AccessKeyId").toString(),
                                      blob.value(u"SecretAccessKey").toString(),
                                      blob.value(u"SessionToken").toString()};
        if (blob.value(u"Version").toInt() != BlobVersion || !credentials.isValid()) {
            done({}, credentialsError(QStringLiteral("KeychainEntryInvalid"),
                                      tr("The keychain entry of profile \"%1\" is not one this app wrote; "
                                         "enter the keys again.")
                                          .arg(profile)));
            return;
        }
        done(credentials, {});
    });
    job->start();
}

void KeychainStore::remove(const QString &profile, DoneCallback done)
{
    auto *job = newJob<QKeychain::DeletePasswordJob>(m_serviceName, profile);
    connect(job, &QKeychain::Job::finished, this,
            [profile, done](QKeychain::Job *finished) { done(errorOf(*finished, profile)); });
    job->start();
}

} // namespace vmi::aws
