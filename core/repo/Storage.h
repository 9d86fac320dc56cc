// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <span>

namespace lifeboat::repo {

// One object being written. Nothing is visible under the final name until commit(),
// which flushes the bytes to disk, renames, and flushes the directory. Destroying a
// writer that was not committed removes its temporary file. A failed commit is never
// retried on the same file (an fsync error may have dropped the pages: fsyncgate); the
// caller aborts its transaction.
class StorageWriter {
public:
    virtual ~StorageWriter() = default;
    virtual Status append(std::span<const std::uint8_t> data) = 0;
    virtual Status commit() = 0;
    virtual std::uint64_t bytesWritten() const = 0;
    // Reads back what was appended, before commit: a pack is checked from the bytes
    // actually written, not from the buffers they came from.
    virtual Result<QByteArray> readBack(std::uint64_t offset, std::uint64_t length) = 0;
};

// Where a repository's files live: a narrow interface (restic's Backend) so that the
// engine does not care whether it is a local directory or, later, SFTP, and so that
// tests can put a fault-injecting layer in between. Names are relative, '/'-separated:
// "config", "keys/<id>", "data/<2 hex>/<id>", "index/<id>", "snapshots/<id>".
class Storage {
public:
    virtual ~Storage() = default;
    virtual QString location() const = 0;

    virtual Result<std::unique_ptr<StorageWriter>> create(const QString& name) = 0;
    // Reads a whole object, refusing one larger than `maxBytes` (a length read from disk
    // is never trusted: shared/notes/ssh-and-safety.md §9).
    virtual Result<QByteArray> read(const QString& name, std::uint64_t maxBytes) = 0;
    virtual Result<QByteArray> readRange(const QString& name, std::uint64_t offset, std::uint64_t length) = 0;
    virtual Result<std::uint64_t> size(const QString& name) = 0;
    // Names in `directory` (recursively for "data"), temporary files excluded. A listing
    // that fails is an error, never an empty list.
    virtual Result<QStringList> list(const QString& directory) = 0;
    // Names of temporary files in `directory` (and, for "data", its fan-out directories)
    // that a killed writer left behind; prune removes those older than its grace age.
    virtual Result<QStringList> listTemporaries(const QString& directory) = 0;
    // When the object was last written (prune's grace age for unreferenced packs).
    virtual Result<QDateTime> modified(const QString& name) = 0;
    // Durable when it returns (the directory is flushed too): prune removes index files
    // before the packs they name, and that order must survive a power cut.
    virtual Status remove(const QString& name) = 0;
    virtual Status makeDirectory(const QString& name) = 0;
    virtual Result<bool> exists(const QString& name) = 0;

    // create + append + commit.
    Status write(const QString& name, const QByteArray& data);
};

} // namespace lifeboat::repo
