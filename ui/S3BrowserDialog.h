#pragma once

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QProgressBar;
class QPushButton;

namespace vmi::aws {
class AwsCall;
class AwsClient;
} // namespace vmi::aws

namespace vmi::ui {

// Browses S3 like a file dialog: the account's buckets (ListBuckets), then one level of a
// bucket at a time (ListObjectsV2 with Prefix and Delimiter "/": folders, then objects with
// their sizes). Listings longer than a page continue with "Load more" (ContinuationToken).
// Every call is asynchronous, shows a busy bar and can be stopped; errors are shown in the
// dialog. Keyboard: arrows move, Enter opens a bucket or folder (or picks an object),
// Backspace goes up, and the location line takes a typed s3://bucket/prefix/.
//
// PickObjects returns the chosen objects as s3://bucket/key; PickFolder returns the location
// shown (a bucket and a key prefix ending in "/", or none).
class S3BrowserDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode
    {
        PickObjects,
        PickFolder,
    };

    S3BrowserDialog(aws::AwsClient *client, Mode mode, QWidget *parent = nullptr);
    ~S3BrowserDialog() override;

    // Where to start: "" lists the buckets; a bucket and prefix list that level.
    void browse(const QString &bucket, const QString &prefix = {});
    // Objects per ListObjectsV2 page (MaxKeys); 0 leaves it to S3 (1000).
    void setPageSize(int keys) { m_pageSize = keys; }

    QString bucket() const { return m_bucket; }
    QString prefix() const { return m_prefix; }
    bool isBusy() const;
    // The chosen objects as s3://bucket/key (PickObjects).
    QStringList selectedUris() const;

    void accept() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    enum ItemKind
    {
        BucketItem = 1,
        FolderItem,
        ObjectItem,
    };
    void goUp();
    void openItem(QListWidgetItem *item);
    void goToTypedLocation();
    void listBuckets();
    void listObjects(const QString &continuationToken);
    void loadMore();
    void selectPending();
    void stop();
    void startCall(aws::AwsCall *call);
    void callEnded(const QString &error);
    void showLocation();
    void updateButtons();

    QPointer<aws::AwsClient> m_client;
    Mode m_mode;
    QString m_bucket;
    QString m_prefix;
    QString m_nextToken;
    QString m_pendingSelection; // a typed object's key, selected once listed
    int m_pageSize = 0;
    QLineEdit *m_location;
    QPushButton *m_up;
    QListWidget *m_list;
    QProgressBar *m_busy;
    QPushButton *m_stop;
    QPushButton *m_loadMore;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPointer<aws::AwsCall> m_call;
};

} // namespace vmi::ui
