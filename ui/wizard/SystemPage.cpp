#include "ui/wizard/SystemPage.h"

#include "ui/wizard/FieldHelpers.h"
#include "ui/wizard/ImportWizard.h"
#include "ui/wizard/RegisterImageGroup.h"

#include <QPlainTextEdit>
#include <QRegularExpression>

namespace vmi::ui {

namespace {
// The licensing choices: LicenseType and UsageOperation exclude each other (facts 2.6).
const QString Automatic = QStringLiteral("auto");
const QString LicenseAws = QStringLiteral("AWS");
const QString LicenseByol = QStringLiteral("BYOL");
const QString ByUsageOperation = QStringLiteral("usage");
} // namespace

SystemPage::SystemPage(ImportWizard *wizard)
    : WizardPage(wizard)
{
    setObjectName(QStringLiteral("systemPage"));
    setIcon(QStringLiteral(":/vmi/icons/page-system.svg"));
    setTitle(tr("Operating system, boot and licensing"));
    auto *layout = new QVBoxLayout(this);

    m_imageOnly = new QWidget(this);
    auto *form = new QFormLayout(m_imageOnly);
    form->setContentsMargins({});
    const auto label = [this](const char *name, const QString &prefix) {
        return diagnosticLabel(QString::fromLatin1(name), {prefix});
    };
    m_platform = valueComboBox(m_imageOnly, "platformComboBox",
                               {{tr("Detect"), QString()},
                                {tr("Windows"), QStringLiteral("Windows")},
                                {tr("Linux"), QStringLiteral("Linux")}});
    addField(form, tr("&Platform:"), m_platform,
             label("platformDiagnosticLabel", QStringLiteral("Platform")));
    m_architecture = valueComboBox(m_imageOnly, "architectureComboBox",
                                   {{tr("Detect"), QString()},
                                    {QStringLiteral("x86_64"), QStringLiteral("x86_64")},
                                    {QStringLiteral("i386"), QStringLiteral("i386")},
                                    {QStringLiteral("arm64"), QStringLiteral("arm64")}});
    addField(form, tr("&Architecture:"), m_architecture,
             label("architectureDiagnosticLabel", QStringLiteral("Architecture")));
    m_bootMode = valueComboBox(m_imageOnly, "bootModeComboBox",
                               {{tr("Detect"), QString()},
                                {tr("Legacy BIOS"), QStringLiteral("legacy-bios")},
                                {tr("UEFI"), QStringLiteral("uefi")}});
    addField(form, tr("Boot &mode:"), m_bootMode,
             label("bootModeDiagnosticLabel", QStringLiteral("BootMode")));
    m_licensing = valueComboBox(m_imageOnly, "licensingComboBox",
                                {{tr("Let AWS choose"), Automatic},
                                 {tr("License included (AWS)"), LicenseAws},
                                 {tr("Bring your own license (BYOL)"), LicenseByol},
                                 {tr("By usage operation"), ByUsageOperation}});
    addField(form, tr("&Licensing:"), m_licensing,
             label("licenseTypeDiagnosticLabel", QStringLiteral("LicenseType")));
    m_usageOperation = new QComboBox(m_imageOnly);
    m_usageOperation->setObjectName(QStringLiteral("usageOperationComboBox"));
    m_usageOperation->setEditable(true);
    const std::pair<const char *, QString> operations[] = {
        {"RunInstances", tr("Linux/UNIX (also with SQL Server BYOL)")},
        {"RunInstances:0002", tr("Windows, license included")},
        {"RunInstances:0800", tr("Windows, bring your own license")},
        {"RunInstances:0006", tr("Windows with SQL Server Standard, license included")},
        {"RunInstances:0102", tr("Windows with SQL Server Enterprise, license included")},
        {"RunInstances:0202", tr("Windows with SQL Server Web, license included")},
        {"RunInstances:0004", tr("Linux with SQL Server Standard, license included")},
        {"RunInstances:0100", tr("Linux with SQL Server Enterprise, license included")},
        {"RunInstances:0200", tr("Linux with SQL Server Web, license included")},
    };
    for (const auto &[value, text] : operations)
        m_usageOperation->addItem(QStringLiteral("%1 — %2").arg(QString::fromLatin1(value), text),
                                  QString::fromLatin1(value));
    addField(form, tr("&Usage operation:"), m_usageOperation,
             label("usageOperationDiagnosticLabel", QStringLiteral("UsageOperation")));
    m_licensingHelp = new QLabel(m_imageOnly);
    m_licensingHelp->setObjectName(QStringLiteral("licensingHelpLabel"));
    m_licensingHelp->setWordWrap(true);
    form->addRow(QString(), m_licensingHelp);
    m_licenseArns = new QPlainTextEdit(m_imageOnly);
    m_licenseArns->setObjectName(QStringLiteral("licenseArnsTextEdit"));
    m_licenseArns->setTabChangesFocus(true);
    m_licenseArns->setPlaceholderText(tr("One License Manager configuration ARN per line"));
    m_licenseArns->setMaximumHeight(60);
    addField(form, tr("License &configurations:"), m_licenseArns,
             label("licenseArnsDiagnosticLabel", QStringLiteral("LicenseSpecifications")));
    m_hypervisor =
        valueComboBox(m_imageOnly, "hypervisorComboBox",
                      {{tr("Not set"), QString()}, {QStringLiteral("xen"), QStringLiteral("xen")}});
    addField(form, tr("&Hypervisor:"), m_hypervisor,
             label("hypervisorDiagnosticLabel", QStringLiteral("Hypervisor")));
    layout->addWidget(m_imageOnly);

    auto *common = new QFormLayout;
    m_roleName = new QLineEdit(this);
    m_roleName->setObjectName(QStringLiteral("roleNameLineEdit"));
    m_roleName->setPlaceholderText(QStringLiteral("vmimport"));
    addField(common, tr("Service &role:"), m_roleName,
             label("roleNameDiagnosticLabel", QStringLiteral("RoleName")));
    m_description = new QLineEdit(this);
    m_description->setObjectName(QStringLiteral("descriptionLineEdit"));
    addField(common, tr("&Description:"), m_description,
             label("descriptionDiagnosticLabel", QStringLiteral("Description")));
    layout->addLayout(common);
    m_registerImage = new RegisterImageGroup(this, [this](const char *name, const QString &field) {
        return diagnosticLabel(QString::fromLatin1(name), {field});
    });
    layout->addWidget(m_registerImage);
    layout->addWidget(exactDiagnosticLabel(QStringLiteral("registerImageDiagnosticLabel"),
                                           QStringLiteral("afterImport.registerImage")));
    layout->addStretch(1);
    ownFields({QStringLiteral("ClientData")});

    for (QComboBox *box : {m_platform, m_architecture, m_bootMode, m_licensing, m_hypervisor})
        connect(box, &QComboBox::currentIndexChanged, this, &SystemPage::store);
    connect(m_usageOperation, &QComboBox::currentTextChanged, this, &SystemPage::store);
    connect(m_licenseArns, &QPlainTextEdit::textChanged, this, &SystemPage::store);
    connect(m_roleName, &QLineEdit::textChanged, this, &SystemPage::store);
    connect(m_description, &QLineEdit::textChanged, this, &SystemPage::store);
    connect(m_registerImage, &RegisterImageGroup::edited, this, &SystemPage::storeRegisterImage);
}

void SystemPage::load()
{
    const bool image = settings().operation == ImportOperation::ImportImage;
    setSubTitle(image ? tr("What the disks hold and how it is licensed. \"Detect\" lets VM Import decide.")
                      : tr("A snapshot import does not look at the operating system."));
    m_imageOnly->setVisible(image);
    // Shown for a snapshot import, and for any other whose profile asks for it (to take it off).
    m_registerImage->setVisible(settings().operation == ImportOperation::ImportSnapshot ||
                                settings().afterImport.registerImage);
    m_registerImage->load(settings().afterImport.registerImage);
    ImportSettings &s = editableSettings();
    // The boot mode the inspector found on the first disk, unless the user chose one.
    if (image && !s.ec2.bootMode) {
        const auto first = importWizard()->inspections().constFind(0);
        if (first != importWizard()->inspections().cend() &&
            (first->bootModeHint == u"uefi" || first->bootModeHint == u"legacy-bios")) {
            s.ec2.bootMode = first->bootModeHint;
            importWizard()->settingsEdited();
        }
    }
    const Ec2ImportRequest &r = s.ec2;
    selectValue(m_platform, r.platform.value_or(QString()));
    selectValue(m_architecture, r.architecture.value_or(QString()));
    selectValue(m_bootMode, r.bootMode.value_or(QString()));
    selectValue(m_hypervisor, r.hypervisor.value_or(QString()));
    selectValue(m_licensing, r.usageOperation ? ByUsageOperation : r.licenseType.value_or(Automatic));
    if (r.usageOperation)
        selectValue(m_usageOperation, *r.usageOperation);
    QStringList arns;
    for (const LicenseSpecification &spec : r.licenseSpecifications)
        arns.append(spec.licenseConfigurationArn.value_or(QString()));
    m_licenseArns->setPlainText(arns.join(QLatin1Char('\n')));
    m_roleName->setText(r.roleName.value_or(QString()));
    m_description->setText(r.description.value_or(QString()));
    explainLicensing();
}

void SystemPage::store()
{
    explainLicensing();
    if (m_loading)
        return;
    Ec2ImportRequest &r = editableSettings().ec2;
    r.roleName = optionalText(m_roleName->text());
    r.description = optionalText(m_description->text());
    if (settings().operation == ImportOperation::ImportImage) {
        r.platform = optionalText(currentValue(m_platform));
        r.architecture = optionalText(currentValue(m_architecture));
        r.bootMode = optionalText(currentValue(m_bootMode));
        r.hypervisor = optionalText(currentValue(m_hypervisor));
        const QString licensing = currentValue(m_licensing);
        r.licenseType =
            licensing == LicenseAws || licensing == LicenseByol ? std::optional(licensing) : std::nullopt;
        r.usageOperation =
            licensing == ByUsageOperation ? optionalText(currentValue(m_usageOperation)) : std::nullopt;
        r.licenseSpecifications.clear();
        static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
        for (const QString &arn : m_licenseArns->toPlainText().split(separators, Qt::SkipEmptyParts))
            r.licenseSpecifications.append({arn});
    }
    edited();
}

void SystemPage::storeRegisterImage()
{
    if (m_loading)
        return;
    std::optional<RegisterImageSettings> &image = editableSettings().afterImport.registerImage;
    if (m_registerImage->isChecked() && !image) {
        // Newly checked: start from sensible values rather than EC2's i386 on gp2.
        image = RegisterImageGroup::defaults();
        m_registerImage->load(image);
    } else {
        image = m_registerImage->value(image);
    }
    edited();
}

void SystemPage::explainLicensing()
{
    const QString licensing = currentValue(m_licensing);
    m_usageOperation->setEnabled(licensing == ByUsageOperation);
    if (licensing == LicenseAws)
        m_licensingHelp->setText(tr("AWS bills the Windows license by the hour. Windows Server only."));
    else if (licensing == LicenseByol)
        m_licensingHelp->setText(
            tr("You bring your own license (Linux, Windows client editions, or Windows with "
               "your Microsoft agreement)."));
    else if (licensing == ByUsageOperation)
        m_licensingHelp->setText(
            tr("The billing code the AMI gets; say exactly which product is licensed how."));
    else
        m_licensingHelp->setText(tr("VM Import decides from the operating system. AWS recommends choosing."));
}

} // namespace vmi::ui
