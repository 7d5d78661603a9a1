// Hostile and bad input, as a table (issue 9): over a hundred things a user can type or save
// wrongly, across vmimport's arguments, profile files, the AWS config/credentials files and the
// wizard's fields (through the Validator, which is what the wizard shows). Each row names the
// exit status (or the diagnostic's field and severity) and a part of the message that says
// what is wrong. And nothing on disk may change: the saved profiles and jobs, and the files
// the commands were given, are compared byte for byte before and after every command.
// The tables are in bad_input_rows.cpp.

#include "bad_input_rows.h"
#include "cli/CommandLine.h"
#include "import/JobStore.h"
#include "models/ProfileJson.h"
#include "models/ProfileStore.h"
#include "models/Validator.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace vmi;

namespace {

struct Run
{
    int status = 0;
    QString out;
    QString err;
};

Run runCli(QStringList arguments)
{
    arguments.prepend(QStringLiteral("vmimport"));
    Run r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    r.status = cli::run(arguments, out, err);
    out.flush();
    err.flush();
    return r;
}

// Every file under the folders: relative path -> permissions and SHA-256 of the content.
QMap<QString, QByteArray> snapshot(const QStringList &folders)
{
    QMap<QString, QByteArray> files;
    for (const QString &folder : folders) {
        QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QByteArray state = QByteArray::number(int(file.permissions()), 16) + ' ';
            if (file.open(QIODevice::ReadOnly))
                state += QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
            files.insert(file.fileName(), state);
        }
    }
    return files;
}

QString describeChange(const QMap<QString, QByteArray> &before, const QMap<QString, QByteArray> &after)
{
    QStringList changes;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (!after.contains(it.key()))
            changes.append(QStringLiteral("lost ") + it.key());
        else if (after.value(it.key()) != it.value())
            changes.append(QStringLiteral("changed ") + it.key());
    }
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (!before.contains(it.key()))
            changes.append(QStringLiteral("new ") + it.key());
    }
    return changes.join(u", ");
}

// {{c*N}}: c repeated N times; {{tags:N}}: N EC2 tags.
QString expand(const QString &text)
{
    static const QRegularExpression repeat(QStringLiteral(R"(\{\{tags:(\d+)\}\}|\{\{(.+?)\*(\d+)\}\})"));
    QString result;
    qsizetype last = 0;
    auto it = repeat.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        result += text.mid(last, match.capturedStart() - last);
        last = match.capturedEnd();
        if (!match.captured(1).isEmpty()) {
            QStringList tags;
            for (int i = 1; i <= match.captured(1).toInt(); ++i)
                tags.append(QStringLiteral(R"({"Key": "k%1", "Value": "v"})").arg(i));
            result += tags.join(u',');
        } else {
            result += match.captured(2).repeated(match.captured(3).toInt());
        }
    }
    return result + text.mid(last);
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

QJsonObject objectOf(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

// A valid profile of each operation, as the wizard starts from.
QJsonObject validProfile(const QString &operation)
{
    QJsonObject request;
    if (operation == u"ImportSnapshot")
        request = objectOf(R"({"DiskContainer": {"Format": "VHD",
                                "UserBucket": {"S3Bucket": "vm-import-disks", "S3Key": "disks/data.vhd"}}})");
    else if (operation == u"ImportDiskImage")
        request = objectOf(R"({"name": "win11-import", "semanticVersion": "1.0.0", "platform": "Windows",
                   "osVersion": "Microsoft Windows 11",
                   "infrastructureConfigurationArn":
                       "arn:aws:imagebuilder:us-east-1:123456789012:infrastructure-configuration/ic",
                   "uri": "s3://iso-bucket/Win11_Enterprise.iso"})");
    else
        request =
            objectOf(R"({"Platform": "Linux", "LicenseType": "BYOL", "DiskContainers": [{"Format": "VMDK",
                   "UserBucket": {"S3Bucket": "vm-import-disks", "S3Key": "disks/web.vmdk"}}]})");
    return {{QStringLiteral("schemaVersion"), 1},
            {QStringLiteral("name"), QStringLiteral("row")},
            {QStringLiteral("operation"), operation},
            {QStringLiteral("region"),
             operation == u"ImportDiskImage" ? QStringLiteral("us-east-1") : QStringLiteral("eu-west-1")},
            {QStringLiteral("request"), request}};
}

