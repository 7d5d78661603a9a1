#pragma once

#include <QString>

namespace vmi {

// What to do about a failed import, from its StatusMessage or error text: the known VM
// Import failures (facts file, section 3, and the VM Import troubleshooting page) mapped to
// the action that fixes them. Empty when the text is not one we know.
QString importFailureFix(const QString &statusMessage);

} // namespace vmi
