#include "transfer/FileIdentity.h"

#include "transfer/HashStream.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>

namespace vmi::transfer {

namespace {

// Every string of this file under one context, the one lupdate files Tr::tr() calls under
// (a plain tr() in a free function would be filed under the enclosing namespace instead).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(vmi::transfer::FileIdentity)
};

} // namespace

std::optional<FileIdentity> FileIdentity::of(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("Cannot open %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    FileIdentity identity;
    identity.size = file.size();
    identity.modifiedMs = QFileInfo(file).lastModified().toMSecsSinceEpoch();

    // The size goes into the hash too, and the samples are evenly spread from the first byte
    // to the last block, so an appended, truncated or rewritten region is likely to show.
    HashStream sha;
    sha.add(QByteArray::number(identity.size));
    QByteArray block(int(SampleSize), Qt::Uninitialized);
    const qint64 span = std::max<qint64>(0, identity.size - SampleSize);
    for (int i = 0; i < SampleCount; ++i) {
        const qint64 offset = span * i / (SampleCount - 1);
        const qint64 got = file.seek(offset) ? file.read(block.data(), SampleSize) : -1;
        if (got < 0) {
            *error = Tr::tr("Cannot read %1: %2").arg(path, file.errorString());
            return std::nullopt;
        }
        sha.add(QByteArrayView(block.constData(), got));
    }
    identity.sampleSha256Hex = sha.finalHex();
    return identity;
}

QString FileIdentity::differenceFrom(const FileIdentity &other) const
{
    QStringList differences;
    if (size != other.size)
        differences.append(Tr::tr("its size was %1 bytes and is now %2").arg(other.size).arg(size));
    if (modifiedMs != other.modifiedMs)
        differences.append(
            Tr::tr("it was modified (%1, now %2)")
                .arg(QDateTime::fromMSecsSinceEpoch(other.modifiedMs, Qt::UTC).toString(Qt::ISODateWithMs),
                     QDateTime::fromMSecsSinceEpoch(modifiedMs, Qt::UTC).toString(Qt::ISODateWithMs)));
    if (sampleSha256Hex != other.sampleSha256Hex)
        differences.append(Tr::tr("its content differs"));
    return differences.join(QStringLiteral("; "));
}

QString FileIdentity::statChangeOf(const QString &path) const
{
    const QFileInfo info(path);
    if (!info.exists())
        return Tr::tr("it is gone");
    FileIdentity now = *this;
    now.size = info.size();
    now.modifiedMs = info.lastModified().toMSecsSinceEpoch();
    return now.differenceFrom(*this);
}

QJsonObject FileIdentity::toJson() const
{
    return {{QStringLiteral("size"), double(size)},
            {QStringLiteral("modifiedMs"), double(modifiedMs)},
            {QStringLiteral("sampleSha256"), QString::fromLatin1(sampleSha256Hex)}};
}

std::optional<FileIdentity> FileIdentity::fromJson(const QJsonObject &json)
{
    FileIdentity identity;
    identity.size = qint64(json.value(QStringLiteral("size")).toDouble(-1));
    identity.modifiedMs = qint64(json.value(QStringLiteral("modifiedMs")).toDouble());
    identity.sampleSha256Hex = json.value(QStringLiteral("sampleSha256")).toString().toLatin1();
    if (identity.size < 0 || identity.sampleSha256Hex.size() != 64)
        return std::nullopt;
    return identity;
}

} // namespace vmi::transfer
