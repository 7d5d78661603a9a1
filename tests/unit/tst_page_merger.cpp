// PageMerger follows pages as botocore's PageIterator does and merges them as its
// build_full_result: result lists appended, the first page's non-aggregate members kept, the
// tokens dropped; a flag like IsTruncated ends the paging; a repeated token ends it too.

#include "aws/ServiceModel.h"
#include "cli/PageMerger.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace vmi;
using namespace Qt::StringLiterals;

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

cli::PageMerger merger(aws::AwsService service, const QString &operation)
{
    const aws::ServiceModel &model = aws::ServiceModel::forService(service);
    return cli::PageMerger(model, *model.operation(operation));
}

} // namespace

class TestPageMerger : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsNextTokenAndAppends()
    {
        cli::PageMerger pages = merger(aws::AwsService::Ec2, u"DescribeImportImageTasks"_s);
        QVERIFY(pages.isPaginated());
        QCOMPARE(pages.add(json(R"({"ImportImageTasks":[{"ImportTaskId":"a"}],"NextToken":"t1"})")),
                 json(R"({"NextToken":"t1"})"));
        QCOMPARE(pages.add(json(R"({"ImportImageTasks":[{"ImportTaskId":"b"}],"NextToken":"t2"})")),
                 json(R"({"NextToken":"t2"})"));
        QCOMPARE(pages.add(json(R"({"ImportImageTasks":[{"ImportTaskId":"c"}]})")), QJsonObject());
        QCOMPARE(pages.merged(), json(R"({"ImportImageTasks":[{"ImportTaskId":"a"},{"ImportTaskId":"b"},
                                          {"ImportTaskId":"c"}]})"));
    }

    void aRepeatedTokenIsAnError()
    {
        cli::PageMerger pages = merger(aws::AwsService::Ec2, u"DescribeImportSnapshotTasks"_s);
        QVERIFY(!pages.add(json(R"({"ImportSnapshotTasks":[],"NextToken":"same"})")).isEmpty());
        QVERIFY(pages.add(json(R"({"ImportSnapshotTasks":[],"NextToken":"same"})")).isEmpty());
        QCOMPARE(pages.error(),
                 u"Error during pagination: The same next token was received twice: {'NextToken': 'same'}"_s);
    }

    void nonAggregateMembersComeFromTheFirstPageAfterTheLists()
    {
        cli::PageMerger pages = merger(aws::AwsService::ImageBuilder, u"ListInfrastructureConfigurations"_s);
        pages.add(json(R"({"requestId":"r1","infrastructureConfigurationSummaryList":[{"arn":"x"}],
                           "nextToken":"n"})"));
        pages.add(json(R"({"requestId":"r2","infrastructureConfigurationSummaryList":[{"arn":"y"}]})"));
        QCOMPARE(pages.merged(),
                 json(R"({"requestId":"r1","infrastructureConfigurationSummaryList":[{"arn":"x"},
                                          {"arn":"y"}]})"));
        QCOMPARE(pages.mergedOrder(),
                 (QStringList{u"infrastructureConfigurationSummaryList"_s, u"requestId"_s}));
    }

    void aMoreResultsFlagIsBelieved()
    {
        cli::PageMerger pages = merger(aws::AwsService::Kms, u"ListAliases"_s);
        QCOMPARE(
            pages.add(json(R"({"Aliases":[{"AliasName":"alias/a"}],"NextMarker":"m","Truncated":true})")),
            json(R"({"Marker":"m"})"));
        QVERIFY(
            pages.add(json(R"({"Aliases":[{"AliasName":"alias/b"}],"NextMarker":"m2","Truncated":false})"))
                .isEmpty());
        QCOMPARE(pages.merged()[u"Aliases"_s].toArray().size(), 2);
    }

    void pagingMembersInTheInputTurnPagingOff()
    {
        const cli::PageMerger pages = merger(aws::AwsService::Ec2, u"DescribeImportImageTasks"_s);
        QVERIFY(pages.usesPagingMembers(json(R"({"MaxResults":5})")));
        QVERIFY(pages.usesPagingMembers(json(R"({"NextToken":"t"})")));
        QVERIFY(!pages.usesPagingMembers(json(R"({"ImportTaskIds":["a"]})")));
        QVERIFY(!merger(aws::AwsService::Ec2, u"ImportImage"_s).isPaginated());
    }
};

QTEST_GUILESS_MAIN(TestPageMerger)
#include "tst_page_merger.moc"
