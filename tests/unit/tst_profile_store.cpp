// ProfileStore: one file per profile, atomic replacement, names unique ignoring case, safe
// file names, and files it cannot read listed with the reason and never touched.

#include "models/ProfileFileName.h"
#include "models/ProfileStore.h"
#include "models/RequestJson.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace vmi;

namespace {

Profile sampleProfile(const QString &name, ImportOperation operation = ImportOperation::ImportImage)
{
    Profile profile;
    profile.name = name;
    profile.settings.operation = operation;
    profile.settings.region = QStringLiteral("eu-west-1");
    profile.settings.awsProfile = QStringLiteral("imports");
    profile.settings.upload.bucket = QStringLiteral("vm-import-disks");
    profile.settings.upload.localFiles = {QStringLiteral("/disks/web.vmdk")};
    if (operation == ImportOperation::ImportDiskImage) {
        profile.settings.imageBuilder.name = QStringLiteral("win11");
        profile.settings.imageBuilder.uri = QStringLiteral("s3://iso-bucket/Win11.iso");
    } else {
        profile.settings.ec2.description = name;
        profile.settings.ec2.diskContainers = {DiskContainer{{}, {}, QStringLiteral("VMDK"), {}, {}, {}}};
    }
    return profile;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

QStringList names(const QList<ProfileEntry> &entries)
{
    QStringList result;
    for (const ProfileEntry &entry : entries)
        result.append(entry.name);
    return result;
}

// A corrupt file and one from a newer version, as a user might have them.
const QByteArray CorruptProfile = "{\"schemaVersion\": 1, \"name\": \"Broken\", \"operation\": ";
const QByteArray NewerProfile =
    R"({"schemaVersion": 7, "name": "Future", "operation": "ImportImage", "request": {}, "hologram": true})";

} // namespace

class TestProfileStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_root;
    int m_counter = 0;

    // A fresh store in its own folder for each test.
    ProfileStore freshStore() { return ProfileStore(m_root.filePath(QString::number(++m_counter))); }

private Q_SLOTS:
    void defaultDirectoryIsUnderAppData()
    {
        const QString dataHome = QString::fromLocal8Bit(qgetenv("XDG_DATA_HOME"));
        QVERIFY(!dataHome.isEmpty()); // the test environment sets it
        const QString directory = ProfileStore::defaultDirectory();
        QVERIFY2(directory.startsWith(dataHome), qPrintable(directory));
        QVERIFY(directory.endsWith(u"/profiles"));
    }

    void saveListLoad()
    {
        ProfileStore store = freshStore();
        QVERIFY(store.list().isEmpty()); // no folder yet is no error
        for (auto operation : {ImportOperation::ImportImage, ImportOperation::ImportSnapshot,
                               ImportOperation::ImportDiskImage}) {
            const Profile profile = sampleProfile(apiName(operation) + QStringLiteral(" profile"), operation);
            const Outcome<> saved = store.save(profile);
            QVERIFY2(saved.ok(), qPrintable(saved.error));
            const Outcome<Profile> loaded = store.load(profile.name);
            QVERIFY2(loaded.ok(), qPrintable(loaded.error));
            QCOMPARE(*loaded.value, profile);
        }
        const QList<ProfileEntry> entries = store.list();
        QCOMPARE(names(entries), (QStringList{QStringLiteral("ImportDiskImage profile"),
                                              QStringLiteral("ImportImage profile"),
                                              QStringLiteral("ImportSnapshot profile")}));
        QCOMPARE(entries[0].operation, std::optional(ImportOperation::ImportDiskImage));
        QVERIFY(!entries[0].isBroken());
        QCOMPARE(QFileInfo(entries[1].filePath).fileName(), QStringLiteral("ImportImage_profile.json"));
        // Found ignoring case when only one name matches.
        QVERIFY(store.load(QStringLiteral("importimage PROFILE")).ok());
        QVERIFY(!store.load(QStringLiteral("nothing")).ok());
    }

