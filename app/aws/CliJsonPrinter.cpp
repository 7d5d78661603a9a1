#include "aws/CliJsonPrinter.h"

#include "aws/codec/PythonText.h"

#include <QJsonArray>

#include <algorithm>

namespace vmi::aws {

using codec::PyJsonWriter;

namespace {

class ShapePrinter
{
public:
    ShapePrinter(const ServiceModel &model, bool ensureAscii, bool locationMembersFirst)
        : m_model(model)
        , m_out(4, ensureAscii)
        , m_locationMembersFirst(locationMembersFirst)
    {}

    void write(const QJsonValue &value, const ServiceModel::Shape *shape, bool top = false)
    {
        switch (value.type()) {
        case QJsonValue::Object:
            return writeObject(value.toObject(), shape, top);
        case QJsonValue::Array: {
            const ServiceModel::Shape *item =
                shape && shape->type == u"list" ? m_model.shape(shape->listMember.shape) : nullptr;
            m_out.beginArray();
            for (const QJsonValue &element : value.toArray())
                write(element, item);
            m_out.endArray();
            return;
        }
        case QJsonValue::Double: {
            const bool floating = shape && (shape->type == u"double" || shape->type == u"float");
            if (!floating && codec::isJsonInteger(value))
                m_out.integer(value.toInteger());
            else
                m_out.floatValue(value.toDouble());
            return;
        }
        case QJsonValue::String:
            return m_out.string(value.toString());
        case QJsonValue::Bool:
            return m_out.boolean(value.toBool());
        case QJsonValue::Null:
        case QJsonValue::Undefined:
            return m_out.literal("null");
        }
    }

    QByteArray text() const { return m_out.text(); }
    void setTopLevelOrder(const QStringList &order) { m_topLevelOrder = order; }

private:
    void writeObject(const QJsonObject &object, const ServiceModel::Shape *shape, bool top)
    {
        m_out.beginObject();
        if (shape && shape->type == u"map") {
            const ServiceModel::Shape *valueShape = m_model.shape(shape->mapValue.shape);
            for (auto it = object.begin(); it != object.end(); ++it) {
                m_out.key(it.key());
                write(it.value(), valueShape);
            }
        } else if (shape && shape->type == u"structure") {
            QList<const ServiceModel::Member *> order;
            // botocore's rest parsers fill the header and status members before the body's.
            const bool locationFirst = top && m_locationMembersFirst;
            for (int pass = locationFirst ? 0 : 1; pass < 2; ++pass) {
                for (const ServiceModel::Member &member : shape->members) {
                    const bool fromHttp = member.traits.contains(u"location");
                    if (!locationFirst || fromHttp == (pass == 0))
                        order.append(&member);
                }
            }
            // A paged answer merged by the command line has its own order (botocore's
            // build_full_result inserts the result lists first).
            if (top && !m_topLevelOrder.isEmpty()) {
                std::stable_sort(order.begin(), order.end(), [this](const auto *a, const auto *b) {
                    const auto rank = [this](const ServiceModel::Member *member) {
                        const qsizetype index = m_topLevelOrder.indexOf(member->name);
                        return index < 0 ? m_topLevelOrder.size() : index;
                    };
                    return rank(a) < rank(b);
                });
            }
            QStringList printed;
            for (const ServiceModel::Member *member : order) {
                if (!object.contains(member->name))
                    continue;
                m_out.key(member->name);
                write(object[member->name], m_model.shape(member->shape));
                printed.append(member->name);
            }
            // Keys botocore's handlers add after parsing (S3's ExpiresString) come last.
            for (auto it = object.begin(); it != object.end(); ++it) {
                if (!printed.contains(it.key())) {
                    m_out.key(it.key());
                    write(it.value(), nullptr);
                }
            }
        } else {
            for (auto it = object.begin(); it != object.end(); ++it) {
                m_out.key(it.key());
                write(it.value(), nullptr);
            }
        }
        m_out.endObject();
    }

    const ServiceModel &m_model;
    PyJsonWriter m_out;
    bool m_locationMembersFirst;
    QStringList m_topLevelOrder;
};

} // namespace

QByteArray CliJsonPrinter::print(const ServiceModel &model, const QString &operation,
                                 const QJsonObject &output, const QStringList &topLevelOrder)
{
    if (output.isEmpty())
        return {}; // the CLI prints nothing for an empty response
    const ServiceModel::Operation *op = model.operation(operation);
    const ServiceModel::Shape *shape = op ? model.shape(op->outputShape) : nullptr;
    const QString protocol = model.protocol();
    ShapePrinter printer(model, false, protocol == u"rest-json" || protocol == u"rest-xml");
    printer.setTopLevelOrder(topLevelOrder);
    printer.write(output, shape, true);
    return printer.text() + '\n';
}

QByteArray CliJsonPrinter::printShape(const ServiceModel &model, const ServiceModel::Shape &shape,
                                      const QJsonValue &value, bool ensureAscii)
{
    ShapePrinter printer(model, ensureAscii, false);
    printer.write(value, &shape);
    return printer.text() + '\n';
}

} // namespace vmi::aws
