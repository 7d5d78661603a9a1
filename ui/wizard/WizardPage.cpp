#include "ui/wizard/WizardPage.h"

#include "ui/Application.h"
#include "ui/wizard/ImportWizard.h"

#include <QGuiApplication>
#include <QIcon>
#include <QLabel>

namespace vmi::ui {

WizardPage::WizardPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    connect(wizard, &ImportWizard::diagnosticsChanged, this, [this] {
        showDiagnostics();
        Q_EMIT completeChanged();
    });
    connect(wizard, &ImportWizard::settingsReplaced, this, [this] {
        const LoadingScope scope(m_loading);
        load();
    });
}

const ImportSettings &WizardPage::settings() const
{
    return m_wizard->settings();
}

ImportSettings &WizardPage::editableSettings()
{
    return m_wizard->editableSettings();
}

void WizardPage::edited()
{
    if (!m_loading)
        m_wizard->settingsEdited();
}

void WizardPage::initializePage()
{
    {
        const LoadingScope scope(m_loading);
        load();
    }
    showDiagnostics();
}

void WizardPage::setIcon(const QString &resource)
{
    constexpr int LogoSize = 48;
    setPixmap(QWizard::LogoPixmap,
              QIcon(resource).pixmap(QSize(LogoSize, LogoSize), qGuiApp->devicePixelRatio()));
}

QString WizardPage::diagnosticStyle(bool error)
{
    // Red and amber that stay readable (4.5:1 or more) on light and on dark windows.
    if (paletteIsDark())
        return error ? QStringLiteral("color: #ff7b7b;") : QStringLiteral("color: #e8b84a;");
    return error ? QStringLiteral("color: #c4232b;") : QStringLiteral("color: #8a6100;");
}

bool WizardPage::fieldUnder(const QString &field, const QString &prefix)
{
    if (!field.startsWith(prefix))
        return false;
    if (field.size() == prefix.size())
        return true;
    const QChar next = field.at(prefix.size());
    return next == u'.' || next == u'[';
}

QString WizardPage::diagnosticText(const QList<Diagnostic> &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics) {
        const QString severity = d.severity == Diagnostic::Severity::Error     ? tr("Error")
                                 : d.severity == Diagnostic::Severity::Warning ? tr("Warning")
                                                                               : tr("Note");
        QString line = severity + QStringLiteral(": ") + d.message;
        if (!d.hint.isEmpty())
            line += QLatin1Char(' ') + d.hint;
        lines.append(line);
    }
    return lines.join(QLatin1Char('\n'));
}

QLabel *WizardPage::diagnosticLabel(const QString &objectName, const QStringList &prefixes)
{
    auto *label = new QLabel(this);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setVisible(false);
    m_bindings.append({label, prefixes});
    m_owned += prefixes;
    return label;
}

QLabel *WizardPage::exactDiagnosticLabel(const QString &objectName, const QString &field)
{
    QLabel *label = diagnosticLabel(objectName, {field});
    m_bindings.last().exact = true;
    return label;
}

bool WizardPage::shows(const Binding &binding, const Diagnostic &diagnostic) const
{
    return std::any_of(binding.prefixes.cbegin(), binding.prefixes.cend(), [&](const QString &p) {
        return binding.exact ? diagnostic.field == p : fieldUnder(diagnostic.field, p);
    });
}

void WizardPage::ownFields(const QStringList &prefixes)
{
    m_owned += prefixes;
}

void WizardPage::setLookupDiagnostics(const QList<Diagnostic> &diagnostics)
{
    m_lookup = diagnostics;
    showDiagnostics();
    Q_EMIT completeChanged();
}

QList<Diagnostic> WizardPage::pageDiagnostics() const
{
    QList<Diagnostic> mine;
    for (const Diagnostic &d : m_wizard->diagnostics() + m_lookup) {
        if (std::any_of(m_owned.cbegin(), m_owned.cend(),
                        [&](const QString &p) { return fieldUnder(d.field, p); }))
            mine.append(d);
    }
    return mine;
}

bool WizardPage::isComplete() const
{
    return !hasErrors(pageDiagnostics());
}

void WizardPage::showDiagnostics()
{
    const QList<Diagnostic> all = m_wizard->diagnostics() + m_lookup;
    for (const Binding &binding : std::as_const(m_bindings)) {
        QList<Diagnostic> shown;
        for (const Diagnostic &d : all) {
            if (shows(binding, d))
                shown.append(d);
        }
        // Errors first: they are what keeps Next disabled.
        std::stable_sort(shown.begin(), shown.end(),
                         [](const Diagnostic &a, const Diagnostic &b) { return a.severity < b.severity; });
        binding.label->setText(diagnosticText(shown));
        binding.label->setVisible(!shown.isEmpty());
        const bool error = hasErrors(shown);
        binding.label->setStyleSheet(diagnosticStyle(error));
        binding.label->setAccessibleDescription(binding.label->text());
    }
}

} // namespace vmi::ui
