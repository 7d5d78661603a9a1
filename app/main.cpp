// vmimport-wizard: the desktop app. Everything but start-up lives in the libraries.

#include "ui/Application.h"
#include "ui/MainWindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    // --version and --help must work without a display, so they are answered before a
    // QApplication (which needs one) exists.
    if (const auto exitCode = vmi::ui::handleInformationalOptions(argc, argv))
        return *exitCode;

    QApplication app(argc, argv);
    vmi::ui::setUpApplication(app);

    vmi::ui::MainWindow window;
    window.show();
    return QApplication::exec();
}
