// SPDX-License-Identifier: GPL-3.0-or-later
#include "RemoteSnapshots.h"

#include "EngineSession.h"
#include "SshTransport.h"

#include <QJsonArray>

namespace lifeboat::fleet {

Result<QList<repo::Snapshot>> RemoteSnapshots::fromListing(const QJsonObject& result)
{
    if (!result.value(QLatin1String("snapshots")).isArray())
        return Error{Error::Code::Corrupt, tr("The engine's answer has no list of snapshots.")};
    QList<repo::Snapshot> out;
    const QJsonArray list = result.value(QLatin1String("snapshots")).toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject o = list.at(i).toObject();
        repo::Snapshot s;
        s.id = o.value(QLatin1String("id")).toString();
        s.time = QDateTime::fromString(o.value(QLatin1String("time")).toString(), Qt::ISODateWithMs);
        if (s.id.size() < 8 || !s.time.isValid())
            return Error{Error::Code::Corrupt, tr("Snapshot %1 of the engine's answer has no valid id or time.").arg(i + 1)};
        s.hostname = o.value(QLatin1String("hostname")).toString();
        s.username = o.value(QLatin1String("username")).toString();
        for (const QJsonValue& p : o.value(QLatin1String("paths")).toArray())
            s.paths << p.toString();
        for (const QJsonValue& t : o.value(QLatin1String("tags")).toArray())
            s.tags << t.toString();
        s.dataset = o.value(QLatin1String("dataset")).toString();
        s.generation = o.value(QLatin1String("generation")).toString();
        for (const QJsonValue& p : o.value(QLatin1String("damagedPaths")).toArray())
            s.damagedPaths << p.toString();
        s.parent = o.value(QLatin1String("parent")).toString();
        s.summary.files = static_cast<std::uint64_t>(o.value(QLatin1String("files")).toInteger());
        s.summary.bytes = static_cast<std::uint64_t>(o.value(QLatin1String("bytes")).toInteger());
        out.append(s);
    }
    return out;
}

Result<QList<repo::Snapshot>> RemoteSnapshots::list(const plan::Node& node, const FleetOptions& options, const QString& repositoryPath, const QByteArray& passphrase)
{
    auto [target, ssh] = FleetStatus::connectionFor(node, options);
    if (!ssh::SshTarget::validHost(target.host))
        return Error{Error::Code::Invalid, tr("Node %1 has no usable address (\"%2\"); nothing was sent.").arg(node.name, target.host)};
    auto transport = SshTransport::start(target, ssh, options.enginePath);
    if (!transport)
        return transport.error();
    auto session = EngineSession::open(std::unique_ptr<EngineTransport>(std::move(transport.value())), options.session);
    if (!session)
        return session.error();
    QJsonObject params{{QStringLiteral("repo"), repositoryPath}};
    if (!passphrase.isEmpty())
        params.insert(QStringLiteral("password"), QString::fromUtf8(passphrase));
    auto answer = (*session)->request(QStringLiteral("repo.snapshots"), params);
    (*session)->close();
    if (!answer)
        return answer.error();
    return fromListing(answer->result);
}

} // namespace lifeboat::fleet
