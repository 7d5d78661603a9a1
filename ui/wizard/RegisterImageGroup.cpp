#include "ui/wizard/RegisterImageGroup.h"

#include "ui/wizard/FieldHelpers.h"

#include <QCheckBox>
#include <QScopedValueRollback>

namespace vmi::ui {

namespace {
const QString RegisterImagePath = QStringLiteral("afterImport.registerImage.");
const QString ImdsV2 = QStringLiteral("v2.0");
const QString TpmV2 = QStringLiteral("v2.0");

// Selects `value`, adding it first when the list does not offer it (a profile's own value).
void selectOrAdd(QComboBox *box, const QString &value)
{
    if (box->findData(value) < 0)
        box->addItem(value, value);
    box->setCurrentIndex(box->findData(value));
}
} // namespace

RegisterImageGroup::RegisterImageGroup(QWidget *parent, const DiagnosticLabelFactory &diagnosticLabel)
    : QGroupBox(tr("Re&gister an AMI from the snapshot afterwards"), parent)
{
    setObjectName(QStringLiteral("registerImageGroupBox"));
    setCheckable(true);
    setChecked(false);
    setToolTip(tr("RegisterImage makes an AMI whose root volume is the imported snapshot: the way to "
                  "an AMI for systems ImportImage refuses (arm64, UEFI only, other kernels)."));
    auto *form = new QFormLayout(this);
    const auto label = [&](const char *name, const char *member) {
        return diagnosticLabel(name, RegisterImagePath + QString::fromLatin1(member));
    };
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("registerNameLineEdit"));
    m_name->setPlaceholderText(tr("3 to 128 characters, unique in the Region"));
    addField(form, tr("AMI na&me:"), m_name, label("registerNameDiagnosticLabel", "Name"));
    m_description = new QLineEdit(this);
    m_description->setObjectName(QStringLiteral("registerDescriptionLineEdit"));
    addField(form, tr("AMI descr&iption:"), m_description,
             label("registerDescriptionDiagnosticLabel", "Description"));
    m_architecture = valueComboBox(this, "registerArchitectureComboBox",
                                   {{tr("Not set (EC2 assumes i386)"), QString()},
                                    {QStringLiteral("x86_64"), QStringLiteral("x86_64")},
                                    {QStringLiteral("arm64"), QStringLiteral("arm64")},
                                    {QStringLiteral("i386"), QStringLiteral("i386")}});
    addField(form, tr("Arc&hitecture:"), m_architecture,
             label("registerArchitectureDiagnosticLabel", "Architecture"));
    m_bootMode = valueComboBox(this, "registerBootModeComboBox",
                               {{tr("Not set (the instance type's default)"), QString()},
                                {tr("Legacy BIOS"), QStringLiteral("legacy-bios")},
                                {tr("UEFI"), QStringLiteral("uefi")},
                                {tr("UEFI preferred"), QStringLiteral("uefi-preferred")}});
    addField(form, tr("Boot m&ode:"), m_bootMode, label("registerBootModeDiagnosticLabel", "BootMode"));

    m_ena = new QCheckBox(tr("&ENA (enhanced networking; Nitro instances need it)"), this);
    m_ena->setObjectName(QStringLiteral("registerEnaCheckBox"));
    m_imdsV2 = new QCheckBox(tr("Require IMDSv&2 on instances launched from it"), this);
    m_imdsV2->setObjectName(QStringLiteral("registerImdsV2CheckBox"));
    m_tpm = new QCheckBox(tr("Nitro&TPM (TPM 2.0; needs UEFI)"), this);
    m_tpm->setObjectName(QStringLiteral("registerTpmCheckBox"));
    form->addRow(QString(), m_ena);
    form->addRow(QString(), m_imdsV2);
    auto *tpmColumn = new QVBoxLayout;
    tpmColumn->addWidget(m_tpm);
    tpmColumn->addWidget(label("registerTpmDiagnosticLabel", "TpmSupport"));
    form->addRow(QString(), tpmColumn);
    form->addRow(QString(), label("registerImdsDiagnosticLabel", "ImdsSupport"));

