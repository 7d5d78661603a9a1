#pragma once

// QTEST_MAIN for GUI tests that can also take screenshots on a real display. ctest runs GUI
// tests on the offscreen platform (tests/CMakeLists.txt); VMI_SCREENSHOT_PLATFORM (for
// example xcb, under xvfb-run) replaces it before the QApplication starts, so the PNGs written
// to VMI_SCREENSHOT_DIR show the fonts and style of a desktop.

#include <QApplication>
#include <QTest>

#define VMI_GUI_TEST_MAIN(TestObject)                                                                        \
    int main(int argc, char *argv[])                                                                         \
    {                                                                                                        \
        if (const QByteArray platform = qgetenv("VMI_SCREENSHOT_PLATFORM"); !platform.isEmpty())             \
            qputenv("QT_QPA_PLATFORM", platform);                                                            \
        QApplication app(argc, argv);                                                                        \
        app.setAttribute(Qt::AA_Use96Dpi, true);                                                             \
        TestObject test;                                                                                     \
        QTEST_SET_MAIN_SOURCE_PATH                                                                           \
        return QTest::qExec(&test, argc, argv);                                                              \
    }
