#include "ui/Application.h"

#include "ui/AppSettings.h"
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
    QApplication::setDesktopFileName(QStringLiteral(VMI_DESKTOP_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/vmi/icons/vmimport-wizard.svg")));

    AppSettings::applyProxy();

    // The language chosen in Settings, else the system's. A chosen one also sets the default
    // locale, so numbers and dates match the words around them.
    const QLocale locale = userInterfaceLocale();
    if (!AppSettings::language().isEmpty())
        QLocale::setDefault(locale);
    // Qt's own strings (dialog buttons) and ours; both are owned by the application object.
    // (QTranslator::load tries the locale's UI languages in order: fr_FR, fr, ...)
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qtTranslator);
    auto *appTranslator = new QTranslator(&app);
    appTranslator->setObjectName(QStringLiteral("vmimportTranslator"));
    if (appTranslator->load(locale, QStringLiteral("vmimport"), QStringLiteral("_"),
                            QStringLiteral(":/i18n")))
        QApplication::installTranslator(appTranslator);
}

QLocale userInterfaceLocale()
{
    const QString chosen = AppSettings::language();
    return chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
}

} // namespace vmi::ui
