#pragma once

#include "models/Diagnostic.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace vmi {

// Reads request members the way the AWS CLI validates --cli-input-json: a member the model
// does not have, or a value of the wrong JSON type, is an error naming the member's path
// ("Unknown parameter in DiskContainers[0]: ..."). Missing members are simply absent.
class RequestReader
{
public:
    explicit RequestReader(DiagnosticSink &errors)
        : m_errors(errors)
    {}

    // "DiskContainers[0]" + "UserBucket" -> "DiskContainers[0].UserBucket"; "" + "a" -> "a".
    static QString join(const QString &path, const QString &member);
    static QString indexed(const QString &path, qsizetype index);

    // Reports every member of `object` that is not in `known` (given in the model's order).
    void rejectUnknown(const QJsonObject &object, const QString &path, const QStringList &known);

    std::optional<QString> string(const QJsonObject &object, const QString &path, const QString &member);
    std::optional<bool> boolean(const QJsonObject &object, const QString &path, const QString &member);
    std::optional<double> number(const QJsonObject &object, const QString &path, const QString &member);
    std::optional<qint64> integer(const QJsonObject &object, const QString &path, const QString &member);
    std::optional<QDateTime> timestamp(const QJsonObject &object, const QString &path, const QString &member);
    std::optional<QJsonObject> object(const QJsonObject &object, const QString &path, const QString &member);
    std::optional<QJsonArray> array(const QJsonObject &object, const QString &path, const QString &member);

    // An element of a list that must be an object ("DiskContainers[2]").
    std::optional<QJsonObject> element(const QJsonValue &value, const QString &path);
    // A map value that must be a string (Image Builder's tags).
    std::optional<QString> stringValue(const QJsonValue &value, const QString &path);

private:
    void wrongType(const QString &path, const QJsonValue &value, const char *expected);

    DiagnosticSink &m_errors;
};

// The writing side: members that are absent stay out of the object.
void putString(QJsonObject &object, const QString &member, const std::optional<QString> &value);
void putBool(QJsonObject &object, const QString &member, std::optional<bool> value);
void putDouble(QJsonObject &object, const QString &member, std::optional<double> value);
void putInteger(QJsonObject &object, const QString &member, std::optional<qint64> value);
void putTimestamp(QJsonObject &object, const QString &member, const std::optional<QDateTime> &value);

} // namespace vmi
