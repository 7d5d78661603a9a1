#include "import/TaskCanceller.h"

#include "aws/AwsClient.h"
#include "import/ClientToken.h"

using namespace Qt::StringLiterals;

namespace vmi::import {

aws::AwsCall *cancelImportTask(aws::AwsClient &client, ImportOperation operation, const QString &taskId)
{
    if (operation == ImportOperation::ImportDiskImage)
        return client.call(
            aws::AwsService::ImageBuilder, u"CancelImageCreation"_s,
            {{u"imageBuildVersionArn"_s, taskId}, {u"clientToken"_s, ClientToken::generate()}});
    return client.call(
        aws::AwsService::Ec2, u"CancelImportTask"_s,
        {{u"ImportTaskId"_s, taskId}, {u"CancelReason"_s, u"Cancelled in VM Import Wizard"_s}});
}

} // namespace vmi::import
