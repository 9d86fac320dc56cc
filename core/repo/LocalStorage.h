// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Storage.h"
#include "core/platform/FileSystem.h"

#include <QHash>

#include <mutex>

namespace lifeboat::repo {

// A repository in a local directory, written the way restic's local backend does it:
// temporary name in the same directory → write → fsync → rename → fsync the directory.
class LocalStorage final : public Storage {
    Q_DECLARE_TR_FUNCTIONS(LocalStorage)
public:
    explicit LocalStorage(QString root);
    QString location() const override { return m_root; }

    Result<std::unique_ptr<StorageWriter>> create(const QString& name) override;
    Result<QByteArray> read(const QString& name, std::uint64_t maxBytes) override;
    Result<QByteArray> readRange(const QString& name, std::uint64_t offset, std::uint64_t length) override;
    Result<std::uint64_t> size(const QString& name) override;
    Result<QStringList> list(const QString& directory) override;
    Result<QStringList> listTemporaries(const QString& directory) override;
    Result<QDateTime> modified(const QString& name) override;
    Status remove(const QString& name) override;
    Status makeDirectory(const QString& name) override;
    Result<bool> exists(const QString& name) override;

    static bool isTemporaryName(const QString& name);

private:
    QByteArray nativePath(const QString& name) const;
    // Restore and verify read thousands of ranges from the same few packs: keeping the
    // last packs open saves an open() per chunk (measured: the costliest system call of
    // a restore). Repository files never change once written, only disappear (prune),
    // and remove() drops the cached handle first.
    Result<std::shared_ptr<platform::FileHandle>> cachedHandle(const QString& name);
    QString m_root;
    std::mutex m_cacheMutex;
    QHash<QString, std::shared_ptr<platform::FileHandle>> m_openFiles;
};

} // namespace lifeboat::repo
