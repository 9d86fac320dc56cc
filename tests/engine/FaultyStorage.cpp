// SPDX-License-Identifier: GPL-3.0-or-later
#include "FaultyStorage.h"

namespace lifeboat::testing {

class FaultyWriter final : public repo::StorageWriter {
public:
    FaultyWriter(FaultyStorage& owner, std::unique_ptr<repo::StorageWriter> inner, QString name)
        : m_owner(owner), m_inner(std::move(inner)), m_name(std::move(name))
    {
    }
    Status append(std::span<const std::uint8_t> data) override
    {
        if (m_owner.powerStep())
            return FaultyStorage::powerLost(m_name);
        const int n = ++m_owner.m_appends;
        using Fault = FaultyStorage::Fault;
        if (m_owner.m_fault == Fault::FailAppend && static_cast<std::uint64_t>(n) == m_owner.m_at) {
            ++m_owner.m_faults;
            return Error{Error::Code::Io, QStringLiteral("writing %1 failed: Input/output error (injected)").arg(m_name)};
        }
        if (m_owner.m_fault == Fault::ShortAppend && static_cast<std::uint64_t>(n) == m_owner.m_at) {
            ++m_owner.m_faults;
            (void)m_inner->append(data.first(data.size() / 2));
            return Error{Error::Code::Io, QStringLiteral("writing %1 failed after a short write (injected)").arg(m_name)};
        }
        if (m_owner.m_fault == Fault::NoSpaceAfterBytes && m_owner.m_bytes + data.size() > m_owner.m_at) {
            ++m_owner.m_faults;
            const std::size_t room = m_owner.m_at > m_owner.m_bytes ? static_cast<std::size_t>(m_owner.m_at - m_owner.m_bytes) : 0;
            (void)m_inner->append(data.first(std::min(room, data.size())));
            m_owner.m_bytes = m_owner.m_at;
            return Error{Error::Code::NoSpace, QStringLiteral("writing %1 failed: No space left on device (injected)").arg(m_name)};
        }
        m_owner.m_bytes += data.size();
        return m_inner->append(data);
    }
    Status commit() override
    {
        if (m_owner.powerStep())
            return FaultyStorage::powerLost(m_name);
        const int n = ++m_owner.m_commits;
        if (m_owner.m_fault == FaultyStorage::Fault::FailCommitSync && static_cast<std::uint64_t>(n) == m_owner.m_at) {
            ++m_owner.m_faults;
            // Like a failed fsync: the data never reaches its final name.
            return Error{Error::Code::Io, QStringLiteral("flushing %1 to disk failed: Input/output error (injected)").arg(m_name)};
        }
        Status committed = m_inner->commit();
        if (committed && m_owner.afterCommit)
            m_owner.afterCommit(m_name);
        return committed;
    }
    std::uint64_t bytesWritten() const override { return m_inner->bytesWritten(); }
    Result<QByteArray> readBack(std::uint64_t offset, std::uint64_t length) override
    {
        auto data = m_inner->readBack(offset, length);
        if (data && !data->isEmpty() && m_owner.m_fault == FaultyStorage::Fault::CorruptWrittenBytes && m_name.startsWith(QLatin1String("data/"))) {
            ++m_owner.m_faults;
            (*data)[data->size() / 2] = static_cast<char>((*data)[data->size() / 2] ^ 0x01);
        }
        return data;
    }

private:
    FaultyStorage& m_owner;
    std::unique_ptr<repo::StorageWriter> m_inner;
    QString m_name;
};

FaultyStorage::FaultyStorage(const QString& root, Fault fault, std::uint64_t at)
    : m_inner(root), m_fault(fault), m_at(at)
{
}

Result<std::unique_ptr<repo::StorageWriter>> FaultyStorage::create(const QString& name)
{
    if (powerStep())
        return powerLost(name);
    auto inner = m_inner.create(name);
    if (!inner)
        return inner.error();
    return std::unique_ptr<repo::StorageWriter>(new FaultyWriter(*this, std::move(inner.value()), name));
}

} // namespace lifeboat::testing
