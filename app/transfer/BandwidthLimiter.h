#pragma once

#include <QElapsedTimer>
#include <QMutex>

#include <functional>

namespace vmi::transfer {

// A token bucket shared by every part of an upload: bytes may go out at `rate` per second on
// average, with bursts of at most a quarter of a second's worth. A rate of 0 means no limit.
// Thread-safe: parts are sent from several threads.
class BandwidthLimiter
{
public:
    using Clock = std::function<qint64()>; // monotonic milliseconds

    explicit BandwidthLimiter(qint64 bytesPerSecond = 0, Clock clock = {});

    void setRate(qint64 bytesPerSecond);
    qint64 rate() const { return m_rate.loadRelaxed(); }
    bool isLimited() const { return m_rate.loadRelaxed() > 0; }

    // Takes up to `wanted` bytes' worth of tokens and returns how many it got (0 when the
    // bucket is empty; always `wanted` without a limit).
    qint64 take(qint64 wanted);
    // How long until take() can give anything again.
    qint64 msUntilAvailable();

private:
    void refill();
    qint64 capacity() const;

    QAtomicInteger<qint64> m_rate = 0;
    QMutex m_mutex;
    double m_tokens = 0;
    qint64 m_lastMs = 0;
    Clock m_clock;
    QElapsedTimer m_elapsed;
};

} // namespace vmi::transfer
