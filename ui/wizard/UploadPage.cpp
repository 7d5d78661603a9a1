#include "ui/wizard/UploadPage.h"

#include "aws/AwsClient.h"
#include "import/ExistingObjects.h"
#include "models/S3Names.h"
#include "ui/S3BrowserDialog.h"
#include "ui/wizard/ImportWizard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace vmi::ui {

namespace {
constexpr qint64 MiB = 1024 * 1024;

QVBoxLayout *column(QWidget *field, QLabel *diagnostics)
{
    auto *layout = new QVBoxLayout;
    layout->addWidget(field);
    layout->addWidget(diagnostics);
    return layout;
}

QComboBox *choiceBox(QWidget *parent, const char *name, const QString &accessibleName,
                     const QStringList &choices)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(QString::fromLatin1(name));
    box->setAccessibleName(accessibleName);
    box->addItems(choices);
    return box;
}

// A form label whose mnemonic focuses `field` (QFormLayout sets a buddy only for a widget
// field, not for a layout that holds the field and its diagnostics).
QLabel *buddyLabel(const QString &text, QWidget *field)
{
    auto *label = new QLabel(text, field->parentWidget());
    label->setBuddy(field);
    return label;
}

void abortCall(QPointer<aws::AwsCall> &call, QObject *receiver)
{
    if (call) {
        call->disconnect(receiver);
        call->abort();
    }
}
} // namespace

