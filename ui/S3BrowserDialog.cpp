#include "ui/S3BrowserDialog.h"

#include "aws/AwsClient.h"
#include "models/S3Names.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace vmi::ui {

namespace {
constexpr int KindRole = Qt::UserRole + 1;
constexpr int NameRole = Qt::UserRole + 2; // a bucket's name, a folder's prefix, an object's key
} // namespace

S3BrowserDialog::S3BrowserDialog(aws::AwsClient *client, Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_mode(mode)
{
    setObjectName(QStringLiteral("s3BrowserDialog"));
    setWindowTitle(mode == Mode::PickObjects ? tr("Choose S3 objects") : tr("Choose an S3 location"));
    resize(620, 460);
    auto *layout = new QVBoxLayout(this);

    auto *locationRow = new QHBoxLayout;
    m_up = new QPushButton(style()->standardIcon(QStyle::SP_FileDialogToParent), tr("&Up"), this);
    m_up->setObjectName(QStringLiteral("s3UpButton"));
    m_up->setToolTip(tr("Up one level (Backspace)"));
    auto *locationLabel = new QLabel(tr("&Location:"), this);
    m_location = new QLineEdit(this);
    m_location->setObjectName(QStringLiteral("s3LocationLineEdit"));
    m_location->setAccessibleName(tr("S3 location"));
    m_location->setPlaceholderText(tr("s3://bucket/prefix/ (Enter to go there)"));
    locationLabel->setBuddy(m_location);
    locationRow->addWidget(locationLabel);
    locationRow->addWidget(m_location, 1);
    locationRow->addWidget(m_up);
    layout->addLayout(locationRow);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("s3ListWidget"));
    m_list->setAccessibleName(tr("Buckets, folders and objects"));
    m_list->setSelectionMode(mode == Mode::PickObjects ? QAbstractItemView::ExtendedSelection
                                                       : QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(true);
    layout->addWidget(m_list, 1);

    auto *statusRow = new QHBoxLayout;
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("s3BusyBar"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(100);
    m_busy->setAccessibleName(tr("Asking S3"));
    m_busy->hide();
    m_stop = new QPushButton(tr("S&top"), this);
    m_stop->setObjectName(QStringLiteral("s3StopButton"));
    m_stop->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("s3StatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_loadMore = new QPushButton(tr("Load &more"), this);
    m_loadMore->setObjectName(QStringLiteral("s3LoadMoreButton"));
    m_loadMore->hide();
    statusRow->addWidget(m_busy);
    statusRow->addWidget(m_stop);
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_loadMore);
    layout->addLayout(statusRow);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(mode == Mode::PickObjects ? tr("&Add") : tr("Use th&is location"));
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &S3BrowserDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &S3BrowserDialog::reject);
    connect(m_up, &QPushButton::clicked, this, &S3BrowserDialog::goUp);
    connect(m_stop, &QPushButton::clicked, this, &S3BrowserDialog::stop);
    connect(m_loadMore, &QPushButton::clicked, this, &S3BrowserDialog::loadMore);
    m_location->installEventFilter(this);
    m_list->installEventFilter(this);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &S3BrowserDialog::openItem);
    connect(m_list, &QListWidget::itemSelectionChanged, this, &S3BrowserDialog::updateButtons);
    setTabOrder(m_location, m_up);
    setTabOrder(m_up, m_list);
    setTabOrder(m_list, m_loadMore);
    m_list->setFocus();
}

S3BrowserDialog::~S3BrowserDialog()
{
    stop();
}

void S3BrowserDialog::browse(const QString &bucket, const QString &prefix)
{
    stop();
    m_bucket = bucket;
    m_prefix = prefix;
    m_nextToken.clear();
    m_pendingSelection.clear();
    m_list->clear();
    showLocation();
    if (m_bucket.isEmpty())
        listBuckets();
    else
        listObjects({});
}

bool S3BrowserDialog::isBusy() const
{
    return m_call && !m_call->isFinished();
}

QStringList S3BrowserDialog::selectedUris() const
{
    QStringList uris;
    for (const QListWidgetItem *item : m_list->selectedItems()) {
        if (item->data(KindRole).toInt() == ObjectItem)
            uris << QStringLiteral("s3://%1/%2").arg(m_bucket, item->data(NameRole).toString());
    }
    return uris;
}

