// SPDX-License-Identifier: GPL-3.0-or-later
#include "MonitorOutput.h"

#include <cmath>

namespace lifeboat::monitor {

namespace {

QString number(double value)
{
    // Plain decimal: both formats accept it, and integers stay integers.
    if (std::isfinite(value) && value == std::floor(value) && std::fabs(value) < 1e15)
        return QString::number(static_cast<qint64>(value));
    return QString::number(value, 'g', 10);
}

} // namespace

QString MonitorOutput::perfLabel(const QString& label)
{
    // Labels with anything but letters, digits and _ are quoted; a quote inside is doubled;
    // '=' is not allowed at all.
    QString clean = label;
    clean.replace(QLatin1Char('='), QLatin1Char('_'));
    clean.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + clean + QLatin1Char('\'');
}

QString MonitorOutput::nagios(const std::vector<HealthItem>& items)
{
    const Severity worst = FleetHealth::worst(items);
    int datasets = 0;
    int datasetsOk = 0;
    QStringList problems;
    QStringList perf;
    for (const HealthItem& item : items) {
        if (item.kind == QLatin1String("dataset")) {
            ++datasets;
            datasetsOk += item.state == HealthState::Ok ? 1 : 0;
            if (item.lastBackupAgeSeconds && item.rpoSeconds > 0) {
                // warn at 75% of the RPO, critical at the RPO, as FleetHealth judges.
                perf << QStringLiteral("%1=%2s;%3;%4;0")
                            .arg(perfLabel(item.name + QStringLiteral(" backup age")), number(*item.lastBackupAgeSeconds), number(std::round(item.rpoSeconds * 0.75)),
                                 number(item.rpoSeconds));
            }
            if (item.lastDrillAgeSeconds)
                perf << QStringLiteral("%1=%2s;;;0").arg(perfLabel(item.name + QStringLiteral(" drill age")), number(std::round(*item.lastDrillAgeSeconds)));
            if (item.restoreEstimateSeconds) {
                // warn beyond the RTO, as FleetHealth judges (rto-not-proven is a warning).
                perf << QStringLiteral("%1=%2s;%3;;0")
                            .arg(perfLabel(item.name + QStringLiteral(" restore estimate")), number(std::round(*item.restoreEstimateSeconds)),
                                 item.rtoSeconds > 0 ? number(item.rtoSeconds) : QString());
            }
        } else if (item.kind == QLatin1String("repository") && item.freeBytes && item.totalBytes) {
            perf << QStringLiteral("%1=%2B;;;0;%3").arg(perfLabel(item.name + QStringLiteral(" free")), number(*item.freeBytes), number(*item.totalBytes));
        }
        if (item.severity != Severity::Ok)
            problems << item.reason;
    }
    QString summary = problems.isEmpty() ? QStringLiteral("%1 datasets within their RPO, every repository and node OK").arg(datasets)
                                         : QStringLiteral("%1 problem(s), %2 of %3 datasets OK: %4").arg(problems.size()).arg(datasetsOk).arg(datasets).arg(problems.first());
    // The status line is one line: a reason's newline would end it.
    summary.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('|'), QLatin1Char('/'));
    perf.prepend(QStringLiteral("datasets_ok=%1;;;0;%2").arg(datasetsOk).arg(datasets));
    perf.prepend(QStringLiteral("problems=%1;;;0").arg(problems.size()));
    QString out = QStringLiteral("LIFEBOAT %1 - %2 | %3\n").arg(FleetHealth::severityName(worst), summary, perf.join(QLatin1Char(' ')));
    for (const HealthItem& item : items) {
        if (item.severity != Severity::Ok)
            out += QStringLiteral("%1 %2: %3\n").arg(FleetHealth::severityName(item.severity), item.kind, QString(item.reason).replace(QLatin1Char('|'), QLatin1Char('/')));
    }
    return out;
}

QString MonitorOutput::escapeLabelValue(const QString& value)
{
    QString out;
    for (const QChar c : value) {
        if (c == QLatin1Char('\\'))
            out += QStringLiteral("\\\\");
        else if (c == QLatin1Char('"'))
            out += QStringLiteral("\\\"");
        else if (c == QLatin1Char('\n'))
            out += QStringLiteral("\\n");
        else
            out += c;
    }
    return out;
}

