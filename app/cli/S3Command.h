#pragma once

#include <QStringList>

class QTextStream;

namespace vmi::cli {

// "vmimport s3 cp FILE s3://bucket/key [options]": arguments start after "s3".
int runS3Command(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace vmi::cli
