#pragma once

#include "ui/wizard/WizardPage.h"

#include <QPointer>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTimer;

namespace vmi::aws {
class AwsCall;
}
namespace vmi::import {
class ExistingObjects;
}

namespace vmi::ui {

// Page 3: where local files go in S3. The account's buckets are listed; the chosen bucket's
// Region is checked against the import's (VM Import/Export reads only buckets in its own
// Region, so another Region is an error here). Each local file's target key is looked up
// (ExistingObjects) to show which disks are already in S3 and will not be sent again. Part
// size, concurrency and S3 options are under "Advanced".
class UploadPage : public WizardPage
{
    Q_OBJECT

public:
    explicit UploadPage(ImportWizard *wizard);
    ~UploadPage() override;

    void initializePage() override;

protected:
    void load() override;

private:
    void listBuckets();
    void checkBucketRegion();
    void browse();
    void checkExistingObjects();
    void showExistingObjects();

    QComboBox *m_bucket;
    QPushButton *m_browse;
    QLabel *m_bucketStatus;
    QLineEdit *m_keyPrefix;
    QCheckBox *m_deleteUploaded;
    QGroupBox *m_advanced;
    QSpinBox *m_partSize;
    QSpinBox *m_concurrency;
    QComboBox *m_storageClass;
    QComboBox *m_sse;
    QLineEdit *m_sseKey;
    QComboBox *m_checksum;
    QLabel *m_existing;
    QTimer *m_debounce;
    QTimer *m_existingDebounce;
    import::ExistingObjects *m_existingObjects;
    QPointer<aws::AwsCall> m_listCall;
    QPointer<aws::AwsCall> m_regionCall;
};

} // namespace vmi::ui
