#include "cli/OperationArguments.h"

#include "cli/CliName.h"
#include "cli/ParamFile.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace vmi::cli {

namespace {

// Every string of this file under one context, the one lupdate files Tr::tr() calls under
// (a plain tr() in a free function would be filed under the enclosing namespace instead).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vmi::cli::OperationArguments)
};

const QStringList globalOptionsWithValue = {
    QStringLiteral("--region"),    QStringLiteral("--profile"),          QStringLiteral("--endpoint-url"),
    QStringLiteral("--output"),    QStringLiteral("--cli-read-timeout"), QStringLiteral("--cli-input-json"),
    QStringLiteral("--ca-bundle"),
};
const QStringList globalFlags = {
    QStringLiteral("--debug"),
    QStringLiteral("--no-paginate"),
    // We never page output; accepted so scripts written for the AWS CLI v2 run unchanged.
    QStringLiteral("--no-cli-pager"),
    QStringLiteral("--help"),
};

bool isOption(const QString &argument)
{
    return argument.startsWith(u"--");
}

// The value of a member given as an option, converted to the JSON type its shape wants.
class MemberValueReader
{
public:
    explicit MemberValueReader(const aws::ServiceModel &model)
        : m_model(model)
    {}

    // values: the arguments after the option up to the next option. Returns false and sets
    // *error for a value that does not fit.
    bool read(const QString &option, const aws::ServiceModel::Shape &shape, const QStringList &values,
              QJsonValue *result, QString *error) const
    {
        if (shape.type == u"boolean") {
            // "--dry-run" / "--no-dry-run" carry no value; the caller handles the prefix.
            *result = true;
            return values.isEmpty() || fail(option, Tr::tr("takes no value"), error);
        }
        if (values.isEmpty())
            return fail(option, Tr::tr("expected one argument"), error);
        if (shape.type == u"list") {
            const aws::ServiceModel::Shape *element = m_model.shape(shape.listMember.shape);
            if (element && isScalar(*element) && !(values.size() == 1 && values.first().startsWith(u'['))) {
                QJsonArray array;
                for (const QString &value : values) {
                    QJsonValue item;
                    if (!readScalar(option, *element, value, &item, error))
                        return false;
                    array.append(item);
                }
                *result = array;
                return true;
            }
        }
        if (values.size() > 1)
            return fail(option, Tr::tr("expected one argument, got %1").arg(values.size()), error);
        const ParamFileResult file = resolveParamFile(values.first());
        if (!file.error.isEmpty())
            return fail(option, file.error, error);
        if (isScalar(shape))
            return readScalar(option, shape, file.value, result, error);
        QJsonParseError parseError;
        const QJsonDocument document =
            QJsonDocument::fromJson(QByteArray("[") + file.value.toUtf8() + QByteArray("]"), &parseError);
        if (parseError.error != QJsonParseError::NoError || document.array().size() != 1) {
            return fail(option,
                        Tr::tr("Invalid JSON: %1. vmimport takes JSON (or file://name.json) for structures "
                               "and lists; the AWS CLI's shorthand syntax is not supported.")
                            .arg(parseError.errorString()),
                        error);
        }
        *result = document.array().first();
        return true;
    }

private:
    static bool isScalar(const aws::ServiceModel::Shape &shape)
    {
        return shape.type != u"structure" && shape.type != u"list" && shape.type != u"map";
    }

    static bool fail(const QString &option, const QString &why, QString *error)
    {
        *error = Tr::tr("Error parsing parameter '%1': %2").arg(option, why);
        return false;
    }

    static bool readScalar(const QString &option, const aws::ServiceModel::Shape &shape, const QString &text,
                           QJsonValue *result, QString *error)
    {
        bool ok = true;
        if (shape.type == u"integer" || shape.type == u"long") {
            const qint64 number = text.toLongLong(&ok);
            *result = QJsonValue(number);
        } else if (shape.type == u"double" || shape.type == u"float") {
            *result = text.toDouble(&ok);
        } else if (shape.type == u"boolean") {
            ok = text == u"true" || text == u"false";
            *result = text == u"true";
        } else {
            *result = text;
        }
        if (!ok)
            return fail(option, Tr::tr("invalid %1 value: %2").arg(shape.type, text), error);
        return true;
    }

    const aws::ServiceModel &m_model;
};

} // namespace

bool readGlobalOption(const QString &name, const QString &value, GlobalOptions *global, QString *error)
{
    if (name == u"--region") {
        global->region = value;
    } else if (name == u"--profile") {
        global->profile = value;
    } else if (name == u"--endpoint-url") {
        global->endpointUrl = value;
    } else if (name == u"--ca-bundle") {
        global->caBundle = value;
    } else if (name == u"--output") {
        if (value != u"json") {
            *error = Tr::tr("vmimport prints JSON only: --output %1 is not supported").arg(value);
            return false;
        }
        global->output = value;
    } else if (name == u"--cli-read-timeout") {
        bool ok = false;
        global->readTimeoutSeconds = value.toInt(&ok);
        // At most a day: the value becomes milliseconds in an int.
        if (!ok || global->readTimeoutSeconds < 0 || global->readTimeoutSeconds > 86'400) {
            *error = Tr::tr("Error parsing parameter '--cli-read-timeout': not a number of seconds from 0 to "
                            "86400: %1")
                         .arg(value);
            return false;
        }
    }
    return true;
}

