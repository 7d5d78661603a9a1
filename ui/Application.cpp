#include "ui/Application.h"

#include "vmi/Version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

namespace vmi::ui {

std::optional<int> handleInformationalOptions(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("VM Import Wizard: move virtual machine disks into AWS."));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        QStringLiteral("Show this help."));
    const QCommandLineOption versionOption({QStringLiteral("v"), QStringLiteral("version")},
                                           QStringLiteral("Show the version."));
    parser.addOption(helpOption);
    parser.addOption(versionOption);
    // Qt's own options (-platform, -style, ...) are parsed by QApplication later.
    parser.parse(arguments);

    QTextStream out(stdout);
    if (parser.isSet(versionOption)) {
        out << "vmimport-wizard " << VMI_VERSION_STRING << '\n';
        return 0;
    }
    if (parser.isSet(helpOption)) {
        out << parser.helpText();
        return 0;
    }
    return std::nullopt;
}

void setUpApplication(QApplication &app)
{
    QApplication::setApplicationName(QStringLiteral("vmimport-wizard"));
    QApplication::setApplicationDisplayName(QStringLiteral(VMI_APPLICATION_NAME));
    QApplication::setApplicationVersion(QStringLiteral(VMI_VERSION_STRING));
    QApplication::setOrganizationName(QStringLiteral(VMI_ORGANIZATION_NAME));
    QApplication::setOrganizationDomain(QStringLiteral(VMI_ORGANIZATION_DOMAIN));
    QApplication::setDesktopFileName(QStringLiteral("io.github.vmimport_wizard"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/vmi/icons/vmimport-wizard.svg")));

    // Qt's own strings (dialog buttons) and ours, in the system's language; both are owned by
    // the application object.
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qtTranslator);
    auto *appTranslator = new QTranslator(&app);
    if (appTranslator->load(QLocale(), QStringLiteral("vmimport"), QStringLiteral("_"),
                            QStringLiteral(":/i18n")))
        QApplication::installTranslator(appTranslator);
}

} // namespace vmi::ui
