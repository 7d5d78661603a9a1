#pragma once

#include "models/Diagnostic.h"
#include "models/ImportSettings.h"

#include <QWizardPage>

class QLabel;

namespace vmi::ui {

class ImportWizard;

// What every page of the import wizard shares: the settings it edits, and the Validator's
// diagnostics shown beside the fields they name. A page owns field paths (prefixes such as
// "upload.bucket" or "DiskContainers"); Next stays disabled while one of them has an error,
// and warnings never block.
class WizardPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit WizardPage(ImportWizard *wizard);

    bool isComplete() const override;
    void initializePage() override;
    void cleanupPage() override {} // the settings are the state: Back keeps what was typed

    // Whether `field` is `prefix` or lies under it ("DiskContainers[0].Format" under "DiskContainers").
    static bool fieldUnder(const QString &field, const QString &prefix);
    // Diagnostics as the labels show them: severity, message, hint.
    static QString diagnosticText(const QList<Diagnostic> &diagnostics);
    // The style sheet of a diagnostic label: an error's colour or a warning's, for the palette.
    static QString diagnosticStyle(bool error);

protected:
    ImportWizard *importWizard() const { return m_wizard; }
    const ImportSettings &settings() const;
    ImportSettings &editableSettings();
    // Call after changing editableSettings(); ignored while load() fills the fields.
    void edited();

    // The page's icon (an SVG in the resources) as the wizard's logo in the page header, drawn
    // for the screen's pixel ratio.
    void setIcon(const QString &resource);

    // Fills the fields from settings(); called on entering the page and after a profile load.
    virtual void load() = 0;

    // A label under a field that shows the diagnostics of `prefixes`; the page then owns them.
    QLabel *diagnosticLabel(const QString &objectName, const QStringList &prefixes);
    // The same for diagnostics of exactly `field`, not of the members under it (a group's own
    // diagnostic, when its members have labels of their own).
    QLabel *exactDiagnosticLabel(const QString &objectName, const QString &field);
    // Fields the page owns without a label of their own (shown by the page's other labels).
    void ownFields(const QStringList &prefixes);
    // Findings of the page's own AWS lookups (a bucket in another Region), shown and
    // counted like the Validator's.
    void setLookupDiagnostics(const QList<Diagnostic> &diagnostics);
    QList<Diagnostic> pageDiagnostics() const;

    bool m_loading = false;

private:
    void showDiagnostics();

    struct Binding
    {
        QLabel *label;
        QStringList prefixes;
        bool exact = false;
    };
    bool shows(const Binding &binding, const Diagnostic &diagnostic) const;
    ImportWizard *m_wizard;
    QList<Binding> m_bindings;
    QStringList m_owned;
    QList<Diagnostic> m_lookup;
};

// Sets m_loading for a scope, so signals of fields being filled do not count as edits.
class LoadingScope
{
public:
    explicit LoadingScope(bool &flag)
        : m_flag(flag)
        , m_old(flag)
    {
        m_flag = true;
    }
    ~LoadingScope() { m_flag = m_old; }
    LoadingScope(const LoadingScope &) = delete;
    LoadingScope &operator=(const LoadingScope &) = delete;

private:
    bool &m_flag;
    bool m_old;
};

} // namespace vmi::ui
