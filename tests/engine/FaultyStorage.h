// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/repo/LocalStorage.h"

#include <atomic>
#include <functional>

namespace lifeboat::testing {

// A real local repository with faults injected between the engine and the disk, the way
// a failing disk or a full file system shows them: the Nth append fails with EIO, or
// writes only half and then fails (a short write), the disk fills after N bytes (ENOSPC),
// or the Nth commit fails at its fsync (EIO); or what was written reads back with a flipped
// bit (a compressor, memory or write-path bug: the check before commit must catch it). Also a hook after each commit, so a test can
// act (cancel) at an exact point of a backup.
class FaultyStorage final : public repo::Storage {
public:
    // PowerCut: at the Nth step that changes the repository (create, append, commit,
    // remove) the power goes: that step and every later one fail, and what was not
    // committed (fsynced and renamed) is gone, as after a real power loss.
    enum class Fault { None, FailAppend, ShortAppend, NoSpaceAfterBytes, FailCommitSync, CorruptWrittenBytes, PowerCut };

    FaultyStorage(const QString& root, Fault fault, std::uint64_t at);
    QString location() const override { return m_inner.location(); }
    Result<std::unique_ptr<repo::StorageWriter>> create(const QString& name) override;
    Result<QByteArray> read(const QString& name, std::uint64_t maxBytes) override { return m_inner.read(name, maxBytes); }
    Result<QByteArray> readRange(const QString& name, std::uint64_t offset, std::uint64_t length) override { return m_inner.readRange(name, offset, length); }
    Result<std::uint64_t> size(const QString& name) override { return m_inner.size(name); }
    Result<QStringList> list(const QString& directory) override
    {
        if (directory == failList)
            return Error{Error::Code::Io, QStringLiteral("listing %1 failed: Input/output error (injected)").arg(directory)};
        return m_inner.list(directory);
    }
    Result<QStringList> listTemporaries(const QString& directory) override { return m_inner.listTemporaries(directory); }
    Result<QDateTime> modified(const QString& name) override { return m_inner.modified(name); }
    Status remove(const QString& name) override
    {
        if (powerStep())
            return powerLost(name);
        return m_inner.remove(name);
    }
    Status makeDirectory(const QString& name) override { return m_inner.makeDirectory(name); }
    Result<bool> exists(const QString& name) override { return m_inner.exists(name); }

    std::function<void(const QString& name)> afterCommit;
    QString failList;                    // a directory whose listing fails with EIO
    bool powerWasCut() const { return m_powerCut.load(); }
    std::uint64_t steps() const { return m_steps.load(); }
    int faultsInjected() const { return m_faults; }
    int appends() const { return m_appends; }
    int commits() const { return m_commits; }

private:
    friend class FaultyWriter;
    // True when this step is at or after the power cut.
    bool powerStep()
    {
        if (m_fault != Fault::PowerCut)
            return false;
        if (m_steps.fetch_add(1) + 1 >= m_at)
            m_powerCut = true;
        return m_powerCut.load();
    }
    static Error powerLost(const QString& name) { return Error{Error::Code::Io, QStringLiteral("%1: the power was cut (injected)").arg(name)}; }
    std::atomic<std::uint64_t> m_steps{0};
    std::atomic<bool> m_powerCut{false};
    repo::LocalStorage m_inner;
    Fault m_fault;
    std::uint64_t m_at;
    int m_appends = 0;
    int m_commits = 0;
    std::uint64_t m_bytes = 0;
    int m_faults = 0;
};

} // namespace lifeboat::testing
