#include "ui/wizard/TagsPage.h"

#include "models/TagTableModel.h"
#include "ui/wizard/ImportWizard.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace vmi::ui {

namespace {
constexpr int MaxTags = 50; // EC2 and Image Builder both allow 50 per resource
}

TagsPage::TagsPage(ImportWizard *wizard)
    : WizardPage(wizard)
    , m_model(new TagTableModel(this))
{
    setObjectName(QStringLiteral("tagsPage"));
    setIcon(QStringLiteral(":/vmi/icons/page-tags.svg"));
    setTitle(tr("Tags"));
    setSubTitle(tr("Tags for the import task. Paste key=value lines to add many at once."));
    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("tagTableView"));
    m_table->setAccessibleName(tr("Tags"));
    m_table->setModel(m_model);
    // Tab leaves the table (arrows move between cells), so the buttons are reachable.
    m_table->setTabKeyNavigation(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(TagTableModel::KeyColumn, 220);
    row->addWidget(m_table, 1);
    auto *buttons = new QVBoxLayout;
    auto *add = new QPushButton(tr("&Add"), this);
    add->setObjectName(QStringLiteral("addTagButton"));
    auto *remove = new QPushButton(tr("&Remove"), this);
    remove->setObjectName(QStringLiteral("removeTagButton"));
    auto *paste = new QPushButton(tr("&Paste key=value"), this);
    paste->setObjectName(QStringLiteral("pasteTagsButton"));
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addWidget(paste);
    buttons->addStretch(1);
    row->addLayout(buttons);
    layout->addLayout(row, 1);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("tagCountLabel"));
    layout->addWidget(m_count);
    layout->addWidget(diagnosticLabel(QStringLiteral("tagsDiagnosticLabel"),
                                      {QStringLiteral("TagSpecifications"), QStringLiteral("tags")}));
    // The import APIs tag only the task; the app copies the tags once the task has ended.
    m_tagOutputs = new QCheckBox(tr("Also tag the AMI and its &snapshots"), this);
    m_tagOutputs->setObjectName(QStringLiteral("tagImageAndSnapshotsCheckBox"));
    m_tagOutputs->setToolTip(tr("EC2 puts these tags on the import task only. With this, the app tags "
                                "what the task made (CreateTags) once it has completed."));
    layout->addWidget(m_tagOutputs);
    layout->addWidget(diagnosticLabel(QStringLiteral("tagImageAndSnapshotsDiagnosticLabel"),
                                      {QStringLiteral("afterImport.tagImageAndSnapshots")}));

    connect(add, &QPushButton::clicked, this, [this] {
        const int r = m_model->addTag();
        m_table->setCurrentIndex(m_model->index(r, TagTableModel::KeyColumn));
        m_table->edit(m_table->currentIndex());
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentIndex().isValid())
            m_model->removeRow(m_table->currentIndex().row());
    });
    connect(paste, &QPushButton::clicked, this, &TagsPage::pasteFromClipboard);
    connect(m_tagOutputs, &QCheckBox::toggled, this, [this](bool checked) {
        if (m_loading)
            return;
        editableSettings().afterImport.tagImageAndSnapshots = checked;
        edited();
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, &TagsPage::modelEdited);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &TagsPage::modelEdited);
}

void TagsPage::pasteFromClipboard()
{
    m_model->paste(QApplication::clipboard()->text());
}

void TagsPage::load()
{
    m_model->load(settings());
    const ImportOperation operation = settings().operation;
    m_tagOutputs->setText(operation == ImportOperation::ImportSnapshot
                              ? tr("Also tag the &snapshot and the AMI registered from it")
                              : tr("Also tag the AMI and its &snapshots"));
    // Image Builder tags its image itself; a profile that asks anyway shows the box to clear it.
    m_tagOutputs->setVisible(operation != ImportOperation::ImportDiskImage ||
                             settings().afterImport.tagImageAndSnapshots);
    m_tagOutputs->setChecked(settings().afterImport.tagImageAndSnapshots);
    m_count->setText(tr("%1 of %2 tags").arg(m_model->rowCount()).arg(MaxTags));
}

void TagsPage::modelEdited()
{
    m_count->setText(tr("%1 of %2 tags").arg(m_model->rowCount()).arg(MaxTags));
    if (m_loading)
        return;
    m_model->store(editableSettings());
    edited();
}

} // namespace vmi::ui
