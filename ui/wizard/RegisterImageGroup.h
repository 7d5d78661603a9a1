#pragma once

#include "models/ImportSettings.h"

#include <QGroupBox>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace vmi::ui {

// "Register an AMI from the snapshot afterwards": the checkable group on the System page of a
// snapshot import that edits afterImport.registerImage (RegisterImage's Name, Description,
// Architecture, BootMode, EnaSupport, ImdsSupport, TpmSupport, RootDeviceName and the root
// volume's type). Unchecked means no RegisterImage. Values a profile holds that the lists do
// not offer are kept and shown, so loading and saving changes nothing.
class RegisterImageGroup : public QGroupBox
{
    Q_OBJECT

public:
    // Makes the label that shows the diagnostics of one field ("afterImport.registerImage.Name").
    using DiagnosticLabelFactory = std::function<QLabel *(const char *objectName, const QString &field)>;

    RegisterImageGroup(QWidget *parent, const DiagnosticLabelFactory &diagnosticLabel);

    // Fills the fields; nullopt unchecks the group (and leaves the fields as they were).
    void load(const std::optional<RegisterImageSettings> &image);
    // What the fields say; `previous` keeps an explicit "false" of a loaded profile when the
    // ENA box is unchecked.
    std::optional<RegisterImageSettings> value(const std::optional<RegisterImageSettings> &previous) const;

    // What a newly checked group starts from: an x86_64 AMI with ENA on a gp3 root volume.
    static RegisterImageSettings defaults();

Q_SIGNALS:
    // A field was edited by the user (not by load()).
    void edited();

private:
    bool m_loading = false;
    QLineEdit *m_name;
    QLineEdit *m_description;
    QComboBox *m_architecture;
    QComboBox *m_bootMode;
    QCheckBox *m_ena;
    QCheckBox *m_imdsV2;
    QCheckBox *m_tpm;
    QLineEdit *m_rootDevice;
    QComboBox *m_volumeType;
};

} // namespace vmi::ui
