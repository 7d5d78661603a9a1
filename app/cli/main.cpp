// vmimport: the command-line twin of the desktop app.

#include "cli/CommandLine.h"
#include "vmi/Version.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The desktop app's names (ui/Application.cpp), so QStandardPaths gives both programs the
    // same data folder and `vmimport profiles` sees the wizard's profiles.
    QCoreApplication::setOrganizationName(QStringLiteral(VMI_ORGANIZATION_NAME));
    QCoreApplication::setApplicationName(QStringLiteral("vmimport-wizard"));
    return vmi::cli::run(QCoreApplication::arguments());
}
