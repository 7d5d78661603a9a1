#pragma once

#include "models/JobRecord.h"
#include "models/TaskStatus.h"
#include "transfer/MultipartUpload.h"

#include <QString>

namespace vmi::ui {

// The details pane's text (HTML, every value escaped): the stage history, the status message
// or the error with the action that fixes it, and each disk of the task.
// `upload` is the progress of the disk being uploaded (uploadingDisk, -1 when none).
QString jobDetailsHtml(const JobRecord &job, int uploadingDisk = -1,
                       const transfer::UploadProgress &upload = {});
// "120 of 400 MiB at 80.5 MiB/s": an upload's progress in words.
QString uploadProgressText(const transfer::UploadProgress &progress);
// The same for a task of the Region that this app did not start.
QString taskDetailsHtml(const TaskStatus &task);

} // namespace vmi::ui
