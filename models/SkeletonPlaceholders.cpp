#include "models/SkeletonPlaceholders.h"

#include "models/AwsTimestamp.h"
#include "models/RequestReader.h"

#include <QJsonArray>

namespace vmi {

namespace {

bool isPlaceholderScalar(const QString &member, const QJsonValue &value)
{
    if (value.isString() && value.toString().isEmpty())
        return true;
    if (member == u"UploadStart" || member == u"UploadEnd") {
        const auto time = parseAwsTimestamp(value);
        return time && time->toMSecsSinceEpoch() == 0;
    }
    if (member == u"UploadSize" || member == u"imageIndex")
        return value.isDouble() && value.toDouble() == 0.0;
    return false;
}

class Stripper
{
public:
    explicit Stripper(QStringList &removed)
        : m_removed(removed)
    {}

    // Undefined means "leave the member out".
    QJsonValue clean(const QJsonValue &value, const QString &path, const QString &member)
    {
        if (value.isObject())
            return cleanObject(value.toObject(), path, member);
        if (value.isArray())
            return cleanArray(value.toArray(), path, member);
        if (isPlaceholderScalar(member, value)) {
            m_removed.append(path);
            return QJsonValue(QJsonValue::Undefined);
        }
        return value;
    }

private:
    QJsonValue cleanObject(const QJsonObject &object, const QString &path, const QString &member)
    {
        QJsonObject cleaned;
        const bool isTag = object.value(QLatin1String("Key")).isString() &&
                           !object.value(QLatin1String("Key")).toString().isEmpty();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const QString childPath = RequestReader::join(path, it.key());
            if (isTag && it.key() == u"Value") { // an empty value of a named tag is meant
                cleaned.insert(it.key(), it.value());
                continue;
            }
            if (path == u"tags" && member == u"tags") { // Image Builder's tag map
                if (it.key() == u"KeyName" && it.value() == QJsonValue(QString())) {
                    m_removed.append(childPath);
                    continue;
                }
                cleaned.insert(it.key(), it.value());
                continue;
            }
            const QJsonValue value = clean(it.value(), childPath, it.key());
            if (!value.isUndefined())
                cleaned.insert(it.key(), value);
        }
        if (member == u"TagSpecifications" && !cleaned.contains(QLatin1String("Tags"))) {
            if (!cleaned.isEmpty())
                m_removed.append(path);
            return QJsonValue(QJsonValue::Undefined);
        }
        if (cleaned.isEmpty() && !object.isEmpty())
            return QJsonValue(QJsonValue::Undefined);
        return cleaned;
    }

    QJsonValue cleanArray(const QJsonArray &array, const QString &path, const QString &member)
    {
        QJsonArray cleaned;
        for (qsizetype i = 0; i < array.size(); ++i) {
            // Elements take the list's member name, so TagSpecifications[0] is known as such.
            const QJsonValue value = clean(array.at(i), RequestReader::indexed(path, i), member);
            if (!value.isUndefined())
                cleaned.append(value);
        }
        if (cleaned.isEmpty() && !array.isEmpty())
            return QJsonValue(QJsonValue::Undefined);
        return cleaned;
    }

    QStringList &m_removed;
};

} // namespace

SkeletonPlaceholders::Result SkeletonPlaceholders::strip(const QJsonObject &request)
{
    Result result;
    Stripper stripper(result.removed);
    for (auto it = request.constBegin(); it != request.constEnd(); ++it) {
        const QJsonValue value = stripper.clean(it.value(), it.key(), it.key());
        if (!value.isUndefined())
            result.request.insert(it.key(), value);
    }
    return result;
}

} // namespace vmi
