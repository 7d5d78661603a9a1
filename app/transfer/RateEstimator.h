#pragma once

#include <QtGlobal>

namespace vmi::transfer {

// A smoothed transfer rate from samples of the bytes moved so far: an exponentially weighted
// moving average with a time constant, so the rate (and the ETA from it) neither jumps with
// every part that finishes nor lags minutes behind a change.
class RateEstimator
{
public:
    explicit RateEstimator(double timeConstantSeconds = 5.0)
        : m_timeConstant(timeConstantSeconds)
    {}

    // `bytes` moved in total at `ms` (monotonic).
    void sample(qint64 ms, qint64 bytes);
    double bytesPerSecond() const { return m_rate; }
    // Seconds left for `remaining` bytes at the smoothed rate; -1 while it is unknown.
    qint64 etaSeconds(qint64 remaining) const;

private:
    double m_timeConstant;
    double m_rate = 0;
    bool m_hasSample = false;
    bool m_hasRate = false;
    qint64 m_lastMs = 0;
    qint64 m_lastBytes = 0;
};

} // namespace vmi::transfer
