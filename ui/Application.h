#pragma once

#include <QLocale>

#include <optional>

class QApplication;

namespace vmi::ui {

// Answers --version and --help without a display; returns the exit status when the process
// should stop there, nothing when the GUI should start.
std::optional<int> handleInformationalOptions(int argc, char *argv[]);

// Names, icon, network proxy and translations for the running app (after the names are set,
// so it reads the app's own settings).
void setUpApplication(QApplication &app);

// The language of the user interface: the one chosen in Settings, else the system's.
QLocale userInterfaceLocale();

} // namespace vmi::ui
