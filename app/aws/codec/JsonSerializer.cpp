#include "aws/codec/JsonSerializer.h"

#include "aws/codec/PythonText.h"
#include "aws/codec/WireScalars.h"

#include <QJsonArray>

namespace vmi::aws::codec {

QByteArray JsonSerializer::body(const QJsonObject &input, const ServiceModel::Shape &shape) const
{
    PyJsonWriter out; // json.dumps defaults: no indent, ensure_ascii
    write(out, input, shape, {});
    return out.text();
}

void JsonSerializer::write(PyJsonWriter &out, const QJsonValue &value, const ServiceModel::Shape &shape,
                           const QJsonObject &traits) const
{
    const QString &type = shape.type;
    if (type == u"structure") {
        out.beginObject();
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            for (const ServiceModel::Member &member : shape.members) {
                if (member.name != it.key())
                    continue;
                out.key(member.traits[u"locationName"].toString(member.name));
                write(out, it.value(), *m_model.shape(member.shape), member.traits);
            }
        }
        out.endObject();
    } else if (type == u"list") {
        out.beginArray();
        const ServiceModel::Shape &memberShape = *m_model.shape(shape.listMember.shape);
        for (const QJsonValue &item : value.toArray())
            write(out, item, memberShape, shape.listMember.traits);
        out.endArray();
    } else if (type == u"map") {
        out.beginObject();
        const ServiceModel::Shape &valueShape = *m_model.shape(shape.mapValue.shape);
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            out.key(it.key());
            write(out, it.value(), valueShape, shape.mapValue.traits);
        }
        out.endObject();
    } else if (type == u"timestamp") {
        const QString text = timestampText(value, traits, u"unixtimestamp");
        if (traits[u"timestampFormat"].toString(QStringLiteral("unixtimestamp")).toLower() ==
            u"unixtimestamp")
            out.literal(text.toLatin1());
        else
            out.string(text);
    } else if (type == u"blob") {
        out.string(QString::fromLatin1(blobBytes(value).toBase64()));
    } else if (value.isString()) {
        out.string(value.toString());
    } else if (value.isBool()) {
        out.boolean(value.toBool());
    } else if (value.isDouble()) {
        out.literal(pyNumberStr(value));
    } else {
        out.literal("null");
    }
}

} // namespace vmi::aws::codec
