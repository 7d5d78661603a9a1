#include "cli/ProfilesCommand.h"

#include "models/ProfileStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace vmi::cli {

namespace {

// Every string of this file under one context, the one lupdate files Tr::tr() calls under
// (a plain tr() in a free function would be filed under the enclosing namespace instead).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vmi::cli::ProfilesCommand)
};

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

// One subcommand run: where output goes and in which form.
class ProfilesCommand
{
public:
    ProfilesCommand(bool json, QTextStream &out, QTextStream &err)
        : m_json(json)
        , m_out(out)
        , m_err(err)
    {}

    int list()
    {
        const QList<ProfileEntry> entries = m_store.list();
        if (m_json) {
            QJsonArray array;
            for (const ProfileEntry &entry : entries)
                array.append(
                    QJsonObject{{QStringLiteral("name"), entry.name},
                                {QStringLiteral("operation"),
                                 entry.operation ? QJsonValue(apiName(*entry.operation)) : QJsonValue()},
                                {QStringLiteral("region"), orNull(entry.region)},
                                {QStringLiteral("file"), QDir::toNativeSeparators(entry.filePath)},
                                {QStringLiteral("error"), orNull(entry.error)}});
            print(array);
            return 0;
        }
        if (entries.isEmpty())
            m_out << Tr::tr("No profiles in %1.").arg(QDir::toNativeSeparators(m_store.directory())) << '\n';
        qsizetype width = 0;
        for (const ProfileEntry &entry : entries)
            width = qMax(width, entry.name.size());
        for (const ProfileEntry &entry : entries) {
            m_out << entry.name.leftJustified(width + 2);
            if (entry.isBroken())
                m_out << Tr::tr("cannot be used: %1 (%2)")
                             .arg(entry.error.section(u'\n', 0, 0), QDir::toNativeSeparators(entry.filePath));
            else
                m_out << apiName(*entry.operation).leftJustified(17)
                      << (entry.region.isEmpty() ? Tr::tr("(no region)") : entry.region);
            m_out << '\n';
        }
        return 0;
    }

    int show(const QString &name)
    {
        const Outcome<Profile> profile = m_store.load(name);
        if (!profile.ok())
            return fail(profile.error);
        if (m_json) {
            print(ProfileJson::write(*profile.value).json);
            return 0;
        }
        const ImportSettings &settings = profile.value->settings;
        m_out << Tr::tr("name:") << ' ' << profile.value->name << '\n'
              << Tr::tr("operation:") << ' ' << apiName(settings.operation) << '\n'
              << Tr::tr("region:") << ' ' << settings.region << '\n'
              << Tr::tr("AWS profile:") << ' ' << settings.awsProfile << '\n';
        if (!settings.upload.bucket.isEmpty())
            m_out << Tr::tr("upload to:") << " s3://" << settings.upload.bucket << '/'
                  << settings.upload.keyPrefix << '\n';
        for (qsizetype i = 0; i < settings.upload.localFiles.size(); ++i) {
            if (!settings.upload.localFiles[i].isEmpty())
                m_out << Tr::tr("local file %1:").arg(i) << ' ' << settings.upload.localFiles[i] << '\n';
        }
        // The request as the profile file holds it: presigned URLs without their signatures.
        m_out << Tr::tr("request:") << '\n'
              << QJsonDocument(ProfileJson::write(*profile.value).json[u"request"].toObject())
                     .toJson(QJsonDocument::Indented);
        return 0;
    }

    int import(const QString &file, const QString &name, std::optional<ImportOperation> operation)
    {
        const Outcome<Profile> imported = m_store.importFile(file, name, operation);
        if (!imported.ok())
            return fail(imported.error);
        if (m_json) {
            print(QJsonObject{{QStringLiteral("name"), imported.value->name},
                              {QStringLiteral("operation"), apiName(imported.value->settings.operation)},
                              {QStringLiteral("notes"), QJsonArray::fromStringList(imported.notes)}});
            return 0;
        }
        m_out << Tr::tr("Imported \"%1\" (%2).")
                     .arg(imported.value->name, apiName(imported.value->settings.operation))
              << '\n';
        for (const QString &note : imported.notes)
            m_out << Tr::tr("note:") << ' ' << note << '\n';
        return 0;
    }

