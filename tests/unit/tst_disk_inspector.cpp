// DiskInspector on images made at test time by qemu-img (and, where qemu-img cannot make
// one, by writing the few bytes that matter), so each row is a real file of that format.
#include "disk/DiskInspector.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <QtEndian>

using namespace vmi::disk;

namespace {
constexpr qint64 MiB = 1024 * 1024;
constexpr qint64 GiB = 1024 * MiB;
constexpr qint64 TiB = 1024 * GiB;

const QUuid EfiSystemPartition(QStringLiteral("{C12A7328-F81F-11D2-BA4B-00A0C93EC93B}"));

QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0)
        return program + QLatin1Char(' ') + arguments.join(QLatin1Char(' ')) + QLatin1String(": ") +
               QString::fromLocal8Bit(process.readAllStandardError());
    return {};
}

bool writeAt(const QString &path, qint64 offset, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::ReadWrite) && file.seek(offset) && file.write(bytes) == bytes.size();
}

bool writeFile(const QString &path, const QByteArray &bytes, qint64 size = -1)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size() &&
           (size < 0 || file.resize(size));
}

template <typename T>
void putLe(QByteArray &bytes, int at, T value)
{
    qToLittleEndian(value, bytes.data() + at);
}

// GPT stores GUIDs with the first three groups little-endian.
QByteArray gptGuid(const QUuid &uuid)
{
    QByteArray bytes = uuid.toRfc4122();
    std::reverse(bytes.begin(), bytes.begin() + 4);
    std::reverse(bytes.begin() + 4, bytes.begin() + 6);
    std::reverse(bytes.begin() + 6, bytes.begin() + 8);
    return bytes;
}

QByteArray mbrSector(quint8 status, quint8 type, quint32 firstLba, quint32 sectors)
{
    QByteArray mbr(512, '\0');
    mbr[446] = char(status);
    mbr[446 + 4] = char(type);
    putLe<quint32>(mbr, 446 + 8, firstLba);
    putLe<quint32>(mbr, 446 + 12, sectors);
    mbr[510] = char(0x55);
    mbr[511] = char(0xAA);
    return mbr;
}

// A protective MBR, a GPT header in LBA 1 and one EFI System Partition in LBA 2. The
// inspector does not check the CRCs, so they are left zero.
bool writeGpt(const QString &path, qint64 size)
{
    const quint32 sectors = quint32(size / 512);
    QByteArray header(92, '\0');
    header.replace(0, 8, "EFI PART");
    putLe<quint32>(header, 8, 0x00010000);
    putLe<quint32>(header, 12, 92);
    putLe<quint64>(header, 24, 1);
    putLe<quint64>(header, 32, sectors - 1);
    putLe<quint64>(header, 40, 34);
    putLe<quint64>(header, 48, sectors - 34);
    putLe<quint64>(header, 72, 2);
    putLe<quint32>(header, 80, 128);
    putLe<quint32>(header, 84, 128);
    QByteArray entry(128, '\0');
    entry.replace(0, 16, gptGuid(EfiSystemPartition));
    entry.replace(16, 16, gptGuid(QUuid::createUuid()));
    putLe<quint64>(entry, 32, 2048);
    putLe<quint64>(entry, 40, 4095);
    return writeFile(path, {}, size) && writeAt(path, 0, mbrSector(0, 0xEE, 1, sectors - 1)) &&
           writeAt(path, 512, header) && writeAt(path, 1024, entry);
}

// A primary volume descriptor and a terminator at sector 16: what "CD001" detection and the
// size check read. genisoimage/xorriso are not assumed to be installed.
bool writeIso(const QString &path)
{
    constexpr qint64 Size = 64 * 1024;
    QByteArray pvd(2048, '\0');
    pvd[0] = 1;
    pvd.replace(1, 5, "CD001");
    pvd[6] = 1;
    pvd.replace(40, 32, QByteArray("VMI_TEST").leftJustified(32, ' '));
    putLe<quint32>(pvd, 80, quint32(Size / 2048));
    qToBigEndian<quint32>(quint32(Size / 2048), pvd.data() + 84);
    putLe<quint16>(pvd, 128, 2048);
    qToBigEndian<quint16>(2048, pvd.data() + 130);
    QByteArray terminator(2048, '\0');
    terminator[0] = char(255);
    terminator.replace(1, 5, "CD001");
    terminator[6] = 1;
    return writeFile(path, {}, Size) && writeAt(path, 32768, pvd) && writeAt(path, 34816, terminator);
}

