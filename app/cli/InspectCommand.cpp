#include "cli/InspectCommand.h"

#include "disk/DiskInspector.h"
#include "disk/DiskReport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace vmi::cli {

namespace {

// Every string of this file under one context, the one lupdate files Tr::tr() calls under
// (a plain tr() in a free function would be filed under the enclosing namespace instead).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vmi::cli::InspectCommand)
};

QString sizeText(qint64 bytes)
{
    if (bytes < 0)
        return Tr::tr("unknown");
    return QStringLiteral("%1 (%2 bytes)")
        .arg(QLocale::c().formattedDataSize(bytes, 2, QLocale::DataSizeIecFormat))
        .arg(bytes);
}

void printText(const disk::DiskReport &report, QTextStream &out)
{
    out << report.path << '\n';
    QString format = disk::formatKey(report.format);
    if (!report.subformat.isEmpty())
        format += QStringLiteral(" (%1)").arg(report.subformat);
    out << "  " << Tr::tr("format:") << ' ' << format << '\n';
    out << "  " << Tr::tr("virtual size:") << ' ' << sizeText(report.virtualSize) << '\n';
    out << "  " << Tr::tr("file size:") << ' ' << sizeText(report.fileSize) << '\n';
    out << "  " << Tr::tr("partition table:") << ' ' << disk::partitionTableKey(report.partitionTable)
        << '\n';
    out << "  " << Tr::tr("boot mode hint:") << ' ' << disk::bootModeKey(report.bootModeHint) << '\n';
    const auto yesNo = [](bool value) {
        return value ? Tr::tr("yes") : Tr::tr("no");
    };
    out << "  "
        << Tr::tr("ImportImage: %1, ImportSnapshot: %2, ImportDiskImage: %3")
               .arg(yesNo(report.importable.importImage), yesNo(report.importable.importSnapshot),
                    yesNo(report.importable.importDiskImage))
        << '\n';
    for (const disk::ArchiveMember &member : report.members)
        out << "  " << Tr::tr("contains:") << ' ' << member.name << " [" << disk::formatKey(member.format)
            << "]\n";
    for (const disk::Diagnostic &diagnostic : report.diagnostics) {
        out << "  " << disk::severityKey(diagnostic.severity) << ": " << diagnostic.message << '\n';
        if (!diagnostic.hint.isEmpty())
            out << "    " << Tr::tr("fix:") << ' ' << diagnostic.hint << '\n';
    }
}

} // namespace

QJsonObject reportToJson(const disk::DiskReport &report)
{
    QJsonArray diagnostics;
    for (const disk::Diagnostic &d : report.diagnostics) {
        diagnostics.append(QJsonObject{{QStringLiteral("severity"), disk::severityKey(d.severity)},
                                       {QStringLiteral("message"), d.message},
                                       {QStringLiteral("hint"), d.hint}});
    }
    QJsonObject json{
        {QStringLiteral("path"), report.path},
        {QStringLiteral("format"), disk::formatKey(report.format)},
        {QStringLiteral("subformat"),
         report.subformat.isEmpty() ? QJsonValue() : QJsonValue(report.subformat)},
        {QStringLiteral("virtualSize"),
         report.virtualSize < 0 ? QJsonValue() : QJsonValue(report.virtualSize)},
        {QStringLiteral("fileSize"), report.fileSize < 0 ? QJsonValue() : QJsonValue(report.fileSize)},
        {QStringLiteral("partitionTable"), disk::partitionTableKey(report.partitionTable)},
        {QStringLiteral("bootModeHint"), disk::bootModeKey(report.bootModeHint)},
        {QStringLiteral("importable"),
         QJsonObject{{QStringLiteral("ImportImage"), report.importable.importImage},
                     {QStringLiteral("ImportSnapshot"), report.importable.importSnapshot},
                     {QStringLiteral("ImportDiskImage"), report.importable.importDiskImage}}},
        {QStringLiteral("diagnostics"), diagnostics},
    };
    if (report.format == disk::DiskFormat::Ova) {
        QJsonArray members;
        for (const disk::ArchiveMember &m : report.members) {
            members.append(QJsonObject{{QStringLiteral("name"), m.name},
                                       {QStringLiteral("format"), disk::formatKey(m.format)},
                                       {QStringLiteral("size"), m.size}});
        }
        json.insert(QStringLiteral("members"), members);
    }
    return json;
}

int runInspect(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption outputOption(QStringLiteral("output"), Tr::tr("Output format: text or json."),
                                          QStringLiteral("format"), QStringLiteral("text"));
    parser.addOption(outputOption);
    parser.addPositionalArgument(QStringLiteral("file"), Tr::tr("Disk images to inspect."),
                                 QStringLiteral("FILE..."));
    if (!parser.parse(arguments)) {
        err << "vmimport inspect: " << parser.errorText() << '\n';
        return 2;
    }
    const QString output = parser.value(outputOption);
    if (output != u"text" && output != u"json") {
        err << "vmimport inspect: " << Tr::tr("--output must be text or json, not '%1'").arg(output) << '\n';
        return 2;
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        err << "vmimport inspect: " << Tr::tr("name at least one disk image: vmimport inspect FILE...")
            << '\n';
        return 2;
    }

    bool anyErrors = false;
    QJsonArray reports;
    for (const QString &file : files) {
        const disk::DiskReport report = disk::DiskInspector::inspect(file);
        anyErrors = anyErrors || report.hasErrors();
        if (output == u"json")
            reports.append(reportToJson(report));
        else
            printText(report, out);
    }
    if (output == u"json")
        out << QJsonDocument(reports).toJson(QJsonDocument::Indented);
    return anyErrors ? 1 : 0;
}

} // namespace vmi::cli
