#include "disk/BoundedReader.h"

#include <QIODevice>

#include <algorithm>

namespace vmi::disk {

BoundedReader::BoundedReader(QIODevice *device, Budget *budget, qint64 base, qint64 size)
    : m_device(device)
    , m_budget(budget)
    , m_base(base)
    , m_size(std::max<qint64>(size, 0))
{}

QByteArray BoundedReader::read(qint64 offset, qint64 length) const
{
    if (offset < 0 || length <= 0 || offset >= m_size)
        return {};
    length = std::min({length, m_size - offset, m_budget->limit - m_budget->used});
    if (length <= 0 || !m_device->seek(m_base + offset))
        return {};
    const QByteArray data = m_device->read(length);
    m_budget->used += data.size();
    return data;
}

QByteArray BoundedReader::readExactly(qint64 offset, qint64 length) const
{
    QByteArray data = read(offset, length);
    return data.size() == length ? data : QByteArray();
}

BoundedReader BoundedReader::subRange(qint64 offset, qint64 length) const
{
    offset = std::clamp<qint64>(offset, 0, m_size);
    length = std::clamp<qint64>(length, 0, m_size - offset);
    return BoundedReader(m_device, m_budget, m_base + offset, length);
}

} // namespace vmi::disk
