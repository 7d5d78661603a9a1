#include "ui/wizard/DisksPage.h"

#include "import/DiskInspection.h"
#include "models/DiskTableModel.h"
#include "models/S3Names.h"
#include "ui/S3BrowserDialog.h"
#include "ui/wizard/ImportWizard.h"

#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace vmi::ui {

DisksPage::DisksPage(ImportWizard *wizard)
    : WizardPage(wizard)
    , m_model(new DiskTableModel(this))
{
    setObjectName(QStringLiteral("disksPage"));
    setIcon(QStringLiteral(":/vmi/icons/page-disks.svg"));
    setTitle(tr("Disks"));

    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("diskTableView"));
    m_table->setAccessibleName(tr("Disks, the first one boots"));
    m_table->setModel(m_model);
    // Tab leaves the table (arrows move between cells), so the buttons are reachable.
    m_table->setTabKeyNavigation(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAcceptDrops(true);
    m_table->setDragDropMode(QAbstractItemView::DropOnly);
    m_table->setDropIndicatorShown(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(DiskTableModel::SourceColumn, QHeaderView::Interactive);
    m_table->setColumnWidth(DiskTableModel::SourceColumn, 260);
    // The short columns take what they need; the findings (the last) get the rest.
    for (const int column :
         {DiskTableModel::FormatColumn, DiskTableModel::DeviceNameColumn, DiskTableModel::DescriptionColumn})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents); // all the findings
    row->addWidget(m_table, 1);

    auto *buttons = new QVBoxLayout;
    const auto button = [&](const QString &text, const char *name) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QString::fromLatin1(name));
        buttons->addWidget(b);
        return b;
    };
    m_addFiles = button(tr("Add &files…"), "addFilesButton");
    m_addS3 = button(tr("Add S3 &object…"), "addS3ObjectButton");
    m_addUrl = button(tr("Add &URL…"), "addUrlButton");
    m_addSnapshot = button(tr("Add snaps&hot…"), "addSnapshotButton");
    m_remove = button(tr("&Remove"), "removeDiskButton");
    m_up = button(tr("Move u&p"), "moveDiskUpButton");
    m_down = button(tr("Move do&wn"), "moveDiskDownButton");
    buttons->addStretch(1);
    row->addLayout(buttons);
    layout->addLayout(row, 1);
    layout->addWidget(diagnosticLabel(QStringLiteral("disksDiagnosticLabel"),
                                      {QStringLiteral("DiskContainers"), QStringLiteral("DiskContainer"),
                                       QStringLiteral("upload.localFiles"), QStringLiteral("uri")}));

    connect(m_addFiles, &QPushButton::clicked, this, &DisksPage::addFiles);
    connect(m_addS3, &QPushButton::clicked, this, &DisksPage::addS3Object);
    connect(m_addUrl, &QPushButton::clicked, this, &DisksPage::addUrl);
    connect(m_addSnapshot, &QPushButton::clicked, this, &DisksPage::addSnapshot);
    connect(m_remove, &QPushButton::clicked, this, &DisksPage::removeSelected);
    connect(m_up, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveSelected(+1); });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, &DisksPage::modelEdited);
    connect(m_model, &QAbstractItemModel::rowsMoved, this, &DisksPage::modelEdited);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &DisksPage::modelEdited);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DisksPage::updateButtons);
    updateButtons();
}

void DisksPage::load()
{
    m_model->load(settings());
    const bool iso = settings().operation == ImportOperation::ImportDiskImage;
    setSubTitle(iso ? tr("The Windows 11 ISO: a local file to upload, or an object already in S3.")
                    : tr("The first disk boots. Drop files here or add them with the buttons."));
    m_addFiles->setText(iso ? tr("Add ISO &file…") : tr("Add &files…"));
    m_addUrl->setVisible(!iso);
    m_addSnapshot->setVisible(settings().operation == ImportOperation::ImportImage);
    m_table->setColumnHidden(DiskTableModel::DeviceNameColumn,
                             settings().operation != ImportOperation::ImportImage);
    m_table->setColumnHidden(DiskTableModel::FormatColumn, iso);
    m_table->setColumnHidden(DiskTableModel::DescriptionColumn, iso);
    // A profile names files, not their findings: inspect them again.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const auto known = importWizard()->inspections().value(row);
        if (!m_model->localFile(row).isEmpty() && importWizard()->inspections().contains(row))
            m_model->setInspection(row, known);
    }
    inspectNewFiles();
    updateButtons();
}

