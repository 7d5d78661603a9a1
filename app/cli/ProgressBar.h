#pragma once

#include "transfer/MultipartUpload.h"

#include <QElapsedTimer>

#include <cstdio>

class QTextStream;

namespace vmi::cli {

// One line redrawn in place on a terminal: bar, bytes, smoothed rate, ETA and parts. Draws
// nothing when the output is not a terminal (a log or a pipe gets the summary only).
class ProgressBar
{
public:
    ProgressBar(QTextStream &out, bool enabled);

    static bool isTerminal(FILE *stream);
    void show(const transfer::UploadProgress &progress);
    void clear(); // removes the line, before other output

    static QString render(const transfer::UploadProgress &progress, int width);

private:
    QTextStream &m_out;
    bool m_enabled;
    bool m_drawn = false;
};

} // namespace vmi::cli
