#pragma once

#include <QString>

namespace vmi::aws {

// One set of AWS credentials. Held in memory only: never written to a file or a log (the
// keychain stores user-entered keys; see ARCHITECTURE.md, decision 5).
struct Credentials
{
    QString accessKeyId;
    QString secretAccessKey;
    QString sessionToken; // empty for long-term keys

    bool isValid() const { return !accessKeyId.isEmpty() && !secretAccessKey.isEmpty(); }
};

} // namespace vmi::aws
