// The vmimport front end, in-process: exit statuses and what it prints.

#include "cli/CommandLine.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
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

    void inspectPrintsStableJson()
    {
        // Real images from qemu-img: one AWS takes, one it refuses.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString qemuImg = QStandardPaths::findExecutable(QStringLiteral("qemu-img"));
        QVERIFY2(!qemuImg.isEmpty(), "qemu-img is not installed (Debian package qemu-utils)");
        const QString vmdk = dir.filePath(QStringLiteral("disk.vmdk"));
        const QString qcow2 = dir.filePath(QStringLiteral("disk.qcow2"));
        QCOMPARE(QProcess::execute(qemuImg,
                                   {QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"),
                                    QStringLiteral("vmdk"), QStringLiteral("-o"),
                                    QStringLiteral("subformat=streamOptimized"), vmdk, QStringLiteral("3G")}),
                 0);
        QCOMPARE(
            QProcess::execute(qemuImg, {QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"),
                                        QStringLiteral("qcow2"), qcow2, QStringLiteral("1G")}),
            0);

        const Run good =
            run({QStringLiteral("inspect"), QStringLiteral("--output"), QStringLiteral("json"), vmdk});
        QCOMPARE(good.status, 0);
        const QJsonArray reports = QJsonDocument::fromJson(good.out.toUtf8()).array();
        QCOMPARE(reports.size(), 1);
        const QJsonObject report = reports.first().toObject();
        QCOMPARE(report[u"path"].toString(), vmdk);
        QCOMPARE(report[u"format"].toString(), QStringLiteral("vmdk"));
        QCOMPARE(report[u"subformat"].toString(), QStringLiteral("streamOptimized"));
        QCOMPARE(report[u"virtualSize"].toInteger(), qint64(3) << 30);
        QCOMPARE(report[u"fileSize"].toInteger(), QFileInfo(vmdk).size());
        QCOMPARE(report[u"partitionTable"].toString(), QStringLiteral("unknown"));
        QCOMPARE(report[u"importable"][u"ImportImage"].toBool(), true);
        QCOMPARE(report[u"importable"][u"ImportSnapshot"].toBool(), true);
        QCOMPARE(report[u"importable"][u"ImportDiskImage"].toBool(), false);
        QVERIFY(report[u"diagnostics"].isArray());

        const Run bad =
            run({QStringLiteral("inspect"), QStringLiteral("--output"), QStringLiteral("json"), vmdk, qcow2});
        QCOMPARE(bad.status, 1); // qcow2 has an error diagnostic
        const QJsonObject refused = QJsonDocument::fromJson(bad.out.toUtf8()).array().at(1).toObject();
        QCOMPARE(refused[u"format"].toString(), QStringLiteral("qcow2"));
        QCOMPARE(refused[u"diagnostics"][0][u"severity"].toString(), QStringLiteral("error"));
        QVERIFY(refused[u"diagnostics"][0][u"hint"].toString().contains(QStringLiteral("qemu-img convert")));

        const Run text = run({QStringLiteral("inspect"), qcow2});
        QCOMPARE(text.status, 1);
        QVERIFY2(text.out.contains(QStringLiteral("format: qcow2")), qPrintable(text.out));
    }

    void inspectUsageErrors()
    {
        QCOMPARE(run({QStringLiteral("inspect")}).status, 2);
        const Run r = run({QStringLiteral("inspect"), QStringLiteral("--output"), QStringLiteral("yaml"),
                           QStringLiteral("x")});
        QCOMPARE(r.status, 2);
        QVERIFY2(r.err.contains(QStringLiteral("text or json")), qPrintable(r.err));
    }

    void unknownOptionIsNamed()
    {
        const Run r = run({QStringLiteral("--frobnicate")});
        QCOMPARE(r.status, 2);
        QVERIFY2(r.err.contains(QStringLiteral("frobnicate")), qPrintable(r.err));
    }

    void s3CopyUsageErrors()
    {
        // Every one is refused before any AWS setup, with the AWS CLI's usage status.
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("disk.img"));
        QFile touch(file);
        QVERIFY(touch.open(QIODevice::WriteOnly));
        touch.close();
        const QString target = QStringLiteral("s3://bucket/key");
        const QList<std::pair<QStringList, QString>> cases = {
            {{QStringLiteral("cp"), file}, QStringLiteral("cp FILE s3://BUCKET/KEY")},
            {{QStringLiteral("mv"), file, target}, QStringLiteral("cp FILE s3://BUCKET/KEY")},
            {{QStringLiteral("cp"), target, file}, QStringLiteral("Only uploads")},
            {{QStringLiteral("cp"), file, QStringLiteral("s3:///key")}, QStringLiteral("No bucket")},
            {{QStringLiteral("cp"), file, target, QStringLiteral("--concurrency"), QStringLiteral("13")},
             QStringLiteral("from 1 to 12")},
            {{QStringLiteral("cp"), file, target, QStringLiteral("--part-size"), QStringLiteral("lots")},
             QStringLiteral("not a size")},
            {{QStringLiteral("cp"), file, target, QStringLiteral("--max-bandwidth=fast")},
             QStringLiteral("not a size")},
            {{QStringLiteral("cp"), file, target, QStringLiteral("--payload-signing"),
              QStringLiteral("maybe")},
             QStringLiteral("invalid choice")},
            {{QStringLiteral("cp"), file, target, QStringLiteral("--frobnicate")},
             QStringLiteral("--frobnicate")},
            {{QStringLiteral("cp"), dir.filePath(QStringLiteral("missing")), target},
             QStringLiteral("does not exist")},
        };
        for (const auto &[arguments, message] : cases) {
            const Run r = run(QStringList{QStringLiteral("s3")} + arguments);
            QCOMPARE(r.status, 252);
            QVERIFY2(r.err.contains(message), qPrintable(arguments.join(u' ') + u": " + r.err));
        }
        const Run help = run({QStringLiteral("s3"), QStringLiteral("help")});
        QCOMPARE(help.status, 0);
        QVERIFY(help.out.contains(QStringLiteral("--resume")));
        // Global options may come before "s3", as before the AWS CLI's service commands.
        const Run global = run({QStringLiteral("--region"), QStringLiteral("eu-west-1"), QStringLiteral("s3"),
                                QStringLiteral("cp"), file});
        QCOMPARE(global.status, 252);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