void S3BrowserDialog::accept()
{
    if (m_mode == Mode::PickObjects && selectedUris().isEmpty())
        return;
    if (m_mode == Mode::PickFolder && m_bucket.isEmpty()) {
        // Picking a bucket from the list is enough.
        const QListWidgetItem *item = m_list->currentItem();
        if (!item || item->data(KindRole).toInt() != BucketItem)
            return;
        m_bucket = item->data(NameRole).toString();
    }
    stop();
    QDialog::accept();
}

void S3BrowserDialog::keyPressEvent(QKeyEvent *event)
{
    // Backspace goes up, unless the location line is being edited.
    if (event->key() == Qt::Key_Backspace && !m_location->hasFocus()) {
        goUp();
        return;
    }
    QDialog::keyPressEvent(event);
}

bool S3BrowserDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Enter opens the list's current item, or goes to the typed location; either way it must
    // not also press the default button, which would end the dialog.
    if (event->type() == QEvent::KeyPress && (watched == m_list || watched == m_location)) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (watched == m_location)
                goToTypedLocation();
            else if (QListWidgetItem *item = m_list->currentItem())
                openItem(item);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void S3BrowserDialog::goUp()
{
    if (m_bucket.isEmpty())
        return;
    if (m_prefix.isEmpty()) {
        browse({});
        return;
    }
    // "a/b/" -> "a/"; "a/" -> "".
    const qsizetype cut = m_prefix.lastIndexOf(QLatin1Char('/'), m_prefix.size() - 2);
    browse(m_bucket, cut < 0 ? QString() : m_prefix.left(cut + 1));
}

void S3BrowserDialog::openItem(QListWidgetItem *item)
{
    switch (item->data(KindRole).toInt()) {
    case BucketItem:
        browse(item->data(NameRole).toString());
        break;
    case FolderItem:
        browse(m_bucket, item->data(NameRole).toString());
        break;
    case ObjectItem:
        if (m_mode == Mode::PickObjects)
            accept();
        break;
    }
}

void S3BrowserDialog::goToTypedLocation()
{
    QString text = m_location->text().trimmed();
    if (text.isEmpty() || text == u"s3://") {
        browse({});
        return;
    }
    if (!text.startsWith(u"s3://"))
        text.prepend(QStringLiteral("s3://"));
    const auto location = parseS3Uri(text);
    if (!location) {
        m_status->setText(tr("A location looks like s3://bucket/prefix/."));
        return;
    }
    // A key that does not end in "/" opens its folder's level with the object selected.
    const qsizetype slash = location->key.lastIndexOf(QLatin1Char('/'));
    browse(location->bucket, location->key.left(slash + 1));
    m_pendingSelection = location->key.mid(slash + 1).isEmpty() ? QString() : location->key;
    m_list->setFocus();
}

void S3BrowserDialog::listBuckets()
{
    if (!m_client) {
        callEnded(tr("No connection to AWS."));
        return;
    }
    aws::AwsCall *call = m_client->call(aws::AwsService::S3, QStringLiteral("ListBuckets"), {});
    startCall(call);
    connect(call, &aws::AwsCall::finished, this, [this, call] {
        if (call->error().isError()) {
            callEnded(tr("Cannot list the buckets (%1). Type a location above instead.")
                          .arg(call->error().toCliText()));
            return;
        }
        for (const QJsonValue &bucket : call->output()[QStringLiteral("Buckets")].toArray()) {
            const QString name = bucket[QStringLiteral("Name")].toString();
            auto *item = new QListWidgetItem(style()->standardIcon(QStyle::SP_DriveNetIcon), name, m_list);
            item->setData(KindRole, BucketItem);
            item->setData(NameRole, name);
        }
        callEnded(m_list->count() ? QString() : tr("This account has no buckets."));
    });
}

