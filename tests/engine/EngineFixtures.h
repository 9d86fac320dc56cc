// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/repo/LocalStorage.h"
#include "core/repo/Repository.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace lifeboat::testing {

// Fast scrypt for tests: the cost parameter is stored per key, so a test repository opens
// in milliseconds; the production default is exercised by TestRepository's own case.
repo::InitOptions testInitOptions(bool encrypted = true);

std::unique_ptr<repo::Repository> initRepository(const QString& path, bool encrypted = true, std::uint32_t packTargetBytes = 1u << 20);
std::unique_ptr<repo::Repository> openRepository(const QString& path, const QByteArray& passphrase = "correct horse");

// Deterministic pseudo-random bytes (SplitMix64), so failures reproduce.
QByteArray pseudoRandom(qsizetype size, quint64 seed);

void writeFile(const QString& path, const QByteArray& content);
void setModificationTime(const QString& path, qint64 seconds, long nanoseconds, bool symlink = false);

// A tree with every kind of entry the engine must carry: empty, small, multi-chunk and
// sparse files, symlinks (relative, absolute, dangling), hard links across directories,
// unicode, newline, backslash and leading-dash names, a deep path, modes and mtimes.
void makeEveryKindTree(const QString& root, qint64 sparseBytes);

// Compares two trees entry by entry: type, size, content, permission bits (setuid and
// friends only when `compareSpecialBits`), mtime to the nanosecond, symlink targets, and
// hard-link structure. Returns the differences as sentences; empty when identical.
QStringList compareTrees(const QString& expected, const QString& actual, bool compareSpecialBits);

// Every path below `root` with its size and mtime, to show nothing outside a restore changed.
QStringList snapshotOfDirectory(const QString& root);

} // namespace lifeboat::testing
