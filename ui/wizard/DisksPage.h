#pragma once

#include "ui/wizard/WizardPage.h"

#include <QSet>

class QPushButton;
class QTableView;

namespace vmi {
class DiskTableModel;
}

namespace vmi::ui {

// Page 2: the disks, in boot order. Local files (file dialog or drag and drop) are inspected
// off the GUI thread and their findings shown in the table; S3 objects are picked in the
// bucket browser (S3BrowserDialog); URLs and EBS snapshots are typed in. For the ISO import the table holds
// the one ISO.
class DisksPage : public WizardPage
{
    Q_OBJECT

public:
    explicit DisksPage(ImportWizard *wizard);

    DiskTableModel *model() const { return m_model; }

protected:
    void load() override;

private:
    void modelEdited();
    void inspectNewFiles();
    void addFiles();
    void addS3Object();
    // Without a connection to browse: the URI typed in.
    void addTypedS3Object(const QString &why);
    void addUrl();
    void addSnapshot();
    void removeSelected();
    void moveSelected(int delta);
    void updateButtons();

    DiskTableModel *m_model;
    QTableView *m_table;
    QPushButton *m_addFiles;
    QPushButton *m_addS3;
    QPushButton *m_addUrl;
    QPushButton *m_addSnapshot;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QSet<QString> m_inspecting;
};

} // namespace vmi::ui
