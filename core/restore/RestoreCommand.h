// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/Restore.h"
#include "core/plan/Plan.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace lifeboat::restore {

// Where an engine runs: this computer, or a node of the plan.
struct EnginePlace {
    QString node;                                   // empty: this computer
    bool local() const { return node.isEmpty(); }
    bool operator==(const EnginePlace&) const = default;
};

// One restore (or its dry run) as the engine at `place` runs it.
struct RestoreJob {
    EnginePlace place;
    QString repository;                             // as that engine opens it: a path or sftp:// address
    QString snapshot;                               // full id
    QString target;
    QStringList includes;                           // globs; empty: everything
    engine::ConflictPolicy conflict = engine::ConflictPolicy::Skip;
    bool dryRun = false;
};

// The same restore as a protocol request and as the command an operator can script.
class RestoreCommand {
    Q_DECLARE_TR_FUNCTIONS(RestoreCommand)
public:
    // The params of a "repo.restore" request, without the passphrase.
    static QJsonObject params(const RestoreJob& job);
    // `lifeboat-cli repo restore ...`, every value quoted for a POSIX shell; for a node,
    // inside `ssh` (quoted a second time for the remote shell). The passphrase is not in
    // it: the CLI reads $LIFEBOAT_PASSWORD or asks.
    static QString commandLine(const RestoreJob& job, const plan::Plan& plan);
    // How the engine at `engine` reaches a repository whose files are read at `reader`
    // (the repository's node, or this computer where it is mounted): the path when both
    // are the same place, else sftp:// to the reader node. A repository read on this
    // computer cannot be reached from a node: an error that says so.
    static Result<QString> repositoryAddress(const plan::Plan& plan, const plan::Repository& repository, const EnginePlace& reader, const EnginePlace& engine);
    static QString shellQuote(const QString& value);
    // A glob that matches exactly this snapshot path (and what is below it): the glob's
    // special characters in a name are written as one-character classes.
    static QString literalGlob(const QString& path);
    static QString conflictName(engine::ConflictPolicy policy);
    static engine::ConflictPolicy conflictFromName(const QString& name);
};

} // namespace lifeboat::restore
