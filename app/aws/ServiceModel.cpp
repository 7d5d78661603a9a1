#include "aws/ServiceModel.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <array>

namespace vmi::aws {

namespace {

// botocore's Shape.SERIALIZED_ATTRS: the traits of a shape definition that a member referring
// to it inherits (botocore merges the member's own traits over them).
constexpr QLatin1StringView SerializationTraits[] = {
    QLatin1StringView("locationName"),    QLatin1StringView("queryName"),
    QLatin1StringView("flattened"),       QLatin1StringView("location"),
    QLatin1StringView("payload"),         QLatin1StringView("streaming"),
    QLatin1StringView("timestampFormat"), QLatin1StringView("xmlNamespace"),
    QLatin1StringView("resultWrapper"),   QLatin1StringView("xmlAttribute"),
    QLatin1StringView("eventstream"),     QLatin1StringView("event"),
    QLatin1StringView("eventheader"),     QLatin1StringView("eventpayload"),
    QLatin1StringView("jsonvalue"),       QLatin1StringView("hostLabel"),
};

QString modelFileName(AwsService service)
{
    switch (service) {
    case AwsService::Ec2:
        return QStringLiteral("ec2");
    case AwsService::S3:
        return QStringLiteral("s3");
    case AwsService::ImageBuilder:
        return QStringLiteral("imagebuilder");
    case AwsService::Iam:
        return QStringLiteral("iam");
    case AwsService::Kms:
        return QStringLiteral("kms");
    case AwsService::Sts:
        return QStringLiteral("sts");
    }
    Q_UNREACHABLE();
}

} // namespace

struct ServiceModel::Data
{
    QJsonObject metadata;
    QHash<QString, Shape> shapes;
    QHash<QString, Operation> operations;
    QStringList operationNames;
    QHash<QString, Paginator> paginators;
};

namespace {

// A member as botocore resolves it: the referenced shape's serialization traits with the
// member's own traits over them.
ServiceModel::Member resolveMember(const QString &name, const QJsonObject &ref, const QJsonObject &shapes)
{
    ServiceModel::Member member;
    member.name = name;
    member.shape = ref[u"shape"].toString();
    const QJsonObject definition = shapes[member.shape].toObject();
    for (QLatin1StringView trait : SerializationTraits) {
        if (definition.contains(trait))
            member.traits.insert(trait, definition[trait]);
    }
    for (auto it = ref.begin(); it != ref.end(); ++it) {
        if (it.key() != u"shape" && it.key() != u"name")
            member.traits.insert(it.key(), it.value());
    }
    return member;
}

bool parseShape(const QString &name, const QJsonObject &definition, const QJsonObject &shapes,
                ServiceModel::Shape *shape, QString *error)
{
    shape->name = name;
    shape->type = definition[u"type"].toString();
    const auto known = [&](const QString &shapeName) {
        if (shapes.contains(shapeName))
            return true;
        *error = QStringLiteral("shape %1 refers to the unknown shape %2").arg(name, shapeName);
        return false;
    };
    for (const QJsonValue &value : definition[u"members"].toArray()) {
        const QJsonObject ref = value.toObject();
        shape->members.append(resolveMember(ref[u"name"].toString(), ref, shapes));
        if (!known(shape->members.last().shape))
            return false;
    }
    for (const QJsonValue &value : definition[u"required"].toArray())
        shape->required.append(value.toString());
    if (shape->type == u"list") {
        shape->listMember = resolveMember(QStringLiteral("member"), definition[u"member"].toObject(), shapes);
        if (!known(shape->listMember.shape))
            return false;
    }
    if (shape->type == u"map") {
        shape->mapKey = resolveMember(QStringLiteral("key"), definition[u"key"].toObject(), shapes);
        shape->mapValue = resolveMember(QStringLiteral("value"), definition[u"value"].toObject(), shapes);
        if (!known(shape->mapKey.shape) || !known(shape->mapValue.shape))
            return false;
    }
    shape->traits = definition;
    for (const char *structural : {"type", "members", "required", "member", "key", "value"})
        shape->traits.remove(QLatin1StringView(structural));
    return true;
}

} // namespace

const ServiceModel &ServiceModel::forService(AwsService service)
{
    // Loaded once, on first use; the embedded files are generated and tested, so a failure
    // here is a build defect, not a runtime condition.
    static const std::array<ServiceModel, 6> models = [] {
        std::array<ServiceModel, 6> loaded;
        for (AwsService each : {AwsService::Ec2, AwsService::S3, AwsService::ImageBuilder, AwsService::Iam,
                                AwsService::Kms, AwsService::Sts}) {
            const QString path = QStringLiteral(":/vmi/aws-models/%1.json").arg(modelFileName(each));
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                qFatal("embedded AWS model %s is missing", qPrintable(path));
            QString error;
            std::unique_ptr<ServiceModel> model = fromJson(file.readAll(), &error);
            if (!model)
                qFatal("embedded AWS model %s is invalid: %s", qPrintable(path), qPrintable(error));
            loaded[static_cast<size_t>(each)] = *model;
        }
        return loaded;
    }();
    return models[static_cast<size_t>(service)];
}

std::unique_ptr<ServiceModel> ServiceModel::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        *error = parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                              : QStringLiteral("not a JSON object");
        return nullptr;
    }
    const QJsonObject root = document.object();
    auto data = std::make_shared<Data>();
    data->metadata = root[u"metadata"].toObject();
    if (data->metadata[u"protocol"].toString().isEmpty()) {
        *error = QStringLiteral("no metadata.protocol");
        return nullptr;
    }

    const QJsonObject shapes = root[u"shapes"].toObject();
    for (auto it = shapes.begin(); it != shapes.end(); ++it) {
        Shape shape;
        if (!parseShape(it.key(), it.value().toObject(), shapes, &shape, error))
            return nullptr;
        data->shapes.insert(it.key(), shape);
    }

    const QJsonObject operations = root[u"operations"].toObject();
    for (auto it = operations.begin(); it != operations.end(); ++it) {
        const QJsonObject definition = it.value().toObject();
        Operation operation;
        operation.name = it.key();
        operation.httpMethod = definition[u"http"][u"method"].toString(QStringLiteral("POST"));
        operation.requestUri = definition[u"http"][u"requestUri"].toString(QStringLiteral("/"));
        operation.inputShape = definition[u"input"][u"shape"].toString();
        operation.outputShape = definition[u"output"][u"shape"].toString();
        for (const QString &shapeName : {operation.inputShape, operation.outputShape}) {
            if (!shapeName.isEmpty() && !data->shapes.contains(shapeName)) {
                *error =
                    QStringLiteral("operation %1 refers to the unknown shape %2").arg(it.key(), shapeName);
                return nullptr;
            }
        }
        operation.traits = definition;
        for (const char *structural : {"name", "http", "input", "output"})
            operation.traits.remove(QLatin1StringView(structural));
        // The query protocols wrap the output in <OpResult>; botocore reads it from the
        // output reference.
        if (definition[u"output"].toObject().contains(u"resultWrapper"))
            operation.traits.insert(QStringLiteral("resultWrapper"), definition[u"output"][u"resultWrapper"]);
        data->operations.insert(it.key(), operation);
        data->operationNames.append(it.key());
    }

    const QJsonObject paginators = root[u"paginators"].toObject();
    for (auto it = paginators.begin(); it != paginators.end(); ++it) {
        const QJsonObject config = it.value().toObject();
        const auto strings = [&config](const char *key) {
            QStringList list;
            for (const QJsonValue &value : config[QLatin1StringView(key)].toArray())
                list.append(value.toString());
            return list;
        };
        Paginator paginator{strings("inputTokens"),         strings("outputTokens"),
                            strings("resultKeys"),          strings("nonAggregateKeys"),
                            config[u"limitKey"].toString(), config[u"moreResults"].toString()};
        if (paginator.inputTokens.size() != paginator.outputTokens.size()) {
            *error = QStringLiteral("paginator of %1: input and output tokens do not pair up").arg(it.key());
            return nullptr;
        }
        data->paginators.insert(it.key(), paginator);
    }

    auto model = std::make_unique<ServiceModel>();
    model->d = std::move(data);
    return model;
}

QString ServiceModel::protocol() const
{
    return d->metadata[u"protocol"].toString();
}

QString ServiceModel::apiVersion() const
{
    return d->metadata[u"apiVersion"].toString();
}

QString ServiceModel::signingName() const
{
    return d->metadata[u"signingName"].toString(d->metadata[u"endpointPrefix"].toString());
}

QString ServiceModel::targetPrefix() const
{
    return d->metadata[u"targetPrefix"].toString();
}

QString ServiceModel::jsonVersion() const
{
    return d->metadata[u"jsonVersion"].toString();
}

QStringList ServiceModel::operationNames() const
{
    return d->operationNames;
}

const ServiceModel::Operation *ServiceModel::operation(const QString &name) const
{
    const auto it = d->operations.constFind(name);
    return it == d->operations.cend() ? nullptr : &*it;
}

const ServiceModel::Paginator *ServiceModel::paginator(const QString &operation) const
{
    const auto it = d->paginators.constFind(operation);
    return it == d->paginators.cend() ? nullptr : &*it;
}

const ServiceModel::Shape *ServiceModel::shape(const QString &name) const
{
    const auto it = d->shapes.constFind(name);
    return it == d->shapes.cend() ? nullptr : &*it;
}

} // namespace vmi::aws
