#pragma once

#include "models/JobRecord.h"
#include "models/TaskStatus.h"

#include <QString>

namespace vmi::ui {

// The details pane's text (HTML, every value escaped): the stage history, the status message
// or the error with the action that fixes it, and each disk of the task.
QString jobDetailsHtml(const JobRecord &job);
// The same for a task of the Region that this app did not start.
QString taskDetailsHtml(const TaskStatus &task);

} // namespace vmi::ui
