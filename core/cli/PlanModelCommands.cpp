// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanModelCommands.h"

#include "ModelArguments.h"
#include "core/model/MonteCarlo.h"
#include "core/model/PlanRisk.h"
#include "core/model/WhatIf.h"
#include "core/plan/PlanLoader.h"
#include "core/util/Readable.h"

#include <QJsonArray>

#include <cmath>
#include <limits>

namespace lifeboat::cli {
namespace {

QJsonValue number(double x) { return std::isfinite(x) ? QJsonValue(x) : QJsonValue(); }
QJsonValue number(const std::optional<double>& x) { return x ? number(*x) : QJsonValue(); }

struct LoadedForModel {
    model::PlanExposure exposure;
    QString name;
};

// Read FILE, apply the what-ifs to its JSON, then read and check it as `plan check`
// does; a plan with errors is refused with the first of them.
Result<LoadedForModel> loadForModel(const QString& file, const QStringList& whatIfs)
{
    auto bytes = plan::PlanReader::readFile(file);
    if (!bytes)
        return bytes.error();
    QByteArray json = *bytes;
    if (!whatIfs.isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
        if (!document.isObject())
            return Error{Error::Code::Syntax, PlanModelCommand::tr("%1 is not a JSON plan (%2); what-ifs need one.").arg(file, parseError.errorString())};
        QJsonObject root = document.object();
        for (const QString& w : whatIfs)
            if (auto applied = model::WhatIf::apply(root, w); !applied)
                return Error{Error::Code::Invalid, applied.error().message};   // the command line is wrong, not the file
        json = QJsonDocument(root).toJson(QJsonDocument::Compact);
    }
    plan::LoadedPlan loaded = plan::PlanReader::parse(json);
    plan::checkLoadedPlan(loaded);
    const int errors = plan::countIssues(loaded.issues, plan::Severity::Error);
    if (errors > 0) {
        for (const plan::PlanIssue& i : loaded.issues)
            if (i.severity == plan::Severity::Error)
                return Error{Error::Code::Invalid, PlanModelCommand::tr("%1: %2: %3 (the plan has %n error(s); run \"lifeboat-cli plan check\" for every problem)", nullptr, errors)
                                                       .arg(file, i.path, i.message)};
    }
    auto exposure = model::PlanExposure::fromPlan(loaded.plan);
    if (!exposure)
        return Error{exposure.error().code, QStringLiteral("%1: %2").arg(file, exposure.error().message)};
    return LoadedForModel{std::move(exposure.value()), loaded.plan.name};
}

QString hoursText(const std::optional<double>& h)
{
    if (!h || !std::isfinite(*h))
        return QStringLiteral("-");
    return readable::hours(*h);
}

QJsonObject datasetJson(const model::DatasetRisk& r)
{
    QJsonArray causes;
    for (const model::CauseShare& c : r.causes)
        causes.append(QJsonObject{{QStringLiteral("cause"), c.cause}, {QStringLiteral("per_year"), c.perYear}});
    return QJsonObject{
        {QStringLiteral("dataset"), r.dataset},
        {QStringLiteral("tier"), r.tier},
        {QStringLiteral("size_bytes"), r.sizeBytes},
        {QStringLiteral("p_live_loss"), r.pLiveLoss},
        {QStringLiteral("p_data_loss"), r.pDataLoss},
        {QStringLiteral("loss_model"), r.lossModel},
        {QStringLiteral("live_loss_per_year"), r.liveLossPerYear},
        {QStringLiteral("data_loss_per_year"), r.dataLossPerYear},
        {QStringLiteral("durability_nines"), number(r.durabilityNines)},
        {QStringLiteral("causes"), causes},
        {QStringLiteral("expected_bytes_lost_per_year"), r.expectedBytesLostPerYear},
        {QStringLiteral("backups"), r.backups},
        {QStringLiteral("kept_restore_points"), r.keptPoints},
        {QStringLiteral("rpo"), QJsonObject{{QStringLiteral("expected_hours"), number(r.rpoExpectedHours)}, {QStringLiteral("worst_hours"), number(r.rpoWorstHours)},
                                            {QStringLiteral("target_hours"), r.rpoTargetHours}, {QStringLiteral("met"), r.rpoMet},
                                            {QStringLiteral("window_overrun"), r.windowOverrun}}},
        {QStringLiteral("rto"), QJsonObject{{QStringLiteral("restore_hours"), number(r.restoreHours)}, {QStringLiteral("target_hours"), r.rtoTargetHours},
                                            {QStringLiteral("met"), r.rtoMet}}},
        {QStringLiteral("detection"), QJsonObject{{QStringLiteral("mean_delay_hours"), number(r.detectionMeanDelayHours)},
                                                  {QStringLiteral("p_detected_within_retention"), number(r.pDetectedWithinRetention)},
                                                  {QStringLiteral("backups_reached_by_corruption"), number(r.backupsReachedByCorruption)}}},
    };
}

QJsonObject riskJson(const model::PlanRisk& risk)
{
    QJsonArray datasets;
    for (const model::DatasetRisk& r : risk.datasets)
        datasets.append(datasetJson(r));
    QJsonArray order;
    for (const model::RestoreStep& s : risk.restoreOrder)
        order.append(QJsonObject{{QStringLiteral("dataset"), s.dataset}, {QStringLiteral("tier"), s.tier}, {QStringLiteral("starts_after_hours"), s.startsAfterHours},
                                 {QStringLiteral("finishes_after_hours"), s.finishesAfterHours}, {QStringLiteral("within_rto"), s.withinRto}});
    QJsonArray repositories;
    for (const model::RepositoryCapacity& c : risk.repositories) {
        QJsonArray months;
        for (double b : c.bytesByMonth)
            months.append(b);
        repositories.append(QJsonObject{{QStringLiteral("repository"), c.repository}, {QStringLiteral("capacity_bytes"), c.capacityBytes},
                                        {QStringLiteral("full_after_days"), number(c.fullAfterDays)}, {QStringLiteral("bytes_by_month"), months}});
    }
    const model::BurstRisk& b = risk.burst;
    return QJsonObject{
        {QStringLiteral("mission_years"), risk.missionYears},
        {QStringLiteral("datasets"), datasets},
        {QStringLiteral("restore_order"), order},
        {QStringLiteral("repositories"), repositories},
        {QStringLiteral("burst"), QJsonObject{{QStringLiteral("failed_nodes"), b.failedNodes}, {QStringLiteral("nodes"), b.nodes}, {QStringLiteral("copysets"), b.copysets},
                                              {QStringLiteral("p_live_loss"), b.pLiveLossPerBurst}, {QStringLiteral("expected_live_bytes_lost"), b.expectedLiveBytesLostPerBurst},
                                              {QStringLiteral("expected_bytes_lost"), b.expectedBytesLostPerBurst}}},
        {QStringLiteral("assumptions"), QJsonArray::fromStringList(risk.assumptions)},
    };
}

void printRisk(QTextStream& out, const model::PlanRisk& risk)
{
    out << PlanModelCommand::tr("Per dataset, over %1 year(s):").arg(risk.missionYears) << '\n';
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
               .arg(PlanModelCommand::tr("dataset"), -20)
               .arg(PlanModelCommand::tr("P(live lost)"), 13)
               .arg(PlanModelCommand::tr("P(data lost)"), 13)
               .arg(PlanModelCommand::tr("lost/year"), 11)
               .arg(PlanModelCommand::tr("RPO exp/worst"), 17)
               .arg(PlanModelCommand::tr("target"), 8)
               .arg(PlanModelCommand::tr("restore/RTO"), 16)
        << '\n';
    for (const model::DatasetRisk& r : risk.datasets) {
        const QString rpo = QStringLiteral("%1/%2").arg(hoursText(r.rpoExpectedHours), hoursText(r.rpoWorstHours));
        const QString rto = QStringLiteral("%1/%2").arg(hoursText(r.restoreHours), hoursText(r.rtoTargetHours > 0 ? std::optional<double>(r.rtoTargetHours) : std::nullopt));
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
                   .arg(r.dataset, -20)
                   .arg(QString::number(r.pLiveLoss, 'e', 2), 13)
                   .arg(QString::number(r.pDataLoss, 'e', 2), 13)
                   .arg(readable::bytes(r.expectedBytesLostPerYear), 11)
                   .arg(rpo + (r.rpoMet ? QStringLiteral("  ") : QStringLiteral(" !")), 17)
                   .arg(hoursText(r.rpoTargetHours > 0 ? std::optional<double>(r.rpoTargetHours) : std::nullopt), 8)
                   .arg(rto + (r.rtoMet ? QStringLiteral("  ") : QStringLiteral(" !")), 16)
            << '\n';
        if (!r.causes.empty() && r.causes.front().perYear > 0)
            out << PlanModelCommand::tr("    largest cause: %1 (%2 a year)").arg(r.causes.front().cause, QString::number(r.causes.front().perYear, 'e', 2)) << '\n';
    }
    if (!risk.restoreOrder.empty()) {
        out << '\n' << PlanModelCommand::tr("Restoring everything, one dataset at a time in tier order:") << '\n';
        for (const model::RestoreStep& s : risk.restoreOrder)
            out << QStringLiteral("  %1 %2 %3%4\n")
                       .arg(s.dataset, -20)
                       .arg(s.tier, -9)
                       .arg(PlanModelCommand::tr("done after %1").arg(hoursText(s.finishesAfterHours)))
                       .arg(s.withinRto ? QString() : PlanModelCommand::tr("  (misses its RTO)"));
    }
    const model::BurstRisk& b = risk.burst;
    if (b.failedNodes > 0)
        out << '\n'
            << PlanModelCommand::tr("A burst of %1 of %2 nodes: %3 copysets in the plan's placement, P(some live data lost) %4, expected %5 lost after backups.")
                   .arg(b.failedNodes)
                   .arg(b.nodes)
                   .arg(b.copysets)
                   .arg(QString::number(b.pLiveLossPerBurst, 'g', 3), readable::bytes(b.expectedBytesLostPerBurst))
            << '\n';
    out << '\n' << PlanModelCommand::tr("Repositories:") << '\n';
    for (const model::RepositoryCapacity& c : risk.repositories) {
        const double now = c.bytesByMonth.empty() ? 0 : c.bytesByMonth.front();
        const double year = c.bytesByMonth.size() > 12 ? c.bytesByMonth[12] : now;
        const QString full = !c.fullAfterDays ? PlanModelCommand::tr("not full within 10 years")
                                              : (*c.fullAfterDays == 0 ? PlanModelCommand::tr("FULL already") : PlanModelCommand::tr("full in %1 days").arg(std::floor(*c.fullAfterDays)));
        out << QStringLiteral("  %1 %2 → %3 %4\n")
                   .arg(c.repository, -20)
                   .arg(readable::bytes(now), 10)
                   .arg(PlanModelCommand::tr("%1 in a year of %2, %3").arg(readable::bytes(year), readable::bytes(c.capacityBytes), full))
                   .arg(QString());
    }
    out << '\n' << PlanModelCommand::tr("Assumptions:") << '\n';
    for (const QString& a : risk.assumptions)
        out << QStringLiteral("  - ") << a << '\n';
}

} // namespace

int PlanModelCommand::plan(const QStringList& arguments, Streams streams)
{
    ModelArguments a(QStringLiteral("plan"), streams);
    a.parser.addPositionalArgument(QStringLiteral("file"), tr("The plan file."));
    a.parser.addOption({QStringLiteral("what-if"), tr("Change the plan before computing: PATH=VALUE (repeatable)."), QStringLiteral("PATH=VALUE")});
    a.option(QStringLiteral("mission-years"), tr("Years over which to give loss probabilities (default 1)."));
    if (!a.parse(arguments))
        return a.fail(a.problem);
    const double mission = a.number(QStringLiteral("mission-years"), 1.0);
    if (!a.problem.isEmpty())
        return a.fail(a.problem);
    if (a.parser.positionalArguments().size() != 1)
        return a.fail(tr("Give exactly one plan file."));
    const QStringList whatIfs = a.parser.values(QStringLiteral("what-if"));
    auto loaded = loadForModel(a.parser.positionalArguments().constFirst(), whatIfs);
    if (!loaded)
        return a.fail(loaded.error().message, loaded.error().code == Error::Code::Invalid || loaded.error().code == Error::Code::Syntax ? kExitInvalid : kExitUnreadable);
    auto risk = model::PlanRiskModel::evaluate(loaded->exposure, mission);
    if (!risk)
        return a.fail(risk.error().message);
    const QString label = tr("Markov chain per dataset over its live and repository nodes (node failures, domain outages, bursts, backups); RPO/RTO; capacity");
    if (a.json) {
        QJsonObject out = riskJson(*risk);
        out.insert(QStringLiteral("plan"), loaded->name);
        out.insert(QStringLiteral("what_if"), QJsonArray::fromStringList(whatIfs));
        return a.print(out, label);
    }
    streams.out << tr("model: %1").arg(label) << '\n' << tr("plan: %1").arg(loaded->name) << '\n';
    for (const QString& w : whatIfs)
        streams.out << tr("what-if: %1").arg(w) << '\n';
    printRisk(streams.out, *risk);
    return kExitOk;
}

int PlanModelCommand::simulate(const QStringList& arguments, Streams streams)
{
    ModelArguments a(QStringLiteral("simulate"), streams);
    a.parser.addPositionalArgument(QStringLiteral("file"), tr("The plan file."));
    a.parser.addOption({QStringLiteral("what-if"), tr("Change the plan before simulating: PATH=VALUE (repeatable)."), QStringLiteral("PATH=VALUE")});
    a.option(QStringLiteral("years"), tr("Mission time of each trial, in years."));
    a.option(QStringLiteral("trials"), tr("Number of trials (default 100000)."));
    a.option(QStringLiteral("seed"), tr("Seed; the same seed gives the same result on any number of threads (default 1)."));
    a.option(QStringLiteral("threads"), tr("Worker threads (default: one per core)."));
    a.option(QStringLiteral("repair"), tr("fixed (default) or exponential repair times."));
    a.option(QStringLiteral("confidence"), tr("Confidence of the intervals (default 0.95)."));
    if (!a.parse(arguments))
        return a.fail(a.problem);
    model::SimulationOptions o;
    o.years = a.number(QStringLiteral("years"));
    o.trials = a.integer(QStringLiteral("trials"), 100000);
    o.seed = static_cast<std::uint64_t>(a.integer(QStringLiteral("seed"), 1));
    o.threads = static_cast<int>(a.integer(QStringLiteral("threads"), 0));
    o.confidence = a.number(QStringLiteral("confidence"), 0.95);
    const QString repair = a.parser.isSet(QStringLiteral("repair")) ? a.parser.value(QStringLiteral("repair")) : QStringLiteral("fixed");
    if (!a.problem.isEmpty())
        return a.fail(a.problem);
    if (repair != QLatin1String("fixed") && repair != QLatin1String("exponential"))
        return a.fail(tr("--repair must be fixed or exponential (got \"%1\").").arg(repair));
    o.repair = repair == QLatin1String("fixed") ? model::RepairDistribution::Fixed : model::RepairDistribution::Exponential;
    if (o.threads < 0 || o.threads > 1024)
        return a.fail(tr("--threads must be between 0 and 1024."));
    if (a.parser.positionalArguments().size() != 1)
        return a.fail(tr("Give exactly one plan file."));
    auto loaded = loadForModel(a.parser.positionalArguments().constFirst(), a.parser.values(QStringLiteral("what-if")));
    if (!loaded)
        return a.fail(loaded.error().message, loaded.error().code == Error::Code::Invalid || loaded.error().code == Error::Code::Syntax ? kExitInvalid : kExitUnreadable);
    auto result = model::MonteCarlo::run(loaded->exposure, o);
    if (!result)
        return a.fail(result.error().message);
    auto analytic = model::PlanRiskModel::evaluate(loaded->exposure, o.years);
    if (!analytic)
        return a.fail(analytic.error().message);
    const auto interval = [](const model::Estimate& e) {
        return QJsonObject{{QStringLiteral("value"), e.value}, {QStringLiteral("low"), e.low}, {QStringLiteral("high"), e.high}};
    };
    QJsonArray datasets;
    for (std::size_t i = 0; i < result->datasets.size(); ++i) {
        const model::DatasetEstimate& d = result->datasets[i];
        const model::DatasetRisk& r = analytic->datasets[i];
        datasets.append(QJsonObject{{QStringLiteral("dataset"), d.dataset},
                                    {QStringLiteral("p_live_loss"), interval(d.pLiveLoss)},
                                    {QStringLiteral("p_data_loss"), interval(d.pDataLoss)},
                                    {QStringLiteral("expected_bytes_lost_per_year"), interval(d.expectedBytesLostPerYear)},
                                    {QStringLiteral("restore_point_age_hours"), interval(d.restorePointAgeHours)},
                                    {QStringLiteral("analytic_p_live_loss"), r.pLiveLoss},
                                    {QStringLiteral("analytic_p_data_loss"), r.pDataLoss}});
    }
    const QString label = tr("Monte Carlo (%1 repair times)").arg(repair);
    if (a.json) {
        return a.print(QJsonObject{{QStringLiteral("plan"), loaded->name},
                                   {QStringLiteral("years"), o.years},
                                   {QStringLiteral("trials"), static_cast<double>(o.trials)},
                                   {QStringLiteral("seed"), QString::number(o.seed)},
                                   {QStringLiteral("threads"), result->threads},
                                   {QStringLiteral("confidence"), o.confidence},
                                   {QStringLiteral("seconds"), result->seconds},
                                   {QStringLiteral("node_years_per_second"), result->nodeYearsPerSecond},
                                   {QStringLiteral("p_any_data_loss"), interval(result->pAnyDataLoss)},
                                   {QStringLiteral("datasets"), datasets}},
                       label);
    }
    streams.out << tr("model: %1").arg(label) << '\n'
                << tr("plan: %1; %L2 trials of %L3 year(s), seed %4, %L5 threads, %L6 s (%L7 node-years/s)")
                       .arg(loaded->name)
                       .arg(o.trials)
                       .arg(o.years)
                       .arg(o.seed)
                       .arg(result->threads)
                       .arg(result->seconds, 0, 'f', 2)
                       .arg(result->nodeYearsPerSecond, 0, 'e', 2)
                << '\n'
                << tr("%1% intervals; \"analytic\" is the plan model's figure for the same mission.").arg(o.confidence * 100) << '\n';
    for (std::size_t i = 0; i < result->datasets.size(); ++i) {
        const model::DatasetEstimate& d = result->datasets[i];
        const model::DatasetRisk& r = analytic->datasets[i];
        const auto text = [](const model::Estimate& e) {
            return QStringLiteral("%1 [%2, %3]").arg(QString::number(e.value, 'e', 2), QString::number(e.low, 'e', 2), QString::number(e.high, 'e', 2));
        };
        streams.out << QStringLiteral("%1 ").arg(d.dataset, -20) << tr("P(live lost) %1 (analytic %2); P(data lost) %3 (analytic %4)")
                                                                       .arg(text(d.pLiveLoss), QString::number(r.pLiveLoss, 'e', 2), text(d.pDataLoss),
                                                                            QString::number(r.pDataLoss, 'e', 2))
                    << '\n';
    }
    return kExitOk;
}

} // namespace lifeboat::cli
