// The Validator's rules, as tables: each row changes one thing in a valid profile and names
// the field that must then carry a diagnostic of exactly that severity ("none": the field
// must have no diagnostic at all, so valid values are proven quiet too).
//
// Patches are JSON merged into the operation's valid baseline profile: objects merge,
// anything else replaces, null removes. "inspected" maps disk indexes to what the inspector
// found. In patches and field names, {{c*N}} is c repeated N times, {{tags:N}} is N EC2 tags,
// {{ibtags:N}} N Image Builder tags and {{disks:N}} N disk containers. The tables themselves
// are in validator_rows.cpp.

#include "models/ProfileJson.h"
#include "models/Validator.h"
#include "validator_rows.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace vmi;

namespace {

QByteArray baselineRequest(const QString &operation)
{
    if (operation == u"ImportSnapshot")
        return R"({"DiskContainer": {"Format": "VHD",
                   "UserBucket": {"S3Bucket": "vm-import-disks", "S3Key": "disks/data.vhd"}}})";
    if (operation == u"ImportDiskImage")
        return R"({"name": "win11-import", "semanticVersion": "1.0.0", "platform": "Windows",
                   "osVersion": "Microsoft Windows 11",
                   "infrastructureConfigurationArn":
                       "arn:aws:imagebuilder:us-east-1:123456789012:infrastructure-configuration/ic",
                   "uri": "s3://iso-bucket/Win11_Enterprise.iso"})";
    return R"({"Platform": "Linux", "LicenseType": "BYOL", "DiskContainers": [{"Format": "VMDK",
               "UserBucket": {"S3Bucket": "vm-import-disks", "S3Key": "disks/web.vmdk"}}]})";
}

QString expand(QString text)
{
    static const QRegularExpression repeat(
        QStringLiteral(R"(\{\{(tags|ibtags|disks):(\d+)\}\}|\{\{(.+?)\*(\d+)\}\})"));
    QString result;
    qsizetype last = 0;
    auto it = repeat.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        result += text.mid(last, match.capturedStart() - last);
        last = match.capturedEnd();
        if (match.captured(1).isEmpty()) {
            result += match.captured(3).repeated(match.captured(4).toInt());
            continue;
        }
        QStringList items;
        for (int i = 1; i <= match.captured(2).toInt(); ++i) {
            if (match.captured(1) == u"tags")
                items.append(QStringLiteral(R"({"Key": "k%1", "Value": "v"})").arg(i));
            else if (match.captured(1) == u"ibtags")
                items.append(QStringLiteral(R"("k%1": "v")").arg(i));
            else
                items.append(
                    QStringLiteral(R"({"Format": "VMDK", "UserBucket": {"S3Bucket": "vm-import-disks",
                                               "S3Key": "d%1.vmdk"}})")
                        .arg(i));
        }
        result += items.join(u',');
    }
    return result + text.mid(last);
}

QJsonObject parse(const QString &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad JSON in a test row (%s): %s", qPrintable(error.errorString()), qPrintable(json));
    return document.object();
}

QJsonObject merged(QJsonObject base, const QJsonObject &patch)
{
    for (auto it = patch.constBegin(); it != patch.constEnd(); ++it) {
        if (it.value().isNull())
            base.remove(it.key());
        else if (it.value().isObject() && base.value(it.key()).isObject())
            base.insert(it.key(), merged(base.value(it.key()).toObject(), it.value().toObject()));
        else
            base.insert(it.key(), it.value());
    }
    return base;
}

QMap<qsizetype, InspectedDisk> inspectedDisks(const QJsonObject &json)
{
    QMap<qsizetype, InspectedDisk> disks;
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        const QJsonObject d = it.value().toObject();
        InspectedDisk disk{d[u"format"].toString(),
                           d[u"subformat"].toString(),
                           d[u"virtualSize"].toInteger(-1),
                           d[u"fileSize"].toInteger(-1),
                           d[u"partitionTable"].toString(QStringLiteral("unknown")),
                           d[u"bootModeHint"].toString(QStringLiteral("unknown")),
                           {}};
        for (const QJsonValue &finding : d[u"findings"].toArray())
            disk.findings.append(
                {{}, *severityFromKey(finding[u"severity"].toString()), finding[u"message"].toString(), {}});
        disks.insert(it.key().toLongLong(), disk);
    }
    return disks;
}

