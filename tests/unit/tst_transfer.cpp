// The upload engine's pieces without a network: CRC-32C, part hashing, file identity, the
// checkpoint file, the bandwidth limiter, the part scheduler and the rate estimate.

#include "aws/Hashing.h"
#include "transfer/BandwidthLimiter.h"
#include "transfer/Crc32c.h"
#include "transfer/FileIdentity.h"
#include "transfer/FileRangeDevice.h"
#include "transfer/PartHasher.h"
#include "transfer/PartScheduler.h"
#include "transfer/RateEstimator.h"
#include "transfer/UploadCheckpoint.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace vmi::transfer;

namespace {

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QRandomGenerator generator(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &byte : bytes)
        byte = char(generator.generate() & 0xFF);
    return bytes;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

} // namespace

class TestTransfer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void crc32cKnownVectors_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<quint32>("expected");
        // RFC 3720 (iSCSI) appendix B.4, and the usual check value.
        QByteArray ascending(32, 0);
        QByteArray descending(32, 0);
        for (int i = 0; i < 32; ++i) {
            ascending[i] = char(i);
            descending[i] = char(31 - i);
        }
        QTest::newRow("32 zeros") << QByteArray(32, '\0') << 0x8A9136AAu;
        QTest::newRow("32 ones") << QByteArray(32, '\xFF') << 0x62A8AB43u;
        QTest::newRow("ascending") << ascending << 0x46DD794Eu;
        QTest::newRow("descending") << descending << 0x113FDB5Cu;
        QTest::newRow("123456789") << QByteArray("123456789") << 0xE3069283u;
        QTest::newRow("empty") << QByteArray() << 0u;
    }

    void crc32cKnownVectors()
    {
        QFETCH(QByteArray, data);
        QFETCH(quint32, expected);
        QCOMPARE(Crc32c::of(data), expected);
        QCOMPARE(Crc32c::updatePortable(0, data.constData(), data.size()), expected);
    }

    void crc32cPathsAgreeAndChunkingDoesNotMatter()
    {
        qInfo("SSE4.2 CRC-32C: %s", Crc32c::hardwareAccelerated() ? "yes" : "no (portable path only)");
        const QByteArray data = randomBytes(100'003, 7);
        const quint32 whole = Crc32c::updatePortable(0, data.constData(), data.size());
        QCOMPARE(Crc32c::of(data), whole);
        QRandomGenerator generator(11);
        for (int round = 0; round < 20; ++round) {
            quint32 crc = 0;
            quint32 portable = 0;
            qsizetype at = 0;
            while (at < data.size()) {
                const qsizetype length = std::min<qsizetype>(generator.bounded(1, 5000), data.size() - at);
                crc = Crc32c::update(crc, data.constData() + at, length);
                portable = Crc32c::updatePortable(portable, data.constData() + at, length);
                at += length;
            }
            QCOMPARE(crc, whole);
            QCOMPARE(portable, whole);
        }
        // Unaligned starts and odd lengths through both paths.
        for (int offset = 0; offset < 9; ++offset) {
            for (int length : {0, 1, 7, 8, 9, 63, 64, 65}) {
                const char *start = data.constData() + offset;
                QCOMPARE(Crc32c::update(0, start, length), Crc32c::updatePortable(0, start, length));
            }
        }
    }

    void crc32cAsS3WritesIt()
    {
        QCOMPARE(Crc32c::toBase64(0xE3069283u), QByteArray("4waSgw=="));
        // Checked with the crc32c Python module: CRC-32C over the parts' big-endian checksums.
        const QList<quint32> parts{Crc32c::of(QByteArray(5, 'a')), Crc32c::of(QByteArray(7, 'b')),
                                   Crc32c::of({})};
        QCOMPARE(parts[0], 0x73AF6317u);
        QCOMPARE(parts[1], 0xADFDED6Eu);
        QCOMPARE(Crc32c::compositeBase64(parts), QByteArray("iTcr5w==-3"));
    }

    void partHasherMatchesOneShotDigests()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("f"));
        const QByteArray data = randomBytes(3 * PartHasher::BlockSize + 12345, 3);
        QVERIFY(writeFile(path, data));
        const qint64 offset = PartHasher::BlockSize - 5;
        const qint64 length = 2 * PartHasher::BlockSize + 100;
        const QByteArray range = data.mid(offset, length);
        const PartDigest digest =
            PartHasher::hash(path, offset, length, PartHasher::WithSha256 | PartHasher::WithMd5);
        QVERIFY2(digest.error.isEmpty(), qPrintable(digest.error));
        QCOMPARE(digest.crc32c, Crc32c::updatePortable(0, range.constData(), range.size()));
        QCOMPARE(digest.sha256Hex, vmi::aws::sha256Hex(range));
        QCOMPARE(digest.md5Hex, QCryptographicHash::hash(range, QCryptographicHash::Md5).toHex());

        const PartDigest crcOnly = PartHasher::hash(path, offset, length, PartHasher::CrcOnly);
        QCOMPARE(crcOnly.crc32c, digest.crc32c);
        QVERIFY(crcOnly.sha256Hex.isEmpty());

        // Past the end: the file got shorter than the plan.
        const PartDigest tooLong = PartHasher::hash(path, data.size() - 10, 20, PartHasher::CrcOnly);
        QVERIFY(tooLong.error.contains(QStringLiteral("shorter")));
        QVERIFY(!PartHasher::hash(dir.filePath(QStringLiteral("missing")), 0, 1, 0).error.isEmpty());
    }

    // Another program truncates the file while a part is checksummed. A reader that mapped the
    // file would touch pages that no longer exist and die of SIGBUS; ours must return an error.
    // The file is sparse (no disk writes) and big enough that the truncation lands mid-read.
    void partHasherSurvivesTheFileBeingTruncated()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sparse"));
        constexpr qint64 size = 512LL * 1024 * 1024;
        int interrupted = 0;
        for (int round = 0; round < 5 && interrupted < 2; ++round) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            QVERIFY(file.resize(size));
            file.close();
            std::atomic<bool> started = false;
            PartDigest digest;
            std::thread reader([&] {
                started = true;
                digest = PartHasher::hash(path, 0, size, PartHasher::WithSha256);
            });
            while (!started)
                std::this_thread::yield();
            std::this_thread::sleep_for(std::chrono::milliseconds(10 + 10 * round));
            const bool resized = QFile::resize(path, 1024 * 1024);
            reader.join();
            QVERIFY(resized);
            if (digest.error.isEmpty())
                continue; // it read everything before the truncation: no race this round
            ++interrupted;
            QVERIFY2(digest.error.contains(QStringLiteral("the file got shorter")), qPrintable(digest.error));
        }
        QVERIFY2(interrupted > 0, "the truncation never landed during a read");
    }

    void fileRangeDeviceReadsItsRangeOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("f"));
        const QByteArray data = randomBytes(100'000, 5);
        QVERIFY(writeFile(path, data));
        FileRangeDevice device(path, 1000, 50'000);
        QVERIFY(device.open(QIODevice::ReadOnly));
        QCOMPARE(device.size(), 50'000);
        QCOMPARE(device.readAll(), data.mid(1000, 50'000));
        QVERIFY(device.atEnd());
        QVERIFY(device.seek(49'990));
        QCOMPARE(device.readAll(), data.mid(50'990, 10));
        QVERIFY(device.seek(0)); // Qt rewinds the body when it sends a request again
        QCOMPARE(device.read(4), data.mid(1000, 4));
        QVERIFY(!device.seek(50'001));
        // A range past the end of the file cannot be opened.
        FileRangeDevice beyond(path, 90'000, 20'000);
        QVERIFY(!beyond.open(QIODevice::ReadOnly));
    }

    void fileRangeDeviceWaitsForTheLimiter()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("f"));
        const QByteArray data = randomBytes(200'000, 9);
        QVERIFY(writeFile(path, data));
        qint64 now = 0;
        BandwidthLimiter limiter(64 * 1024, [&now] { return now; }); // 64 KiB/s, burst 16 KiB
        FileRangeDevice device(path, 0, data.size(), &limiter);
        QVERIFY(device.open(QIODevice::ReadOnly));
        QByteArray got;
        char buffer[16 * 1024];
        qint64 read = device.read(buffer, sizeof buffer);
        QVERIFY(read > 0 && read <= 16 * 1024);
        got.append(buffer, read);
        while ((read = device.read(buffer, sizeof buffer)) > 0) // drain what the burst allows
            got.append(buffer, read);
        QCOMPARE(read, 0); // empty bucket: nothing now, not end of data
        QVERIFY(!device.atEnd());
        QSignalSpy readyRead(&device, &QIODevice::readyRead);
        now += 250; // a quarter second later there are 16 KiB more
        QVERIFY(readyRead.wait(2000));
        read = device.read(buffer, sizeof buffer);
        QCOMPARE(read, 16 * 1024);
        got.append(buffer, read);
        QCOMPARE(got, data.left(got.size()));
    }

    void bandwidthLimiterHoldsTheRate()
    {
        qint64 now = 0;
        const qint64 rate = 1024 * 1024;
        BandwidthLimiter limiter(rate, [&now] { return now; });
        qint64 total = 0;
        // Ten simulated seconds of a greedy reader asking every 5 ms.
        for (; now <= 10'000; now += 5)
            total += limiter.take(1024 * 1024);
        QVERIFY2(total >= 10 * rate - rate / 4 && total <= 10 * rate + rate / 4,
                 qPrintable(QString::number(total)));
        limiter.take(100 * rate);
        QCOMPARE(limiter.take(1), 0); // empty until the clock moves
        QVERIFY(limiter.msUntilAvailable() > 0);
        // An idle spell does not save up more than a quarter second's burst.
        now += 60'000;
        QCOMPARE(limiter.take(100 * rate), rate / 4);

        BandwidthLimiter unlimited;
        QVERIFY(!unlimited.isLimited());
        QCOMPARE(unlimited.take(123456789), 123456789);
        QCOMPARE(unlimited.msUntilAvailable(), 0);
    }

    void fileIdentityNoticesChanges()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("disk.img"));
        const QByteArray data = randomBytes(3 * 1024 * 1024, 1);
        QVERIFY(writeFile(path, data));
        QString error;
        const auto first = FileIdentity::of(path, &error);
        QVERIFY2(first, qPrintable(error));
        QCOMPARE(first->size, data.size());
        QCOMPARE(*FileIdentity::of(path, &error), *first);
        QVERIFY(first->differenceFrom(*first).isEmpty());
        QCOMPARE(FileIdentity::fromJson(first->toJson()), first);

        // Same size and modification time, one byte changed at the start (always sampled).
        QByteArray changed = data;
        changed[10] = char(changed[10] ^ 0x55);
        QVERIFY(writeFile(path, changed));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(QDateTime::fromMSecsSinceEpoch(first->modifiedMs),
                                 QFileDevice::FileModificationTime));
        file.close();
        const auto edited = FileIdentity::of(path, &error);
        QCOMPARE(edited->size, first->size);
        QCOMPARE(edited->modifiedMs, first->modifiedMs);
        QVERIFY(edited->differenceFrom(*first).contains(QStringLiteral("content")));

        QVERIFY(writeFile(path, data + "more"));
        const auto grown = FileIdentity::of(path, &error);
        QVERIFY(grown->differenceFrom(*first).contains(QStringLiteral("size")));
        QVERIFY(!FileIdentity::of(dir.filePath(QStringLiteral("missing")), &error));
        QVERIFY(!error.isEmpty());
    }

    void checkpointRoundTrip()
    {
        // ctest gives every test its own XDG_DATA_HOME: the checkpoint goes under it.
        QStandardPaths::setTestModeEnabled(false);
        const QString path = CheckpointStore::pathFor(QStringLiteral("/data/disk.vmdk"),
                                                      QStringLiteral("http://127.0.0.1:9000"),
                                                      QStringLiteral("b"), QStringLiteral("k/disk.vmdk"));
        QVERIFY(path.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                                u"/uploads/"));
        QVERIFY(path != CheckpointStore::pathFor(QStringLiteral("/data/disk.vmdk"), {}, QStringLiteral("b"),
                                                 QStringLiteral("k/disk.vmdk")));
        QString error;
        QVERIFY(!CheckpointStore::load(path, &error) && error.isEmpty()); // none yet

        UploadCheckpoint checkpoint;
        checkpoint.endpoint = QStringLiteral("http://127.0.0.1:9000");
        checkpoint.region = QStringLiteral("eu-west-1");
        checkpoint.bucket = QStringLiteral("b");
        checkpoint.key = QStringLiteral("k/disk.vmdk");
        checkpoint.uploadId = QStringLiteral("upload/id+1");
        checkpoint.partSize = 16 * 1024 * 1024;
        checkpoint.filePath = QStringLiteral("/data/disk.vmdk");
        checkpoint.file = FileIdentity{5'000'000'000, 1'700'000'000'123, QByteArray(64, 'a')};
        checkpoint.parts.insert(1, CompletedPart{"\"etag-1\"", 0xFFFFFFFFu, 16 * 1024 * 1024});
        checkpoint.parts.insert(7, CompletedPart{"\"etag-7\"", 12345u, 16 * 1024 * 1024});
        QVERIFY2(CheckpointStore::save(path, checkpoint, &error), qPrintable(error));
        const auto loaded = CheckpointStore::load(path, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(*loaded, checkpoint);
        QCOMPARE(QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files).size(), 1); // no temp file left

        QFile raw(path);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QByteArray text = raw.readAll();
        raw.close();
        QVERIFY(text.contains("\"schemaVersion\":1"));

        // Another schema version and damaged files are refused with a reason.
        QJsonObject future = checkpoint.toJson();
        future.insert(QStringLiteral("schemaVersion"), 2);
        QVERIFY(writeFile(path, QJsonDocument(future).toJson()));
        QVERIFY(!CheckpointStore::load(path, &error));
        QVERIFY(error.contains(QStringLiteral("schema version 2")));
        QVERIFY(writeFile(path, text.left(text.size() / 2)));
        error.clear();
        QVERIFY(!CheckpointStore::load(path, &error));
        QVERIFY(error.contains(QStringLiteral("damaged")));
        QJsonObject noUpload = checkpoint.toJson();
        noUpload.remove(QStringLiteral("uploadId"));
        error.clear();
        QVERIFY(!UploadCheckpoint::fromJson(noUpload, &error));
        QVERIFY(!error.isEmpty());
        CheckpointStore::remove(path);
        QVERIFY(!QFile::exists(path));
    }

    void schedulerHashesAheadAndSendsInOrder()
    {
        PartScheduler scheduler(10, {2, 5});
        QCOMPARE(scheduler.count(PartState::Done), 2);
        // At most 3 parts hashed or hashing ahead of the connections.
        QList<int> hashing;
        while (const auto next = scheduler.nextToHash(3)) {
            hashing.append(*next);
            scheduler.setState(*next, PartState::Hashing);
        }
        QCOMPARE(hashing, (QList<int>{1, 3, 4}));
        QVERIFY(!scheduler.nextToSend(2)); // nothing hashed yet
        scheduler.setState(4, PartState::Ready);
        scheduler.setState(3, PartState::Ready);
        QCOMPARE(*scheduler.nextToSend(2), 3); // lowest number first
        scheduler.setState(3, PartState::Sending);
        QCOMPARE(*scheduler.nextToSend(2), 4);
        scheduler.setState(4, PartState::Sending);
        QVERIFY(!scheduler.nextToSend(2));     // two in flight is the limit
        QCOMPARE(*scheduler.nextToHash(3), 6); // sending parts no longer count as ahead
        // A failed part goes back with its digest and is sent before later parts.
        scheduler.setState(1, PartState::Ready);
        scheduler.interrupt(3, /*keepDigest=*/true);
        QCOMPARE(scheduler.state(3), PartState::Ready);
        scheduler.setState(4, PartState::Done);
        QCOMPARE(*scheduler.nextToSend(2), 1);
        // Without its digest a part is read again; a done part stays done.
        scheduler.interrupt(1, /*keepDigest=*/false);
        QCOMPARE(scheduler.state(1), PartState::Pending);
        scheduler.interrupt(4, true);
        QCOMPARE(scheduler.state(4), PartState::Done);
        for (int part = 1; part <= 10; ++part)
            scheduler.setState(part, PartState::Done);
        QVERIFY(scheduler.allDone());
        QVERIFY(!scheduler.nextToHash(3));
    }

    void rateEstimateSmoothsAndGivesAnEta()
    {
        RateEstimator rate(2.0);
        QCOMPARE(rate.etaSeconds(100), -1); // unknown before two samples
        rate.sample(0, 0);
        // 10 MB/s for 20 s in 250 ms steps, with a burst in the middle.
        qint64 bytes = 0;
        for (qint64 ms = 250; ms <= 20'000; ms += 250) {
            bytes += ms == 10'000 ? 25'000'000 : 2'500'000;
            rate.sample(ms, bytes);
        }
        QVERIFY2(std::abs(rate.bytesPerSecond() - 10e6) < 0.5e6,
                 qPrintable(QString::number(rate.bytesPerSecond())));
        QCOMPARE(rate.etaSeconds(0), 0);
        const qint64 eta = rate.etaSeconds(100'000'000);
        QVERIFY(eta >= 9 && eta <= 11);
        // A retried part's progress going back is not a negative rate.
        rate.sample(20'250, bytes - 5'000'000);
        QVERIFY(rate.bytesPerSecond() >= 0);
    }
};

QTEST_GUILESS_MAIN(TestTransfer)
#include "tst_transfer.moc"
