#pragma once

#include <optional>

class QApplication;

namespace vmi::ui {

// Answers --version and --help without a display; returns the exit status when the process
// should stop there, nothing when the GUI should start.
std::optional<int> handleInformationalOptions(int argc, char *argv[]);

// Names, icon and translations for the running app.
void setUpApplication(QApplication &app);

} // namespace vmi::ui
