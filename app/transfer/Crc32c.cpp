#include "transfer/Crc32c.h"

#include <array>
#include <cstring>

#if (defined(__x86_64__) || defined(__i386__)) && (defined(__GNUC__) || defined(__clang__))
#include <nmmintrin.h>
#define VMI_CRC32C_SSE42 1
#endif

namespace vmi::transfer {

namespace {

constexpr quint32 Polynomial = 0x82F63B78u; // Castagnoli, reflected

// tables[0] is the classic byte table; tables[k] advances a byte k positions further, so eight
// bytes are folded per step (slicing-by-8).
constexpr std::array<std::array<quint32, 256>, 8> makeTables()
{
    std::array<std::array<quint32, 256>, 8> tables{};
    for (quint32 i = 0; i < 256; ++i) {
        quint32 crc = i;
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc & 1) ? (crc >> 1) ^ Polynomial : crc >> 1;
        tables[0][i] = crc;
    }
    for (quint32 i = 0; i < 256; ++i) {
        for (std::size_t k = 1; k < 8; ++k)
            tables[k][i] = (tables[k - 1][i] >> 8) ^ tables[0][tables[k - 1][i] & 0xFF];
    }
    return tables;
}

constexpr auto Tables = makeTables();

quint32 portable(quint32 crc, const unsigned char *data, qsizetype size)
{
    while (size >= 8) {
        quint32 low = 0;
        quint32 high = 0;
        std::memcpy(&low, data, 4);
        std::memcpy(&high, data + 4, 4);
        low ^= crc; // little-endian load: the machines we build for
        crc = Tables[7][low & 0xFF] ^ Tables[6][(low >> 8) & 0xFF] ^ Tables[5][(low >> 16) & 0xFF] ^
              Tables[4][low >> 24] ^ Tables[3][high & 0xFF] ^ Tables[2][(high >> 8) & 0xFF] ^
              Tables[1][(high >> 16) & 0xFF] ^ Tables[0][high >> 24];
        data += 8;
        size -= 8;
    }
    while (size-- > 0)
        crc = (crc >> 8) ^ Tables[0][(crc ^ *data++) & 0xFF];
    return crc;
}

#ifdef VMI_CRC32C_SSE42
#if defined(__x86_64__)
// The CRC32 instruction takes three cycles but can start one every cycle: three independent
// lanes of LaneSize bytes run three times as fast, and a table-driven "shift by LaneSize
// zero bytes" joins them (the raw register is linear: crc(s, A|B) = shift(crc(s, A)) ^ crc(0, B)).
constexpr qsizetype LaneSize = 8192;

__attribute__((target("sse4.2"))) quint32 shiftByZeros(quint32 crc, qsizetype bytes)
{
    quint64 wide = crc;
    for (qsizetype i = 0; i < bytes; i += 8)
        wide = _mm_crc32_u64(wide, 0);
    return quint32(wide);
}

struct LaneShift
{
    std::array<std::array<quint32, 256>, 4> tables{};
    LaneShift()
    {
        // shift() is linear over GF(2): its value on each bit is enough to build byte tables.
        std::array<quint32, 32> bit{};
        for (int i = 0; i < 32; ++i)
            bit[std::size_t(i)] = shiftByZeros(quint32(1) << i, LaneSize);
        for (std::size_t byte = 0; byte < 4; ++byte) {
            for (quint32 value = 0; value < 256; ++value) {
                quint32 result = 0;
                for (int b = 0; b < 8; ++b) {
                    if (value & (1u << b))
                        result ^= bit[byte * 8 + std::size_t(b)];
                }
                tables[byte][value] = result;
            }
        }
    }
    quint32 operator()(quint32 crc) const
    {
        return tables[0][crc & 0xFF] ^ tables[1][(crc >> 8) & 0xFF] ^ tables[2][(crc >> 16) & 0xFF] ^
               tables[3][crc >> 24];
    }
};
#endif

__attribute__((target("sse4.2"))) quint32 hardware(quint32 crc, const unsigned char *data, qsizetype size)
{
#if defined(__x86_64__)
    static const LaneShift shift;
    while (size >= 3 * LaneSize) {
        quint64 a = crc;
        quint64 b = 0;
        quint64 c = 0;
        for (qsizetype i = 0; i < LaneSize; i += 8) {
            quint64 wa = 0;
            quint64 wb = 0;
            quint64 wc = 0;
            std::memcpy(&wa, data + i, 8);
            std::memcpy(&wb, data + LaneSize + i, 8);
            std::memcpy(&wc, data + 2 * LaneSize + i, 8);
            a = _mm_crc32_u64(a, wa);
            b = _mm_crc32_u64(b, wb);
            c = _mm_crc32_u64(c, wc);
        }
        crc = shift(shift(quint32(a)) ^ quint32(b)) ^ quint32(c);
        data += 3 * LaneSize;
        size -= 3 * LaneSize;
    }
    quint64 wide = crc;
    while (size >= 8) {
        quint64 word = 0;
        std::memcpy(&word, data, 8);
        wide = _mm_crc32_u64(wide, word);
        data += 8;
        size -= 8;
    }
    crc = quint32(wide);
#endif
    while (size-- > 0)
        crc = _mm_crc32_u8(crc, *data++);
    return crc;
}

bool detectSse42()
{
    __builtin_cpu_init();
    return __builtin_cpu_supports("sse4.2");
}
#endif

static_assert(Q_BYTE_ORDER == Q_LITTLE_ENDIAN, "the portable CRC-32C path assumes little-endian loads");

} // namespace

bool Crc32c::hardwareAccelerated()
{
#ifdef VMI_CRC32C_SSE42
    static const bool supported = detectSse42();
    return supported;
#else
    return false;
#endif
}

quint32 Crc32c::update(quint32 crc, const char *data, qsizetype size)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(data);
#ifdef VMI_CRC32C_SSE42
    if (hardwareAccelerated())
        return ~hardware(~crc, bytes, size);
#endif
    return ~portable(~crc, bytes, size);
}

quint32 Crc32c::updatePortable(quint32 crc, const char *data, qsizetype size)
{
    return ~portable(~crc, reinterpret_cast<const unsigned char *>(data), size);
}

QByteArray Crc32c::toBase64(quint32 crc)
{
    const char bytes[4] = {char(crc >> 24), char(crc >> 16), char(crc >> 8), char(crc)};
    return QByteArray(bytes, 4).toBase64();
}

QByteArray Crc32c::compositeBase64(const QList<quint32> &partChecksums)
{
    quint32 crc = 0;
    for (const quint32 part : partChecksums) {
        const char bytes[4] = {char(part >> 24), char(part >> 16), char(part >> 8), char(part)};
        crc = update(crc, bytes, 4);
    }
    return toBase64(crc) + '-' + QByteArray::number(partChecksums.size());
}

} // namespace vmi::transfer