    int exportRequest(const QString &name, const QString &file)
    {
        if (file.isEmpty()) {
            const Outcome<QJsonObject> request = m_store.exportRequest(name);
            if (!request.ok())
                return fail(request.error);
            notes(request.notes);
            m_out << QJsonDocument(*request.value).toJson(QJsonDocument::Indented);
            return 0;
        }
        const Outcome<> written = m_store.exportRequestToFile(name, file);
        if (!written.ok())
            return fail(written.error);
        notes(written.notes);
        if (m_json)
            print(QJsonObject{{QStringLiteral("file"), QDir::toNativeSeparators(file)}});
        else
            m_out << Tr::tr("Wrote %1.").arg(QDir::toNativeSeparators(file)) << '\n';
        return 0;
    }

private:
    int fail(const QString &error)
    {
        m_err << "vmimport profiles: " << error << '\n';
        return 1;
    }

    void notes(const QStringList &notes)
    {
        for (const QString &note : notes)
            m_err << "vmimport profiles: " << Tr::tr("note:") << ' ' << note << '\n';
    }

    void print(const QJsonArray &json) { m_out << QJsonDocument(json).toJson(QJsonDocument::Indented); }
    void print(const QJsonObject &json) { m_out << QJsonDocument(json).toJson(QJsonDocument::Indented); }

    bool m_json;
    QTextStream &m_out;
    QTextStream &m_err;
    ProfileStore m_store;
};

QString usage()
{
    return Tr::tr(
        "usage: vmimport profiles list | show NAME | import FILE [--name NAME] [--operation OPERATION] | "
        "export NAME [FILE]   [--output text|json]");
}

} // namespace

int runProfiles(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption outputOption(QStringLiteral("output"), Tr::tr("Output format: text or json."),
                                          QStringLiteral("format"), QStringLiteral("text"));
    const QCommandLineOption nameOption(QStringLiteral("name"), Tr::tr("The imported profile's name."),
                                        QStringLiteral("name"));
    const QCommandLineOption operationOption(QStringLiteral("operation"),
                                             Tr::tr("ImportImage, ImportSnapshot or ImportDiskImage."),
                                             QStringLiteral("operation"));
    parser.addOptions({outputOption, nameOption, operationOption});
    const auto usageError = [&err](const QString &message) {
        err << "vmimport profiles: " << message << '\n' << usage() << '\n';
        return 2;
    };
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    const QString output = parser.value(outputOption);
    if (output != u"text" && output != u"json")
        return usageError(Tr::tr("--output must be text or json, not '%1'").arg(output));

    const QStringList words = parser.positionalArguments();
    const QString subcommand = words.value(0);
    const bool importing = subcommand == u"import";
    if (!importing && (parser.isSet(nameOption) || parser.isSet(operationOption)))
        return usageError(Tr::tr("--name and --operation go with import only."));
    if (parser.isSet(nameOption) && parser.value(nameOption).trimmed().isEmpty())
        return usageError(Tr::tr("--name needs a profile name."));
    std::optional<ImportOperation> operation;
    if (parser.isSet(operationOption)) {
        operation = importOperationFromApiName(parser.value(operationOption));
        if (!operation)
            return usageError(Tr::tr("unknown operation '%1'").arg(parser.value(operationOption)));
    }

    ProfilesCommand command(output == u"json", out, err);
    if (subcommand == u"list" && words.size() == 1)
        return command.list();
    if (subcommand == u"show" && words.size() == 2)
        return command.show(words[1]);
    if (importing && words.size() == 2)
        return command.import(words[1], parser.value(nameOption), operation);
    if (subcommand == u"export" && (words.size() == 2 || words.size() == 3))
        return command.exportRequest(words[1], words.value(2));
    return usageError(subcommand.isEmpty() ? Tr::tr("name a subcommand.")
                                           : Tr::tr("wrong arguments for '%1'.").arg(subcommand));
}

} // namespace vmi::cli
