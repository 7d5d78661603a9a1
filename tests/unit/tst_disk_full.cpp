// A full disk under the app's writers: writePrivateFile (the one writer of jobs, profiles and
// upload checkpoints), ProfileStore, JobStore and CheckpointStore on a 64 KiB tmpfs that fills
// up. Each write that cannot finish leaves the old file as it was, no temporary file behind,
// and an error that names the file and the reason. Mounting needs root (CI runs as root in
// its container); elsewhere the test skips.

#include "import/JobStore.h"
#include "models/PrivateFile.h"
#include "models/ProfileStore.h"
#include "transfer/UploadCheckpoint.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace vmi;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    return process.waitForFinished(10'000) && process.exitStatus() == QProcess::NormalExit &&
           process.exitCode() == 0;
}

} // namespace

class DiskFullTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_base;
    QString m_mount;
    bool m_mounted = false;

    // Takes every free byte of the tmpfs but `leave`.
    void fill(qint64 leave = 0)
    {
        QFile filler(m_mount + QStringLiteral("/filler"));
        QVERIFY(filler.open(QIODevice::Append));
        const QByteArray block(leave > 0 ? 512 : 4096, 'x');
        qint64 written = 0;
        while ((written = filler.write(block)) == block.size() && filler.flush()) {
        }
        filler.close();
        if (leave > 0)
            QVERIFY(filler.resize(std::max<qint64>(0, filler.size() - leave)));
    }

    // The folder holds `files` and nothing else (no QSaveFile temporary left behind).
    static void verifyOnly(const QString &folder, const QStringList &files)
    {
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name), files);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_base.isValid());
        m_mount = m_base.filePath(QStringLiteral("tiny"));
        QVERIFY(QDir().mkpath(m_mount));
        m_mounted =
            run(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                          QStringLiteral("size=64k"), QStringLiteral("tmpfs"), m_mount});
        if (!m_mounted)
            QSKIP("cannot mount a tmpfs here (needs root)");
    }

    void cleanupTestCase()
    {
        if (m_mounted)
            QVERIFY(run(QStringLiteral("umount"), {m_mount}));
    }

    void cleanup()
    {
        // Each test starts with an empty tmpfs.
        QDir mount(m_mount);
        for (const QString &entry : mount.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
            QFileInfo info(mount.filePath(entry));
            if (info.isDir())
                QDir(info.filePath()).removeRecursively();
            else
                QFile::remove(info.filePath());
        }
    }

    void writePrivateFileKeepsTheOldFileWhenTheDiskIsFull()
    {
        const QString path = m_mount + QStringLiteral("/state.json");
        QString error;
        QVERIFY2(writePrivateFile(path, "{\"old\": true}\n", &error), qPrintable(error));
        fill();
        QVERIFY(!writePrivateFile(path, QByteArray(32 * 1024, 'n'), &error));
        QVERIFY2(error.startsWith(QStringLiteral("Cannot write %1: ").arg(path)), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("No space left on device")), qPrintable(error));
        QCOMPARE(readAll(path), QByteArray("{\"old\": true}\n"));
        verifyOnly(m_mount, {QStringLiteral("filler"), QStringLiteral("state.json")});
    }

    void aFolderThatCannotBeMadeIsAClearError()
    {
        // A file where the folder should be.
        const QString blocker = m_mount + QStringLiteral("/jobs");
        QVERIFY(writePrivateFile(blocker, "not a folder", nullptr));
        QString error;
        QVERIFY(!writePrivateFile(blocker + QStringLiteral("/job.json"), "{}", &error));
        QCOMPARE(error,
                 QStringLiteral("Cannot write %1/job.json: its folder cannot be created").arg(blocker));
        QCOMPARE(readAll(blocker), QByteArray("not a folder"));
    }

    void profileStoreSaveOnAFullDisk()
    {
        ProfileStore store(m_mount + QStringLiteral("/profiles"));
        Profile profile;
        profile.name = QStringLiteral("web");
        profile.settings.region = QStringLiteral("eu-west-1");
        profile.settings.upload.bucket = QStringLiteral("disks");
        profile.settings.ec2.diskContainers = {DiskContainer{{}, {}, QStringLiteral("VMDK"), {}, {}, {}}};
        const Outcome<> first = store.save(profile);
        QVERIFY2(first.ok(), qPrintable(first.error));
        const QString path = store.list().value(0).filePath;
        const QByteArray before = readAll(path);
        QVERIFY(!before.isEmpty());

        fill();
        profile.settings.ec2.description = QString(20'000, u'd'); // more than the disk has left
        const Outcome<> second = store.save(profile);
        QVERIFY(!second.ok());
        QVERIFY2(second.error.contains(QStringLiteral("No space left on device")), qPrintable(second.error));
        QVERIFY2(second.error.contains(path), qPrintable(second.error));
        QCOMPARE(readAll(path), before);
        const Outcome<Profile> loaded = store.load(QStringLiteral("web"));
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        QVERIFY(!loaded.value->settings.ec2.description);
    }

    void jobStoreSaveOnAFullDisk()
    {
        import::JobStore store(m_mount + QStringLiteral("/jobs"));
        QVERIFY(store.load());
        QString error;
        JobRecord job = store.createJob(QStringLiteral("web"), ImportOperation::ImportImage, QJsonObject(),
                                        QStringLiteral("eu-west-1"), QString(), &error);
        QVERIFY2(!job.id.isEmpty(), qPrintable(error));
        const QString path = store.pathFor(job.id);
        const QByteArray before = readAll(path);

        fill();
        job.name = QString(20'000, u'n');
        QVERIFY(!store.save(job, &error));
        QVERIFY2(error.contains(QStringLiteral("No space left on device")), qPrintable(error));
        QCOMPARE(readAll(path), before);
        // A fresh store reads the old job, whole.
        import::JobStore again(m_mount + QStringLiteral("/jobs"));
        QVERIFY(again.load());
        QVERIFY(again.problems().isEmpty());
        QCOMPARE(again.job(job.id).name, QStringLiteral("web"));
    }

    void checkpointSaveOnAFullDisk()
    {
        const QString path = m_mount + QStringLiteral("/uploads/disk.json");
        transfer::UploadCheckpoint checkpoint;
        checkpoint.bucket = QStringLiteral("disks");
        checkpoint.key = QStringLiteral("web.vmdk");
        checkpoint.uploadId = QStringLiteral("upload-1");
        checkpoint.partSize = 8 << 20;
        checkpoint.filePath = QStringLiteral("/disks/web.vmdk");
        checkpoint.file.size = 1 << 30;
        checkpoint.file.modifiedMs = 1'700'000'000'000;
        checkpoint.file.sampleSha256Hex = QByteArray(64, 'a');
        QString error;
        QVERIFY2(transfer::CheckpointStore::save(path, checkpoint, &error), qPrintable(error));

        fill();
        for (int part = 1; part <= 2000; ++part)
            checkpoint.parts.insert(
                part, transfer::CompletedPart{"\"0123456789abcdef0123456789abcdef\"", 1, 8 << 20});
        QVERIFY(!transfer::CheckpointStore::save(path, checkpoint, &error));
        QVERIFY2(error.contains(QStringLiteral("No space left on device")), qPrintable(error));
        const std::optional<transfer::UploadCheckpoint> loaded =
            transfer::CheckpointStore::load(path, &error);
        QVERIFY2(loaded, qPrintable(error));
        QVERIFY(loaded->parts.isEmpty());
        QCOMPARE(loaded->uploadId, QStringLiteral("upload-1"));
    }
};

QTEST_GUILESS_MAIN(DiskFullTest)
#include "tst_disk_full.moc"
