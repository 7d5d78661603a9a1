#include "cli/PageMerger.h"

#include <QJsonArray>

namespace vmi::cli {

using namespace Qt::StringLiterals;

PageMerger::PageMerger(const aws::ServiceModel &model, const aws::ServiceModel::Operation &operation)
    : m_paginator(model.paginator(operation.name))
{}

bool PageMerger::usesPagingMembers(const QJsonObject &input) const
{
    if (!m_paginator)
        return false;
    for (const QString &member : input.keys()) {
        if (m_paginator->inputTokens.contains(member) || m_paginator->limitKey == member)
            return true;
    }
    return false;
}

QJsonObject PageMerger::add(const QJsonObject &page)
{
    m_lastPage = page;
    if (!m_paginator)
        return {};

    for (const QString &key : m_paginator->resultKeys) {
        const QJsonValue value = page.value(key);
        if (value.isUndefined() || value.isNull())
            continue;
        if (!m_merged.contains(key)) {
            m_merged.insert(key, value);
            m_mergedOrder.append(key);
        } else if (value.isArray()) {
            QJsonArray all = m_merged.value(key).toArray();
            for (const QJsonValue &item : value.toArray())
                all.append(item);
            m_merged.insert(key, all);
        }
    }
    if (m_firstPage) {
        for (const QString &key : m_paginator->nonAggregateKeys) {
            if (page.contains(key) && !m_merged.contains(key)) {
                m_merged.insert(key, page.value(key));
                m_mergedOrder.append(key);
            }
        }
        m_firstPage = false;
    }

    // More pages? Services that say so with a flag (S3's IsTruncated, KMS's Truncated) are
    // believed; the others have more pages while they return a token.
    if (!m_paginator->moreResults.isEmpty() && !page.value(m_paginator->moreResults).toBool())
        return {};
    QJsonObject next;
    for (qsizetype i = 0; i < m_paginator->outputTokens.size() && i < m_paginator->inputTokens.size(); ++i) {
        const QJsonValue token = page.value(m_paginator->outputTokens.at(i));
        if (token.isString() && !token.toString().isEmpty())
            next.insert(m_paginator->inputTokens.at(i), token);
    }
    // botocore refuses a token it has already sent (a service bug would loop forever), and so
    // does the AWS CLI, with this error.
    if (!next.isEmpty() && next == m_previousRequest) {
        QStringList tokens;
        for (auto it = next.constBegin(); it != next.constEnd(); ++it)
            tokens.append(u"'%1': '%2'"_s.arg(it.key(), it.value().toString()));
        m_error = u"Error during pagination: The same next token was received twice: {%1}"_s.arg(
            tokens.join(u", "_s));
        return {};
    }
    m_previousRequest = next;
    return next;
}

} // namespace vmi::cli
