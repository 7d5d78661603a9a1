#include "models/TagTableModel.h"

#include <QRegularExpression>

namespace vmi {

TagTableModel::TagTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

QString TagTableModel::taskResourceType(ImportOperation operation)
{
    return operation == ImportOperation::ImportSnapshot ? QStringLiteral("import-snapshot-task")
                                                        : QStringLiteral("import-image-task");
}

void TagTableModel::load(const ImportSettings &settings)
{
    m_operation = settings.operation;
    QList<Tag> tags;
    if (settings.operation == ImportOperation::ImportDiskImage) {
        for (auto it = settings.imageBuilder.tags.cbegin(); it != settings.imageBuilder.tags.cend(); ++it)
            tags.append({it.key(), it.value()});
    } else {
        const QString type = taskResourceType(settings.operation);
        for (const TagSpecification &specification : settings.ec2.tagSpecifications) {
            if (specification.resourceType.value_or(type) == type) {
                tags = specification.tags;
                break;
            }
        }
    }
    setTags(tags);
}

void TagTableModel::store(ImportSettings &settings) const
{
    if (settings.operation == ImportOperation::ImportDiskImage) {
        settings.imageBuilder.tags.clear();
        for (const Tag &tag : m_tags)
            settings.imageBuilder.tags.insert(tag.key.value_or(QString()), tag.value.value_or(QString()));
        return;
    }
    const QString type = taskResourceType(settings.operation);
    QList<TagSpecification> &specifications = settings.ec2.tagSpecifications;
    const auto found =
        std::find_if(specifications.begin(), specifications.end(),
                     [&](const TagSpecification &s) { return s.resourceType.value_or(type) == type; });
    if (m_tags.isEmpty()) {
        if (found != specifications.end())
            specifications.erase(found);
    } else if (found != specifications.end()) {
        found->tags = m_tags;
    } else {
        specifications.append({type, m_tags});
    }
}

void TagTableModel::setTags(const QList<Tag> &tags)
{
    beginResetModel();
    m_tags = tags;
    endResetModel();
}

int TagTableModel::addTag(const QString &key, const QString &value)
{
    const int row = int(m_tags.size());
    beginInsertRows({}, row, row);
    m_tags.append({key, value});
    endInsertRows();
    return row;
}

int TagTableModel::paste(const QString &text)
{
    QList<Tag> parsed;
    static const QRegularExpression lineBreak(QStringLiteral("\r\n|\r|\n"));
    for (const QString &line : text.split(lineBreak, Qt::SkipEmptyParts)) {
        if (line.trimmed().isEmpty())
            continue;
        qsizetype separator = line.indexOf(QLatin1Char('='));
        const qsizetype tab = line.indexOf(QLatin1Char('\t'));
        if (tab >= 0 && (separator < 0 || tab < separator))
            separator = tab;
        if (separator < 0)
            parsed.append({line.trimmed(), QString()});
        else
            parsed.append({line.left(separator).trimmed(), line.mid(separator + 1).trimmed()});
    }
    if (parsed.isEmpty())
        return 0;
    const int first = int(m_tags.size());
    beginInsertRows({}, first, first + int(parsed.size()) - 1);
    m_tags += parsed;
    endInsertRows();
    return int(parsed.size());
}

int TagTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tags.size());
}

int TagTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TagTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) ||
        (role != Qt::DisplayRole && role != Qt::EditRole))
        return {};
    const Tag &tag = m_tags[index.row()];
    return index.column() == KeyColumn ? tag.key.value_or(QString()) : tag.value.value_or(QString());
}

QVariant TagTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    return section == KeyColumn ? tr("Key") : tr("Value");
}

Qt::ItemFlags TagTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

bool TagTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    Tag &tag = m_tags[index.row()];
    (index.column() == KeyColumn ? tag.key : tag.value) = value.toString();
    Q_EMIT dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    return true;
}

bool TagTableModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || row > m_tags.size() || count <= 0)
        return false;
    beginInsertRows(parent, row, row + count - 1);
    for (int i = 0; i < count; ++i)
        m_tags.insert(row, Tag{QString(), QString()});
    endInsertRows();
    return true;
}

bool TagTableModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > m_tags.size())
        return false;
    beginRemoveRows(parent, row, row + count - 1);
    m_tags.remove(row, count);
    endRemoveRows();
    return true;
}

} // namespace vmi
