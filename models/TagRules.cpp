#include "models/TagRules.h"

#include "models/AwsNames.h"

#include <QRegularExpression>
#include <QSet>

namespace vmi {

namespace {
// Every string of this file under one context, the one lupdate files Tr::tr() calls under
// (a plain tr() in a free function would be filed under the enclosing namespace instead).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vmi::TagRules)
};

constexpr qsizetype MaxTags = 50;
constexpr qsizetype MaxEc2KeyLength = 127;
constexpr qsizetype MaxImageBuilderKeyLength = 128;
constexpr qsizetype MaxValueLength = 256;

QString taskResourceType(ImportOperation operation)
{
    return operation == ImportOperation::ImportImage ? QStringLiteral("import-image-task")
                                                     : QStringLiteral("import-snapshot-task");
}

void checkEc2Tag(const Tag &tag, const QString &path, QSet<QString> &keys, DiagnosticSink &sink)
{
    const QString keyField = field::member(path, "Key");
    if (!tag.key || tag.key->isEmpty()) {
        sink.error(keyField, Tr::tr("A tag needs a key."));
    } else if (characterCount(*tag.key) > MaxEc2KeyLength) {
        sink.error(keyField, Tr::tr("A tag key has at most %1 characters; this one has %2.")
                                 .arg(MaxEc2KeyLength)
                                 .arg(characterCount(*tag.key)));
    } else if (tag.key->startsWith(QLatin1String("aws:"), Qt::CaseInsensitive)) {
        sink.error(keyField, Tr::tr("Tag keys starting with \"aws:\" are reserved for AWS."));
    } else if (keys.contains(*tag.key)) {
        sink.error(keyField, Tr::tr("The tag key \"%1\" is given twice.").arg(*tag.key));
    }
    if (tag.key)
        keys.insert(*tag.key);
    if (tag.value && characterCount(*tag.value) > MaxValueLength)
        sink.error(field::member(path, "Value"),
                   Tr::tr("A tag value has at most %1 characters; this one has %2.")
                       .arg(MaxValueLength)
                       .arg(characterCount(*tag.value)));
}
} // namespace

void TagRules::checkEc2(const ValidationContext &context)
{
    DiagnosticSink &sink = context.sink;
    const QString expectedType = taskResourceType(context.operation());
    const QList<TagSpecification> &specifications = context.settings.ec2.tagSpecifications;
    bool seenTaskType = false;
    for (qsizetype i = 0; i < specifications.size(); ++i) {
        const TagSpecification &specification = specifications[i];
        const QString path = QStringLiteral("TagSpecifications[%1]").arg(i);
        const QString typeField = field::member(path, "ResourceType");
        if (!specification.resourceType || specification.resourceType->isEmpty()) {
            sink.error(typeField, Tr::tr("A tag specification needs a ResourceType."),
                       Tr::tr("Use %1: the tags go on the import task.").arg(expectedType));
        } else if (*specification.resourceType != expectedType) {
            sink.error(typeField,
                       Tr::tr("%1 tags only its task: the ResourceType must be %2, not %3.")
                           .arg(apiName(context.operation()), expectedType, *specification.resourceType),
                       Tr::tr("To tag the AMI or snapshots, tag them after the import finishes."));
        } else if (seenTaskType) {
            sink.error(typeField, Tr::tr("There is already a tag specification for %1.").arg(expectedType),
                       Tr::tr("Put all tags into one specification."));
        } else {
            seenTaskType = true;
        }

        const QString tagsField = field::member(path, "Tags");
        if (specification.tags.isEmpty())
            sink.warning(tagsField, Tr::tr("The tag specification has no tags."),
                         Tr::tr("Add tags or remove it."));
        else if (specification.tags.size() > MaxTags)
            sink.error(tagsField,
                       Tr::tr("At most %1 tags; there are %2.").arg(MaxTags).arg(specification.tags.size()));
        QSet<QString> keys;
        for (qsizetype t = 0; t < specification.tags.size(); ++t)
            checkEc2Tag(specification.tags[t], QStringLiteral("%1[%2]").arg(tagsField).arg(t), keys, sink);
    }
}

void TagRules::checkImageBuilder(const ValidationContext &context)
{
    DiagnosticSink &sink = context.sink;
    const QMap<QString, QString> &tags = context.settings.imageBuilder.tags;
    // The model's pattern; QRegularExpression (PCRE2) has the same look-ahead syntax.
    static const QRegularExpression keyPattern(QStringLiteral(R"(^(?!aws:)[a-zA-Z0-9\s_.:/=+\-@]*$)"));
    if (tags.size() > MaxTags)
        sink.error(QStringLiteral("tags"),
                   Tr::tr("At most %1 tags; there are %2.").arg(MaxTags).arg(tags.size()));
    for (auto it = tags.cbegin(); it != tags.cend(); ++it) {
        const QString path = QStringLiteral("tags.") + it.key();
        if (it.key().isEmpty())
            sink.error(path, Tr::tr("A tag needs a key."));
        else if (characterCount(it.key()) > MaxImageBuilderKeyLength)
            sink.error(path, Tr::tr("A tag key has at most %1 characters; this one has %2.")
                                 .arg(MaxImageBuilderKeyLength)
                                 .arg(characterCount(it.key())));
        else if (!keyPattern.match(it.key()).hasMatch())
            sink.error(
                path,
                it.key().startsWith(QLatin1String("aws:"))
                    ? Tr::tr("Tag keys starting with \"aws:\" are reserved for AWS.")
                    : Tr::tr(
                          "Image Builder tag keys have only letters, digits, spaces and _ . : / = + - @."));
        if (characterCount(it.value()) > MaxValueLength)
            sink.error(path, Tr::tr("A tag value has at most %1 characters; this one has %2.")
                                 .arg(MaxValueLength)
                                 .arg(characterCount(it.value())));
    }
}

} // namespace vmi