UploadPage::UploadPage(ImportWizard *wizard)
    : WizardPage(wizard)
    , m_debounce(new QTimer(this))
    , m_existingDebounce(new QTimer(this))
    , m_existingObjects(new import::ExistingObjects(this))
{
    setObjectName(QStringLiteral("uploadPage"));
    setIcon(QStringLiteral(":/vmi/icons/page-upload.svg"));
    setTitle(tr("Upload"));
    setSubTitle(tr("Where local files go in S3 before the import reads them."));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;

    m_bucket = new QComboBox(this);
    m_bucket->setObjectName(QStringLiteral("bucketComboBox"));
    m_bucket->setEditable(true);
    m_bucket->setInsertPolicy(QComboBox::NoInsert);
    m_bucket->setAccessibleName(tr("Destination bucket"));
    m_bucketStatus = new QLabel(this);
    m_bucketStatus->setObjectName(QStringLiteral("bucketStatusLabel"));
    m_bucketStatus->setWordWrap(true);
    auto *bucketRow = new QHBoxLayout;
    bucketRow->addWidget(m_bucket, 1);
    m_browse = new QPushButton(tr("Bro&wse…"), this);
    m_browse->setObjectName(QStringLiteral("browseBucketButton"));
    m_browse->setToolTip(tr("Pick the bucket and folder in S3"));
    bucketRow->addWidget(m_browse);
    auto *bucketColumn = new QVBoxLayout;
    bucketColumn->addLayout(bucketRow);
    bucketColumn->addWidget(
        diagnosticLabel(QStringLiteral("bucketDiagnosticLabel"), {QStringLiteral("upload.bucket")}));
    bucketColumn->addWidget(m_bucketStatus);
    auto *bucketLabel = new QLabel(tr("B&ucket:"), this);
    bucketLabel->setBuddy(m_bucket);
    form->addRow(bucketLabel, bucketColumn);

    m_keyPrefix = new QLineEdit(this);
    m_keyPrefix->setObjectName(QStringLiteral("keyPrefixLineEdit"));
    m_keyPrefix->setAccessibleName(tr("Key prefix"));
    m_keyPrefix->setPlaceholderText(tr("for example imports/"));
    auto *prefixLabel = new QLabel(tr("&Key prefix:"), this);
    prefixLabel->setBuddy(m_keyPrefix);
    form->addRow(prefixLabel, column(m_keyPrefix, diagnosticLabel(QStringLiteral("keyPrefixDiagnosticLabel"),
                                                                  {QStringLiteral("upload.keyPrefix")})));
    m_existing = new QLabel(this);
    m_existing->setObjectName(QStringLiteral("existingObjectsLabel"));
    m_existing->setWordWrap(true);
    m_existing->setTextFormat(Qt::PlainText);
    m_existing->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *existingLabel = new QLabel(tr("In S3 now:"), this);
    form->addRow(existingLabel, m_existing);
    layout->addLayout(form);
    m_deleteUploaded = new QCheckBox(tr("&Delete the uploaded objects after a successful import"), this);
    m_deleteUploaded->setObjectName(QStringLiteral("deleteUploadedCheckBox"));
    m_deleteUploaded->setToolTip(tr("The import keeps its own copy; the uploaded objects only cost "
                                    "storage afterwards."));
    layout->addWidget(m_deleteUploaded);
    layout->addWidget(diagnosticLabel(QStringLiteral("deleteUploadedDiagnosticLabel"),
                                      {QStringLiteral("afterImport.deleteUploadedObjects")}));

    m_advanced = new QGroupBox(tr("&Advanced"), this);
    m_advanced->setObjectName(QStringLiteral("advancedUploadGroupBox"));
    m_advanced->setCheckable(true);
    m_advanced->setChecked(false);
    auto *advanced = new QFormLayout(m_advanced);
    m_partSize = new QSpinBox(m_advanced);
    m_partSize->setObjectName(QStringLiteral("partSizeSpinBox"));
    m_partSize->setAccessibleName(tr("Part size in MiB"));
    m_partSize->setRange(0, 5 * 1024);
    m_partSize->setSuffix(tr(" MiB"));
    m_partSize->setSpecialValueText(tr("Automatic"));
    advanced->addRow(buddyLabel(tr("&Part size:"), m_partSize),
                     column(m_partSize, diagnosticLabel(QStringLiteral("partSizeDiagnosticLabel"),
                                                        {QStringLiteral("upload.partSize")})));
    m_concurrency = new QSpinBox(m_advanced);
    m_concurrency->setObjectName(QStringLiteral("concurrencySpinBox"));
    m_concurrency->setAccessibleName(tr("Parts in flight"));
    m_concurrency->setRange(0, 64);
    m_concurrency->setSpecialValueText(tr("Automatic"));
    advanced->addRow(buddyLabel(tr("Parts in &flight:"), m_concurrency),
                     column(m_concurrency, diagnosticLabel(QStringLiteral("concurrencyDiagnosticLabel"),
                                                           {QStringLiteral("upload.concurrency")})));
    m_storageClass = choiceBox(m_advanced, "storageClassComboBox", tr("Storage class"),
                               {QString(), QStringLiteral("STANDARD"), QStringLiteral("INTELLIGENT_TIERING"),
                                QStringLiteral("STANDARD_IA"), QStringLiteral("ONEZONE_IA")});
    advanced->addRow(tr("S&torage class:"), m_storageClass);
    m_sse = choiceBox(
        m_advanced, "sseComboBox", tr("Server-side encryption"),
        {QString(), QStringLiteral("AES256"), QStringLiteral("aws:kms"), QStringLiteral("aws:kms:dsse")});
    advanced->addRow(tr("Server-side &encryption:"), m_sse);
    m_sseKey = new QLineEdit(m_advanced);
    m_sseKey->setObjectName(QStringLiteral("sseKmsKeyLineEdit"));
    m_sseKey->setAccessibleName(tr("KMS key for server-side encryption"));
    advanced->addRow(tr("SSE K&MS key:"), m_sseKey);
    m_checksum = choiceBox(m_advanced, "checksumComboBox", tr("Checksum algorithm"),
                           {QString(), QStringLiteral("CRC32"), QStringLiteral("CRC32C"),
                            QStringLiteral("CRC64NVME"), QStringLiteral("SHA1"), QStringLiteral("SHA256")});
    advanced->addRow(tr("&Checksum:"), m_checksum);
    layout->addWidget(m_advanced);
    layout->addWidget(
        diagnosticLabel(QStringLiteral("advancedDiagnosticLabel"),
                        {QStringLiteral("upload.storageClass"), QStringLiteral("upload.serverSideEncryption"),
                         QStringLiteral("upload.sseKmsKeyId"), QStringLiteral("upload.checksumAlgorithm")}));
    layout->addStretch(1);

    const auto edit = [this](auto &&apply) {
        return [this, apply](auto &&...) {
            if (m_loading)
                return;
            apply(editableSettings().upload);
            edited();
        };
    };
    connect(m_bucket, &QComboBox::currentTextChanged, this, edit([this](UploadSettings &u) {
                u.bucket = m_bucket->currentText().trimmed();
                m_debounce->start();
                m_existingDebounce->start();
            }));
    connect(m_deleteUploaded, &QCheckBox::toggled, this, [this](bool checked) {
        if (m_loading)
            return;
        editableSettings().afterImport.deleteUploadedObjects = checked;
        edited();
    });
    connect(m_keyPrefix, &QLineEdit::textChanged, this, edit([this](UploadSettings &u) {
                u.keyPrefix = m_keyPrefix->text();
                m_existingDebounce->start();
            }));
    connect(m_partSize, &QSpinBox::valueChanged, this,
            edit([this](UploadSettings &u) { u.partSize = m_partSize->value() * MiB; }));
    connect(m_concurrency, &QSpinBox::valueChanged, this,
            edit([this](UploadSettings &u) { u.concurrency = m_concurrency->value(); }));
    connect(m_storageClass, &QComboBox::currentTextChanged, this,
            edit([this](UploadSettings &u) { u.storageClass = m_storageClass->currentText(); }));
    connect(m_sse, &QComboBox::currentTextChanged, this,
            edit([this](UploadSettings &u) { u.serverSideEncryption = m_sse->currentText(); }));
    connect(m_sseKey, &QLineEdit::textChanged, this,
            edit([this](UploadSettings &u) { u.sseKmsKeyId = m_sseKey->text().trimmed(); }));
    connect(m_checksum, &QComboBox::currentTextChanged, this,
            edit([this](UploadSettings &u) { u.checksumAlgorithm = m_checksum->currentText(); }));

    connect(m_browse, &QPushButton::clicked, this, &UploadPage::browse);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(500);
    connect(m_debounce, &QTimer::timeout, this, &UploadPage::checkBucketRegion);
    m_existingDebounce->setSingleShot(true);
    m_existingDebounce->setInterval(500);
    connect(m_existingDebounce, &QTimer::timeout, this, &UploadPage::checkExistingObjects);
    connect(m_existingObjects, &import::ExistingObjects::entryChanged, this,
            &UploadPage::showExistingObjects);
}

