#pragma once

#include <QList>
#include <QString>

class QByteArray;

namespace vmi::disk {

class BoundedReader;

struct TarMember
{
    QString name;
    qint64 dataOffset = 0;
    qint64 size = 0;
    char type = '0'; // '0' (or NUL) regular file, '5' directory, ...
};

// Walks the headers of a tar archive (ustar, GNU and pax long names), seeking from header
// to header so that member bodies are never read: an OVA's disks can be hundreds of GiB.
class TarWalker
{
public:
    static bool isTarHeader(const QByteArray &block);
    // The members in archive order; stops at the end-of-archive block, at a damaged header
    // (setting *damaged) or when the read budget runs out.
    static QList<TarMember> walk(const BoundedReader &archive, bool *damaged = nullptr);
};

} // namespace vmi::disk