QString MonitorOutput::prometheus(const std::vector<HealthItem>& items, const QDateTime& now)
{
    QString out;
    const auto family = [&](const char* name, const char* help) {
        out += QStringLiteral("# HELP %1 %2\n# TYPE %1 gauge\n").arg(QLatin1String(name), QLatin1String(help));
    };
    const auto label = [](const char* key, const QString& value) { return QStringLiteral("%1=\"%2\"").arg(QLatin1String(key), escapeLabelValue(value)); };
    const auto sample = [&](const char* name, const QStringList& labels, double value) {
        out += QStringLiteral("%1{%2} %3\n").arg(QLatin1String(name), labels.join(QLatin1Char(',')), number(value));
    };
    const HealthState states[] = {HealthState::Ok, HealthState::RpoAtRisk, HealthState::RpoBreached, HealthState::LastRunFailed, HealthState::VerificationFailed,
                                  HealthState::RepositoryNearlyFull, HealthState::NodeUnreachable, HealthState::EngineOutdated, HealthState::ScheduleNotApplied, HealthState::RtoNotProven, HealthState::Unknown};

    family("lifeboat_dataset_state", "1 for the state each dataset is in (one sample per state), 0 for the others.");
    for (const HealthItem& item : items) {
        if (item.kind != QLatin1String("dataset"))
            continue;
        for (HealthState s : states) {
            if (s == HealthState::RepositoryNearlyFull || s == HealthState::NodeUnreachable || s == HealthState::EngineOutdated || s == HealthState::ScheduleNotApplied)
                continue;
            sample("lifeboat_dataset_state", {label("dataset", item.name), label("state", FleetHealth::stateName(s))}, item.state == s ? 1 : 0);
        }
    }
    family("lifeboat_dataset_last_backup_age_seconds", "Age of the newest successful backup of each dataset the nodes' journals record.");
    for (const HealthItem& item : items) {
        if (item.kind == QLatin1String("dataset") && item.lastBackupAgeSeconds)
            sample("lifeboat_dataset_last_backup_age_seconds", {label("dataset", item.name)}, *item.lastBackupAgeSeconds);
    }
    family("lifeboat_dataset_rpo_seconds", "The recovery point objective of each dataset, from the plan.");
    for (const HealthItem& item : items) {
        if (item.kind == QLatin1String("dataset"))
            sample("lifeboat_dataset_rpo_seconds", {label("dataset", item.name)}, item.rpoSeconds);
    }
    family("lifeboat_dataset_rto_seconds", "The recovery time objective of each dataset, from the plan.");
    for (const HealthItem& item : items) {
        if (item.kind == QLatin1String("dataset"))
            sample("lifeboat_dataset_rto_seconds", {label("dataset", item.name)}, item.rtoSeconds);
    }
    family("lifeboat_dataset_last_drill_age_seconds", "Age of the newest successful restore drill of each drilled dataset.");
    for (const HealthItem& item : items) {
        if (item.kind == QLatin1String("dataset") && item.lastDrillAgeSeconds)
            sample("lifeboat_dataset_last_drill_age_seconds", {label("dataset", item.name)}, *item.lastDrillAgeSeconds);
    }
    family("lifeboat_dataset_drill_restore_bytes_per_second", "Restore throughput the newest successful drill of each dataset measured.");
    for (const HealthItem& item : items) {
        if (item.kind == QLatin1String("dataset") && item.drillBytesPerSecond)
            sample("lifeboat_dataset_drill_restore_bytes_per_second", {label("dataset", item.name)}, *item.drillBytesPerSecond);
    }
    family("lifeboat_dataset_restore_estimate_seconds", "Time to restore all of each dataset at its drill's measured throughput.");
    for (const HealthItem& item : items) {
        if (item.kind == QLatin1String("dataset") && item.restoreEstimateSeconds)
            sample("lifeboat_dataset_restore_estimate_seconds", {label("dataset", item.name)}, *item.restoreEstimateSeconds);
    }
    family("lifeboat_repository_free_bytes", "Free bytes on the file system of each repository.");
    for (const HealthItem& item : items) {
        if (item.kind == QLatin1String("repository") && item.freeBytes)
            sample("lifeboat_repository_free_bytes", {label("repository", item.name)}, *item.freeBytes);
    }
    family("lifeboat_repository_size_bytes", "Size of the file system of each repository.");
    for (const HealthItem& item : items) {
        if (item.kind == QLatin1String("repository") && item.totalBytes)
            sample("lifeboat_repository_size_bytes", {label("repository", item.name)}, *item.totalBytes);
    }
    family("lifeboat_node_up", "1 when the node answered with a usable engine, else 0.");
    for (const HealthItem& item : items) {
        if (item.kind == QLatin1String("node"))
            // Up means answering with a usable engine; a schedule not applied is its own state.
            sample("lifeboat_node_up", {label("node", item.name)}, item.up && (item.state == HealthState::Ok || item.state == HealthState::ScheduleNotApplied) ? 1 : 0);
    }
    family("lifeboat_node_schedule_applied", "1 when the node's installed jobs are the plan's, 0 when not (only for nodes that answered).");
    for (const HealthItem& item : items) {
        if (item.kind == QLatin1String("node") && item.up && (item.state == HealthState::Ok || item.state == HealthState::ScheduleNotApplied))
            sample("lifeboat_node_schedule_applied", {label("node", item.name)}, item.state == HealthState::Ok ? 1 : 0);
    }
    family("lifeboat_check_timestamp_seconds", "When this check ran (Unix time).");
    out += QStringLiteral("lifeboat_check_timestamp_seconds %1\n").arg(number(static_cast<double>(now.toSecsSinceEpoch())));
    return out;
}

} // namespace lifeboat::monitor