UploadPage::~UploadPage()
{
    abortCall(m_listCall, this);
    abortCall(m_regionCall, this);
}

void UploadPage::initializePage()
{
    WizardPage::initializePage();
    listBuckets();
    checkBucketRegion();
    checkExistingObjects();
}

void UploadPage::load()
{
    const UploadSettings &u = settings().upload;
    m_bucket->setCurrentText(u.bucket);
    m_keyPrefix->setText(u.keyPrefix);
    m_deleteUploaded->setChecked(settings().afterImport.deleteUploadedObjects);
    m_partSize->setValue(int(u.partSize / MiB));
    m_concurrency->setValue(u.concurrency);
    m_storageClass->setCurrentText(u.storageClass);
    m_sse->setCurrentText(u.serverSideEncryption);
    m_sseKey->setText(u.sseKmsKeyId);
    m_checksum->setCurrentText(u.checksumAlgorithm);
    m_advanced->setChecked(u.partSize || u.concurrency || !u.storageClass.isEmpty() ||
                           !u.serverSideEncryption.isEmpty() || !u.checksumAlgorithm.isEmpty());
}

void UploadPage::listBuckets()
{
    abortCall(m_listCall, this);
    aws::AwsClient *client = importWizard()->client();
    if (!client)
        return;
    m_listCall = client->call(aws::AwsService::S3, QStringLiteral("ListBuckets"), {});
    connect(m_listCall, &aws::AwsCall::finished, this, [this, call = m_listCall] {
        if (call->error().isError())
            return; // typing a name still works; the region check reports access problems
        const LoadingScope scope(m_loading);
        const QString current = m_bucket->currentText();
        m_bucket->clear();
        for (const QJsonValue &bucket : call->output()[QStringLiteral("Buckets")].toArray())
            m_bucket->addItem(bucket[QStringLiteral("Name")].toString());
        m_bucket->setCurrentText(current);
    });
}

