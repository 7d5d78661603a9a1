#include "transfer/BandwidthLimiter.h"

#include <algorithm>
#include <cmath>

namespace vmi::transfer {

BandwidthLimiter::BandwidthLimiter(qint64 bytesPerSecond, Clock clock)
    : m_clock(std::move(clock))
{
    if (!m_clock) {
        m_elapsed.start();
        m_clock = [this] {
            return m_elapsed.elapsed();
        };
    }
    m_lastMs = m_clock();
    setRate(bytesPerSecond);
}

void BandwidthLimiter::setRate(qint64 bytesPerSecond)
{
    const QMutexLocker lock(&m_mutex);
    m_rate.storeRelaxed(std::max<qint64>(0, bytesPerSecond));
    // Start with a small burst, not a full bucket: a limit should hold from the first second.
    m_tokens = double(capacity()) / 4;
    m_lastMs = m_clock();
}

qint64 BandwidthLimiter::capacity() const
{
    // A quarter second's worth, but never less than the 16 KiB Qt asks for at a time, so a
    // very low limit still moves.
    return std::max<qint64>(rate() / 4, 16 * 1024);
}

void BandwidthLimiter::refill()
{
    const qint64 now = m_clock();
    m_tokens =
        std::min<double>(double(capacity()), m_tokens + double(now - m_lastMs) * double(rate()) / 1000.0);
    m_lastMs = now;
}

qint64 BandwidthLimiter::take(qint64 wanted)
{
    if (!isLimited())
        return wanted;
    const QMutexLocker lock(&m_mutex);
    refill();
    const qint64 granted = std::min<qint64>(wanted, qint64(m_tokens));
    m_tokens -= double(granted);
    return granted;
}

qint64 BandwidthLimiter::msUntilAvailable()
{
    if (!isLimited())
        return 0;
    const QMutexLocker lock(&m_mutex);
    refill();
    if (m_tokens >= 1)
        return 0;
    // Wait for a useful amount (4 KiB or 10 ms' worth), not for a single byte.
    const double want = std::min<double>(4096.0, double(rate()) / 100.0) - m_tokens;
    return std::max<qint64>(1, qint64(std::ceil(want * 1000.0 / double(rate()))));
}

} // namespace vmi::transfer
