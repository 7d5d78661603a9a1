#include "models/AwsNames.h"

#include <QRegularExpression>

#include <array>
#include <utility>

namespace vmi {

QString partitionOfRegion(const QString &region)
{
    // botocore 1.43 data/partitions.json "regionRegex"; the patterns do not overlap.
    static const std::array<std::pair<const char *, QRegularExpression>, 8> partitions{{
        {"aws", QRegularExpression(QStringLiteral(R"(^(us|eu|ap|sa|ca|me|af|il|mx)-\w+-\d+$)"))},
        {"aws-cn", QRegularExpression(QStringLiteral(R"(^cn-\w+-\d+$)"))},
        {"aws-eusc", QRegularExpression(QStringLiteral(R"(^eusc-(de)-\w+-\d+$)"))},
        {"aws-iso", QRegularExpression(QStringLiteral(R"(^us-iso-\w+-\d+$)"))},
        {"aws-iso-b", QRegularExpression(QStringLiteral(R"(^us-isob-\w+-\d+$)"))},
        {"aws-iso-e", QRegularExpression(QStringLiteral(R"(^eu-isoe-\w+-\d+$)"))},
        {"aws-iso-f", QRegularExpression(QStringLiteral(R"(^us-isof-\w+-\d+$)"))},
        {"aws-us-gov", QRegularExpression(QStringLiteral(R"(^us-gov-\w+-\d+$)"))},
    }};
    for (const auto &[name, pattern] : partitions) {
        if (pattern.match(region).hasMatch())
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<Arn> parseArn(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char(':'));
    if (parts.size() < 6 || parts[0] != u"arn" || !parts[1].startsWith(u"aws"))
        return std::nullopt;
    Arn arn{parts[1], parts[2], parts[3], parts[4], parts.mid(5).join(QLatin1Char(':'))};
    if (arn.service.isEmpty() || arn.resource.isEmpty())
        return std::nullopt;
    return arn;
}

bool isUuid(const QString &text)
{
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return uuid.match(text).hasMatch();
}

qsizetype characterCount(const QString &text)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!(text[i].isLowSurrogate() && i > 0 && text[i - 1].isHighSurrogate()))
            ++count;
    }
    return count;
}

} // namespace vmi
