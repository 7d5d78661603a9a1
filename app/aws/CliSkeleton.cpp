#include "aws/CliSkeleton.h"

#include "aws/CliJsonPrinter.h"

#include <QJsonArray>

namespace vmi::aws {

namespace {

QJsonValue skeletonOf(const ServiceModel &model, const ServiceModel::Shape &shape, QStringList &stack)
{
    stack.append(shape.name);
    QJsonValue result;
    const QString &type = shape.type;
    if (type == u"structure") {
        QJsonObject object;
        if (stack.count(shape.name) <= 1) {
            for (const ServiceModel::Member &member : shape.members)
                object.insert(member.name, skeletonOf(model, *model.shape(member.shape), stack));
        }
        result = object;
    } else if (type == u"list") {
        result = QJsonArray{skeletonOf(model, *model.shape(shape.listMember.shape), stack)};
    } else if (type == u"map") {
        result = QJsonObject{
            {QStringLiteral("KeyName"), skeletonOf(model, *model.shape(shape.mapValue.shape), stack)}};
    } else if (type == u"string") {
        const QJsonArray values = shape.traits[u"enum"].toArray();
        result = values.isEmpty() ? QString() : values.first().toString();
    } else if (type == u"integer" || type == u"long" || type == u"double" || type == u"float") {
        result = 0; // the printer writes 0.0 for float shapes
    } else if (type == u"boolean") {
        result = true;
    } else if (type == u"timestamp") {
        result = QStringLiteral("1970-01-01T00:00:00");
    } else {
        result = QJsonValue::Null; // botocore's generator has no value for blobs either
    }
    stack.removeLast();
    return result;
}

} // namespace

QJsonObject CliSkeleton::generate(const ServiceModel &model, const QString &operation)
{
    const ServiceModel::Operation *op = model.operation(operation);
    const ServiceModel::Shape *input = op ? model.shape(op->inputShape) : nullptr;
    if (!input)
        return {};
    QStringList stack;
    return skeletonOf(model, *input, stack).toObject();
}

QByteArray CliSkeleton::print(const ServiceModel &model, const QString &operation)
{
    const ServiceModel::Operation *op = model.operation(operation);
    const ServiceModel::Shape *input = op ? model.shape(op->inputShape) : nullptr;
    if (!input)
        return "{}\n";
    return CliJsonPrinter::printShape(model, *input, generate(model, operation), true);
}

} // namespace vmi::aws
