#pragma once

#include <QString>

namespace vmi::cli {

// The AWS CLI's parameter files: a value written "file://path" is replaced by the text of
// that file ("~" expands to the home directory, relative paths are from the working
// directory). Any other value is returned as it is.
struct ParamFileResult
{
    QString value;
    QString error; // non-empty: the file could not be read, and why
};
ParamFileResult resolveParamFile(const QString &value);

} // namespace vmi::cli
