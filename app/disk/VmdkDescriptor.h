#pragma once

#include <QList>
#include <QString>

class QByteArray;

namespace vmi::disk {

// The text descriptor of a VMDK: embedded in a sparse extent, or a file of its own that
// names the extent files holding the data.
struct VmdkDescriptor
{
    struct Extent
    {
        QString access; // RW, RDONLY, NOACCESS
        qint64 sectors = 0;
        QString type; // SPARSE, FLAT, ZERO, VMFS, ...
        QString fileName;
    };

    QString createType;
    QString parentFileNameHint; // set for snapshot (delta) disks
    QList<Extent> extents;

    qint64 sectorCount() const; // the extents' sectors; -1 when damaged (negative, overflowing)

    static bool isDescriptorText(const QByteArray &head);
    static VmdkDescriptor parse(const QByteArray &text);
};

} // namespace vmi::disk