    m_rootDevice = new QLineEdit(this);
    m_rootDevice->setObjectName(QStringLiteral("registerRootDeviceLineEdit"));
    m_rootDevice->setPlaceholderText(QStringLiteral("/dev/xvda"));
    addField(form, tr("Root de&vice name:"), m_rootDevice,
             label("registerRootDeviceDiagnosticLabel", "RootDeviceName"));
    m_volumeType = valueComboBox(this, "registerVolumeTypeComboBox",
                                 {{tr("Not set (gp2)"), QString()},
                                  {tr("gp3 (general purpose SSD)"), QStringLiteral("gp3")},
                                  {tr("gp2 (general purpose SSD, older)"), QStringLiteral("gp2")},
                                  {tr("io2 (provisioned IOPS SSD)"), QStringLiteral("io2")},
                                  {tr("io1 (provisioned IOPS SSD, older)"), QStringLiteral("io1")},
                                  {tr("st1 (throughput HDD)"), QStringLiteral("st1")},
                                  {tr("sc1 (cold HDD)"), QStringLiteral("sc1")},
                                  {tr("standard (magnetic)"), QStringLiteral("standard")}});
    addField(form, tr("Root vol&ume type:"), m_volumeType,
             label("registerVolumeTypeDiagnosticLabel", "VolumeType"));

    const auto changed = [this] {
        if (!m_loading)
            Q_EMIT edited();
    };
    for (QLineEdit *edit : {m_name, m_description, m_rootDevice})
        connect(edit, &QLineEdit::textChanged, this, changed);
    for (QComboBox *box : {m_architecture, m_bootMode, m_volumeType})
        connect(box, &QComboBox::currentIndexChanged, this, changed);
    for (QCheckBox *box : {m_ena, m_imdsV2, m_tpm})
        connect(box, &QCheckBox::toggled, this, changed);
    connect(this, &QGroupBox::toggled, this, changed);
}

RegisterImageSettings RegisterImageGroup::defaults()
{
    RegisterImageSettings image;
    image.architecture = QStringLiteral("x86_64");
    image.enaSupport = true;
    image.volumeType = QStringLiteral("gp3");
    return image;
}

void RegisterImageGroup::load(const std::optional<RegisterImageSettings> &image)
{
    const QScopedValueRollback<bool> loading(m_loading, true);
    setChecked(image.has_value());
    if (!image)
        return;
    m_name->setText(image->name.value_or(QString()));
    m_description->setText(image->description.value_or(QString()));
    selectOrAdd(m_architecture, image->architecture.value_or(QString()));
    selectOrAdd(m_bootMode, image->bootMode.value_or(QString()));
    selectOrAdd(m_volumeType, image->volumeType.value_or(QString()));
    m_ena->setChecked(image->enaSupport.value_or(false));
    m_imdsV2->setChecked(image->imdsSupport == ImdsV2);
    m_tpm->setChecked(image->tpmSupport == TpmV2);
    m_rootDevice->setText(image->rootDeviceName.value_or(QString()));
}

std::optional<RegisterImageSettings>
RegisterImageGroup::value(const std::optional<RegisterImageSettings> &previous) const
{
    if (!isChecked())
        return std::nullopt;
    RegisterImageSettings image;
    image.name = optionalText(m_name->text());
    image.description = optionalText(m_description->text());
    image.architecture = optionalText(currentValue(m_architecture));
    image.bootMode = optionalText(currentValue(m_bootMode));
    image.volumeType = optionalText(currentValue(m_volumeType));
    image.rootDeviceName = optionalText(m_rootDevice->text());
    // Unchecked is "not sent" unless the profile said false: keep what it said.
    const bool explicitlyOff = previous && previous->enaSupport == false;
    image.enaSupport =
        m_ena->isChecked() ? std::optional(true) : (explicitlyOff ? std::optional(false) : std::nullopt);
    // Other values than v2.0 are errors the Validator shows; keep them until the box is used.
    image.imdsSupport =
        m_imdsV2->isChecked()
            ? std::optional(ImdsV2)
            : (previous && previous->imdsSupport != ImdsV2 ? previous->imdsSupport : std::nullopt);
    image.tpmSupport = m_tpm->isChecked() ? std::optional(TpmV2)
                                          : (previous && previous->tpmSupport != TpmV2 ? previous->tpmSupport
                                                                                       : std::nullopt);
    return image;
}

} // namespace vmi::ui
