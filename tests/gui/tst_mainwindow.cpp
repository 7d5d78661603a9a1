// The main window on the offscreen platform: it opens with its menus, dashboard and actions,
// draws something, and Quit closes it.

#include "ui/Application.h"
#include "ui/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QImage>
#include <QMenuBar>
#include <QSet>
#include <QSettings>
#include <QTableView>
#include <QTest>

using vmi::ui::MainWindow;

namespace {

QList<QAction *> menuActions(QMenuBar *bar)
{
    QList<QAction *> actions;
    for (QAction *menuAction : bar->actions()) {
        if (menuAction->menu())
            actions += menuAction->menu()->actions();
    }
    return actions;
}

bool hasAction(QMenuBar *bar, const QString &objectName)
{
    const QList<QAction *> actions = menuActions(bar);
    return std::any_of(actions.cbegin(), actions.cend(),
                       [&](QAction *a) { return a->objectName() == objectName; });
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        vmi::ui::setUpApplication(*qApp);
        QSettings().clear();
    }

    void applicationIconLoads()
    {
        // Needs the embedded resources and Qt's SVG icon engine.
        QVERIFY(!QApplication::windowIcon().pixmap(32, 32).isNull());
    }

    void opensWithMenusAndDashboard()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QCOMPARE(window.windowTitle(), QStringLiteral("VM Import Wizard"));
        QVERIFY(hasAction(window.menuBar(), QStringLiteral("aboutAction")));
        QVERIFY(hasAction(window.menuBar(), QStringLiteral("quitAction")));
        QVERIFY(hasAction(window.menuBar(), QStringLiteral("newImportAction")));
        QCOMPARE(window.newImportAction()->shortcut(), QKeySequence(QKeySequence::New));
        auto *table = window.findChild<QTableView *>(QStringLiteral("taskTableView"));
        QVERIFY(table);
        QVERIFY(table->isVisible());
        QVERIFY(!table->accessibleName().isEmpty());
    }

    void drawsSomething()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        const QImage image = window.grab().toImage();
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 400 && image.height() >= 300);
        // A blank window is one colour; menus, frames and text give many.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 2) {
            for (int x = 0; x < image.width(); x += 2)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY2(colours.size() > 8, qPrintable(QStringLiteral("only %1 colours").arg(colours.size())));

        const QByteArray screenshotDir = qgetenv("VMI_SCREENSHOT_DIR");
        if (!screenshotDir.isEmpty()) {
            QDir().mkpath(QString::fromLocal8Bit(screenshotDir));
            QVERIFY(image.save(QString::fromLocal8Bit(screenshotDir) + u"/main-window.png"));
        }
    }

    void quitClosesTheWindowAndKeepsItsGeometry()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(777, 555);
        auto *quit = window.findChild<QAction *>(QStringLiteral("quitAction"));
        QVERIFY(quit);
        quit->trigger();
        QTRY_VERIFY(!window.isVisible());

        MainWindow reopened;
        QCOMPARE(reopened.size(), QSize(777, 555));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