    void saveReplacesTheSameNameAtomically()
    {
        ProfileStore store = freshStore();
        Profile profile = sampleProfile(QStringLiteral("web"));
        QVERIFY(store.save(profile).ok());
        const QString path = store.list().first().filePath;
        QFile before(path);
        QVERIFY(before.open(QIODevice::ReadOnly));
        const QByteArray oldContent = readAll(path);

        profile.settings.region = QStringLiteral("eu-central-1");
        QVERIFY(store.save(profile).ok());
        QCOMPARE(store.list().size(), 1);
        QCOMPARE(store.load(QStringLiteral("web")).value->settings.region, QStringLiteral("eu-central-1"));
        // QSaveFile wrote a new file and renamed it over the old one: a reader that had the
        // old file open still reads all of the old content, never a half-written mix.
        QCOMPARE(before.readAll(), oldContent);
        QVERIFY(readAll(path) != oldContent);
        QCOMPARE(QDir(store.directory()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QFileInfo(path).fileName()}); // no temporary file left behind
    }

    void createOnlyRefusesAnyCase()
    {
        ProfileStore store = freshStore();
        QVERIFY(store.save(sampleProfile(QStringLiteral("Web"))).ok());
        const Outcome<> again =
            store.save(sampleProfile(QStringLiteral("Web")), ProfileStore::SaveMode::CreateOnly);
        QVERIFY(!again.ok());
        QVERIFY2(again.error.contains(u"already"), qPrintable(again.error));
        // Another case of the same name is another name only on Linux: refused everywhere.
        const Outcome<> otherCase = store.save(sampleProfile(QStringLiteral("WEB")));
        QVERIFY(!otherCase.ok());
        QCOMPARE(store.list().size(), 1);
    }

