// The vmimport front end, in-process: exit statuses and what it prints.

#include "cli/CommandLine.h"

#include <QTest>
#include <QTextStream>

class TestCli : public QObject
{
    Q_OBJECT

    struct Run
    {
        int status;
        QString out;
        QString err;
    };

    static Run run(QStringList arguments)
    {
        arguments.prepend(QStringLiteral("vmimport"));
        Run r{0, {}, {}};
        QTextStream out(&r.out);
        QTextStream err(&r.err);
        r.status = vmi::cli::run(arguments, out, err);
        out.flush();
        err.flush();
        return r;
    }

private Q_SLOTS:
    void version()
    {
        const Run r = run({QStringLiteral("--version")});
        QCOMPARE(r.status, 0);
        QCOMPARE(r.out, QStringLiteral("vmimport " VMI_EXPECTED_VERSION "\n"));
        QVERIFY(r.err.isEmpty());
    }

    void noCommandIsUsageError()
    {
        const Run r = run({});
        QCOMPARE(r.status, 2);
        QVERIFY(r.err.contains(QStringLiteral("Usage: vmimport")));
    }

    void unknownCommandIsNamed()
    {
        const Run r = run({QStringLiteral("frobnicate")});
        QCOMPARE(r.status, 2);
        QVERIFY2(r.err.contains(QStringLiteral("unknown command 'frobnicate'")), qPrintable(r.err));
    }

    void unknownOptionIsNamed()
    {
        const Run r = run({QStringLiteral("--frobnicate")});
        QCOMPARE(r.status, 2);
        QVERIFY2(r.err.contains(QStringLiteral("frobnicate")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
