#pragma once

#include "models/ImportSettings.h"

#include <QAbstractTableModel>

namespace vmi {

// The tags of one import as an editable key/value table. Lines of key=value text can be
// pasted in. load() and store() map it to the operation's request: the TagSpecification of
// the import task for EC2 (other specifications are kept as they are), the tags map for
// Image Builder.
class TagTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        KeyColumn,
        ValueColumn,
        ColumnCount
    };

    explicit TagTableModel(QObject *parent = nullptr);

    void load(const ImportSettings &settings);
    void store(ImportSettings &settings) const;

    QList<Tag> tags() const { return m_tags; }
    void setTags(const QList<Tag> &tags);
    int addTag(const QString &key = {}, const QString &value = {});

    // Appends one tag per non-blank line: "key=value", "key<TAB>value" (a spreadsheet's
    // copy) or a bare key (empty value). Whitespace around key and value is dropped; only the
    // first separator splits, so values may hold '='. Returns the number of tags added.
    int paste(const QString &text);

    // The TagSpecification ResourceType of the operation's task.
    static QString taskResourceType(ImportOperation operation);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

private:
    ImportOperation m_operation = ImportOperation::ImportImage;
    QList<Tag> m_tags;
};

} // namespace vmi
