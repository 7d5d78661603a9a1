#pragma once

#include "ui/wizard/WizardPage.h"

class QCheckBox;
class QLabel;
class QTableView;

namespace vmi {
class TagTableModel;
}

namespace vmi::ui {

// Page 6: the tags of the import task (what the API tags), typed in a table or pasted as
// key=value lines, with the count against the limit shown as you go; for EC2 imports,
// whether the same tags go on the AMI and snapshots the import makes (afterImport).
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
    QCheckBox *m_tagOutputs;
};

} // namespace vmi::ui