void S3BrowserDialog::listObjects(const QString &continuationToken)
{
    if (!m_client) {
        callEnded(tr("No connection to AWS."));
        return;
    }
    QJsonObject input{{QStringLiteral("Bucket"), m_bucket},
                      {QStringLiteral("Delimiter"), QStringLiteral("/")}};
    if (!m_prefix.isEmpty())
        input.insert(QStringLiteral("Prefix"), m_prefix);
    if (!continuationToken.isEmpty())
        input.insert(QStringLiteral("ContinuationToken"), continuationToken);
    if (m_pageSize > 0)
        input.insert(QStringLiteral("MaxKeys"), m_pageSize);
    aws::AwsCall *call = m_client->call(aws::AwsService::S3, QStringLiteral("ListObjectsV2"), input);
    startCall(call);
    connect(call, &aws::AwsCall::finished, this, [this, call] {
        if (call->error().isError()) {
            callEnded(tr("Cannot list %1: %2").arg(m_location->text(), call->error().toCliText()));
            return;
        }
        const QJsonObject &output = call->output();
        for (const QJsonValue &folder : output[QStringLiteral("CommonPrefixes")].toArray()) {
            const QString prefix = folder[QStringLiteral("Prefix")].toString();
            auto *item = new QListWidgetItem(style()->standardIcon(QStyle::SP_DirIcon),
                                             prefix.mid(m_prefix.size()), m_list);
            item->setData(KindRole, FolderItem);
            item->setData(NameRole, prefix);
        }
        for (const QJsonValue &object : output[QStringLiteral("Contents")].toArray()) {
            const QString key = object[QStringLiteral("Key")].toString();
            if (key == m_prefix)
                continue; // the "folder" object the console makes
            const qint64 size = object[QStringLiteral("Size")].toInteger();
            auto *item = new QListWidgetItem(
                style()->standardIcon(QStyle::SP_FileIcon),
                tr("%1 — %2").arg(key.mid(m_prefix.size()), QLocale().formattedDataSize(size)), m_list);
            item->setData(KindRole, ObjectItem);
            item->setData(NameRole, key);
            if (m_mode == Mode::PickFolder)
                item->setFlags(item->flags() & ~Qt::ItemIsSelectable);
        }
        m_nextToken = output[QStringLiteral("IsTruncated")].toBool()
                          ? output[QStringLiteral("NextContinuationToken")].toString()
                          : QString();
        callEnded(m_list->count() ? QString() : tr("Nothing here."));
        selectPending();
    });
}

void S3BrowserDialog::selectPending()
{
    for (int row = 0; !m_pendingSelection.isEmpty() && row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        if (item->data(NameRole).toString() == m_pendingSelection) {
            m_list->setCurrentItem(item);
            m_pendingSelection.clear();
        }
    }
}

void S3BrowserDialog::loadMore()
{
    if (!m_nextToken.isEmpty() && !isBusy())
        listObjects(m_nextToken);
}

void S3BrowserDialog::stop()
{
    if (m_call) {
        m_call->disconnect(this);
        m_call->abort();
        m_call.clear();
        callEnded(tr("Stopped."));
    }
}

void S3BrowserDialog::startCall(aws::AwsCall *call)
{
    m_call = call;
    m_busy->show();
    m_stop->show();
    m_loadMore->hide();
    m_status->setText(tr("Asking S3…"));
}

void S3BrowserDialog::callEnded(const QString &error)
{
    m_busy->hide();
    m_stop->hide();
    m_status->setText(error);
    m_loadMore->setVisible(!m_nextToken.isEmpty());
    if (!m_list->currentItem() && m_list->count())
        m_list->setCurrentRow(0, QItemSelectionModel::NoUpdate);
    updateButtons();
}

void S3BrowserDialog::showLocation()
{
    m_location->setText(m_bucket.isEmpty() ? QStringLiteral("s3://")
                                           : QStringLiteral("s3://%1/%2").arg(m_bucket, m_prefix));
    m_up->setEnabled(!m_bucket.isEmpty());
    updateButtons();
}

void S3BrowserDialog::updateButtons()
{
    bool ok = false;
    if (m_mode == Mode::PickObjects) {
        ok = !selectedUris().isEmpty();
    } else {
        const QListWidgetItem *item = m_list->currentItem();
        ok = !m_bucket.isEmpty() || (item && item->data(KindRole).toInt() == BucketItem);
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

} // namespace vmi::ui
