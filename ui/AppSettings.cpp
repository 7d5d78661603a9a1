#include "ui/AppSettings.h"

#include "models/ImportSettings.h"
#include "models/PrivateFile.h"

#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QSettings>

namespace vmi::ui {

namespace {
// The keys, in one place: the file is the user's, and a renamed key loses their choice.
const QString RegionKey = QStringLiteral("defaults/region");
const QString AwsProfileKey = QStringLiteral("defaults/awsProfile");
const QString ProxyModeKey = QStringLiteral("network/proxyMode");
const QString ProxyHostKey = QStringLiteral("network/proxyHost");
const QString ProxyPortKey = QStringLiteral("network/proxyPort");
const QString LanguageKey = QStringLiteral("interface/language");
const QString PollIntervalKey = QStringLiteral("monitoring/pollIntervalSeconds");
const QString PartSizeKey = QStringLiteral("upload/partSizeBytes");
const QString ConcurrencyKey = QStringLiteral("upload/concurrency");
const QString BandwidthKey = QStringLiteral("upload/maxBandwidthBytesPerSecond");

const QString ManualProxyValue = QStringLiteral("manual");
const QString SystemProxyValue = QStringLiteral("system");

// Unset and empty values are removed rather than stored, so the file only lists choices.
// Written at once and owner-only, like every file the app keeps.
void storeOrRemove(QSettings &settings, const QString &key, const QVariant &value, bool isDefault)
{
    if (isDefault)
        settings.remove(key);
    else
        settings.setValue(key, value);
    syncPrivateSettings(settings);
}
} // namespace

QString AppSettings::defaultRegion()
{
    return QSettings().value(RegionKey).toString().trimmed();
}

void AppSettings::setDefaultRegion(const QString &region)
{
    QSettings settings;
    storeOrRemove(settings, RegionKey, region.trimmed(), region.trimmed().isEmpty());
}

QString AppSettings::defaultAwsProfile()
{
    return QSettings().value(AwsProfileKey).toString().trimmed();
}

void AppSettings::setDefaultAwsProfile(const QString &profile)
{
    QSettings settings;
    storeOrRemove(settings, AwsProfileKey, profile.trimmed(), profile.trimmed().isEmpty());
}

ProxySettings AppSettings::proxy()
{
    const QSettings settings;
    ProxySettings proxy;
    proxy.host = settings.value(ProxyHostKey).toString().trimmed();
    const int port = settings.value(ProxyPortKey).toInt();
    proxy.port = port > 0 && port <= 65535 ? quint16(port) : 0;
    // A manual proxy without a host or port cannot be used: the system's settings apply.
    const bool manual = settings.value(ProxyModeKey).toString() == ManualProxyValue;
    proxy.mode = manual && !proxy.host.isEmpty() && proxy.port != 0 ? ProxyMode::Manual : ProxyMode::System;
    return proxy;
}

void AppSettings::setProxy(const ProxySettings &proxy)
{
    QSettings settings;
    settings.setValue(ProxyModeKey, proxy.mode == ProxyMode::Manual ? ManualProxyValue : SystemProxyValue);
    storeOrRemove(settings, ProxyHostKey, proxy.host.trimmed(), proxy.host.trimmed().isEmpty());
    storeOrRemove(settings, ProxyPortKey, int(proxy.port), proxy.port == 0);
}

void AppSettings::applyProxy()
{
    const ProxySettings chosen = proxy();
    if (chosen.mode == ProxyMode::Manual) {
        // The system factory would override the application proxy: off first.
        QNetworkProxyFactory::setUseSystemConfiguration(false);
        QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::HttpProxy, chosen.host, chosen.port));
    } else {
        QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::DefaultProxy));
        QNetworkProxyFactory::setUseSystemConfiguration(true);
    }
}

QString AppSettings::language()
{
    return QSettings().value(LanguageKey).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    QSettings settings;
    storeOrRemove(settings, LanguageKey, language, language.isEmpty());
}

std::chrono::seconds AppSettings::pollInterval()
{
    const QVariant stored = QSettings().value(PollIntervalKey);
    if (!stored.isValid())
        return DefaultPollInterval;
    return std::clamp(std::chrono::seconds(stored.toLongLong()), MinPollInterval, MaxPollInterval);
}

void AppSettings::setPollInterval(std::chrono::seconds interval)
{
    QSettings settings;
    const std::chrono::seconds clamped = std::clamp(interval, MinPollInterval, MaxPollInterval);
    storeOrRemove(settings, PollIntervalKey, qlonglong(clamped.count()), clamped == DefaultPollInterval);
}

vmi::import::TaskMonitor::Intervals AppSettings::monitorIntervals()
{
    vmi::import::TaskMonitor::Intervals intervals;
    intervals.active = pollInterval();
    // A task that does not move is polled less often, but never more often than a moving one.
    intervals.idle = std::max<std::chrono::milliseconds>(intervals.idle, intervals.active);
    return intervals;
}

UploadDefaults AppSettings::uploadDefaults()
{
    const QSettings settings;
    UploadDefaults defaults;
    defaults.partSize = qMax<qint64>(0, settings.value(PartSizeKey).toLongLong());
    defaults.concurrency = qMax(0, settings.value(ConcurrencyKey).toInt());
    defaults.maxBandwidth = qMax<qint64>(0, settings.value(BandwidthKey).toLongLong());
    return defaults;
}

void AppSettings::setUploadDefaults(const UploadDefaults &defaults)
{
    QSettings settings;
    storeOrRemove(settings, PartSizeKey, defaults.partSize, defaults.partSize <= 0);
    storeOrRemove(settings, ConcurrencyKey, defaults.concurrency, defaults.concurrency <= 0);
    storeOrRemove(settings, BandwidthKey, defaults.maxBandwidth, defaults.maxBandwidth <= 0);
}

void AppSettings::applyUploadDefaults(UploadSettings &upload)
{
    const UploadDefaults defaults = uploadDefaults();
    if (upload.partSize == 0)
        upload.partSize = defaults.partSize;
    if (upload.concurrency == 0)
        upload.concurrency = defaults.concurrency;
    if (upload.maxBandwidth == 0)
        upload.maxBandwidth = defaults.maxBandwidth;
}

} // namespace vmi::ui
