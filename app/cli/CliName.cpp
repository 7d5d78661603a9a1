#include "cli/CliName.h"

#include <QRegularExpression>

namespace vmi::cli {

QString cliName(const QString &apiName)
{
    if (apiName.contains(u'-'))
        return apiName;
    // The three regular expressions of botocore/__init__.py, in its order.
    static const QRegularExpression pluralAcronym(QStringLiteral("[A-Z]{2,}s$"));
    static const QRegularExpression firstCap(QStringLiteral("(.)([A-Z][a-z]+)"));
    static const QRegularExpression endCap(QStringLiteral("([a-z0-9])([A-Z])"));

    QString name = apiName;
    const QRegularExpressionMatch plural = pluralAcronym.match(name);
    if (plural.hasMatch()) {
        const QString matched = plural.captured();
        name = name.left(name.size() - matched.size()) + u'-' + matched.toLower();
    }
    name.replace(firstCap, QStringLiteral("\\1-\\2"));
    name.replace(endCap, QStringLiteral("\\1-\\2"));
    return name.toLower();
}

} // namespace vmi::cli
