#pragma once

#include "ui/wizard/WizardPage.h"

class QLabel;
class QTableView;

namespace vmi {
class TagTableModel;
}

namespace vmi::ui {

// Page 6: the tags of the import task (what the API tags), typed in a table or pasted as
// key=value lines, with the count against the limit shown as you go.
class TagsPage : public WizardPage
{
    Q_OBJECT

public:
    explicit TagsPage(ImportWizard *wizard);

    TagTableModel *model() const { return m_model; }
    void pasteFromClipboard();

protected:
    void load() override;

private:
    void modelEdited();

    TagTableModel *m_model;
    QTableView *m_table;
    QLabel *m_count;
};

} // namespace vmi::ui
