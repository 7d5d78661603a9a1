#include "ui/Application.h"

#include "ui/AppSettings.h"
#include "vmi/Version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
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

    applyColorScheme(colorSchemeSetting());
}

ColorScheme colorSchemeSetting()
{
    QString name = qEnvironmentVariable("VMI_COLOR_SCHEME");
    if (name.isEmpty())
        name = QSettings().value(QStringLiteral("appearance/colorScheme")).toString();
    name = name.trimmed().toLower();
    if (name == u"dark")
        return ColorScheme::Dark;
    if (name == u"light")
        return ColorScheme::Light;
    return ColorScheme::System;
}

namespace {
// A dark palette for Fusion: text contrast of at least 7:1 on windows and fields, links and
// selections that stay readable, and greyed-out disabled text.
QPalette darkPalette()
{
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor button(0x3c, 0x3f, 0x41);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabledText(0x80, 0x80, 0x80);
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::ToolTipBase, button);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, button);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    palette.setColor(QPalette::Light, button.lighter(130));
    palette.setColor(QPalette::Midlight, button.lighter(115));
    palette.setColor(QPalette::Mid, button.darker(120));
    palette.setColor(QPalette::Dark, base.darker(130));
    palette.setColor(QPalette::Shadow, Qt::black);
    palette.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    palette.setColor(QPalette::LinkVisited, QColor(0xb0, 0x9c, 0xff));
    palette.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, button);
    return palette;
}
} // namespace

void applyColorScheme(ColorScheme scheme)
{
    if (scheme == ColorScheme::System)
        return;
    // Fusion draws from the palette alone; native styles may ignore a dark one.
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(scheme == ColorScheme::Dark ? darkPalette()
                                                         : QApplication::style()->standardPalette());
}

bool paletteIsDark()
{
    const QPalette palette = QApplication::palette();
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

QLocale userInterfaceLocale()
{
    const QString chosen = AppSettings::language();
    return chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
}

} // namespace vmi::ui
