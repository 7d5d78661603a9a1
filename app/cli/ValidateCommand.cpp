#include "cli/ValidateCommand.h"

#include "import/DiskInspection.h"
#include "models/ProfileJson.h"
#include "models/Validator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace vmi::cli {

namespace {

// Every string of this file under one context, the one lupdate files Tr::tr() calls under
// (a plain tr() in a free function would be filed under the enclosing namespace instead).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vmi::cli::ValidateCommand)
};

void printText(const QString &file, const QList<Diagnostic> &diagnostics, QTextStream &out)
{
    qsizetype errors = 0;
    qsizetype warnings = 0;
    for (const Diagnostic &d : diagnostics) {
        errors += d.severity == Diagnostic::Severity::Error;
        warnings += d.severity == Diagnostic::Severity::Warning;
        out << severityKey(d.severity) << ": ";
        if (!d.field.isEmpty())
            out << d.field << ": ";
        out << d.message << '\n';
        if (!d.hint.isEmpty())
            out << "  " << Tr::tr("fix:") << ' ' << d.hint << '\n';
    }
    out << file << ": " << (errors ? Tr::tr("not valid: %n error(s)", nullptr, int(errors)) : Tr::tr("valid"))
        << (warnings ? QStringLiteral(", ") + Tr::tr("%n warning(s)", nullptr, int(warnings)) : QString())
        << '\n';
}

void printJson(const QList<Diagnostic> &diagnostics, QTextStream &out)
{
    QJsonArray list;
    for (const Diagnostic &d : diagnostics)
        list.append(toJson(d));
    out << QJsonDocument(QJsonObject{{QStringLiteral("valid"), !hasErrors(diagnostics)},
                                     {QStringLiteral("diagnostics"), list}})
               .toJson(QJsonDocument::Indented);
}

// The diagnostics for one profile file: load errors, or the Validator's findings.
QList<Diagnostic> validateFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {{{},
                 Diagnostic::Severity::Error,
                 Tr::tr("Cannot read %1: %2").arg(path, file.errorString()),
                 {}}};
    const ProfileJson::Read read = ProfileJson::read(file.readAll());
    if (!read.profile) {
        QList<Diagnostic> errors = read.errors;
        if (!read.newerSchema && !errors.isEmpty() && errors.first().field == u"schemaVersion")
            errors.first().hint =
                Tr::tr("To check an AWS CLI input file, import it first: vmimport profiles import FILE");
        return errors;
    }
    ImportSettings settings = read.profile->settings;
    QList<Diagnostic> diagnostics;
    const QMap<qsizetype, InspectedDisk> inspected =
        import::inspectLocalFiles(settings, QFileInfo(path).absoluteDir(), diagnostics);
    return diagnostics + Validator::validate(settings, inspected);
}

} // namespace

int runValidate(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption outputOption(QStringLiteral("output"), Tr::tr("Output format: text or json."),
                                          QStringLiteral("format"), QStringLiteral("text"));
    parser.addOption(outputOption);
    parser.addPositionalArgument(QStringLiteral("profile"), Tr::tr("The profile file to check."),
                                 QStringLiteral("PROFILE.json"));
    if (!parser.parse(arguments)) {
        err << "vmimport validate: " << parser.errorText() << '\n';
        return 2;
    }
    const QString output = parser.value(outputOption);
    if (output != u"text" && output != u"json") {
        err << "vmimport validate: " << Tr::tr("--output must be text or json, not '%1'").arg(output) << '\n';
        return 2;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        err << "vmimport validate: " << Tr::tr("name one profile file: vmimport validate PROFILE.json")
            << '\n';
        return 2;
    }

    const QList<Diagnostic> diagnostics = validateFile(positional.first());
    if (output == u"json")
        printJson(diagnostics, out);
    else
        printText(positional.first(), diagnostics, out);
    return hasErrors(diagnostics) ? 1 : 0;
}

} // namespace vmi::cli
