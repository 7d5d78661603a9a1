#include "transfer/PartScheduler.h"

#include <algorithm>

namespace vmi::transfer {

PartScheduler::PartScheduler(int partCount, const QSet<int> &done)
    : m_states(partCount, PartState::Pending)
{
    for (const int part : done) {
        if (part >= 1 && part <= partCount)
            m_states[part - 1] = PartState::Done;
    }
}

int PartScheduler::count(PartState state) const
{
    return int(std::count(m_states.cbegin(), m_states.cend(), state));
}

std::optional<int> PartScheduler::nextToHash(int maxAhead) const
{
    if (count(PartState::Hashing) + count(PartState::Ready) >= maxAhead)
        return std::nullopt;
    const auto it = std::find(m_states.cbegin(), m_states.cend(), PartState::Pending);
    if (it == m_states.cend())
        return std::nullopt;
    return int(it - m_states.cbegin()) + 1;
}

std::optional<int> PartScheduler::nextToSend(int maxInFlight) const
{
    if (count(PartState::Sending) >= maxInFlight)
        return std::nullopt;
    const auto it = std::find(m_states.cbegin(), m_states.cend(), PartState::Ready);
    if (it == m_states.cend())
        return std::nullopt;
    return int(it - m_states.cbegin()) + 1;
}

void PartScheduler::setState(int partNumber, PartState state)
{
    m_states[partNumber - 1] = state;
}

void PartScheduler::interrupt(int partNumber, bool keepDigest)
{
    PartState &state = m_states[partNumber - 1];
    if (state == PartState::Done)
        return;
    state = keepDigest &&
                    (state == PartState::Sending || state == PartState::Ready || state == PartState::Waiting)
                ? PartState::Ready
                : PartState::Pending;
}

} // namespace vmi::transfer