// qemu-img cannot make a differencing VHD (vpc has no backing-file support), so this turns a
// dynamic one into one by setting the footer's disk type to 4 and fixing the checksum, in
// both footer copies. A real one would also name its parent in the dynamic header, which the
// inspector does not read.
bool makeDifferencing(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || !file.seek(file.size() - 512))
        return false;
    QByteArray footer = file.read(512);
    qToBigEndian<quint32>(4, footer.data() + 60);
    qToBigEndian<quint32>(0, footer.data() + 64);
    quint32 sum = 0;
    for (char c : std::as_const(footer))
        sum += quint8(c);
    qToBigEndian<quint32>(~sum, footer.data() + 64);
    return file.seek(file.size() - 512) && file.write(footer) == 512 && file.seek(0) &&
           file.write(footer) == 512;
}

// (No raw string literal here: moc in Qt 6.4 loses the class after one.)
const QByteArray Ovf = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                       "<Envelope xmlns=\"http://schemas.dmtf.org/ovf/envelope/1\" "
                       "xmlns:ovf=\"http://schemas.dmtf.org/ovf/envelope/1\">\n"
                       "  <References><File ovf:href=\"disk1.vmdk\" ovf:id=\"file1\"/></References>\n"
                       "  <DiskSection><Info>Disks</Info>"
                       "<Disk ovf:diskId=\"vmdisk1\" ovf:fileRef=\"file1\" ovf:capacity=\"16777216\"/>"
                       "</DiskSection>\n"
                       "</Envelope>\n";
} // namespace

