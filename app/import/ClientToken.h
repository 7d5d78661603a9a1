#pragma once

#include <QString>

namespace vmi::import {

// The idempotency token of one import job. It is made once, saved with the job before the
// first submit, and sent with every resubmission, so a lost answer never starts a second
// import. EC2 accepts up to 64 ASCII characters, Image Builder 1 to 64 (its model):
// a UUID fits both.
class ClientToken
{
public:
    static QString generate();
    static bool isValid(const QString &token, int maxLength);
};

} // namespace vmi::import
