// `vmimport validate` and `vmimport profiles`, in-process: exit statuses, the stable JSON,
// real disk images from qemu-img and real AWS CLI skeletons.

#include "cli/CommandLine.h"
#include "models/ProfileJson.h"
#include "models/ProfileStore.h"
#include "models/RequestJson.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace vmi;

class TestCliProfiles : public QObject
{
    Q_OBJECT

    struct Run
    {
        int status;
        QString out;
        QString err;

        QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
    };

    static Run run(QStringList arguments)
    {
        arguments.prepend(QStringLiteral("vmimport"));
        Run r{0, {}, {}};
        QTextStream out(&r.out);
        QTextStream err(&r.err);
        r.status = cli::run(arguments, out, err);
        out.flush();
        err.flush();
        return r;
    }

    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    static void writeFile(const QString &path, const QByteArray &content)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }

    static void writeProfile(const QString &path, const QJsonObject &profile)
    {
        writeFile(path, QJsonDocument(profile).toJson());
    }

    void qemuImg(const QStringList &arguments)
    {
        const QString program = QStandardPaths::findExecutable(QStringLiteral("qemu-img"));
        QVERIFY2(!program.isEmpty(), "qemu-img is not installed (Debian package qemu-utils)");
        QCOMPARE(QProcess::execute(program, arguments), 0);
    }

    // A valid ImportImage profile whose one disk is the local file `disk` (relative to the
    // profile), uploaded to the upload bucket.
    static QJsonObject profileFor(const QString &disk)
    {
        return QJsonDocument::fromJson(QStringLiteral(R"({
            "schemaVersion": 1, "name": "lab", "operation": "ImportImage", "region": "eu-west-1",
            "upload": {"bucket": "vm-import-disks", "keyPrefix": "imports/", "localFiles": ["%1"]},
            "request": {"Platform": "Linux", "LicenseType": "BYOL", "DiskContainers": [{"Format": "VMDK"}]}
        })")
                                           .arg(disk)
                                           .toUtf8())
            .object();
    }

    static QStringList fields(const QJsonDocument &result, const QString &severity)
    {
        QStringList found;
        for (const QJsonValue &d : result[u"diagnostics"].toArray()) {
            if (d[u"severity"].toString() == severity)
                found.append(d[u"field"].toString());
        }
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The profile commands use the real store location: only under ctest's throw-away
        // XDG folders.
        QVERIFY2(qEnvironmentVariableIsSet("XDG_DATA_HOME"), "run this test through ctest");
        QVERIFY(QDir(ProfileStore::defaultDirectory()).removeRecursively()); // what an earlier run left
        QVERIFY(m_dir.isValid());
        qemuImg({QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"), QStringLiteral("vmdk"),
                 QStringLiteral("-o"), QStringLiteral("subformat=streamOptimized"),
                 path(QStringLiteral("good.vmdk")), QStringLiteral("1G")});
        qemuImg({QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"), QStringLiteral("vmdk"),
                 QStringLiteral("-o"), QStringLiteral("subformat=monolithicSparse"),
                 path(QStringLiteral("sparse.vmdk")), QStringLiteral("1G")});
        qemuImg({QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"),
                 QStringLiteral("qcow2"), path(QStringLiteral("disk.qcow2")), QStringLiteral("1G")});
    }

    void validGoodProfile()
    {
        writeProfile(path(QStringLiteral("good.json")), profileFor(QStringLiteral("good.vmdk")));
        const Run r = run({QStringLiteral("validate"), path(QStringLiteral("good.json")),
                           QStringLiteral("--output"), QStringLiteral("json")});
        QVERIFY2(r.status == 0, qPrintable(r.out + r.err));
        const QJsonDocument result = r.json();
        QCOMPARE(result.object().keys(),
                 (QStringList{QStringLiteral("diagnostics"), QStringLiteral("valid")}));
        QCOMPARE(result[u"valid"].toBool(false), true);
        QCOMPARE(fields(result, QStringLiteral("error")), QStringList());

        const Run text = run({QStringLiteral("validate"), path(QStringLiteral("good.json"))});
        QCOMPARE(text.status, 0);
        QVERIFY2(text.out.contains(u": valid"), qPrintable(text.out));
    }

    // The inspector runs on the profile's local files, and the Validator judges what it found.
    void validateInspectsLocalFiles_data()
    {
        QTest::addColumn<QString>("disk");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("not stream-optimized") << "sparse.vmdk"
                                              << "upload.localFiles[0]"
                                              << "stream-optimized";
        QTest::newRow("qcow2") << "disk.qcow2"
                               << "upload.localFiles[0]"
                               << "QCOW2";
        QTest::newRow("missing") << "nowhere.vmdk"
                                 << "upload.localFiles[0]"
                                 << "does not exist";
    }
    void validateInspectsLocalFiles()
    {
        QFETCH(QString, disk);
        QFETCH(QString, field);
        QFETCH(QString, mentions);
        writeProfile(path(QStringLiteral("check.json")), profileFor(disk));
        const Run r = run({QStringLiteral("validate"), QStringLiteral("--output"), QStringLiteral("json"),
                           path(QStringLiteral("check.json"))});
        QCOMPARE(r.status, 1);
        const QJsonDocument result = r.json();
        QCOMPARE(result[u"valid"].toBool(true), false);
        QVERIFY2(fields(result, QStringLiteral("error")).contains(field), qPrintable(r.out));
        QVERIFY2(r.out.contains(mentions), qPrintable(r.out));
    }

    void validateSaysWhatIsWrongWithTheFile_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("field");
        QTest::newRow("request file, not a profile")
            << QByteArray(R"({"DiskContainers": []})") << "schemaVersion";
        QTest::newRow("unknown request member")
            << QByteArray(
                   R"({"schemaVersion": 1, "name": "x", "operation": "ImportImage", "request": {"Disks": []}})")
            << "request.Disks";
        QTest::newRow("newer schema")
            << QByteArray(R"({"schemaVersion": 9, "name": "x"})") << "schemaVersion";
        QTest::newRow("not JSON") << QByteArray("name: x") << "";
    }
    void validateSaysWhatIsWrongWithTheFile()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, field);
        writeFile(path(QStringLiteral("odd.json")), content);
        const Run r = run({QStringLiteral("validate"), path(QStringLiteral("odd.json")),
                           QStringLiteral("--output"), QStringLiteral("json")});
        QCOMPARE(r.status, 1);
        QCOMPARE(fields(r.json(), QStringLiteral("error")), QStringList{field});
    }

    void validateUsage()
    {
        QCOMPARE(run({QStringLiteral("validate")}).status, 2);
        QCOMPARE(run({QStringLiteral("validate"), QStringLiteral("a.json"), QStringLiteral("b.json")}).status,
                 2);
        QCOMPARE(run({QStringLiteral("validate"), QStringLiteral("a.json"), QStringLiteral("--output"),
                      QStringLiteral("xml")})
                     .status,
                 2);
        const Run missing = run({QStringLiteral("validate"), path(QStringLiteral("absent.json"))});
        QCOMPARE(missing.status, 1);
        QVERIFY2(missing.out.contains(u"Cannot read"), qPrintable(missing.out));
    }

    void profilesImportListShowExport()
    {
        QVERIFY(run({QStringLiteral("profiles"), QStringLiteral("list")}).out.contains(u"No profiles"));

        // A skeleton straight from the AWS CLI.
        const QString skeleton = path(QStringLiteral("import-snapshot.json"));
        QProcess aws;
        aws.setStandardOutputFile(skeleton);
        aws.start(QString::fromLocal8Bit(qgetenv("VMI_PYTHON")),
                  {QStringLiteral("-m"), QStringLiteral("awscli"), QStringLiteral("ec2"),
                   QStringLiteral("import-snapshot"), QStringLiteral("--generate-cli-skeleton")});
        QVERIFY(aws.waitForFinished(120000));
        QCOMPARE(aws.exitCode(), 0);
        const Run imported =
            run({QStringLiteral("profiles"), QStringLiteral("import"), skeleton, QStringLiteral("--name"),
                 QStringLiteral("data disk"), QStringLiteral("--output"), QStringLiteral("json")});
        QVERIFY2(imported.status == 0, qPrintable(imported.err));
        QCOMPARE(imported.json()[u"name"].toString(), QStringLiteral("data disk"));
        QCOMPARE(imported.json()[u"operation"].toString(), QStringLiteral("ImportSnapshot"));
        QVERIFY(!imported.json()[u"notes"].toArray().isEmpty());

        // A request whose members do not tell the operation needs --operation.
        writeFile(path(QStringLiteral("bare.json")), R"({"Encrypted": true, "Description": "web"})");
        const Run ambiguous =
            run({QStringLiteral("profiles"), QStringLiteral("import"), path(QStringLiteral("bare.json"))});
        QCOMPARE(ambiguous.status, 1);
        QVERIFY2(ambiguous.err.contains(u"name the operation"), qPrintable(ambiguous.err));
        const Run withOperation =
            run({QStringLiteral("profiles"), QStringLiteral("import"), path(QStringLiteral("bare.json")),
                 QStringLiteral("--operation"), QStringLiteral("ImportImage")});
        QVERIFY2(withOperation.status == 0, qPrintable(withOperation.err));
        QVERIFY(withOperation.out.contains(u"Imported \"bare\" (ImportImage)"));

        const Run list = run({QStringLiteral("profiles"), QStringLiteral("list"), QStringLiteral("--output"),
                              QStringLiteral("json")});
        QCOMPARE(list.status, 0);
        const QJsonArray entries = list.json().array();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries[0][u"name"].toString(), QStringLiteral("bare"));
        QCOMPARE(entries[1][u"operation"].toString(), QStringLiteral("ImportSnapshot"));
        QVERIFY(entries[1][u"error"].isNull());
        QVERIFY(entries[1][u"file"].toString().endsWith(u"data_disk.json"));
        QVERIFY(run({QStringLiteral("profiles"), QStringLiteral("list")}).out.contains(u"ImportSnapshot"));

        const Run show = run({QStringLiteral("profiles"), QStringLiteral("show"), QStringLiteral("bare"),
                              QStringLiteral("--output"), QStringLiteral("json")});
        QCOMPARE(show.status, 0);
        QCOMPARE(show.json()[u"schemaVersion"].toInt(), ProfileJson::SchemaVersion);
        QCOMPARE(show.json()[u"request"][u"Description"].toString(), QStringLiteral("web"));
        const Run showText =
            run({QStringLiteral("profiles"), QStringLiteral("show"), QStringLiteral("bare")});
        QVERIFY2(showText.out.contains(u"operation: ImportImage"), qPrintable(showText.out));

        // export prints the --cli-input-json; it imports back as the same request.
        const Run exported =
            run({QStringLiteral("profiles"), QStringLiteral("export"), QStringLiteral("bare")});
        QCOMPARE(exported.status, 0);
        QCOMPARE(exported.json().object(),
                 (QJsonObject{{QStringLiteral("Encrypted"), true},
                              {QStringLiteral("Description"), QStringLiteral("web")}}));
        const QString file = path(QStringLiteral("exported.json"));
        QCOMPARE(
            run({QStringLiteral("profiles"), QStringLiteral("export"), QStringLiteral("data disk"), file})
                .status,
            0);
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(written.readAll()).object(),
                 *ProfileStore().exportRequest(QStringLiteral("data disk")).value);
    }

    void profilesListsBrokenFiles()
    {
        const QString directory = ProfileStore::defaultDirectory();
        QVERIFY(QDir().mkpath(directory));
        writeFile(QDir(directory).filePath(QStringLiteral("zz-newer.json")),
                  R"({"schemaVersion": 5, "name": "zz from the future"})");
        const Run list = run({QStringLiteral("profiles"), QStringLiteral("list"), QStringLiteral("--output"),
                              QStringLiteral("json")});
        QCOMPARE(list.status, 0);
        const QJsonValue last = list.json().array().last();
        QCOMPARE(last[u"name"].toString(), QStringLiteral("zz from the future"));
        QVERIFY(last[u"operation"].isNull());
        QVERIFY2(last[u"error"].toString().contains(u"newer version"), qPrintable(list.out));
        const Run text = run({QStringLiteral("profiles"), QStringLiteral("list")});
        QVERIFY2(text.out.contains(u"cannot be used"), qPrintable(text.out));
        const Run show =
            run({QStringLiteral("profiles"), QStringLiteral("show"), QStringLiteral("zz from the future")});
        QCOMPARE(show.status, 1);
        QVERIFY(show.err.contains(u"newer version"));
    }

    void profilesUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("status");
        QTest::newRow("no subcommand") << QStringList{} << 2;
        QTest::newRow("unknown subcommand") << QStringList{QStringLiteral("rename")} << 2;
        QTest::newRow("show without name") << QStringList{QStringLiteral("show")} << 2;
        QTest::newRow("--name with list")
            << QStringList{QStringLiteral("list"), QStringLiteral("--name"), QStringLiteral("x")} << 2;
        QTest::newRow("unknown operation")
            << QStringList{QStringLiteral("import"), QStringLiteral("f.json"), QStringLiteral("--operation"),
                           QStringLiteral("ImportVolume")}
            << 2;
        QTest::newRow("bad output") << QStringList{QStringLiteral("list"), QStringLiteral("--output"),
                                                   QStringLiteral("csv")}
                                    << 2;
        QTest::newRow("unknown profile")
            << QStringList{QStringLiteral("show"), QStringLiteral("nothing")} << 1;
        QTest::newRow("unknown export")
            << QStringList{QStringLiteral("export"), QStringLiteral("nothing")} << 1;
        QTest::newRow("import of a missing file")
            << QStringList{QStringLiteral("import"), QStringLiteral("/nonexistent/x.json")} << 1;
    }
    void profilesUsage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, status);
        arguments.prepend(QStringLiteral("profiles"));
        const Run r = run(arguments);
        QCOMPARE(r.status, status);
        QVERIFY(!r.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliProfiles)
#include "tst_cli_profiles.moc"