bool isGlobalOptionWithValue(const QString &argument)
{
    return globalOptionsWithValue.contains(argument);
}

bool isGlobalFlag(const QString &argument)
{
    return globalFlags.contains(argument);
}

OperationArguments OperationArguments::parse(const aws::ServiceModel &model,
                                             const aws::ServiceModel::Operation &operation,
                                             const QStringList &arguments)
{
    OperationArguments parsed;
    const aws::ServiceModel::Shape *inputShape = model.shape(operation.inputShape);
    QHash<QString, const aws::ServiceModel::Member *> membersByOption;
    if (inputShape) {
        for (const aws::ServiceModel::Member &member : inputShape->members)
            membersByOption.insert(QStringLiteral("--") + cliName(member.name), &member);
    }
    const MemberValueReader reader(model);
    QString cliInputJson;
    QStringList unknown;
    QJsonObject fromOptions;

    for (qsizetype i = 0; i < arguments.size(); ++i) {
        QString option = arguments.at(i);
        QString inlineValue;
        bool hasInlineValue = false;
        if (isOption(option) && option.contains(u'=')) {
            inlineValue = option.section(u'=', 1);
            option = option.section(u'=', 0, 0);
            hasInlineValue = true;
        }
        // The values of an option: the inline one, or the arguments up to the next option.
        QStringList values;
        if (hasInlineValue) {
            values.append(inlineValue);
        } else {
            while (i + 1 < arguments.size() && !isOption(arguments.at(i + 1)))
                values.append(arguments.at(++i));
        }

        if (option == u"--generate-cli-skeleton") {
            parsed.skeleton = values.isEmpty() ? QStringLiteral("input") : values.first();
            // The AWS CLI's "output" skeleton runs the operation against a stub; vmimport
            // prints the input skeleton only.
            if (parsed.skeleton != u"input") {
                parsed.error = Tr::tr("argument --generate-cli-skeleton: invalid choice: '%1' (vmimport "
                                      "supports 'input')")
                                   .arg(parsed.skeleton);
                return parsed;
            }
            continue;
        }
        if (isGlobalFlag(option)) {
            parsed.global.debug |= option == u"--debug";
            parsed.global.help |= option == u"--help";
            if (option == u"--no-paginate")
                parsed.global.paginate = false;
            if (!values.isEmpty())
                unknown.append(values);
            continue;
        }
        if (isGlobalOptionWithValue(option)) {
            if (values.size() != 1) {
                parsed.error = Tr::tr("argument %1: expected one argument").arg(option);
                return parsed;
            }
            if (option == u"--cli-input-json")
                cliInputJson = values.first();
            else if (!readGlobalOption(option, values.first(), &parsed.global, &parsed.error))
                return parsed;
            continue;
        }

        // "--no-<boolean member>" sets it to false.
        bool negated = false;
        const aws::ServiceModel::Member *member = membersByOption.value(option);
        if (!member && option.startsWith(u"--no-")) {
            member = membersByOption.value(QStringLiteral("--") + option.mid(5));
            negated = member != nullptr;
        }
        const aws::ServiceModel::Shape *shape = member ? model.shape(member->shape) : nullptr;
        if (!shape || (negated && shape->type != u"boolean")) {
            unknown.append(option);
            unknown.append(values);
            continue;
        }
        QJsonValue value;
        if (!reader.read(option, *shape, values, &value, &parsed.error))
            return parsed;
        fromOptions.insert(member->name, negated ? QJsonValue(false) : value);
        parsed.membersGivenAsOptions.append(member->name);
    }

    if (!unknown.isEmpty()) {
        parsed.error = Tr::tr("Unknown options: %1").arg(unknown.join(QStringLiteral(", ")));
        return parsed;
    }
    if (!cliInputJson.isEmpty()) {
        const ParamFileResult file = resolveParamFile(cliInputJson);
        if (!file.error.isEmpty()) {
            parsed.error = Tr::tr("Error parsing parameter '--cli-input-json': %1").arg(file.error);
            return parsed;
        }
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(file.value.toUtf8(), &parseError);
        if (!document.isObject()) {
            parsed.error = Tr::tr("Error parsing parameter '--cli-input-json': Invalid JSON received: %1")
                               .arg(parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                                 : Tr::tr("not an object"));
            return parsed;
        }
        parsed.input = document.object();
    }
    // Options win over --cli-input-json, as in the AWS CLI.
    for (auto it = fromOptions.constBegin(); it != fromOptions.constEnd(); ++it)
        parsed.input.insert(it.key(), it.value());
    return parsed;
}

} // namespace vmi::cli
