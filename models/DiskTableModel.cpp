#include "models/DiskTableModel.h"

#include "models/S3Names.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMimeData>
#include <QUrl>

namespace vmi {

namespace {

// The format AWS expects for what the inspector calls the file (upper case for EC2).
QString apiFormatOf(ImportOperation operation, const QString &inspectorFormat)
{
    const QString upper = inspectorFormat.toUpper();
    return acceptedDiskFormats(operation).contains(upper) ? upper : QString();
}

} // namespace

DiskTableModel::DiskTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void DiskTableModel::setOperation(ImportOperation operation)
{
    if (operation == m_operation)
        return;
    beginResetModel();
    m_operation = operation;
    if (m_operation == ImportOperation::ImportDiskImage && m_disks.size() > 1)
        m_disks.resize(1);
    endResetModel();
}

void DiskTableModel::load(const ImportSettings &settings)
{
    beginResetModel();
    m_operation = settings.operation;
    m_disks.clear();
    const QStringList &files = settings.upload.localFiles;
    if (settings.operation == ImportOperation::ImportDiskImage) {
        Disk iso;
        iso.localFile = files.value(0);
        iso.container.url = settings.imageBuilder.uri;
        if (!iso.localFile.isEmpty() || iso.container.url)
            m_disks.append(iso);
    } else {
        for (qsizetype i = 0; i < settings.ec2.diskContainers.size(); ++i)
            m_disks.append({settings.ec2.diskContainers[i], files.value(i), std::nullopt});
    }
    endResetModel();
}

void DiskTableModel::store(ImportSettings &settings) const
{
    QStringList files;
    for (const Disk &disk : m_disks)
        files.append(disk.localFile);
    const bool anyFile =
        std::any_of(files.cbegin(), files.cend(), [](const QString &f) { return !f.isEmpty(); });
    settings.upload.localFiles = anyFile ? files : QStringList();
    if (m_operation == ImportOperation::ImportDiskImage) {
        settings.imageBuilder.uri = m_disks.isEmpty() || !m_disks.first().localFile.isEmpty()
                                        ? std::nullopt
                                        : m_disks.first().container.url;
        return;
    }
    settings.ec2.diskContainers.clear();
    for (const Disk &disk : m_disks)
        settings.ec2.diskContainers.append(disk.container);
}

int DiskTableModel::append(Disk disk)
{
    if (m_operation == ImportOperation::ImportDiskImage && !m_disks.isEmpty()) {
        m_disks[0] = std::move(disk);
        Q_EMIT dataChanged(index(0, 0), index(0, ColumnCount - 1));
        return 0;
    }
    const int row = int(m_disks.size());
    beginInsertRows({}, row, row);
    m_disks.append(std::move(disk));
    endInsertRows();
    return row;
}

int DiskTableModel::addLocalFile(const QString &path)
{
    Disk disk;
    disk.localFile = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    return append(disk);
}

int DiskTableModel::addS3Object(const QString &bucket, const QString &key)
{
    Disk disk;
    if (m_operation == ImportOperation::ImportDiskImage)
        disk.container.url = QStringLiteral("s3://%1/%2").arg(bucket, key);
    else
        disk.container.userBucket = UserBucket{bucket, key};
    return append(disk);
}

int DiskTableModel::addUrl(const QString &url)
{
    Disk disk;
    disk.container.url = url;
    return append(disk);
}

int DiskTableModel::addSnapshot(const QString &snapshotId)
{
    Disk disk;
    disk.container.snapshotId = snapshotId;
    return append(disk);
}

void DiskTableModel::setInspection(int row, const InspectedDisk &inspected)
{
    if (row < 0 || row >= m_disks.size())
        return;
    Disk &disk = m_disks[row];
    disk.inspected = inspected;
    if (m_operation != ImportOperation::ImportDiskImage && !disk.container.format) {
        const QString format = apiFormatOf(m_operation, inspected.format);
        if (!format.isEmpty())
            disk.container.format = format;
    }
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

std::optional<InspectedDisk> DiskTableModel::inspection(int row) const
{
    return row >= 0 && row < m_disks.size() ? m_disks[row].inspected : std::nullopt;
}

QString DiskTableModel::localFile(int row) const
{
    return row >= 0 && row < m_disks.size() ? m_disks[row].localFile : QString();
}

QMap<qsizetype, InspectedDisk> DiskTableModel::inspections() const
{
    QMap<qsizetype, InspectedDisk> result;
    for (qsizetype i = 0; i < m_disks.size(); ++i) {
        if (m_disks[i].inspected && !m_disks[i].localFile.isEmpty())
            result.insert(i, *m_disks[i].inspected);
    }
    return result;
}

DiskTableModel::SourceKind DiskTableModel::kindOf(const Disk &disk)
{
    if (!disk.localFile.isEmpty())
        return SourceKind::LocalFile;
    if (disk.container.snapshotId)
        return SourceKind::Snapshot;
    if (disk.container.url && !disk.container.url->startsWith(QStringLiteral("s3://")))
        return SourceKind::Url;
    return SourceKind::S3Object;
}

QString DiskTableModel::sourceText(const Disk &disk) const
{
    switch (kindOf(disk)) {
    case SourceKind::LocalFile:
        return QDir::toNativeSeparators(disk.localFile);
    case SourceKind::Snapshot:
        return tr("Snapshot %1").arg(disk.container.snapshotId.value_or(QString()));
    case SourceKind::Url:
        return disk.container.url.value_or(QString());
    case SourceKind::S3Object:
        if (disk.container.userBucket)
            return QStringLiteral("s3://%1/%2")
                .arg(disk.container.userBucket->s3Bucket.value_or(QString()),
                     disk.container.userBucket->s3Key.value_or(QString()));
        return disk.container.url.value_or(QString());
    }
    return {};
}

QString DiskTableModel::findingsText(const Disk &disk)
{
    if (disk.localFile.isEmpty())
        return {};
    if (!disk.inspected)
        return tr("Inspecting…");
    const InspectedDisk &found = *disk.inspected;
    QStringList parts;
    QString format = found.format;
    if (!found.subformat.isEmpty())
        format += QStringLiteral(" (%1)").arg(found.subformat);
    parts.append(format);
    if (found.virtualSize >= 0)
        parts.append(QLocale().formattedDataSize(found.virtualSize));
    if (!found.bootModeHint.isEmpty() && found.bootModeHint != u"unknown")
        parts.append(found.bootModeHint);
    for (const Diagnostic &finding : found.findings)
        parts.append(finding.message);
    return parts.join(QStringLiteral("; "));
}

int DiskTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_disks.size());
}

int DiskTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DiskTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Disk &disk = m_disks[index.row()];
    if (role == SourceKindRole)
        return int(kindOf(disk));
    if (role == LocalFileRole)
        return disk.localFile;
    if (role == Qt::ToolTipRole && index.column() == FindingsColumn)
        return findingsText(disk);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case SourceColumn:
        return sourceText(disk);
    case FormatColumn:
        return disk.container.format.value_or(QString());
    case DeviceNameColumn:
        return disk.container.deviceName.value_or(QString());
    case DescriptionColumn:
        return disk.container.description.value_or(QString());
    case FindingsColumn:
        return findingsText(disk);
    }
    return {};
}

QVariant DiskTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case SourceColumn:
        return tr("Source");
    case FormatColumn:
        return tr("Format");
    case DeviceNameColumn:
        return tr("Device name");
    case DescriptionColumn:
        return tr("Description");
    case FindingsColumn:
        return tr("Found in the file");
    }
    return {};
}

Qt::ItemFlags DiskTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const bool ec2 = m_operation != ImportOperation::ImportDiskImage;
    const bool snapshot = m_disks[index.row()].container.snapshotId.has_value();
    switch (index.column()) {
    case FormatColumn:
    case DescriptionColumn:
        if (ec2 && !snapshot)
            flags |= Qt::ItemIsEditable;
        break;
    case DeviceNameColumn:
        if (m_operation == ImportOperation::ImportImage)
            flags |= Qt::ItemIsEditable;
        break;
    default:
        break;
    }
    return flags;
}

bool DiskTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) ||
        !(flags(index) & Qt::ItemIsEditable))
        return false;
    const QString text = value.toString().trimmed();
    const std::optional<QString> member = text.isEmpty() ? std::nullopt : std::optional<QString>(text);
    DiskContainer &container = m_disks[index.row()].container;
    switch (index.column()) {
    case FormatColumn:
        container.format = member ? std::optional<QString>(member->toUpper()) : std::nullopt;
        break;
    case DeviceNameColumn:
        container.deviceName = member;
        break;
    case DescriptionColumn:
        container.description = member;
        break;
    default:
        return false;
    }
    Q_EMIT dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    return true;
}

bool DiskTableModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > m_disks.size())
        return false;
    beginRemoveRows(parent, row, row + count - 1);
    m_disks.remove(row, count);
    endRemoveRows();
    return true;
}

bool DiskTableModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                              const QModelIndex &destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count <= 0 || sourceRow < 0 ||
        sourceRow + count > m_disks.size() || destinationChild < 0 || destinationChild > m_disks.size() ||
        (destinationChild >= sourceRow && destinationChild <= sourceRow + count))
        return false;
    beginMoveRows(sourceParent, sourceRow, sourceRow + count - 1, destinationParent, destinationChild);
    const QList<Disk> moved = m_disks.mid(sourceRow, count);
    m_disks.remove(sourceRow, count);
    const int insertAt = destinationChild > sourceRow ? destinationChild - count : destinationChild;
    for (int i = 0; i < count; ++i)
        m_disks.insert(insertAt + i, moved[i]);
    endMoveRows();
    return true;
}

QStringList DiskTableModel::mimeTypes() const
{
    return {QStringLiteral("text/uri-list")};
}

Qt::DropActions DiskTableModel::supportedDropActions() const
{
    return Qt::CopyAction;
}

bool DiskTableModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int, int,
                                     const QModelIndex &) const
{
    const QList<QUrl> urls = data->urls();
    return !urls.isEmpty() &&
           std::all_of(urls.cbegin(), urls.cend(), [](const QUrl &url) { return url.isLocalFile(); });
}

bool DiskTableModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                  const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    for (const QUrl &url : data->urls())
        addLocalFile(url.toLocalFile());
    return true;
}

} // namespace vmi
