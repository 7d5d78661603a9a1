#pragma once

#include "aws/ServiceModel.h"

#include <QJsonObject>
#include <QStringList>

namespace vmi::cli {

// Follows an operation's pages the way the AWS CLI does (botocore's PageIterator and
// build_full_result): asks for the next page with the output token, appends each page's
// result lists, keeps the first page's non-aggregate members, and drops the tokens.
class PageMerger
{
public:
    PageMerger(const aws::ServiceModel &model, const aws::ServiceModel::Operation &operation);

    bool isPaginated() const { return m_paginator != nullptr; }
    // The AWS CLI v2 turns automatic paging off when the input sets the token or the page
    // size, whether by option or in --cli-input-json.
    bool usesPagingMembers(const QJsonObject &input) const;

    // Takes one page; returns the input members for the next request, or {} when this was the
    // last page.
    QJsonObject add(const QJsonObject &page);

    // All pages as one answer, and the order of its top-level members: the result lists
    // first, then the non-aggregate members, as the AWS CLI prints them.
    QJsonObject merged() const { return m_merged; }
    QStringList mergedOrder() const { return m_mergedOrder; }
    QJsonObject lastPage() const { return m_lastPage; }
    // Non-empty when the service sent the same token twice (paging stopped; the answer is
    // incomplete).
    QString error() const { return m_error; }

private:
    const aws::ServiceModel::Paginator *m_paginator = nullptr;
    QJsonObject m_merged;
    QStringList m_mergedOrder;
    QJsonObject m_lastPage;
    QJsonObject m_previousRequest;
    QString m_error;
    bool m_firstPage = true;
};

} // namespace vmi::cli
