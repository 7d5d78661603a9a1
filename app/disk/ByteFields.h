#pragma once

#include <QByteArray>
#include <QUuid>

// Fixed-width fields out of on-disk structures. Every accessor is bounds-checked and yields
// 0 (or a null GUID) past the end, so a truncated or hostile header cannot read out of range.
namespace vmi::disk::fields {

quint16 le16(const QByteArray &data, qsizetype at);
quint32 le32(const QByteArray &data, qsizetype at);
quint64 le64(const QByteArray &data, qsizetype at);
quint32 be32(const QByteArray &data, qsizetype at);
quint64 be64(const QByteArray &data, qsizetype at);

// GUIDs as GPT and VHDX store them: the first three groups little-endian, the rest as is.
QUuid guid(const QByteArray &data, qsizetype at);

// count * unit bytes (sectors, clusters), or -1 when that does not fit in qint64: header fields
// are 64-bit and a damaged or hostile one must not overflow the arithmetic.
qint64 bytesOf(quint64 count, quint64 unit);

// Whether `data` holds `magic` (length of the literal, no terminator) at `at`.
bool hasMagic(const QByteArray &data, qsizetype at, QByteArrayView magic);

} // namespace vmi::disk::fields
