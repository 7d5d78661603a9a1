#pragma once

#include <QFile>
#include <QIODevice>
#include <QPointer>
#include <QTimer>

namespace vmi::transfer {

class BandwidthLimiter;

// A read-only, seekable view of bytes [offset, offset + length) of a file: the body of one
// UploadPart, streamed to the socket as Qt asks for it. With a BandwidthLimiter it hands out
// only what the limiter grants and says readyRead() when more may go.
class FileRangeDevice : public QIODevice
{
    Q_OBJECT
public:
    FileRangeDevice(const QString &path, qint64 offset, qint64 length, BandwidthLimiter *limiter = nullptr,
                    QObject *parent = nullptr);

    bool open(OpenMode mode) override;
    void close() override;
    bool isSequential() const override { return false; }
    qint64 size() const override { return m_length; }
    bool seek(qint64 pos) override;
    bool atEnd() const override { return pos() >= m_length; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    // Qt asks for 16 KiB at a time; reading the file in bigger blocks saves most of the
    // system calls. m_block holds bytes [m_blockStart, m_blockStart + m_block.size()).
    static constexpr qint64 BlockSize = 512 * 1024;
    QByteArray m_block;
    qint64 m_blockStart = 0;

    QFile m_file;
    const qint64 m_offset;
    const qint64 m_length;
    BandwidthLimiter *m_limiter; // owned by the upload, which outlives its devices
    QTimer m_wake;
};

} // namespace vmi::transfer
