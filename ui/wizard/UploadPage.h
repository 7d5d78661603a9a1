#pragma once

#include "ui/wizard/WizardPage.h"

#include <QPointer>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTimer;

namespace vmi::aws {
class AwsCall;
}

namespace vmi::ui {

// Page 3: where local files go in S3. The account's buckets are listed; the chosen bucket's
// Region is checked against the import's (VM Import/Export reads only buckets in its own
// Region, so another Region is an error here). Part size, concurrency and S3 options are
// under "Advanced".
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

    QComboBox *m_bucket;
    QLabel *m_bucketStatus;
    QLineEdit *m_keyPrefix;
    QGroupBox *m_advanced;
    QSpinBox *m_partSize;
    QSpinBox *m_concurrency;
    QComboBox *m_storageClass;
    QComboBox *m_sse;
    QLineEdit *m_sseKey;
    QComboBox *m_checksum;
    QTimer *m_debounce;
    QPointer<aws::AwsCall> m_listCall;
    QPointer<aws::AwsCall> m_regionCall;
};

} // namespace vmi::ui
