#include "ui/wizard/ImportWizard.h"

#include "import/AwsSession.h"
#include "models/PrivateFile.h"
#include "models/Validator.h"
#include "ui/AppSettings.h"
#include "ui/wizard/DisksPage.h"
#include "ui/wizard/EncryptionPage.h"
#include "ui/wizard/ImageBuilderPage.h"
#include "ui/wizard/ReviewPage.h"
#include "ui/wizard/StartPage.h"
#include "ui/wizard/SystemPage.h"
#include "ui/wizard/TagsPage.h"
#include "ui/wizard/UploadPage.h"

#include <QSettings>

namespace vmi::ui {

namespace {
const QString GeometryKey = QStringLiteral("importWizard/geometry");
const QString OperationKey = QStringLiteral("importWizard/operation");
const QString RegionKey = QStringLiteral("importWizard/region");
const QString AwsProfileKey = QStringLiteral("importWizard/awsProfile");
const QString BucketKey = QStringLiteral("importWizard/bucket");
const QString KeyPrefixKey = QStringLiteral("importWizard/keyPrefix");
} // namespace

ImportWizard::ImportWizard(import::AwsSession *session, QWidget *parent)
    : QWizard(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("New Import"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::FinishButton, tr("&Start import"));
    restoreChoices();

    setPage(StartPageId, new StartPage(this));
    setPage(DisksPageId, new DisksPage(this));
    setPage(UploadPageId, new UploadPage(this));
    setPage(SystemPageId, new SystemPage(this));
    setPage(ImageBuilderPageId, new ImageBuilderPage(this));
    setPage(EncryptionPageId, new EncryptionPage(this));
    setPage(TagsPageId, new TagsPage(this));
    setPage(ReviewPageId, new ReviewPage(this));
    setStartId(StartPageId);
    settingsEdited();
}

ImportWizard::~ImportWizard() = default;

void ImportWizard::settingsEdited()
{
    m_diagnostics = Validator::validate(m_settings, m_inspections);
    Q_EMIT diagnosticsChanged();
}

void ImportWizard::replaceSettings(const ImportSettings &settings, const QString &profileName)
{
    m_settings = settings;
    m_profileName = profileName;
    m_inspections.clear();
    Q_EMIT settingsReplaced();
    settingsEdited();
}

void ImportWizard::setInspections(const QMap<qsizetype, InspectedDisk> &inspections)
{
    m_inspections = inspections;
    settingsEdited();
}

aws::AwsClient *ImportWizard::client(QString *error) const
{
    QString reason;
    aws::AwsClient *found =
        m_session ? m_session->client(m_settings.awsProfile, m_settings.region, &reason) : nullptr;
    if (error)
        *error = m_session ? reason : tr("No connection to AWS.");
    return found;
}

int ImportWizard::nextId() const
{
    const bool imageBuilder = m_settings.operation == ImportOperation::ImportDiskImage;
    switch (currentId()) {
    case StartPageId:
        return DisksPageId;
    case DisksPageId:
        return UploadPageId;
    case UploadPageId:
        return imageBuilder ? ImageBuilderPageId : SystemPageId;
    case SystemPageId:
        return EncryptionPageId;
    case ImageBuilderPageId:
    case EncryptionPageId:
        return TagsPageId;
    case TagsPageId:
        return ReviewPageId;
    default:
        return -1;
    }
}

void ImportWizard::done(int result)
{
    saveChoices();
    QWizard::done(result);
}

void ImportWizard::restoreChoices()
{
    const QSettings store;
    resize(860, 620);
    restoreGeometry(store.value(GeometryKey).toByteArray());
    m_settings.operation = importOperationFromApiName(store.value(OperationKey).toString())
                               .value_or(ImportOperation::ImportImage);
    // A default set in Settings is the user's explicit choice; otherwise the last one used.
    const QString defaultRegion = AppSettings::defaultRegion();
    const QString defaultProfile = AppSettings::defaultAwsProfile();
    m_settings.region = defaultRegion.isEmpty() ? store.value(RegionKey).toString() : defaultRegion;
    m_settings.awsProfile = defaultProfile.isEmpty() ? store.value(AwsProfileKey).toString() : defaultProfile;
    m_settings.upload.bucket = store.value(BucketKey).toString();
    m_settings.upload.keyPrefix = store.value(KeyPrefixKey).toString();
}

void ImportWizard::saveChoices() const
{
    QSettings store;
    store.setValue(GeometryKey, saveGeometry());
    store.setValue(OperationKey, apiName(m_settings.operation));
    store.setValue(RegionKey, m_settings.region);
    store.setValue(AwsProfileKey, m_settings.awsProfile);
    store.setValue(BucketKey, m_settings.upload.bucket);
    store.setValue(KeyPrefixKey, m_settings.upload.keyPrefix);
    syncPrivateSettings(store);
}

} // namespace vmi::ui