// Environment variables set for one scope, then put back.
class ScopedEnvironment
{
public:
    ~ScopedEnvironment()
    {
        for (auto it = m_saved.cbegin(); it != m_saved.cend(); ++it) {
            if (it.value())
                qputenv(it.key().constData(), *it.value());
            else
                qunsetenv(it.key().constData());
        }
    }
    void set(const char *name, const QByteArray &value)
    {
        save(name);
        qputenv(name, value);
    }
    void unset(const char *name)
    {
        save(name);
        qunsetenv(name);
    }

private:
    void save(const char *name)
    {
        if (!m_saved.contains(name))
            m_saved.insert(name,
                           qEnvironmentVariableIsSet(name) ? std::optional(qgetenv(name)) : std::nullopt);
    }
    QMap<QByteArray, std::optional<QByteArray>> m_saved;
};

} // namespace

class TestBadInput : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ScopedEnvironment m_environment;
    QString m_dataDir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    void writeFile(const QString &name, const QByteArray &content) const
    {
        QFile file(path(name));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(content), content.size());
    }

    // What may not change: the app's profiles and jobs, and the files the commands read.
    QMap<QString, QByteArray> disk() const { return snapshot({m_dataDir, m_dir.path()}); }

    QStringList withPlaceholders(QStringList arguments) const
    {
        for (QString &argument : arguments) {
            argument.replace(QLatin1String("{missing}"), path(QStringLiteral("missing/nothing.json")));
            argument.replace(QLatin1String("{dir}"), m_dir.path());
            argument.replace(QLatin1String("{profile}"), path(QStringLiteral("good.json")));
        }
        return arguments;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The commands use the real data folder: only under ctest's throw-away XDG folders.
        QVERIFY2(qEnvironmentVariableIsSet("XDG_DATA_HOME"), "run this test through ctest");
        m_dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QVERIFY(QDir(m_dataDir).removeRecursively()); // what an earlier run left
        QVERIFY(m_dir.isValid());

        // AWS commands must fail before any request; should one not, it meets a closed port.
        writeFile(QStringLiteral("config"), {});
        writeFile(QStringLiteral("credentials"), {});
        m_environment.set("AWS_CONFIG_FILE", path(QStringLiteral("config")).toLocal8Bit());
        m_environment.set("AWS_SHARED_CREDENTIALS_FILE", path(QStringLiteral("credentials")).toLocal8Bit());
        m_environment.set("AWS_ACCESS_KEY_ID", "AKIDBADINPUTTEST");
        m_environment.set("AWS_SECRET_ACCESS_KEY", "bad-input-test-secret");
        m_environment.set("AWS_REGION", "eu-west-1");
        m_environment.set("AWS_ENDPOINT_URL", "http://127.0.0.1:9");
        m_environment.set("AWS_MAX_ATTEMPTS", "1");
        for (const char *name :
             {"AWS_PROFILE", "AWS_DEFAULT_REGION", "AWS_SESSION_TOKEN", "AWS_DEFAULT_PROFILE"})
            m_environment.unset(name);

        // Something to lose: one saved profile and one job.
        writeFile(QStringLiteral("good.json"),
                  QJsonDocument(validProfile(QStringLiteral("ImportImage"))).toJson());
        const Run imported =
            runCli({QStringLiteral("profiles"), QStringLiteral("import"), path(QStringLiteral("good.json")),
                    QStringLiteral("--name"), QStringLiteral("keep me")});
        QVERIFY2(imported.status == 0, qPrintable(imported.err));
        import::JobStore jobs;
        QVERIFY(jobs.load());
        QString error;
        const JobRecord job =
            jobs.createJob(QStringLiteral("kept job"), ImportOperation::ImportImage,
                           validProfile(QStringLiteral("ImportImage"))[u"request"].toObject(),
                           QStringLiteral("eu-west-1"), {}, &error);
        QVERIFY2(!job.id.isEmpty(), qPrintable(error));
        QCOMPARE(QDir(ProfileStore::defaultDirectory()).entryList(QDir::Files).size(), 1);
        QCOMPARE(QDir(import::JobStore::defaultDirectory()).entryList(QDir::Files).size(), 1);
    }

    void cliArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        cliArgumentRows();
    }
    void cliArguments()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, status);
        QFETCH(QString, message);
        const QMap<QString, QByteArray> before = disk();
        const Run r = runCli(withPlaceholders(arguments));
        const QString said = r.err + r.out;
        QVERIFY2(r.status == status, qPrintable(QStringLiteral("exit %1: %2").arg(r.status).arg(said)));
        QVERIFY2(said.contains(withPlaceholders({message}).constFirst()), qPrintable(said));
        QVERIFY2(!said.contains(u"bad-input-test-secret"), qPrintable(said));
        QCOMPARE(describeChange(before, disk()), QString());
    }

    // Each bad file is refused by all three commands that read profiles, with the same
    // message, and none of them saves a profile or makes a job.
    void profileFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        profileFileRows();
    }
    void profileFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        writeFile(QStringLiteral("bad.json"), content);
        const QString file = path(QStringLiteral("bad.json"));
        const QMap<QString, QByteArray> before = disk();
        for (const QStringList &command :
             {QStringList{QStringLiteral("profiles"), QStringLiteral("import"), file},
              QStringList{QStringLiteral("profiles"), QStringLiteral("import"), file,
                          QStringLiteral("--name"), QStringLiteral("keep me")},
              QStringList{QStringLiteral("validate"), file}, QStringList{QStringLiteral("run"), file}}) {
            const Run r = runCli(command);
            const QString said = r.err + r.out;
            QVERIFY2(r.status == 1,
                     qPrintable(command.join(u' ') + QStringLiteral(": exit %1: ").arg(r.status) + said));
            QVERIFY2(said.contains(message), qPrintable(command.join(u' ') + u": " + said));
            QCOMPARE(describeChange(before, disk()), QString());
        }
    }

    void configFiles_data()
    {
        QTest::addColumn<QByteArray>("config");
        QTest::addColumn<QByteArray>("credentials");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        configFileRows();
    }
    void configFiles()
    {
        QFETCH(QByteArray, config);
        QFETCH(QByteArray, credentials);
        QFETCH(QStringList, arguments);
        QFETCH(int, status);
        QFETCH(QString, message);
        writeFile(QStringLiteral("config"), config);
        writeFile(QStringLiteral("credentials"), credentials);
        // The files alone: no keys or region from the environment.
        ScopedEnvironment environment;
        for (const char *name :
             {"AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_REGION", "AWS_MAX_ATTEMPTS"})
            environment.unset(name);
        const QMap<QString, QByteArray> before = disk();
        const Run r = runCli(arguments);
        const QString said = r.err + r.out;
        QVERIFY2(r.status == status, qPrintable(QStringLiteral("exit %1: %2").arg(r.status).arg(said)));
        QVERIFY2(said.contains(withPlaceholders({message}).constFirst()), qPrintable(said));
        QCOMPARE(describeChange(before, disk()), QString());
    }
    void cleanup()
    {
        // Config rows leave their files; the next rows start from empty ones.
        QFile::remove(path(QStringLiteral("config")));
        QFile::remove(path(QStringLiteral("credentials")));
        writeFile(QStringLiteral("config"), {});
        writeFile(QStringLiteral("credentials"), {});
    }

    void wizardFields_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QString>("patch");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("severity");
        QTest::addColumn<QString>("message");
        wizardFieldRows();
    }
    void wizardFields()
    {
        QFETCH(QString, operation);
        QFETCH(QString, patch);
        QFETCH(QString, field);
        QFETCH(QString, severity);
        QFETCH(QString, message);
        QJsonParseError parseError;
        const QJsonDocument patchJson = QJsonDocument::fromJson(expand(patch).toUtf8(), &parseError);
        QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
        const ProfileJson::Read read = ProfileJson::read(merged(validProfile(operation), patchJson.object()));
        QVERIFY2(read.profile, read.errors.isEmpty() ? "" : qPrintable(read.errors.first().message));
        const QList<Diagnostic> diagnostics = Validator::validate(read.profile->settings);
        QStringList shown;
        bool found = false;
        for (const Diagnostic &d : diagnostics) {
            shown.append(d.field + u' ' + severityKey(d.severity) + u": " + d.message + u" / " + d.hint);
            found = found || (d.field == field && severityKey(d.severity) == severity &&
                              QString(d.message + u' ' + d.hint).contains(message));
        }
        QVERIFY2(found, qPrintable(shown.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_bad_input.moc"