void DisksPage::modelEdited()
{
    if (m_loading)
        return;
    m_model->store(editableSettings());
    importWizard()->setInspections(m_model->inspections()); // revalidates
    inspectNewFiles();
    updateButtons();
}

void DisksPage::inspectNewFiles()
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString path = m_model->localFile(row);
        if (path.isEmpty() || m_model->inspection(row) || m_inspecting.contains(path))
            continue;
        m_inspecting.insert(path);
        auto *watcher = new QFutureWatcher<InspectedDisk>(this);
        connect(watcher, &QFutureWatcher<InspectedDisk>::finished, this, [this, watcher, path] {
            m_inspecting.remove(path);
            const InspectedDisk found = watcher->result();
            watcher->deleteLater();
            // Rows may have moved meanwhile: the path finds the disk.
            for (int r = 0; r < m_model->rowCount(); ++r) {
                if (m_model->localFile(r) == path && !m_model->inspection(r))
                    m_model->setInspection(r, found);
            }
        });
        watcher->setFuture(QtConcurrent::run([path] { return import::inspectLocalFile(path); }));
    }
}

void DisksPage::addFiles()
{
    const bool iso = settings().operation == ImportOperation::ImportDiskImage;
    const QString filter = iso ? tr("ISO images (*.iso);;All files (*)")
                               : tr("Disk images (*.ova *.vmdk *.vhd *.vhdx *.raw *.img);;All files (*)");
    const QStringList files = iso ? QStringList{QFileDialog::getOpenFileName(this, tr("Add ISO"), {}, filter)}
                                  : QFileDialog::getOpenFileNames(this, tr("Add disks"), {}, filter);
    for (const QString &file : files) {
        if (!file.isEmpty())
            m_model->addLocalFile(file);
    }
}

void DisksPage::addS3Object()
{
    QString error;
    aws::AwsClient *client = importWizard()->client(&error);
    if (!client) {
        addTypedS3Object(error);
        return;
    }
    auto *browser = new S3BrowserDialog(client, S3BrowserDialog::Mode::PickObjects, this);
    browser->setAttribute(Qt::WA_DeleteOnClose);
    connect(browser, &QDialog::accepted, this, [this, browser] {
        for (const QString &uri : browser->selectedUris()) {
            if (const auto location = parseS3Uri(uri))
                m_model->addS3Object(location->bucket, location->key);
        }
    });
    browser->browse(settings().upload.bucket,
                    settings().upload.bucket.isEmpty() ? QString() : settings().upload.keyPrefix);
    browser->open();
}

void DisksPage::addTypedS3Object(const QString &why)
{
    bool ok = false;
    const QString uri =
        QInputDialog::getText(this, tr("Add S3 object"), tr("%1\nS3 URI (s3://bucket/key):").arg(why),
                              QLineEdit::Normal, QStringLiteral("s3://"), &ok)
            .trimmed();
    if (!ok)
        return;
    if (const auto location = parseS3Uri(uri); location && !location->key.isEmpty())
        m_model->addS3Object(location->bucket, location->key);
    else
        m_model->addUrl(uri); // the Validator says what is wrong with it
}

void DisksPage::addUrl()
{
    bool ok = false;
    const QString url = QInputDialog::getText(this, tr("Add URL"), tr("URL of the disk (https:// or s3://):"),
                                              QLineEdit::Normal, {}, &ok)
                            .trimmed();
    if (ok && !url.isEmpty())
        m_model->addUrl(url);
}

void DisksPage::addSnapshot()
{
    bool ok = false;
    const QString id = QInputDialog::getText(this, tr("Add snapshot"), tr("EBS snapshot id (snap-…):"),
                                             QLineEdit::Normal, {}, &ok)
                           .trimmed();
    if (ok && !id.isEmpty())
        m_model->addSnapshot(id);
}

void DisksPage::removeSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (!rows.isEmpty())
        m_model->removeRow(rows.first().row());
}

void DisksPage::moveSelected(int delta)
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const int row = rows.first().row();
    const int target = row + delta;
    if (target < 0 || target >= m_model->rowCount())
        return;
    // moveRow's destination is "before this row" in the old numbering.
    m_model->moveRow({}, row, {}, delta > 0 ? target + 1 : target);
    m_table->selectRow(target);
}

void DisksPage::updateButtons()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const int row = rows.isEmpty() ? -1 : rows.first().row();
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_model->rowCount());
}

} // namespace vmi::ui
