#pragma once

#include <QObject>

#include <memory>

class QSocketNotifier;

namespace vmi::cli {

// Turns Ctrl+C (SIGINT) and SIGTERM into a Qt signal on the event loop while it exists: the
// signal handler only writes a byte to a socket pair, the event loop does the rest. The
// default handlers come back when it is destroyed. On other systems it never fires.
class InterruptNotifier : public QObject
{
    Q_OBJECT
public:
    explicit InterruptNotifier(QObject *parent = nullptr);
    ~InterruptNotifier() override;

Q_SIGNALS:
    void interrupted();

private:
    std::unique_ptr<QSocketNotifier> m_notifier;
};

} // namespace vmi::cli
