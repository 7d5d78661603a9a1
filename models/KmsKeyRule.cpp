#include "models/KmsKeyRule.h"

#include "models/AwsNames.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace vmi {

namespace {
// Every string of this file under one context, the one lupdate files Tr::tr() calls under
// (a plain tr() in a free function would be filed under the enclosing namespace instead).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vmi::KmsKeyRule)
};

bool isKeyId(const QString &text)
{
    static const QRegularExpression multiRegion(QStringLiteral("^mrk-[0-9a-f]{32}$"));
    return isUuid(text) || multiRegion.match(text).hasMatch();
}

// KMS AliasNameType: 1-256 characters of [a-zA-Z0-9:/_-], with the "alias/" prefix.
bool isAliasName(const QString &text)
{
    static const QRegularExpression alias(QStringLiteral("^alias/[a-zA-Z0-9:/_-]+$"));
    return text.size() <= 256 && alias.match(text).hasMatch();
}

QString formsHint()
{
    return Tr::tr(
        "Use a key id (1234abcd-12ab-34cd-56ef-1234567890ab), an alias (alias/my-key), a key ARN "
        "(arn:aws:kms:REGION:ACCOUNT:key/KEY-ID) or an alias ARN (arn:aws:kms:REGION:ACCOUNT:alias/my-key).");
}
} // namespace

void KmsKeyRule::check(const QString &field, const QString &keyId, const QString &region,
                       const QString &partition, DiagnosticSink &sink)
{
    if (keyId.isEmpty()) {
        sink.error(field, Tr::tr("The KMS key is empty."),
                   Tr::tr("Leave it unset for the default EBS key, or name a key."));
        return;
    }
    if (isKeyId(keyId) || isAliasName(keyId))
        return;
    if (!keyId.startsWith(QLatin1String("arn:"))) {
        sink.error(field, Tr::tr("\"%1\" is not a KMS key id, alias, key ARN or alias ARN.").arg(keyId),
                   formsHint());
        return;
    }
    static const QRegularExpression account(QStringLiteral("^[0-9]{12}$"));
    const auto arn = parseArn(keyId);
    if (!arn || arn->service != u"kms" || !account.match(arn->account).hasMatch() ||
        !((arn->resource.startsWith(QLatin1String("key/")) && isKeyId(arn->resource.mid(4))) ||
          isAliasName(arn->resource))) {
        sink.error(field, Tr::tr("\"%1\" is not a KMS key ARN or alias ARN.").arg(keyId), formsHint());
        return;
    }
    if (!partition.isEmpty() && arn->partition != partition) {
        sink.error(field,
                   Tr::tr("The key is in the %1 partition, but the Region %2 is in %3.")
                       .arg(arn->partition, region, partition),
                   Tr::tr("Use a key of the import's Region."));
        return;
    }
    if (!region.isEmpty() && arn->region != region)
        sink.error(
            field,
            Tr::tr("The key is in %1, but the import runs in %2: the key must be in the import's Region.")
                .arg(arn->region, region),
            Tr::tr("Use a key in %1, or import in %2.").arg(region, arn->region));
}

} // namespace vmi
