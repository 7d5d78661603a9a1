// vmimport: the command-line twin of the desktop app.

#include "cli/CommandLine.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    return vmi::cli::run(QCoreApplication::arguments());
}