class TestDiskInspector : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_qemuImg;
    QString m_tar;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QString qemuImg(const QStringList &arguments) const { return run(m_qemuImg, arguments); }

    // Makes the image a row names; returns its path, or an empty string and *error.
    QString make(const QString &recipe, QString *error) const
    {
        const QString size16 = QStringLiteral("16M");
        const auto create = [&](const QString &name, const QString &format, const QString &options,
                                const QString &size) {
            QStringList arguments{QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"),
                                  format};
            if (!options.isEmpty())
                arguments << QStringLiteral("-o") << options;
            *error = qemuImg(arguments << path(name) << size);
            return path(name);
        };
        if (recipe == QLatin1String("raw"))
            return create(QStringLiteral("empty.raw"), QStringLiteral("raw"), {}, size16);
        if (recipe == QLatin1String("qcow2"))
            return create(QStringLiteral("disk.qcow2"), QStringLiteral("qcow2"), {}, QStringLiteral("20M"));
        if (recipe == QLatin1String("qcow2 named .vmdk"))
            return create(QStringLiteral("liar.vmdk"), QStringLiteral("qcow2"), {}, size16);
        if (recipe.startsWith(QLatin1String("vmdk "))) {
            const QString subformat = recipe.mid(5);
            return create(subformat + QLatin1String(".vmdk"), QStringLiteral("vmdk"),
                          QLatin1String("subformat=") + subformat,
                          subformat.startsWith(QLatin1String("twoGb")) ? QStringLiteral("3G") : size16);
        }
        if (recipe.startsWith(QLatin1String("vhd "))) {
            // force_size keeps the size asked for instead of rounding it to a CHS geometry.
            const QString subformat = recipe.mid(4);
            const bool differencing = subformat == QLatin1String("differencing");
            const QString vhd = create(subformat + QLatin1String(".vhd"), QStringLiteral("vpc"),
                                       QLatin1String("force_size=on,subformat=") +
                                           (differencing ? QStringLiteral("dynamic") : subformat),
                                       size16);
            if (error->isEmpty() && differencing && !makeDifferencing(vhd))
                *error = QStringLiteral("cannot patch the VHD footer");
            return vhd;
        }
        if (recipe.startsWith(QLatin1String("vhdx ")))
            return create(recipe.mid(5) + QLatin1String(".vhdx"), QStringLiteral("vhdx"),
                          QLatin1String("subformat=") + recipe.mid(5), size16);
        if (recipe == QLatin1String("vdi"))
            return create(QStringLiteral("disk.vdi"), QStringLiteral("vdi"), {}, size16);
        if (recipe.startsWith(QLatin1String("ova"))) {
            const QString ova = path(QStringLiteral("vm.ova"));
            create(QStringLiteral("disk1.vmdk"), QStringLiteral("vmdk"),
                   QStringLiteral("subformat=streamOptimized"), size16);
            if (error->isEmpty() && !writeFile(path(QStringLiteral("vm.ovf")), Ovf))
                *error = QStringLiteral("cannot write the OVF");
            if (error->isEmpty())
                *error = run(m_tar, {QStringLiteral("-cf"), ova, QStringLiteral("--format=") + recipe.mid(4),
                                     QStringLiteral("-C"), m_dir.path(), QStringLiteral("vm.ovf"),
                                     QStringLiteral("disk1.vmdk")});
            return ova;
        }
        if (recipe == QLatin1String("mbr bios")) {
            const QString raw = path(QStringLiteral("mbr.raw"));
            if (!writeFile(raw, {}, 8 * MiB) || !writeAt(raw, 0, mbrSector(0x80, 0x83, 2048, 8192)))
                *error = QStringLiteral("cannot write the MBR");
            return raw;
        }
        if (recipe == QLatin1String("gpt uefi") || recipe.startsWith(QLatin1String("gpt uefi in "))) {
            const QString raw = path(QStringLiteral("gpt.raw"));
            if (!writeGpt(raw, 8 * MiB)) {
                *error = QStringLiteral("cannot write the GPT");
                return raw;
            }
            if (recipe == QLatin1String("gpt uefi"))
                return raw;
            const bool vhd = recipe.endsWith(QLatin1String("vhd"));
            const QString out = path(vhd ? QStringLiteral("gpt.vhd") : QStringLiteral("gpt.vmdk"));
            *error = qemuImg({QStringLiteral("convert"), QStringLiteral("-f"), QStringLiteral("raw"),
                              QStringLiteral("-O"), vhd ? QStringLiteral("vpc") : QStringLiteral("vmdk"),
                              QStringLiteral("-o"),
                              vhd ? QStringLiteral("subformat=dynamic,force_size=on")
                                  : QStringLiteral("subformat=streamOptimized"),
                              raw, out});
            return out;
        }
        if (recipe == QLatin1String("iso")) {
            if (!writeIso(path(QStringLiteral("win.iso"))))
                *error = QStringLiteral("cannot write the ISO");
            return path(QStringLiteral("win.iso"));
        }
        if (recipe == QLatin1String("text file")) {
            if (!writeFile(path(QStringLiteral("notes.raw")), "not a disk image\n"))
                *error = QStringLiteral("cannot write the file");
            return path(QStringLiteral("notes.raw"));
        }
        *error = QLatin1String("no recipe ") + recipe;
        return {};
    }

    DiskReport inspectRecipe(const QString &recipe)
    {
        QString error;
        const QString file = make(recipe, &error);
        if (!error.isEmpty())
            qWarning("%s", qPrintable(error));
        return error.isEmpty() ? DiskInspector::inspect(file) : DiskReport{};
    }

    static QString describe(const DiskReport &report)
    {
        QStringList lines{formatKey(report.format) + QLatin1Char('/') + report.subformat};
        for (const Diagnostic &d : report.diagnostics)
            lines << severityKey(d.severity) + QLatin1String(": ") + d.message + QLatin1String(" | ") +
                         d.hint;
        return lines.join(QLatin1Char('\n'));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_qemuImg = QStandardPaths::findExecutable(QStringLiteral("qemu-img"));
        if (m_qemuImg.isEmpty())
            QFAIL("qemu-img is not installed (Debian package qemu-utils); these tests make their images with "
                  "it.");
        m_tar = QStandardPaths::findExecutable(QStringLiteral("tar"));
        if (m_tar.isEmpty())
            QFAIL("tar is not installed; the OVA rows build their archive with it.");
    }

    void inspects_data()
    {
        QTest::addColumn<QString>("recipe");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("subformat");
        QTest::addColumn<qint64>("virtualSize");
        QTest::addColumn<QString>("partitionTable");
        QTest::addColumn<QString>("bootMode");
        QTest::addColumn<bool>("importImage");
        QTest::addColumn<bool>("importSnapshot");
        QTest::addColumn<bool>("importDiskImage");

        const auto row = [](const char *name, const char *recipe, const char *format, const char *subformat,
                            qint64 size, const char *table, const char *boot, bool image, bool snapshot,
                            bool diskImage) {
            QTest::newRow(name) << QString::fromLatin1(recipe) << QString::fromLatin1(format)
                                << QString::fromLatin1(subformat) << size << QString::fromLatin1(table)
                                << QString::fromLatin1(boot) << image << snapshot << diskImage;
        };
        row("raw, empty", "raw", "raw", "", 16 * MiB, "none", "unknown", true, true, false);
        row("raw, MBR with boot flag", "mbr bios", "raw", "", 8 * MiB, "mbr", "legacy-bios", true, true,
            false);
        row("raw, GPT with ESP", "gpt uefi", "raw", "", 8 * MiB, "gpt", "uefi", true, true, false);
        row("qcow2", "qcow2", "qcow2", "compat=1.1", 20 * MiB, "unknown", "unknown", false, false, false);
        row("qcow2 named .vmdk", "qcow2 named .vmdk", "qcow2", "compat=1.1", 16 * MiB, "unknown", "unknown",
            false, false, false);
        row("vdi", "vdi", "vdi", "dynamic", 16 * MiB, "unknown", "unknown", false, false, false);
        row("vmdk streamOptimized", "vmdk streamOptimized", "vmdk", "streamOptimized", 16 * MiB, "unknown",
            "unknown", true, true, false);
        row("vmdk monolithicSparse", "vmdk monolithicSparse", "vmdk", "monolithicSparse", 16 * MiB, "unknown",
            "unknown", false, false, false);
        row("vmdk monolithicFlat descriptor", "vmdk monolithicFlat", "vmdk", "monolithicFlat", 16 * MiB,
            "unknown", "unknown", false, false, false);
        row("vmdk twoGbMaxExtentSparse descriptor", "vmdk twoGbMaxExtentSparse", "vmdk",
            "twoGbMaxExtentSparse", 3 * GiB, "unknown", "unknown", false, false, false);
        row("vmdk streamOptimized holding a GPT", "gpt uefi in vmdk", "vmdk", "streamOptimized", 8 * MiB,
            "unknown", "unknown", true, true, false);
        row("vhd fixed", "vhd fixed", "vhd", "fixed", 16 * MiB, "none", "unknown", true, true, false);
        row("vhd dynamic", "vhd dynamic", "vhd", "dynamic", 16 * MiB, "none", "unknown", true, true, false);
        row("vhd dynamic holding a GPT", "gpt uefi in vhd", "vhd", "dynamic", 8 * MiB, "gpt", "uefi", true,
            true, false);
        row("vhd differencing (patched footer)", "vhd differencing", "vhd", "differencing", 16 * MiB,
            "unknown", "unknown", false, false, false);
        row("vhdx dynamic", "vhdx dynamic", "vhdx", "dynamic", 16 * MiB, "unknown", "unknown", true, false,
            false);
        row("vhdx fixed", "vhdx fixed", "vhdx", "fixed", 16 * MiB, "unknown", "unknown", true, false, false);
        row("ova, GNU tar", "ova gnu", "ova", "", 16 * MiB, "unknown", "unknown", true, false, false);
        row("ova, ustar", "ova ustar", "ova", "", 16 * MiB, "unknown", "unknown", true, false, false);
        row("iso 9660", "iso", "iso", "iso9660", 64 * 1024, "unknown", "unknown", false, false, true);
        row("text file", "text file", "unknown", "", -1, "unknown", "unknown", false, false, false);
    }
    void inspects()
    {
        QFETCH(QString, recipe);
        QFETCH(QString, format);
        QFETCH(QString, subformat);
        QFETCH(qint64, virtualSize);
        QFETCH(QString, partitionTable);
        QFETCH(QString, bootMode);
        QFETCH(bool, importImage);
        QFETCH(bool, importSnapshot);
        QFETCH(bool, importDiskImage);

        QString error;
        const QString file = make(recipe, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        const DiskReport report = DiskInspector::inspect(file);
        const QByteArray details = describe(report).toUtf8();
        QCOMPARE(report.path, file);
        QCOMPARE(report.fileSize, QFileInfo(file).size());
        QVERIFY2(formatKey(report.format) == format, details.constData());
        QVERIFY2(report.subformat == subformat, details.constData());
        QCOMPARE(report.virtualSize, virtualSize);
        QCOMPARE(partitionTableKey(report.partitionTable), partitionTable);
        QCOMPARE(bootModeKey(report.bootModeHint), bootMode);
        QVERIFY2(report.importable.importImage == importImage, details.constData());
        QVERIFY2(report.importable.importSnapshot == importSnapshot, details.constData());
        QVERIFY2(report.importable.importDiskImage == importDiskImage, details.constData());
        // Not importable anywhere <=> there is an error that says why.
        QCOMPARE(report.hasErrors(), !importImage && !importSnapshot && !importDiskImage);
        QVERIFY(report.bytesRead > 0);
        QVERIFY(report.bytesRead <= DiskInspector::DefaultReadBudget);
    }

    void readsLittleOfHugeImages_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("options");
        QTest::newRow("raw 1 TiB") << QStringLiteral("raw") << QString();
        QTest::newRow("qcow2 1 TiB") << QStringLiteral("qcow2") << QString();
        QTest::newRow("vhd dynamic 1 TiB") << QStringLiteral("vpc") << QStringLiteral("force_size=on");
        QTest::newRow("vhdx 1 TiB") << QStringLiteral("vhdx") << QString();
        QTest::newRow("vmdk monolithicSparse 1 TiB") << QStringLiteral("vmdk") << QString();
    }
    void readsLittleOfHugeImages()
    {
        QFETCH(QString, format);
        QFETCH(QString, options);
        const QString file = path(QLatin1String("huge.") + format);
        QStringList arguments{QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"), format};
        if (!options.isEmpty())
            arguments << QStringLiteral("-o") << options;
        const QString error = qemuImg(arguments << file << QStringLiteral("1T"));
        QVERIFY2(error.isEmpty(), qPrintable(error));

        const DiskReport report = DiskInspector::inspect(file);
        QCOMPARE(report.virtualSize, TiB);
        QVERIFY2(report.bytesRead <= 4 * MiB, qPrintable(QString::number(report.bytesRead)));
        QFile::remove(file);
    }

    void listsOvaMembers()
    {
        const DiskReport report = inspectRecipe(QStringLiteral("ova ustar"));
        QCOMPARE(report.members.size(), 2);
        QCOMPARE(report.members.at(0).name, QStringLiteral("vm.ovf"));
        QCOMPARE(report.members.at(0).format, DiskFormat::Unknown);
        QCOMPARE(report.members.at(0).offset, 512);
        const ArchiveMember &disk = report.members.at(1);
        QCOMPARE(disk.name, QStringLiteral("disk1.vmdk"));
        QCOMPARE(disk.format, DiskFormat::Vmdk);
        QCOMPARE(disk.subformat, QStringLiteral("streamOptimized"));
        QCOMPARE(disk.virtualSize, 16 * MiB);
        QCOMPARE(disk.size, QFileInfo(path(QStringLiteral("disk1.vmdk"))).size());
        QVERIFY2(!report.hasErrors(), qPrintable(describe(report)));
        // Headers only: two 512-byte headers, the OVF, and the disk's first structures.
        QVERIFY2(report.bytesRead < 64 * 1024, qPrintable(QString::number(report.bytesRead)));
    }

    void explainsWhatToDo_data()
    {
        QTest::addColumn<QString>("recipe");
        QTest::addColumn<QString>("severity");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("hint");

        const QString convert = QStringLiteral("-O vmdk -o subformat=streamOptimized");
        QTest::newRow("qcow2") << QStringLiteral("qcow2") << QStringLiteral("error")
                               << QStringLiteral("QCOW2")
                               << QStringLiteral("qemu-img convert -f qcow2 ") + convert;
        QTest::newRow("vdi") << QStringLiteral("vdi") << QStringLiteral("error") << QStringLiteral("VDI")
                             << QStringLiteral("qemu-img convert -f vdi ") + convert;
        QTest::newRow("monolithicSparse")
            << QStringLiteral("vmdk monolithicSparse") << QStringLiteral("error")
            << QStringLiteral("stream-optimized") << QStringLiteral("qemu-img convert -f vmdk ") + convert;
        QTest::newRow("descriptor names its extents")
            << QStringLiteral("vmdk monolithicFlat") << QStringLiteral("warning")
            << QStringLiteral("monolithicFlat-flat.vmdk") << QStringLiteral("Convert the descriptor");
        QTest::newRow("differencing vhd") << QStringLiteral("vhd differencing") << QStringLiteral("error")
                                          << QStringLiteral("Footers not identical")
                                          << QStringLiteral("qemu-img convert -f vpc ") + convert;
        QTest::newRow("raw without partitions") << QStringLiteral("raw") << QStringLiteral("info")
                                                << QStringLiteral("No partition table") << QString();
        QTest::newRow("vhdx not for snapshots") << QStringLiteral("vhdx dynamic") << QStringLiteral("info")
                                                << QStringLiteral("ImportSnapshot does not take VHDX")
                                                << QStringLiteral("qemu-img convert -f vhdx ") + convert;
        QTest::newRow("iso goes to Image Builder") << QStringLiteral("iso") << QStringLiteral("info")
                                                   << QStringLiteral("ImportDiskImage") << QString();
    }
    void explainsWhatToDo()
    {
        QFETCH(QString, recipe);
        QFETCH(QString, severity);
        QFETCH(QString, message);
        QFETCH(QString, hint);

        const DiskReport report = inspectRecipe(recipe);
        const bool found =
            std::any_of(report.diagnostics.cbegin(), report.diagnostics.cend(), [&](const Diagnostic &d) {
                return severityKey(d.severity) == severity && d.message.contains(message) &&
                       d.hint.contains(hint);
            });
        QVERIFY2(found, qPrintable(describe(report)));
    }

    // A copy cut short (an interrupted download) must give a report, not a crash or a read
    // past the end: every sniffer meets headers whose offsets point beyond the file.
    void survivesTruncatedImages_data()
    {
        QTest::addColumn<QString>("recipe");
        for (const char *recipe : {"vmdk streamOptimized", "vmdk monolithicSparse", "vhd dynamic",
                                   "vhdx dynamic", "qcow2", "vdi", "ova ustar", "gpt uefi", "iso"})
            QTest::newRow(recipe) << QString::fromLatin1(recipe);
    }
    void survivesTruncatedImages()
    {
        QFETCH(QString, recipe);
        QString error;
        const QString file = make(recipe, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QFile original(file);
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QByteArray head = original.read(300 * 1024);
        for (qsizetype length : {qsizetype(1), qsizetype(100), qsizetype(512), qsizetype(1000),
                                 qsizetype(4096), qsizetype(70000), qsizetype(200 * 1024), head.size() - 1}) {
            const QString cut = path(QStringLiteral("cut.img"));
            QVERIFY(writeFile(cut, head.left(length)));
            const DiskReport report = DiskInspector::inspect(cut);
            QVERIFY(report.bytesRead <= DiskInspector::DefaultReadBudget);
            QCOMPARE(report.fileSize, qMin(length, head.size()));
        }
    }

    void reportsMissingExtents()
    {
        QString error;
        const QString descriptor = make(QStringLiteral("vmdk twoGbMaxExtentSparse"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(QFile::remove(path(QStringLiteral("twoGbMaxExtentSparse-s002.vmdk"))));
        const DiskReport report = DiskInspector::inspect(descriptor);
        QVERIFY2(report.hasErrors(), qPrintable(describe(report)));
        QVERIFY2(
            report.diagnostics.first().message.contains(QStringLiteral("twoGbMaxExtentSparse-s001.vmdk")),
            qPrintable(describe(report)));
        QVERIFY(std::any_of(report.diagnostics.cbegin(), report.diagnostics.cend(), [](const Diagnostic &d) {
            return d.message.contains(QStringLiteral("missing")) &&
                   d.message.contains(QStringLiteral("twoGbMaxExtentSparse-s002.vmdk"));
        }));
    }

    // describe() says what the file is; the verdict per operation is left to its caller.
    void describeLeavesTheVerdictOut()
    {
        QString error;
        const QString file = make(QStringLiteral("vmdk monolithicSparse"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const DiskReport inspected = DiskInspector::inspect(file);
        const DiskReport described = DiskInspector::describe(file);
        QVERIFY(inspected.hasErrors()); // not stream-optimized
        QVERIFY2(!described.hasErrors(), qPrintable(describe(described)));
        QCOMPARE(described.format, inspected.format);
        QCOMPARE(described.subformat, QStringLiteral("monolithicSparse"));
        QCOMPARE(described.virtualSize, inspected.virtualSize);
        QCOMPARE(described.importable, Importability{});
        QVERIFY(DiskInspector::describe(path(QStringLiteral("does-not-exist.raw"))).hasErrors());
    }

    void reportsUnreadableFiles()
    {
        const DiskReport report = DiskInspector::inspect(path(QStringLiteral("does-not-exist.vmdk")));
        QCOMPARE(report.format, DiskFormat::Unknown);
        QVERIFY(report.hasErrors());
        QCOMPARE(report.importable, Importability{});
        QCOMPARE(report.bytesRead, 0);
    }
};

QTEST_GUILESS_MAIN(TestDiskInspector)
#include "tst_disk_inspector.moc"
