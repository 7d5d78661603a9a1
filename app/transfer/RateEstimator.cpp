#include "transfer/RateEstimator.h"

#include <cmath>

namespace vmi::transfer {

void RateEstimator::sample(qint64 ms, qint64 bytes)
{
    if (!m_hasSample) {
        m_hasSample = true;
        m_lastMs = ms;
        m_lastBytes = bytes;
        return;
    }
    const qint64 elapsedMs = ms - m_lastMs;
    if (elapsedMs <= 0)
        return;
    // A retried part restarts its progress: bytes can go down; that is no negative speed.
    const double instant = double(std::max<qint64>(0, bytes - m_lastBytes)) * 1000.0 / double(elapsedMs);
    if (!m_hasRate) {
        m_rate = instant;
        m_hasRate = true;
    } else {
        const double weight = 1.0 - std::exp(-double(elapsedMs) / 1000.0 / m_timeConstant);
        m_rate += weight * (instant - m_rate);
    }
    m_lastMs = ms;
    m_lastBytes = bytes;
}

qint64 RateEstimator::etaSeconds(qint64 remaining) const
{
    if (remaining <= 0)
        return 0;
    if (!m_hasRate || m_rate < 1.0)
        return -1;
    return qint64(std::ceil(double(remaining) / m_rate));
}

} // namespace vmi::transfer
