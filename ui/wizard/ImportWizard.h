#pragma once

#include "models/Diagnostic.h"
#include "models/ImportSettings.h"
#include "models/InspectedDisk.h"

#include <QMap>
#include <QWizard>

namespace vmi::aws {
class AwsClient;
}
namespace vmi::import {
class AwsSession;
}

namespace vmi::ui {

// The import wizard: one ImportSettings edited by one page per step, validated by the shared
// Validator on every edit. The flow depends on the kind of import:
//   ImportImage, ImportSnapshot: Start, Disks, Upload, System, Encryption, Tags, Review
//   ImportDiskImage:             Start, Disks (the ISO), Upload, Image Builder, Tags, Review
// "Start import" hands the final settings (local files' targets filled in, a client token
// made) to whoever runs imports, through importRequested(); the wizard itself uploads and
// submits nothing.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        StartPageId,
        DisksPageId,
        UploadPageId,
        SystemPageId,
        ImageBuilderPageId,
        EncryptionPageId,
        TagsPageId,
        ReviewPageId,
    };

    explicit ImportWizard(import::AwsSession *session, QWidget *parent = nullptr);
    ~ImportWizard() override;

    const ImportSettings &settings() const { return m_settings; }
    ImportSettings &editableSettings() { return m_settings; }
    // Pages call this after every change to settings(): revalidates, tells every page.
    void settingsEdited();
    // Replaces everything (a loaded profile); pages reload their fields.
    void replaceSettings(const ImportSettings &settings, const QString &profileName = {});
    QString profileName() const { return m_profileName; }
    void setProfileName(const QString &name) { m_profileName = name; }

    void setInspections(const QMap<qsizetype, InspectedDisk> &inspections);
    const QMap<qsizetype, InspectedDisk> &inspections() const { return m_inspections; }
    const QList<Diagnostic> &diagnostics() const { return m_diagnostics; }

    // The client for the chosen AWS profile and Region; null with the reason in *error.
    aws::AwsClient *client(QString *error = nullptr) const;
    import::AwsSession *session() const { return m_session;
}

    int nextId() const override;

Q_SIGNALS:
void diagnosticsChanged();
void settingsReplaced();
void importRequested(const vmi::ImportSettings &settings);

protected:
void done(int result) override;

private:
void restoreChoices();
void saveChoices() const;

import::AwsSession *m_session;
ImportSettings m_settings;
QString m_profileName;
QMap<qsizetype, InspectedDisk> m_inspections;
QList<Diagnostic> m_diagnostics;
}; // namespace vmi::ui

} // namespace vmi::ui
