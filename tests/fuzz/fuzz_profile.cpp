// libFuzzer target: the profile loader, ProfileJson::read on a file's bytes, and the writer on
// whatever it accepted (a profile read back must be writable and read again the same).

#include "models/ProfileJson.h"

#include <QJsonDocument>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray content(reinterpret_cast<const char *>(data), qsizetype(size));
    const vmi::ProfileJson::Read read = vmi::ProfileJson::read(content);
    if (!read.profile)
        return 0;
    // What the loader accepts, the writer must write back, and the loader must read that again
    // to the same profile: otherwise saving a loaded profile would lose or change settings.
    const vmi::ProfileJson::Written written = vmi::ProfileJson::write(*read.profile);
    const vmi::ProfileJson::Read again = vmi::ProfileJson::read(QJsonDocument(written.json).toJson());
    if (!again.profile)
        std::abort();
    return 0;
}
