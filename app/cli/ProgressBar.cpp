#include "cli/ProgressBar.h"

#include <QTextStream>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace vmi::cli {

namespace {

QString mib(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

QString duration(qint64 seconds)
{
    if (seconds < 0)
        return QStringLiteral("--:--");
    const qint64 hours = seconds / 3600;
    const QString minutesSeconds = QStringLiteral("%1:%2")
                                       .arg((seconds / 60) % 60, hours ? 2 : 1, 10, QLatin1Char('0'))
                                       .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return hours ? QString::number(hours) + u':' + minutesSeconds : minutesSeconds;
}

} // namespace

ProgressBar::ProgressBar(QTextStream &out, bool enabled)
    : m_out(out)
    , m_enabled(enabled)
{}

bool ProgressBar::isTerminal(FILE *stream)
{
#ifdef Q_OS_UNIX
    return ::isatty(fileno(stream)) == 1;
#else
    Q_UNUSED(stream);
    return false;
#endif
}

QString ProgressBar::render(const transfer::UploadProgress &progress, int width)
{
    const double fraction =
        progress.totalBytes > 0
            ? std::clamp(double(progress.transferredBytes()) / double(progress.totalBytes), 0.0, 1.0)
            : 0.0;
    const int filled = int(fraction * width);
    return u'[' + QString(filled, u'#') + QString(width - filled, u'.') + u"] " +
           QStringLiteral("%1% %2/%3 MiB  %4 MiB/s  ETA %5  parts %6/%7 (%8 in flight)")
               .arg(int(fraction * 100), 3)
               .arg(mib(progress.transferredBytes()), mib(progress.totalBytes))
               .arg(progress.bytesPerSecond / (1024.0 * 1024.0), 0, 'f', 1)
               .arg(duration(progress.etaSeconds))
               .arg(progress.partsDone)
               .arg(progress.partCount)
               .arg(progress.partsInFlight);
}

void ProgressBar::show(const transfer::UploadProgress &progress)
{
    if (!m_enabled)
        return;
    // \r and erase-line: the line is redrawn where it is.
    m_out << "\r\x1b[2K" << render(progress, 30);
    m_out.flush();
    m_drawn = true;
}

void ProgressBar::clear()
{
    if (!m_drawn)
        return;
    m_out << "\r\x1b[2K";
    m_out.flush();
    m_drawn = false;
}

} // namespace vmi::cli
