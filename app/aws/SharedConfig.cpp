#include "aws/SharedConfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace vmi::aws {

namespace {

// Every string of this file under one context, the one lupdate files Tr::tr() calls under
// (a plain tr() in a free function would be filed under the enclosing namespace instead).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vmi::aws::SharedConfig)
};

bool isComment(QStringView trimmed)
{
    return trimmed.startsWith(u'#') || trimmed.startsWith(u';');
}

// "key = value" or "key: value" (configparser's two delimiters); keys are case-insensitive.
bool splitKeyValue(QStringView line, QString *key, QString *value)
{
    const qsizetype equals = line.indexOf(u'=');
    const qsizetype colon = line.indexOf(u':');
    qsizetype at = equals;
    if (at < 0 || (colon >= 0 && colon < at))
        at = colon;
    if (at <= 0)
        return false;
    *key = line.left(at).trimmed().toString().toLower();
    *value = line.mid(at + 1).trimmed().toString();
    return !key->isEmpty();
}

QString readFileText(const QString &path, QStringList *errors)
{
    QFile file(path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly)) {
        errors->append(
            Tr::tr("%1: cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

QString envPath(const char *variable, const QString &fallback)
{
    const QString value = qEnvironmentVariable(variable);
    if (value.isEmpty())
        return fallback;
    // The SDKs expand "~" in these variables.
    if (value == u"~" || value.startsWith(u"~/"))
        return QDir::homePath() + value.mid(1);
    return value;
}

} // namespace

QHash<QString, ConfigSection> SharedConfig::parseIni(const QString &text, QStringList *errors)
{
    QHash<QString, ConfigSection> sections;
    ConfigSection *current = nullptr;
    QString lastKey;           // the key an indented line continues
    bool inBadSection = false; // after a broken header: its settings are reported once, not per line
    const QStringList lines = text.split(QRegularExpression(QStringLiteral("\r\n|\n|\r")));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines[i];
        const QStringView trimmed = QStringView(line).trimmed();
        const int lineNumber = int(i + 1);
        if (trimmed.isEmpty() || isComment(trimmed))
            continue;

        const bool indented = line.front().isSpace();
        if (indented && current && !lastKey.isEmpty()) {
            // A continuation: botocore reads an indented block under "key =" as a nested
            // section; under a key with a value, configparser appends the line to the value.
            QString key;
            QString value;
            if (current->values.value(lastKey).isEmpty() && splitKeyValue(trimmed, &key, &value)) {
                current->values.remove(lastKey);
                current->nested[lastKey].insert(key, value);
            } else if (!current->nested.contains(lastKey)) {
                current->values[lastKey] += u'\n' + trimmed.toString();
            } else {
                errors->append(Tr::tr("line %1: expected \"key = value\" in the block under \"%2\"")
                                   .arg(lineNumber)
                                   .arg(lastKey));
            }
            continue;
        }

        if (trimmed.startsWith(u'[')) {
            if (!trimmed.endsWith(u']')) {
                errors->append(Tr::tr("line %1: a section header must end with \"]\"").arg(lineNumber));
                current = nullptr;
                inBadSection = true;
                continue;
            }
            const QString name = trimmed.mid(1, trimmed.size() - 2).trimmed().toString();
            current = &sections[name];
            lastKey.clear();
            inBadSection = false;
            continue;
        }

        QString key;
        QString value;
        if (!current && inBadSection) {
            continue;
        } else if (!current) {
            errors->append(Tr::tr("line %1: a setting outside any [section]").arg(lineNumber));
        } else if (!splitKeyValue(trimmed, &key, &value)) {
            errors->append(Tr::tr("line %1: expected \"key = value\"").arg(lineNumber));
        } else {
            current->values.insert(key, value);
            current->nested.remove(key);
            lastKey = key;
        }
    }
    return sections;
}

QString SharedConfig::defaultConfigPath()
{
    return envPath("AWS_CONFIG_FILE", QDir::homePath() + QStringLiteral("/.aws/config"));
}

QString SharedConfig::defaultCredentialsPath()
{
    return envPath("AWS_SHARED_CREDENTIALS_FILE", QDir::homePath() + QStringLiteral("/.aws/credentials"));
}

SharedConfig SharedConfig::load()
{
    return fromFiles(defaultConfigPath(), defaultCredentialsPath());
}

SharedConfig SharedConfig::fromFiles(const QString &configPath, const QString &credentialsPath)
{
    QStringList readErrors;
    const QString configText = readFileText(configPath, &readErrors);
    const QString credentialsText = readFileText(credentialsPath, &readErrors);
    SharedConfig config = fromText(configText, credentialsText, QDir::toNativeSeparators(configPath),
                                   QDir::toNativeSeparators(credentialsPath));
    config.m_errors = readErrors + config.m_errors;
    return config;
}

SharedConfig SharedConfig::fromText(const QString &configText, const QString &credentialsText,
                                    const QString &configLabel, const QString &credentialsLabel)
{
    SharedConfig config;
    // Each parse error names its file, so the user knows where to look.
    const auto collectErrors = [&config](const QString &label, const QStringList &errors) {
        for (const QString &error : errors)
            config.m_errors.append(label + QStringLiteral(": ") + error);
    };

    QStringList errors;
    const QHash<QString, ConfigSection> configSections = parseIni(configText, &errors);
    collectErrors(configLabel, errors);
    for (auto it = configSections.cbegin(); it != configSections.cend(); ++it) {
        const QString &name = it.key();
        // The config file names profiles "[profile x]", except "[default]"; "[x]" alone is
        // ignored there, as botocore does.
        if (name == u"default")
            config.m_configProfiles.insert(name, it.value());
        else if (name.startsWith(u"profile "))
            config.m_configProfiles.insert(name.mid(8).trimmed(), it.value());
        else if (name.startsWith(u"services "))
            config.m_services.insert(name.mid(9).trimmed(), it.value());
    }

    errors.clear();
    config.m_credentialsProfiles = parseIni(credentialsText, &errors);
    collectErrors(credentialsLabel, errors);
    return config;
}

bool SharedConfig::hasProfile(const QString &name) const
{
    return m_configProfiles.contains(name) || m_credentialsProfiles.contains(name);
}

QStringList SharedConfig::profileNames() const
{
    QStringList names = m_configProfiles.keys() + m_credentialsProfiles.keys();
    names.sort();
    names.removeDuplicates();
    return names;
}

ConfigSection SharedConfig::profile(const QString &name) const
{
    ConfigSection merged = m_configProfiles.value(name);
    const ConfigSection credentials = m_credentialsProfiles.value(name);
    for (auto it = credentials.values.cbegin(); it != credentials.values.cend(); ++it)
        merged.values.insert(it.key(), it.value());
    for (auto it = credentials.nested.cbegin(); it != credentials.nested.cend(); ++it)
        merged.nested.insert(it.key(), it.value());
    return merged;
}

ConfigSection SharedConfig::servicesSection(const QString &name) const
{
    return m_services.value(name);
}

} // namespace vmi::aws