struct Case
{
    ImportSettings settings;
    QMap<qsizetype, InspectedDisk> inspected;
};

std::optional<Case> buildCase(const QString &operation, const QString &patchText, QString *error)
{
    const QJsonObject patch = parse(expand(patchText));
    QJsonObject profile{{QStringLiteral("schemaVersion"), 1},
                        {QStringLiteral("name"), QStringLiteral("row")},
                        {QStringLiteral("operation"), operation},
                        {QStringLiteral("region"), operation == u"ImportDiskImage"
                                                       ? QStringLiteral("us-east-1")
                                                       : QStringLiteral("eu-west-1")},
                        {QStringLiteral("request"), parse(QString::fromUtf8(baselineRequest(operation)))}};
    QJsonObject withoutInspection = patch;
    withoutInspection.remove(QStringLiteral("inspected"));
    profile = merged(profile, withoutInspection);
    const ProfileJson::Read read = ProfileJson::read(profile);
    if (!read.profile) {
        for (const Diagnostic &d : read.errors)
            *error += d.field + QLatin1String(": ") + d.message + u'\n';
        return std::nullopt;
    }
    return Case{read.profile->settings, inspectedDisks(patch[u"inspected"].toObject())};
}

int rank(const QString &severity)
{
    return severity == u"error" ? 3 : severity == u"warning" ? 2 : severity == u"info" ? 1 : 0;
}

QString listing(const QList<Diagnostic> &diagnostics)
{
    QString text;
    for (const Diagnostic &d : diagnostics)
        text += QStringLiteral("  %1 [%2] %3\n").arg(d.field, severityKey(d.severity), d.message);
    return text;
}

// Shorthands for the operations.
constexpr const char *Image = "ImportImage";
constexpr const char *Snapshot = "ImportSnapshot";
constexpr const char *Builder = "ImportDiskImage";

} // namespace

class TestValidator : public QObject
{
    Q_OBJECT

    static void columns()
    {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QString>("patch");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("severity");
    }

    static void verifyRow()
    {
        QFETCH(QString, operation);
        QFETCH(QString, patch);
        QFETCH(QString, field);
        QFETCH(QString, severity);
        QString error;
        const std::optional<Case> c = buildCase(operation, patch, &error);
        QVERIFY2(c, qPrintable(QStringLiteral("the row's profile does not load:\n") + error));
        const QList<Diagnostic> diagnostics = Validator::validate(c->settings, c->inspected);
        const QString expectedField = expand(field);
        QString worst = QStringLiteral("none");
        for (const Diagnostic &d : diagnostics) {
            if (d.field == expectedField && rank(severityKey(d.severity)) > rank(worst))
                worst = severityKey(d.severity);
            QVERIFY2(!d.message.isEmpty(), qPrintable(d.field));
        }
        QVERIFY2(worst == severity,
                 qPrintable(QStringLiteral("%1: expected %2, got %3; all diagnostics:\n%4")
                                .arg(expectedField, severity, worst, listing(diagnostics))));
    }

private Q_SLOTS:
    void baselinesAreClean_data()
    {
        QTest::addColumn<QString>("operation");
        for (const char *operation : {Image, Snapshot, Builder})
            QTest::newRow(operation) << QString::fromLatin1(operation);
    }
    void baselinesAreClean()
    {
        QFETCH(QString, operation);
        QString error;
        const std::optional<Case> c = buildCase(operation, QStringLiteral("{}"), &error);
        QVERIFY2(c, qPrintable(error));
        const QList<Diagnostic> diagnostics = Validator::validate(c->settings);
        QVERIFY2(diagnostics.isEmpty(), qPrintable(listing(diagnostics)));
    }

    void regionAndProfile_data()
    {
        columns();
        regionAndProfileRows();
    }
    void regionAndProfile() { verifyRow(); }

    void kmsKeys_data()
    {
        columns();
        kmsKeysRows();
    }
    void kmsKeys() { verifyRow(); }

    void enumerations_data()
    {
        columns();
        enumerationsRows();
    }
    void enumerations() { verifyRow(); }

    void licensing_data()
    {
        columns();
        licensingRows();
    }
    void licensing() { verifyRow(); }

    void identity_data()
    {
        columns();
        identityRows();
    }
    void identity() { verifyRow(); }

