#pragma once

#include "models/Diagnostic.h"
#include "models/ImportSettings.h"
#include "models/InspectedDisk.h"

#include <QMap>

namespace vmi {

// Import settings -> diagnostics, the same for the wizard (on every keystroke), the CLI and
// submission. A pure function of its arguments: no files, no network, no clock. The rules
// and their sources are in the rule classes (Ec2RequestRules, DiskRules, TagRules,
// KmsKeyRule, ImageBuilderRules, UploadRules).
class Validator
{
public:
    // `inspected` maps a disk index (as in upload.localFiles) to what its local file is.
    static QList<Diagnostic> validate(const ImportSettings &settings,
                                      const QMap<qsizetype, InspectedDisk> &inspected = {});
};

} // namespace vmi
