#include "import/ClientToken.h"

#include <QUuid>

#include <algorithm>

namespace vmi::import {

QString ClientToken::generate()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool ClientToken::isValid(const QString &token, int maxLength)
{
    return !token.isEmpty() && token.size() <= maxLength &&
           std::all_of(token.cbegin(), token.cend(),
                       [](QChar c) { return c.unicode() >= 0x21 && c.unicode() < 0x7F; });
}

} // namespace vmi::import
