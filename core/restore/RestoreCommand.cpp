// SPDX-License-Identifier: GPL-3.0-or-later
#include "RestoreCommand.h"

#include <QJsonArray>

#include <algorithm>

namespace lifeboat::restore {

QJsonObject RestoreCommand::params(const RestoreJob& job)
{
    QJsonObject params{{QStringLiteral("repo"), job.repository},
                       {QStringLiteral("target"), job.target},
                       {QStringLiteral("conflict"), conflictName(job.conflict)},
                       {QStringLiteral("args"), QJsonArray{job.snapshot}}};
    if (!job.includes.isEmpty())
        params.insert(QStringLiteral("include"), QJsonArray::fromStringList(job.includes));
    if (job.dryRun)
        params.insert(QStringLiteral("dry-run"), true);
    return params;
}

QString RestoreCommand::shellQuote(const QString& value)
{
    // Single quotes keep everything literal in a POSIX shell; a single quote itself is
    // closed, escaped and reopened.
    QString quoted = value;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString RestoreCommand::commandLine(const RestoreJob& job, const plan::Plan& plan)
{
    QStringList words{QStringLiteral("lifeboat-cli"), QStringLiteral("repo"), QStringLiteral("restore"), QStringLiteral("--repo"), shellQuote(job.repository),
                      QStringLiteral("--target"), shellQuote(job.target), QStringLiteral("--conflict"), conflictName(job.conflict)};
    for (const QString& include : job.includes)
        words << QStringLiteral("--include") << shellQuote(include);
    if (job.dryRun)
        words << QStringLiteral("--dry-run");
    words << QStringLiteral("--") << shellQuote(job.snapshot);
    const QString command = words.join(QLatin1Char(' '));
    if (job.place.local())
        return command;
    const auto node = std::find_if(plan.nodes.begin(), plan.nodes.end(), [&](const plan::Node& n) { return n.name == job.place.node; });
    if (node == plan.nodes.end())
        return command;
    QStringList ssh{QStringLiteral("ssh")};
    if (node->address.isEmpty()) {
        ssh << QStringLiteral("--") << shellQuote(node->sshAlias);
    } else {
        if (node->port != 22)
            ssh << QStringLiteral("-p") << QString::number(node->port);
        const QString host = node->user.isEmpty() ? node->address : node->user + QLatin1Char('@') + node->address;
        ssh << QStringLiteral("--") << shellQuote(host);
    }
    // ssh hands its command to the remote shell as one string: quoted once more.
    return ssh.join(QLatin1Char(' ')) + QLatin1Char(' ') + shellQuote(command);
}

Result<QString> RestoreCommand::repositoryAddress(const plan::Plan& plan, const plan::Repository& repository, const EnginePlace& reader, const EnginePlace& engine)
{
    if (reader == engine)
        return repository.path;
    if (reader.local())
        return Error{Error::Code::Invalid, tr("Repository %1 is read on this computer, which node %2 cannot reach; read it on its node %3 instead.")
                                               .arg(repository.name, engine.node, repository.node)};
    const auto node = std::find_if(plan.nodes.begin(), plan.nodes.end(), [&](const plan::Node& n) { return n.name == reader.node; });
    if (node == plan.nodes.end())
        return Error{Error::Code::NotFound, tr("Repository %1 is on node %2, which is not in the plan.").arg(repository.name, reader.node)};
    QString authority = node->address.isEmpty() ? node->sshAlias : node->address;
    if (authority.contains(QLatin1Char(':')))
        authority = QLatin1Char('[') + authority + QLatin1Char(']');
    if (!node->user.isEmpty())
        authority = node->user + QLatin1Char('@') + authority;
    if (!node->address.isEmpty() && node->port != 22)
        authority += QLatin1Char(':') + QString::number(node->port);
    const QString path = repository.path.startsWith(QLatin1Char('/')) ? repository.path : QLatin1Char('/') + repository.path;
    return QString(QStringLiteral("sftp://") + authority + path);
}

QString RestoreCommand::literalGlob(const QString& path)
{
    QString out;
    out.reserve(path.size());
    for (const QChar ch : path) {
        if (ch == QLatin1Char('*') || ch == QLatin1Char('?') || ch == QLatin1Char('['))
            out += QLatin1Char('[') + ch + QLatin1Char(']');
        else
            out += ch;
    }
    return out;
}

QString RestoreCommand::conflictName(engine::ConflictPolicy policy)
{
    switch (policy) {
    case engine::ConflictPolicy::Overwrite:
        return QStringLiteral("overwrite");
    case engine::ConflictPolicy::Rename:
        return QStringLiteral("rename");
    case engine::ConflictPolicy::Skip:
    case engine::ConflictPolicy::Invalid:
        break;
    }
    return QStringLiteral("skip");
}

engine::ConflictPolicy RestoreCommand::conflictFromName(const QString& name)
{
    if (name == QLatin1String("overwrite"))
        return engine::ConflictPolicy::Overwrite;
    if (name == QLatin1String("rename"))
        return engine::ConflictPolicy::Rename;
    if (name == QLatin1String("skip"))
        return engine::ConflictPolicy::Skip;
    return engine::ConflictPolicy::Invalid;
}

} // namespace lifeboat::restore
