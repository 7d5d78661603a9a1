#include "ui/wizard/ImageBuilderPage.h"

#include "aws/AwsClient.h"
#include "ui/wizard/FieldHelpers.h"
#include "ui/wizard/ImportWizard.h"

#include <QJsonArray>

namespace vmi::ui {

ImageBuilderPage::ImageBuilderPage(ImportWizard *wizard)
    : WizardPage(wizard)
{
    setObjectName(QStringLiteral("imageBuilderPage"));
    setIcon(QStringLiteral(":/vmi/icons/import-iso.svg"));
    setTitle(tr("Image Builder image"));
    setSubTitle(tr("How the image is named and where Image Builder builds it."));
    auto *form = new QFormLayout(this);
    const auto label = [this](const char *name, const QString &prefix) {
        return diagnosticLabel(QString::fromLatin1(name), {prefix});
    };
    const auto lineEdit = [this](const char *name, const QString &placeholder) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QString::fromLatin1(name));
        edit->setPlaceholderText(placeholder);
        connect(edit, &QLineEdit::textChanged, this, &ImageBuilderPage::store);
        return edit;
    };
    m_name = lineEdit("imageNameLineEdit", tr("for example windows-11-base"));
    addField(form, tr("N&ame:"), m_name, label("imageNameDiagnosticLabel", QStringLiteral("name")));
    m_version = lineEdit("semanticVersionLineEdit", QStringLiteral("1.0.0"));
    addField(form, tr("Semantic &version:"), m_version,
             label("semanticVersionDiagnosticLabel", QStringLiteral("semanticVersion")));
    m_description = lineEdit("imageDescriptionLineEdit", QString());
    addField(form, tr("&Description:"), m_description,
             label("imageDescriptionDiagnosticLabel", QStringLiteral("description")));
    m_osVersion = new QComboBox(this);
    m_osVersion->setObjectName(QStringLiteral("osVersionComboBox"));
    m_osVersion->setEditable(true);
    m_osVersion->addItem(QStringLiteral("Microsoft Windows 11"));
    connect(m_osVersion, &QComboBox::currentTextChanged, this, &ImageBuilderPage::store);
    addField(form, tr("&OS version:"), m_osVersion,
             label("osVersionDiagnosticLabel", QStringLiteral("osVersion")));
    m_platform = new QComboBox(this);
    m_platform->setObjectName(QStringLiteral("imagePlatformComboBox"));
    m_platform->setEditable(true);
    m_platform->addItem(QStringLiteral("Windows"));
    connect(m_platform, &QComboBox::currentTextChanged, this, &ImageBuilderPage::store);
    addField(form, tr("&Platform:"), m_platform,
             label("imagePlatformDiagnosticLabel", QStringLiteral("platform")));
    m_infrastructure = new QComboBox(this);
    m_infrastructure->setObjectName(QStringLiteral("infrastructureComboBox"));
    m_infrastructure->setEditable(true);
    m_infrastructure->setInsertPolicy(QComboBox::NoInsert);
    m_infrastructure->lineEdit()->setPlaceholderText(
        tr("arn:aws:imagebuilder:…:infrastructure-configuration/…"));
    connect(m_infrastructure, &QComboBox::currentTextChanged, this, &ImageBuilderPage::store);
    // A long "name (ARN)" picked from the list shows from its start, the name.
    connect(m_infrastructure, &QComboBox::currentIndexChanged, this,
            [this] { m_infrastructure->lineEdit()->setCursorPosition(0); });
    addField(form, tr("&Infrastructure configuration:"), m_infrastructure,
             label("infrastructureDiagnosticLabel", QStringLiteral("infrastructureConfigurationArn")));
    m_executionRole = lineEdit("executionRoleLineEdit", tr("Image Builder's service-linked role"));
    addField(form, tr("&Execution role:"), m_executionRole,
             label("executionRoleDiagnosticLabel", QStringLiteral("executionRole")));
    ownFields({QStringLiteral("loggingConfiguration"), QStringLiteral("registerImageOptions"),
               QStringLiteral("windowsConfiguration"), QStringLiteral("clientToken")});
}

ImageBuilderPage::~ImageBuilderPage()
{
    if (m_call) {
        m_call->disconnect(this);
        m_call->abort();
    }
}

void ImageBuilderPage::initializePage()
{
    WizardPage::initializePage();
    listConfigurations();
}

void ImageBuilderPage::load()
{
    // The only values ImportDiskImage takes today: offered filled in, still editable.
    ImageBuilderImportRequest &defaults = editableSettings().imageBuilder;
    if (!defaults.osVersion || !defaults.platform) {
        defaults.osVersion = defaults.osVersion.value_or(QStringLiteral("Microsoft Windows 11"));
        defaults.platform = defaults.platform.value_or(QStringLiteral("Windows"));
        importWizard()->settingsEdited();
    }
    const ImageBuilderImportRequest &r = settings().imageBuilder;
    m_name->setText(r.name.value_or(QString()));
    m_version->setText(r.semanticVersion.value_or(QString()));
    m_description->setText(r.description.value_or(QString()));
    m_osVersion->setCurrentText(r.osVersion.value_or(QString()));
    m_platform->setCurrentText(r.platform.value_or(QString()));
    m_infrastructure->setCurrentText(r.infrastructureConfigurationArn.value_or(QString()));
    m_infrastructure->lineEdit()->setCursorPosition(0);
    m_executionRole->setText(r.executionRole.value_or(QString()));
}

void ImageBuilderPage::store()
{
    if (m_loading)
        return;
    ImageBuilderImportRequest &r = editableSettings().imageBuilder;
    r.name = optionalText(m_name->text());
    r.semanticVersion = optionalText(m_version->text());
    r.description = optionalText(m_description->text());
    r.osVersion = optionalText(m_osVersion->currentText());
    r.platform = optionalText(m_platform->currentText());
    r.infrastructureConfigurationArn = optionalText(currentValue(m_infrastructure));
    r.executionRole = optionalText(m_executionRole->text());
    edited();
}

void ImageBuilderPage::listConfigurations()
{
    if (m_call) {
        m_call->disconnect(this);
        m_call->abort();
    }
    aws::AwsClient *client = importWizard()->client();
    if (!client)
        return;
    m_call =
        client->call(aws::AwsService::ImageBuilder, QStringLiteral("ListInfrastructureConfigurations"), {});
    connect(m_call, &aws::AwsCall::finished, this, [this, call = m_call] {
        if (call->error().isError())
            return;
        const LoadingScope scope(m_loading);
        const QString current = m_infrastructure->currentText();
        m_infrastructure->clear();
        for (const QJsonValue &c :
             call->output()[QStringLiteral("infrastructureConfigurationSummaryList")].toArray())
            m_infrastructure->addItem(QStringLiteral("%1 (%2)").arg(c[QStringLiteral("name")].toString(),
                                                                    c[QStringLiteral("arn")].toString()),
                                      c[QStringLiteral("arn")].toString());
        const int found = m_infrastructure->findData(current);
        if (found >= 0)
            m_infrastructure->setCurrentIndex(found);
        else
            m_infrastructure->setCurrentText(current);
        // A long "name (ARN)" shows from its start, the name.
        m_infrastructure->lineEdit()->setCursorPosition(0);
    });
}

} // namespace vmi::ui