void UploadPage::checkBucketRegion()
{
    abortCall(m_regionCall, this);
    const QString bucket = settings().upload.bucket;
    const QString region = settings().region;
    aws::AwsClient *client = importWizard()->client();
    if (bucket.isEmpty() || !bucketNameProblem(bucket).isEmpty() || !client) {
        m_bucketStatus->clear();
        setLookupDiagnostics({});
        return;
    }
    m_bucketStatus->setText(tr("Finding the bucket's Region…"));
    m_regionCall = client->call(aws::AwsService::S3, QStringLiteral("GetBucketLocation"),
                                {{QStringLiteral("Bucket"), bucket}});
    connect(m_regionCall, &aws::AwsCall::finished, this, [this, call = m_regionCall, bucket, region] {
        const aws::AwsError &error = call->error();
        if (error.code == u"NoSuchBucket") {
            m_bucketStatus->clear();
            setLookupDiagnostics({{QStringLiteral("upload.bucket"), Diagnostic::Severity::Error,
                                   tr("There is no bucket %1.").arg(bucket),
                                   tr("Pick one of the listed buckets, or create it first.")}});
            return;
        }
        if (error.isError()) {
            m_bucketStatus->setText(tr("Cannot find the bucket's Region: %1").arg(error.message));
            setLookupDiagnostics({});
            return;
        }
        QString where = call->output()[QStringLiteral("LocationConstraint")].toString();
        if (where.isEmpty())
            where = QStringLiteral("us-east-1"); // null means us-east-1
        else if (where == u"EU")
            where = QStringLiteral("eu-west-1");
        if (where != region) {
            m_bucketStatus->clear();
            setLookupDiagnostics({{QStringLiteral("upload.bucket"), Diagnostic::Severity::Error,
                                   tr("The bucket is in %1, the import in %2.").arg(where, region),
                                   tr("VM Import/Export reads only buckets in the import's Region.")}});
        } else {
            m_bucketStatus->setText(tr("The bucket is in %1, like the import.").arg(where));
            setLookupDiagnostics({});
        }
    });
}

void UploadPage::browse()
{
    QString error;
    aws::AwsClient *client = importWizard()->client(&error);
    if (!client) {
        m_bucketStatus->setText(error);
        return;
    }
    auto *browser = new S3BrowserDialog(client, S3BrowserDialog::Mode::PickFolder, this);
    browser->setAttribute(Qt::WA_DeleteOnClose);
    connect(browser, &QDialog::accepted, this, [this, browser] {
        m_bucket->setCurrentText(browser->bucket());
        m_keyPrefix->setText(browser->prefix());
    });
    const UploadSettings &u = settings().upload;
    browser->browse(u.bucket, u.bucket.isEmpty() ? QString() : u.keyPrefix);
    browser->open();
}

void UploadPage::checkExistingObjects()
{
    m_existingDebounce->stop();
    m_existingObjects->start(importWizard()->client(), settings());
    showExistingObjects();
}

void UploadPage::showExistingObjects()
{
    using State = import::ExistingObjects::Entry::State;
    QStringList lines;
    for (const auto &entry : m_existingObjects->entries()) {
        const QString where =
            QStringLiteral("%1 → s3://%2/%3")
                .arg(QFileInfo(entry.localFile).fileName(), entry.target.bucket, entry.target.key);
        switch (entry.state) {
        case State::Checking:
            lines << tr("%1: looking…").arg(where);
            break;
        case State::Absent:
            lines << tr("%1: not there yet; it will be uploaded").arg(where);
            break;
        case State::SameSize:
            lines << tr("%1: already in S3 (same size): will not be uploaded again").arg(where);
            break;
        case State::OtherSize:
            lines << tr("%1: an object of another size is there: it will be replaced").arg(where);
            break;
        case State::Unknown:
            lines << tr("%1: cannot tell (%2)").arg(where, entry.message);
            break;
        }
    }
    m_existing->setText(lines.isEmpty() ? tr("No local file to upload.") : lines.join(QLatin1Char('\n')));
    m_existing->setAccessibleDescription(m_existing->text());
}

} // namespace vmi::ui
