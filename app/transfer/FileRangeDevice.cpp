#include "transfer/FileRangeDevice.h"

#include "transfer/BandwidthLimiter.h"

#include <cstring>

namespace vmi::transfer {

FileRangeDevice::FileRangeDevice(const QString &path, qint64 offset, qint64 length, BandwidthLimiter *limiter,
                                 QObject *parent)
    : QIODevice(parent)
    , m_file(path)
    , m_offset(offset)
    , m_length(length)
    , m_limiter(limiter)
{
    m_wake.setSingleShot(true);
    connect(&m_wake, &QTimer::timeout, this, &QIODevice::readyRead);
}

bool FileRangeDevice::open(OpenMode mode)
{
    if ((mode & WriteOnly) || !m_file.open(QIODevice::ReadOnly) || m_file.size() < m_offset + m_length ||
        !m_file.seek(m_offset)) {
        setErrorString(m_file.errorString());
        m_file.close();
        return false;
    }
    // Unbuffered: Qt's network stack reads 16 KiB at a time into its own buffer already.
    return QIODevice::open(mode | QIODevice::Unbuffered);
}

void FileRangeDevice::close()
{
    m_wake.stop();
    m_block.clear();
    m_file.close();
    QIODevice::close();
}

bool FileRangeDevice::seek(qint64 pos)
{
    if (pos < 0 || pos > m_length)
        return false;
    return QIODevice::seek(pos);
}

qint64 FileRangeDevice::readData(char *data, qint64 maxSize)
{
    const qint64 at = pos();
    if (std::min(maxSize, m_length - at) <= 0)
        return -1;
    if (at < m_blockStart || at >= m_blockStart + m_block.size()) {
        const qint64 size = std::min(BlockSize, m_length - at);
        m_block.resize(size);
        const qint64 got = m_file.seek(m_offset + at) ? m_file.read(m_block.data(), size) : -1;
        if (got <= 0) {
            setErrorString(m_file.errorString());
            m_block.clear();
            return -1;
        }
        m_block.resize(got);
        m_blockStart = at;
    }
    qint64 available = std::min(maxSize, m_blockStart + m_block.size() - at);
    if (m_limiter && m_limiter->isLimited()) {
        available = m_limiter->take(available);
        if (available == 0) {
            if (!m_wake.isActive())
                m_wake.start(int(std::min<qint64>(m_limiter->msUntilAvailable(), 1000)));
            return 0;
        }
    }
    std::memcpy(data, m_block.constData() + (at - m_blockStart), size_t(available));
    return available;
}

} // namespace vmi::transfer
