#pragma once

#include <QList>
#include <QSet>

#include <optional>

namespace vmi::transfer {

// Where each part of an upload is. Parts are hashed ahead of sending (a bounded number, so
// memory and disk reads stay bounded), sent a bounded number at a time, lowest number first,
// and a failed part goes back to the front of the queue for another attempt.
enum class PartState
{
    Pending, // not read yet
    Hashing, // being read and checksummed on a worker thread
    Ready,   // checksummed, waiting for a connection
    Sending, // UploadPart in flight
    Waiting, // failed, waiting out its backoff before going back to Ready
    Done,    // S3 confirmed it
};

class PartScheduler
{
public:
    // `done` are parts S3 already has (a resumed upload).
    PartScheduler(int partCount, const QSet<int> &done = {});

    int partCount() const { return m_states.size(); }
    PartState state(int partNumber) const { return m_states.at(partNumber - 1); }
    int count(PartState state) const;
    bool allDone() const { return count(PartState::Done) == partCount(); }

    // The next part to hash, if fewer than maxAhead parts are hashing or hashed but unsent.
    std::optional<int> nextToHash(int maxAhead) const;
    // The next hashed part to send, if fewer than maxInFlight are sending.
    std::optional<int> nextToSend(int maxInFlight) const;

    void setState(int partNumber, PartState state);
    // A part being hashed or sent goes back: hashed parts stay hashed, others start over.
    void interrupt(int partNumber, bool keepDigest);

private:
    QList<PartState> m_states;
};

} // namespace vmi::transfer
