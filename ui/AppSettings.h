#pragma once

#include "import/TaskMonitor.h"

#include <QString>

#include <chrono>

namespace vmi {
struct UploadSettings;
}

namespace vmi::ui {

// How the app reaches the network.
enum class ProxyMode
{
    System, // the platform's settings (on Linux: http_proxy, https_proxy, no_proxy)
    Manual, // one HTTP proxy, host:port (HTTPS goes through it with CONNECT)
};

struct ProxySettings
{
    ProxyMode mode = ProxyMode::System;
    QString host;
    quint16 port = 0;

    friend bool operator==(const ProxySettings &, const ProxySettings &) = default;
};

// What an upload uses when its import profile leaves a value at 0.
struct UploadDefaults
{
    qint64 partSize = 0;     // bytes; 0 = chosen from the file size
    int concurrency = 0;     // parts in flight; 0 = the upload engine's default
    qint64 maxBandwidth = 0; // bytes per second; 0 = no limit

    friend bool operator==(const UploadDefaults &, const UploadDefaults &) = default;
};

// The app's preferences, read and written through QSettings (the app's own file or registry
// entry, named by the organization and application names). Holds no secret: AWS keys go to
// the OS keychain (aws::KeychainStore), never here. Every getter reads the current value, so
// a page that opens after the Settings dialog closed sees the change.
class AppSettings
{
public:
    AppSettings() = delete;

    // Defaults for a new import (the wizard's Start page): an empty string means none chosen.
    static QString defaultRegion();
    static void setDefaultRegion(const QString &region);
    static QString defaultAwsProfile();
    static void setDefaultAwsProfile(const QString &profile);

    static ProxySettings proxy();
    static void setProxy(const ProxySettings &proxy);
    // Makes every QNetworkAccessManager of the process use the stored proxy choice.
    static void applyProxy();

    // The user-interface language as a BCP 47 code ("de", "fr", "ja", "en"); empty = the
    // system's. Read once at start (see setUpApplication).
    static QString language();
    static void setLanguage(const QString &language);

    // How often a moving import task is polled; an idle one is polled at least this rarely.
    static std::chrono::seconds pollInterval();
    static void setPollInterval(std::chrono::seconds interval);
    static import::TaskMonitor::Intervals monitorIntervals();

    static UploadDefaults uploadDefaults();
    static void setUploadDefaults(const UploadDefaults &defaults);
    // Fills the values an import profile left at 0 with the stored defaults.
    static void applyUploadDefaults(UploadSettings &upload);

    static constexpr std::chrono::seconds DefaultPollInterval{10};
    static constexpr std::chrono::seconds MinPollInterval{5};
    static constexpr std::chrono::seconds MaxPollInterval{600};
};

} // namespace vmi::ui
