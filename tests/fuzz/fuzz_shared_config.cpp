// libFuzzer target: the AWS shared config/credentials file parser (SharedConfig), with the
// input as both files, and the lookups the credential chain makes on what it parsed.

#include "aws/SharedConfig.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const vmi::aws::SharedConfig config = vmi::aws::SharedConfig::fromText(text, text);
    for (const QString &name : config.profileNames()) {
        const vmi::aws::ConfigSection section = config.profile(name);
        Q_UNUSED(section.value(QStringLiteral("region")));
        Q_UNUSED(section.contains(QStringLiteral("s3")));
    }
    Q_UNUSED(config.servicesSection(QStringLiteral("local")));
    Q_UNUSED(config.errors());
    return 0;
}
