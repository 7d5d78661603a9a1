#pragma once

#include "models/ImportSettings.h"
#include "models/InspectedDisk.h"

#include <QAbstractTableModel>

#include <optional>

namespace vmi {

// The disks of one import as a table the wizard edits: where each disk comes from (a local
// file to upload, an S3 object, a URL or an EBS snapshot), its format, device name and
// description, and what the inspector found in a local file. Row order is the request's
// order: the first disk boots. For ImportDiskImage the table holds at most one disk, the ISO.
// Local files can be dropped on it as text/uri-list.
class DiskTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        SourceColumn,
        FormatColumn,
        DeviceNameColumn,
        DescriptionColumn,
        FindingsColumn,
        ColumnCount
    };
    enum class SourceKind
    {
        LocalFile,
        S3Object,
        Url,
        Snapshot,
    };
    enum Role
    {
        SourceKindRole = Qt::UserRole + 1, // int(SourceKind)
        LocalFileRole,                     // the local file's path, or empty
    };

    explicit DiskTableModel(QObject *parent = nullptr);

    void setOperation(ImportOperation operation);
    ImportOperation operation() const { return m_operation; }

    // The disks of `settings` (DiskContainers and upload.localFiles, or the ISO's uri and local
    // file); store() writes them back, leaving every other member as it is.
    void load(const ImportSettings &settings);
    void store(ImportSettings &settings) const;

    // Each returns the new row. For ImportDiskImage the new disk replaces the old one.
    int addLocalFile(const QString &path);
    int addS3Object(const QString &bucket, const QString &key);
    int addUrl(const QString &url);
    int addSnapshot(const QString &snapshotId);

    // What the inspector found in row's local file; fills an unset format from it.
    void setInspection(int row, const InspectedDisk &inspected);
    std::optional<InspectedDisk> inspection(int row) const;
    QString localFile(int row) const;
    QMap<qsizetype, InspectedDisk> inspections() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                  const QModelIndex &destinationParent, int destinationChild) override;

    QStringList mimeTypes() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

private:
    struct Disk
    {
        DiskContainer container;
        QString localFile;
        std::optional<InspectedDisk> inspected;
    };
    static SourceKind kindOf(const Disk &disk);
    QString sourceText(const Disk &disk) const;
    static QString findingsText(const Disk &disk);
    int append(Disk disk);

    ImportOperation m_operation = ImportOperation::ImportImage;
    QList<Disk> m_disks;
};

} // namespace vmi
