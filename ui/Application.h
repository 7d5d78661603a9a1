#pragma once

#include <QLocale>

#include <optional>

class QApplication;

namespace vmi::ui {

// Answers --version and --help without a display; returns the exit status when the process
// should stop there, nothing when the GUI should start.
std::optional<int> handleInformationalOptions(int argc, char *argv[]);

// Names, icon, network proxy, translations and colour scheme for the running app (after the
// names are set, so it reads the app's own settings).
void setUpApplication(QApplication &app);

// The language of the user interface: the one chosen in Settings, else the system's.
QLocale userInterfaceLocale();

enum class ColorScheme
{
    System, // whatever the platform theme gives (Qt 6.4 cannot ask the system for dark mode)
    Light,  // Fusion's light palette
    Dark,   // Fusion with a dark palette
};
// The environment variable VMI_COLOR_SCHEME (system, light, dark) if set, else the setting
// "appearance/colorScheme" (same values), else System.
ColorScheme colorSchemeSetting();
void applyColorScheme(ColorScheme scheme);
// Whether the application's palette is a dark one (light text on a dark window).
bool paletteIsDark();

} // namespace vmi::ui