    void namesAreChecked_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << QStringLiteral("   ");
        QTest::newRow("leading space") << QStringLiteral(" web");
        QTest::newRow("control") << QStringLiteral("we\nb");
        QTest::newRow("too long") << QString(129, u'x');
    }
    void namesAreChecked()
    {
        QFETCH(QString, name);
        ProfileStore store = freshStore();
        QVERIFY(!store.save(sampleProfile(name)).ok());
        QVERIFY(store.list().isEmpty());
    }

    void fileNamesAreSafeEverywhere_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("fileName");
        QTest::newRow("plain") << "web-01"
                               << "web-01.json";
        QTest::newRow("separators") << "lab/web:1\\2"
                                    << "lab_web_1_2.json";
        QTest::newRow("reserved characters") << "a<b>c|d?e*f\"g"
                                             << "a_b_c_d_e_f_g.json";
        QTest::newRow("unicode") << "Büro → AWS"
                                 << "B_ro_AWS.json";
        QTest::newRow("only unicode") << "→→"
                                      << "profile.json";
        QTest::newRow("dots") << "..hidden.."
                              << "hidden.json";
        QTest::newRow("Windows device") << "CON"
                                        << "CON_.json";
        QTest::newRow("Windows device with extension") << "nul.txt"
                                                       << "nul.txt_.json";
        QTest::newRow("COM port") << "com1"
                                  << "com1_.json";
        QTest::newRow("long") << QString(120, u'a') << QString(80, u'a') + QStringLiteral(".json");
    }
    void fileNamesAreSafeEverywhere()
    {
        QFETCH(QString, name);
        QFETCH(QString, fileName);
        QCOMPARE(ProfileFileName::make(name, {}), fileName);
        ProfileStore store = freshStore();
        QVERIFY(store.save(sampleProfile(name)).ok());
        QCOMPARE(QFileInfo(store.list().first().filePath).fileName(), fileName);
        QCOMPARE(store.list().first().name, name);
    }

    void fileNameCollisionsIgnoreCase()
    {
        QCOMPARE(ProfileFileName::make(QStringLiteral("web"), {QStringLiteral("WEB.json")}),
                 QStringLiteral("web-2.json"));
        ProfileStore store = freshStore();
        // Different names, same file name stem.
        for (const char *name : {"lab web", "lab/web", "lab:web"})
            QVERIFY(store.save(sampleProfile(QString::fromUtf8(name))).ok());
        QStringList files = QDir(store.directory()).entryList(QDir::Files);
        files.sort();
        QCOMPARE(files, (QStringList{QStringLiteral("lab_web-2.json"), QStringLiteral("lab_web-3.json"),
                                     QStringLiteral("lab_web.json")}));
        QCOMPARE(store.list().size(), 3);
        QCOMPARE(store.load(QStringLiteral("lab:web")).value->settings.ec2.description,
                 QStringLiteral("lab:web"));
    }

    void renameAndDuplicate()
    {
        ProfileStore store = freshStore();
        QVERIFY(store.save(sampleProfile(QStringLiteral("web"))).ok());
        QVERIFY(store.save(sampleProfile(QStringLiteral("db"))).ok());

        QVERIFY(store.rename(QStringLiteral("web"), QStringLiteral("frontend")).ok());
        QCOMPARE(names(store.list()), (QStringList{QStringLiteral("db"), QStringLiteral("frontend")}));
        QVERIFY(!QFile::exists(QDir(store.directory()).filePath(QStringLiteral("web.json"))));
        QCOMPARE(store.load(QStringLiteral("frontend")).value->settings.ec2.description,
                 QStringLiteral("web"));

        // A change of case keeps the file.
        QVERIFY(store.rename(QStringLiteral("frontend"), QStringLiteral("Frontend")).ok());
        QCOMPARE(names(store.list()), (QStringList{QStringLiteral("db"), QStringLiteral("Frontend")}));
        QCOMPARE(QFileInfo(store.list()[1].filePath).fileName(), QStringLiteral("frontend.json"));

        QVERIFY(!store.rename(QStringLiteral("Frontend"), QStringLiteral("DB")).ok()); // taken
        QVERIFY(!store.rename(QStringLiteral("nothing"), QStringLiteral("x")).ok());
        QVERIFY(!store.rename(QStringLiteral("db"), QString()).ok());

        QVERIFY(store.duplicate(QStringLiteral("db"), QStringLiteral("db copy")).ok());
        QVERIFY(!store.duplicate(QStringLiteral("db"), QStringLiteral("DB COPY")).ok());
        const Profile copy = *store.load(QStringLiteral("db copy")).value;
        Profile original = *store.load(QStringLiteral("db")).value;
        original.name = copy.name;
        QCOMPARE(copy, original);
        QCOMPARE(store.list().size(), 3);
    }

    void remove()
    {
        ProfileStore store = freshStore();
        QVERIFY(store.save(sampleProfile(QStringLiteral("web"))).ok());
        QVERIFY(store.remove(QStringLiteral("web")).ok());
        QVERIFY(store.list().isEmpty());
        QVERIFY(!store.remove(QStringLiteral("web")).ok());
    }

    void brokenFilesAreListedAndNeverTouched()
    {
        ProfileStore store = freshStore();
        QVERIFY(store.save(sampleProfile(QStringLiteral("good"))).ok());
        const QDir dir(store.directory());
        writeFile(dir.filePath(QStringLiteral("broken.json")), CorruptProfile);
        writeFile(dir.filePath(QStringLiteral("future.json")), NewerProfile);
        writeFile(dir.filePath(QStringLiteral("notes.txt")), "not a profile"); // ignored

        const QList<ProfileEntry> entries = store.list();
        QCOMPARE(names(entries),
                 (QStringList{QStringLiteral("broken"), QStringLiteral("Future"), QStringLiteral("good")}));
        QVERIFY(entries[0].isBroken());
        QVERIFY2(entries[0].error.contains(u"not valid JSON"), qPrintable(entries[0].error));
        QVERIFY(!entries[0].newerSchema);
        QVERIFY(entries[1].isBroken());
        QVERIFY(entries[1].newerSchema);
        QVERIFY2(entries[1].error.contains(u"newer version"), qPrintable(entries[1].error));
        QVERIFY(!entries[2].isBroken());

        // Nothing replaces, renames onto, copies onto or deletes them.
        QVERIFY(!store.save(sampleProfile(QStringLiteral("Future"))).ok());
        QVERIFY(!store.save(sampleProfile(QStringLiteral("BROKEN"))).ok());
        QVERIFY(!store.rename(QStringLiteral("good"), QStringLiteral("future")).ok());
        QVERIFY(!store.duplicate(QStringLiteral("good"), QStringLiteral("broken")).ok());
        QVERIFY(!store.rename(QStringLiteral("Future"), QStringLiteral("past")).ok());
        QVERIFY(!store.duplicate(QStringLiteral("Future"), QStringLiteral("copy")).ok());
        QVERIFY(!store.remove(QStringLiteral("Future")).ok());
        QVERIFY(!store.remove(QStringLiteral("broken")).ok());
        const Outcome<Profile> load = store.load(QStringLiteral("Future"));
        QVERIFY(!load.ok());
        QVERIFY2(load.error.contains(u"future.json"), qPrintable(load.error));

        // A new profile whose file name would be theirs gets another one.
        QVERIFY(store.save(sampleProfile(QStringLiteral("future?"))).ok()); // stem "future_"
        const Outcome<> sameStem = store.save(sampleProfile(QStringLiteral("lab")));
        QVERIFY(sameStem.ok());
        writeFile(dir.filePath(QStringLiteral("lab2.json")), NewerProfile); // named "Future" inside
        QVERIFY(store.save(sampleProfile(QStringLiteral("LAB2"))).ok());
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("LAB2-2.json"))));

        QCOMPARE(readAll(dir.filePath(QStringLiteral("broken.json"))), CorruptProfile);
        QCOMPARE(readAll(dir.filePath(QStringLiteral("future.json"))), NewerProfile);
        QCOMPARE(readAll(dir.filePath(QStringLiteral("lab2.json"))), NewerProfile);
    }

    void importAwsCliSkeletons_data()
    {
        QTest::addColumn<QString>("service");
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("operation");
        QTest::newRow("import-image") << "ec2"
                                      << "import-image"
                                      << "ImportImage";
        QTest::newRow("import-snapshot") << "ec2"
                                         << "import-snapshot"
                                         << "ImportSnapshot";
        QTest::newRow("import-disk-image") << "imagebuilder"
                                           << "import-disk-image"
                                           << "ImportDiskImage";
    }
    void importAwsCliSkeletons()
    {
        QFETCH(QString, service);
        QFETCH(QString, command);
        QFETCH(QString, operation);
        QTemporaryDir dir;
        const QString path = dir.filePath(command + QStringLiteral(".json"));
        QProcess aws;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("AWS_CONFIG_FILE"), QStringLiteral("/nonexistent/config"));
        aws.setProcessEnvironment(environment);
        aws.setStandardOutputFile(path);
        aws.start(QString::fromLocal8Bit(qgetenv("VMI_PYTHON")),
                  {QStringLiteral("-m"), QStringLiteral("awscli"), service, command,
                   QStringLiteral("--generate-cli-skeleton")});
        QVERIFY(aws.waitForFinished(120000));
        QCOMPARE(aws.exitCode(), 0);

        ProfileStore store = freshStore();
        const Outcome<Profile> imported = store.importFile(path);
        QVERIFY2(imported.ok(), qPrintable(imported.error));
        QCOMPARE(imported.value->name, command);
        QCOMPARE(apiName(imported.value->settings.operation), operation);
        QVERIFY(!imported.notes.isEmpty()); // says what placeholders it left out
        QVERIFY2(imported.notes[0].contains(u"placeholder"), qPrintable(imported.notes[0]));
        QCOMPARE(*store.load(command).value, *imported.value);

        // Importing the same file again needs another name.
        QVERIFY(!store.importFile(path).ok());
        QVERIFY(store.importFile(path, QStringLiteral("second")).ok());
    }

    void importInputFileAndProfileFile()
    {
        QTemporaryDir dir;
        const QString input = dir.filePath(QStringLiteral("snapshot-input.json"));
        writeFile(input, R"({"Description": "data disk", "Encrypted": true, "KmsKeyId": "alias/imports",
                             "DiskContainer": {"Format": "VHD", "UserBucket": {"S3Bucket": "b-1", "S3Key": "d.vhd"}}})");
        ProfileStore store = freshStore();
        const Outcome<Profile> imported = store.importFile(input, QStringLiteral("data"));
        QVERIFY2(imported.ok(), qPrintable(imported.error));
        QVERIFY(imported.notes.isEmpty());
        QCOMPARE(imported.value->settings.operation, ImportOperation::ImportSnapshot);
        QCOMPARE(imported.value->settings.ec2.diskContainers.first().userBucket->s3Key,
                 QStringLiteral("d.vhd"));

        // A whole profile file imports with its own name and everything else.
        const QString profileFile = dir.filePath(QStringLiteral("shared.json"));
        const Profile shared =
            sampleProfile(QStringLiteral("Shared profile"), ImportOperation::ImportDiskImage);
        QVERIFY(ProfileStore::writeJsonFile(profileFile, ProfileJson::write(shared).json).ok());
        const Outcome<Profile> again = store.importFile(profileFile);
        QVERIFY2(again.ok(), qPrintable(again.error));
        QCOMPARE(*again.value, shared);
        QVERIFY(!store.importFile(profileFile, QStringLiteral("x"), ImportOperation::ImportImage).ok());
    }

    void importErrorsNameTheProblem_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("ambiguous") << QByteArray(R"({"Encrypted": true})") << ""
                                   << "name the operation";
        QTest::newRow("unknown member") << QByteArray(R"({"DiskContainers": [], "Bogus": 1})") << ""
                                        << "Unknown parameter in input: \"Bogus\"";
        QTest::newRow("wrong operation") << QByteArray(R"({"DiskContainers": []})") << "ImportSnapshot"
                                         << "DiskContainers";
        QTest::newRow("not JSON") << QByteArray("Format=vmdk") << ""
                                  << "not valid JSON: illegal value at offset 1";
        QTest::newRow("JSON array") << QByteArray("[1]") << ""
                                    << "the file holds no JSON object";
        QTest::newRow("newer profile") << NewerProfile << ""
                                       << "newer version";
    }
    void importErrorsNameTheProblem()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, operation);
        QFETCH(QString, mentions);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("input.json"));
        writeFile(path, content);
        ProfileStore store = freshStore();
        const Outcome<Profile> imported = store.importFile(
            path, {}, operation.isEmpty() ? std::nullopt : importOperationFromApiName(operation));
        QVERIFY(!imported.ok());
        QVERIFY2(imported.error.contains(mentions), qPrintable(imported.error));
        QVERIFY(store.list().isEmpty());
    }

    void exportRequest()
    {
        ProfileStore store = freshStore();
        Profile profile = sampleProfile(QStringLiteral("web"));
        profile.settings.ec2.diskContainers.append(
            DiskContainer{{},
                          {},
                          QStringLiteral("RAW"),
                          {},
                          QStringLiteral("https://b.s3.amazonaws.com/d.raw?X-Amz-Signature=SIG"),
                          {}});
        const Outcome<> saved = store.save(profile);
        QVERIFY(saved.ok());
        QCOMPARE(saved.notes.size(), 1); // the signature is not saved
        QVERIFY(!readAll(store.list().first().filePath).contains("SIG"));

        const Outcome<QJsonObject> request = store.exportRequest(QStringLiteral("web"));
        QVERIFY(request.ok());
        profile.settings.ec2.diskContainers[1].url = QStringLiteral("https://b.s3.amazonaws.com/d.raw");
        QCOMPARE(*request.value, RequestJson::write(profile.settings));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("web-input.json"));
        QVERIFY(store.exportRequestToFile(QStringLiteral("web"), path).ok());
        QCOMPARE(QJsonDocument::fromJson(readAll(path)).object(), *request.value);
        // What was exported imports back as the same request.
        const Outcome<Profile> back = store.importFile(path, QStringLiteral("web again"));
        QVERIFY2(back.ok(), qPrintable(back.error));
        QCOMPARE(back.value->settings.ec2, profile.settings.ec2);
        QVERIFY(!store.exportRequest(QStringLiteral("nothing")).ok());
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profile_store.moc"
