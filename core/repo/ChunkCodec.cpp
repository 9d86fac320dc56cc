// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChunkCodec.h"

#include <zstd.h>

#include <memory>

namespace lifeboat::repo {
namespace {

struct CContextDeleter {
    void operator()(ZSTD_CCtx* context) const { ZSTD_freeCCtx(context); }
};
struct DContextDeleter {
    void operator()(ZSTD_DCtx* context) const { ZSTD_freeDCtx(context); }
};

// One context per thread, reused: creating one per chunk costs more than compressing
// a small chunk. Contexts are never shared between threads.
ZSTD_CCtx* compressionContext()
{
    thread_local std::unique_ptr<ZSTD_CCtx, CContextDeleter> context(ZSTD_createCCtx());
    return context.get();
}

ZSTD_DCtx* decompressionContext()
{
    thread_local std::unique_ptr<ZSTD_DCtx, DContextDeleter> context([] {
        ZSTD_DCtx* c = ZSTD_createDCtx();
        // Chunks are at most 64 MiB (ChunkerParams::valid): a frame asking for a larger
        // window is not ours.
        if (c)
            ZSTD_DCtx_setParameter(c, ZSTD_d_windowLogMax, 26);
        return c;
    }());
    return context.get();
}

// Compressed size at `level`, or 0 when compression failed.
std::size_t compressInto(QByteArray& out, std::span<const std::uint8_t> in, int level)
{
    ZSTD_CCtx* context = compressionContext();
    if (!context)
        return 0;
    out.resize(static_cast<qsizetype>(ZSTD_compressBound(in.size())));
    ZSTD_CCtx_reset(context, ZSTD_reset_session_and_parameters);
    ZSTD_CCtx_setParameter(context, ZSTD_c_compressionLevel, level);
    ZSTD_CCtx_setParameter(context, ZSTD_c_checksumFlag, 1);
    const std::size_t n = ZSTD_compress2(context, out.data(), static_cast<std::size_t>(out.size()), in.data(), in.size());
    if (ZSTD_isError(n))
        return 0;
    out.resize(static_cast<qsizetype>(n));
    return n;
}

EncodedChunk raw(std::span<const std::uint8_t> chunk)
{
    return {ChunkCodec::Raw, QByteArray(reinterpret_cast<const char*>(chunk.data()), static_cast<qsizetype>(chunk.size()))};
}

} // namespace

EncodedChunk ChunkCodecs::encode(std::span<const std::uint8_t> chunk, int zstdLevel)
{
    if (chunk.empty())
        return raw(chunk);
    int level = zstdLevel;
    if (chunk.size() > kProbeBytes * 2) {
        // A cheap look first: if level 1 cannot save on a prefix, level N will not pay on the whole.
        QByteArray probe;
        const std::size_t probed = compressInto(probe, chunk.first(kProbeBytes), 1);
        const double saving = probed == 0 ? 0.0 : 1.0 - static_cast<double>(probed) / static_cast<double>(kProbeBytes);
        if (saving < kMinimumSaving)
            return raw(chunk);
        // Numeric data (weights, token ids) gains only from entropy coding, which every
        // level does alike: level 1 gives the same size or smaller at 1–3.4× the speed
        // (docs/repository-format.md, "Measured"). The repository's level is for text.
        if (saving < kTextSaving)
            level = 1;
    }
    EncodedChunk encoded{ChunkCodec::Zstd, {}};
    const std::size_t compressed = compressInto(encoded.bytes, chunk, level);
    if (compressed == 0 || static_cast<double>(compressed) > static_cast<double>(chunk.size()) * (1.0 - kMinimumSaving))
        return raw(chunk);
    return encoded;
}

Result<QByteArray> ChunkCodecs::decode(ChunkCodec codec, std::span<const std::uint8_t> stored, std::size_t expectedBytes)
{
    switch (codec) {
    case ChunkCodec::Raw:
        if (stored.size() != expectedBytes)
            return Error{Error::Code::Syntax, tr("a raw chunk holds %1 bytes where the index records %2").arg(stored.size()).arg(expectedBytes)};
        return QByteArray(reinterpret_cast<const char*>(stored.data()), static_cast<qsizetype>(stored.size()));
    case ChunkCodec::Zstd: {
        ZSTD_DCtx* context = decompressionContext();
        if (!context)
            return Error{Error::Code::Io, tr("out of memory for a zstd decompression context")};
        // One byte of room past the expected size: a frame that fills it is longer than recorded.
        QByteArray out(static_cast<qsizetype>(expectedBytes + 1), Qt::Uninitialized);
        ZSTD_DCtx_reset(context, ZSTD_reset_session_only);
        const std::size_t n = ZSTD_decompressDCtx(context, out.data(), static_cast<std::size_t>(out.size()), stored.data(), stored.size());
        if (ZSTD_isError(n))
            return Error{Error::Code::Syntax, tr("damaged zstd chunk: %1").arg(QLatin1String(ZSTD_getErrorName(n)))};
        if (n != expectedBytes)
            return Error{Error::Code::Syntax, tr("a zstd chunk decodes to %1 bytes where the index records %2").arg(n).arg(expectedBytes)};
        out.resize(static_cast<qsizetype>(n));
        return out;
    }
    case ChunkCodec::Invalid: break;
    }
    return Error{Error::Code::Syntax, tr("unknown chunk codec %1").arg(static_cast<int>(codec))};
}

} // namespace lifeboat::repo
