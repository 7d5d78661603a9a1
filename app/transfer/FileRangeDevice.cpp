#include "transfer/FileRangeDevice.h"

#include "transfer/BandwidthLimiter.h"

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
    m_file.close();
    QIODevice::close();
}

bool FileRangeDevice::seek(qint64 pos)
{
    if (pos < 0 || pos > m_length || !m_file.seek(m_offset + pos))
        return false;
    return QIODevice::seek(pos);
}

qint64 FileRangeDevice::readData(char *data, qint64 maxSize)
{
    qint64 wanted = std::min(maxSize, m_length - pos());
    if (wanted <= 0)
        return -1;
    if (m_limiter && m_limiter->isLimited()) {
        wanted = m_limiter->take(wanted);
        if (wanted == 0) {
            if (!m_wake.isActive())
                m_wake.start(int(std::min<qint64>(m_limiter->msUntilAvailable(), 1000)));
            return 0;
        }
    }
    return m_file.read(data, wanted);
}

} // namespace vmi::transfer
