#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace vmi::aws {

// SHA-256 and HMAC-SHA-256 through OpenSSL's libcrypto, which uses the CPU's SHA extensions:
// several times faster than QCryptographicHash on this kind of machine, which matters when
// every part of a multi-GiB upload is hashed.
QByteArray sha256(QByteArrayView data);
QByteArray sha256Hex(QByteArrayView data);
QByteArray hmacSha256(QByteArrayView key, QByteArrayView data);

} // namespace vmi::aws
