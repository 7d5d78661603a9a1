#pragma once

#include <QByteArray>
#include <QtGlobal>

class QIODevice;

namespace vmi::disk {

// Reads pieces of a disk image at given offsets, never more than a shared budget in total:
// disk images run to terabytes and inspection must cost the same for 1 MiB and 1 TiB.
// A reader may cover a sub-range of its device (a member inside an OVA's tar), so the same
// sniffers work on a whole file and on a slice of one; sub-range readers share the budget.
class BoundedReader
{
public:
    struct Budget
    {
        qint64 limit = 0;
        qint64 used = 0;
    };

    BoundedReader(QIODevice *device, Budget *budget, qint64 base, qint64 size);

    qint64 size() const { return m_size; }

    // Up to `length` bytes at `offset` in this range: fewer at the range's end or when the
    // budget runs out, empty when the offset is outside the range or the device fails.
    QByteArray read(qint64 offset, qint64 length) const;
    // read() that returns exactly `length` bytes or nothing.
    QByteArray readExactly(qint64 offset, qint64 length) const;

    BoundedReader subRange(qint64 offset, qint64 length) const;

private:
    QIODevice *m_device;
    Budget *m_budget;
    qint64 m_base;
    qint64 m_size;
};

} // namespace vmi::disk
