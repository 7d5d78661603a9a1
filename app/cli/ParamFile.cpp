#include "cli/ParamFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace vmi::cli {

namespace {

const QString filePrefix = QStringLiteral("file://");

QString expandHome(const QString &path)
{
    if (path == u"~")
        return QDir::homePath();
    if (path.startsWith(u"~/"))
        return QDir::homePath() + path.mid(1);
    return path;
}

} // namespace

ParamFileResult resolveParamFile(const QString &value)
{
    if (!value.startsWith(filePrefix))
        return {value, {}};
    const QString path = expandHome(value.mid(filePrefix.size()));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {{},
                QCoreApplication::translate("vmi::cli", "Unable to load paramfile %1: %2")
                    .arg(value, file.errorString())};
    }
    return {QString::fromUtf8(file.readAll()), {}};
}

} // namespace vmi::cli
