#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace vmi::aws {

// One section of an AWS config or credentials file: keys (lower case) to values. A value
// written as an indented block ("s3 =\n  addressing_style = path") is a nested section.
struct ConfigSection
{
    QHash<QString, QString> values;
    QHash<QString, QHash<QString, QString>> nested;

    QString value(const QString &key) const { return values.value(key); }
    bool contains(const QString &key) const { return values.contains(key) || nested.contains(key); }
};

// The AWS CLI's shared files: ~/.aws/config ("[profile x]", "[default]", "[services x]",
// "[sso-session x]") and ~/.aws/credentials ("[x]"), located through AWS_CONFIG_FILE and
// AWS_SHARED_CREDENTIALS_FILE like the SDKs do. A profile's settings are the config file's
// section overlaid by the credentials file's, as botocore merges them.
class SharedConfig
{
public:
    // Parses INI text the way botocore's raw_config_parse does; problems are collected
    // (with line numbers) in *errors, and the rest of the file is still read.
    static QHash<QString, ConfigSection> parseIni(const QString &text, QStringList *errors);

    // Reads the files named by the environment (or the defaults under the home directory).
    // Missing files are not an error: most users have only one of the two.
    static SharedConfig load();
    static SharedConfig fromFiles(const QString &configPath, const QString &credentialsPath);
    static SharedConfig fromText(const QString &configText, const QString &credentialsText,
                                 const QString &configLabel = QStringLiteral("config"),
                                 const QString &credentialsLabel = QStringLiteral("credentials"));

    static QString defaultConfigPath();
    static QString defaultCredentialsPath();

    bool hasProfile(const QString &name) const;
    QStringList profileNames() const;
    ConfigSection profile(const QString &name) const;
    ConfigSection servicesSection(const QString &name) const;

    // Parse problems of both files, for the user ("config line 4: ...").
    QStringList errors() const { return m_errors; }

private:
    QHash<QString, ConfigSection> m_configProfiles;      // by profile name
    QHash<QString, ConfigSection> m_credentialsProfiles; // by profile name
    QHash<QString, ConfigSection> m_services;            // [services name]
    QStringList m_errors;
};

} // namespace vmi::aws
