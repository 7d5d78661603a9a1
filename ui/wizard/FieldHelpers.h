#pragma once

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include <optional>

namespace vmi::ui {

// Small helpers the pages share to build labelled fields with their diagnostics underneath.

// Empty text means "not sent": the member stays unset rather than empty.
inline std::optional<QString> optionalText(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() ? std::nullopt : std::optional<QString>(trimmed);
}

// Adds "label: field" with `diagnostics` under the field; the label's mnemonic focuses it.
inline void addField(QFormLayout *form, const QString &labelText, QWidget *field, QLabel *diagnostics)
{
    auto *label = new QLabel(labelText, field->parentWidget());
    label->setBuddy(field);
    if (field->accessibleName().isEmpty())
        field->setAccessibleName(QString(labelText).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    auto *column = new QVBoxLayout;
    column->addWidget(field);
    if (diagnostics)
        column->addWidget(diagnostics);
    form->addRow(label, column);
}

// A combo box of (shown text, value) pairs; the value is the item data.
inline QComboBox *valueComboBox(QWidget *parent, const char *name,
                                const QList<std::pair<QString, QString>> &items)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(QString::fromLatin1(name));
    for (const auto &[text, value] : items)
        box->addItem(text, value);
    return box;
}

inline void selectValue(QComboBox *box, const QString &value)
{
    const int index = box->findData(value);
    if (index >= 0)
        box->setCurrentIndex(index);
    else if (box->isEditable())
        box->setCurrentText(value);
}

inline QString currentValue(const QComboBox *box)
{
    if (box->isEditable() && box->currentText() != box->itemText(box->currentIndex()))
        return box->currentText().trimmed();
    const QVariant data = box->currentData();
    return data.isValid() ? data.toString() : box->currentText().trimmed();
}

} // namespace vmi::ui
