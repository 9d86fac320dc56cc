// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanApply.h"

#include "JobPlanner.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <mutex>

namespace lifeboat::schedule {

QJsonObject PlanApply::params(const NodeJobs& jobs, bool dryRun, const QString& scheduler)
{
    QJsonArray list;
    for (const ScheduledJob& j : jobs.jobs)
        list.append(j.toJson());
    QJsonObject params{{QStringLiteral("owner"), jobs.owner},
                       {QStringLiteral("jobs"), QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact))},
                       {QStringLiteral("dry-run"), dryRun}};
    if (!scheduler.isEmpty())
        params.insert(QStringLiteral("scheduler"), scheduler);
    return params;
}

Status PlanApply::readAnswer(const QJsonObject& result, NodeApply& into)
{
    into.scheduler = result.value(QLatin1String("scheduler")).toString();
    into.changes.clear();
    for (const QJsonValue& c : result.value(QLatin1String("changes")).toArray()) {
        auto change = JobDiff::fromJson(c.toObject());
        if (!change)
            return Error{Error::Code::Corrupt, tr("Node %1 answered with a change that cannot be read: %2").arg(into.node, change.error().message)};
        into.changes.push_back(std::move(change.value()));
    }
    for (const QJsonValue& w : result.value(QLatin1String("warnings")).toArray())
        if (!into.warnings.contains(w.toString()))
            into.warnings << w.toString();
    return success();
}

std::vector<NodeApply> PlanApply::run(const plan::Plan& plan, const fleet::FleetOptions& fleet, const Options& options,
                                      const std::function<void(const NodeApply&)>& onNode, const std::atomic<bool>* cancel)
{
    std::vector<NodeApply> out;
    std::mutex outMutex;
    fleet::FleetStatus::withSessions(
        plan, options.nodes, fleet,
        [&](const plan::Node& node, fleet::NodeReport& report, fleet::EngineSession* session) {
            NodeApply result;
            result.node = node.name;
            result.address = report.address;
            const NodeJobs jobs = JobPlanner::jobsForNode(plan, node.name);
            result.warnings = jobs.warnings;
            const auto finish = [&] {
                std::lock_guard lock(outMutex);
                out.push_back(result);
                if (onNode)
                    onNode(result);
            };
            if (!session) {
                result.error = report.error;
                if (report.error.code == Error::Code::HostKeyUnknown)
                    result.hostKeyFingerprint = report.hostKeyFingerprint;
                return finish();
            }
            result.reached = true;
            // The difference first, always: a real apply then changes exactly what was shown
            // unless the node changed in between, which the second answer would say.
            const std::vector<bool> passes = options.dryRun ? std::vector<bool>{true} : std::vector<bool>{true, false};
            for (const bool dry : passes) {
                auto answer = session->request(QStringLiteral("schedule.set"), params(jobs, dry, options.scheduler), {}, cancel);
                if (!answer) {
                    result.error = answer.error();
                    return finish();
                }
                if (auto s = readAnswer(answer->result, result); !s) {
                    result.error = s.error();
                    return finish();
                }
            }
            result.applied = !options.dryRun;
            finish();
        },
        cancel);
    // In the plan's node order, whatever order the nodes answered in.
    std::vector<NodeApply> ordered;
    for (const plan::Node& n : plan.nodes)
        for (const NodeApply& a : out)
            if (a.node == n.name)
                ordered.push_back(a);
    return ordered;
}

} // namespace lifeboat::schedule