    void clientData_data()
    {
        columns();
        clientDataRows();
    }
    void clientData() { verifyRow(); }

    void ec2Tags_data()
    {
        columns();
        ec2TagsRows();
    }
    void ec2Tags() { verifyRow(); }

    void diskSources_data()
    {
        columns();
        diskSourcesRows();
    }
    void diskSources() { verifyRow(); }

    void bucketNames_data()
    {
        columns();
        bucketNamesRows();
    }
    void bucketNames() { verifyRow(); }

    void objectKeys_data()
    {
        columns();
        objectKeysRows();
    }
    void objectKeys() { verifyRow(); }

    void formatsAndDevices_data()
    {
        columns();
        formatsAndDevicesRows();
    }
    void formatsAndDevices() { verifyRow(); }

    void inspection_data()
    {
        columns();
        inspectionRows();
    }
    void inspection() { verifyRow(); }

    void upload_data()
    {
        columns();
        uploadRows();
    }
    void upload() { verifyRow(); }

    void imageBuilder_data()
    {
        columns();
        imageBuilderRows();
    }
    void imageBuilder() { verifyRow(); }

    void imageBuilderTags_data()
    {
        columns();
        imageBuilderTagsRows();
    }
    void imageBuilderTags() { verifyRow(); }

    void afterImport_data()
    {
        columns();
        afterImportRows();
    }
    void afterImport() { verifyRow(); }

    // Settings no request file can hold (the wizard keeps them while the user switches the
    // operation): ImportSnapshot says what it does not send.
    void snapshotSaysWhatItDoesNotSend()
    {
        ImportSettings settings;
        settings.operation = ImportOperation::ImportSnapshot;
        settings.region = QStringLiteral("eu-west-1");
        settings.ec2.platform = QStringLiteral("Linux");
        settings.ec2.bootMode = QStringLiteral("uefi");
        const DiskContainer disk{{},
                                 QStringLiteral("/dev/sda1"),
                                 QStringLiteral("VHD"),
                                 {},
                                 {},
                                 UserBucket{QStringLiteral("vm-import-disks"), QStringLiteral("a.vhd")}};
        settings.ec2.diskContainers = {disk, disk};
        QMap<QString, Diagnostic::Severity> worst;
        for (const Diagnostic &d : Validator::validate(settings))
            worst[d.field] = d.severity;
        QCOMPARE(worst.value(QStringLiteral("Platform")), Diagnostic::Severity::Warning);
        QCOMPARE(worst.value(QStringLiteral("BootMode")), Diagnostic::Severity::Warning);
        QCOMPARE(worst.value(QStringLiteral("DiskContainer.DeviceName")), Diagnostic::Severity::Warning);
        QCOMPARE(worst.value(QStringLiteral("DiskContainer")), Diagnostic::Severity::Error); // two disks
    }

    // Live validation runs on every keystroke: a busy profile must take well under a frame.
    void fastEnoughForEveryKeystroke()
    {
        QString error;
        const std::optional<Case> c =
            buildCase(QString::fromLatin1(Image),
                      QStringLiteral(R"({"upload": {"bucket": "vm-import-disks", "localFiles": ["/d/a.vmdk"]},
                               "request": {"Encrypted": true, "KmsKeyId": "alias/x", "DiskContainers": [{{disks:21}}],
                                           "TagSpecifications": [{"ResourceType": "import-image-task",
                                                                  "Tags": [{{tags:50}}]}]},
                               "inspected": {"0": {"format": "vmdk", "subformat": "streamOptimized"}}})"),
                      &error);
        QVERIFY2(c, qPrintable(error));
        QElapsedTimer timer;
        timer.start();
        constexpr int Runs = 100;
        qsizetype diagnostics = 0;
        for (int i = 0; i < Runs; ++i)
            diagnostics += Validator::validate(c->settings, c->inspected).size();
        QCOMPARE(diagnostics % Runs, 0); // the same answer every time
        const double perRun = double(timer.nsecsElapsed()) / Runs / 1e6;
        qInfo("one validation: %.3f ms", perRun);
        QVERIFY2(perRun < 5.0, qPrintable(QString::number(perRun)));
    }
};

QTEST_GUILESS_MAIN(TestValidator)
#include "tst_validator.moc"
