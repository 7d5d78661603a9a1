// The app in French: ctest starts this binary with LANG=fr_FR.UTF-8 (and no LC_ALL), the way a
// French user's session starts the app. The embedded French .qm must load and the main window
// must speak French; the language chosen in Settings must win over the system's.
//
// The expected words come from the .qm itself (QCoreApplication::translate), so the test does
// not pin one translator's wording; it fails while the French .ts leaves them untranslated.

#include "ui/AppSettings.h"
#include "ui/Application.h"
#include "ui/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QMenuBar>
#include <QSettings>
#include <QTest>
#include <QTranslator>

using vmi::ui::AppSettings;
using vmi::ui::MainWindow;

namespace {

QTranslator *appTranslator()
{
    // setUpApplication names the one it installs.
    return qApp->findChild<QTranslator *>(QStringLiteral("vmimportTranslator"), Qt::FindDirectChildrenOnly);
}

// Undoes setUpApplication's translators, so a test can set the app up again.
void removeTranslators()
{
    const QList<QTranslator *> translators = qApp->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

QString mainWindowText(const char *source)
{
    return QCoreApplication::translate("vmi::ui::MainWindow", source);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCOMPARE(qgetenv("LANG"), QByteArray("fr_FR.UTF-8"));
        QVERIFY2(qEnvironmentVariableIsEmpty("LC_ALL"), "run through ctest: LC_ALL would override LANG");
        // The app's names (and so its settings file, in ctest's private XDG_CONFIG_HOME).
        vmi::ui::setUpApplication(*qApp);
        removeTranslators();
        QSettings().clear();
    }

    void cleanup()
    {
        QSettings().clear();
        removeTranslators();
        QLocale::setDefault(QLocale::system());
    }

    void frenchSystemLoadsTheFrenchTranslation()
    {
        vmi::ui::setUpApplication(*qApp);
        QCOMPARE(vmi::ui::userInterfaceLocale().language(), QLocale::French);
        QTranslator *translator = appTranslator();
        QVERIFY2(translator, "no translator for the French locale: is vmimport_fr.qm embedded under :/i18n?");
        QVERIFY2(translator->filePath().endsWith(u"vmimport_fr.qm"), qPrintable(translator->filePath()));
        QVERIFY(!translator->isEmpty());
    }

    void theMainWindowSpeaksFrench()
    {
        vmi::ui::setUpApplication(*qApp);
        const QString file = mainWindowText("&File");
        const QString newImport = mainWindowText("&New Import...");
        QVERIFY2(file != u"&File", "the French .ts has no translation of the File menu");
        QVERIFY2(newImport != u"&New Import...", "the French .ts has no translation of New Import");

        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QList<QAction *> menus = window.menuBar()->actions();
        QVERIFY(!menus.isEmpty());
        QCOMPARE(menus.first()->text(), file);
        QCOMPARE(window.newImportAction()->text(), newImport);
        QVERIFY(window.windowTitle().size() > 0);
    }

    void theLanguageChosenInSettingsWins()
    {
        AppSettings::setLanguage(QStringLiteral("de"));
        vmi::ui::setUpApplication(*qApp);
        QCOMPARE(vmi::ui::userInterfaceLocale().language(), QLocale::German);
        QCOMPARE(QLocale().language(), QLocale::German); // numbers and dates follow
        QTranslator *translator = appTranslator();
        QVERIFY(translator);
        QVERIFY2(translator->filePath().endsWith(u"vmimport_de.qm"), qPrintable(translator->filePath()));
    }

    void englishChosenLoadsNoTranslation()
    {
        AppSettings::setLanguage(QStringLiteral("en"));
        vmi::ui::setUpApplication(*qApp);
        QVERIFY(!appTranslator() || appTranslator()->filePath().isEmpty());
        QCOMPARE(mainWindowText("&File"), QStringLiteral("&File"));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
