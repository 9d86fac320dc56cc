// SPDX-License-Identifier: GPL-3.0-or-later
#include "AlertBook.h"

#include "core/util/JsonLines.h"

#include <QSet>
#include <QJsonDocument>
#include <QUuid>

#include <algorithm>

namespace lifeboat::monitor {

namespace {

HealthState stateFromName(const QString& name)
{
    for (HealthState s : {HealthState::Ok, HealthState::RpoAtRisk, HealthState::RpoBreached, HealthState::LastRunFailed, HealthState::VerificationFailed,
                          HealthState::RepositoryNearlyFull, HealthState::NodeUnreachable, HealthState::EngineOutdated, HealthState::ScheduleNotApplied, HealthState::RtoNotProven, HealthState::Unknown}) {
        if (FleetHealth::stateName(s) == name)
            return s;
    }
    return HealthState::Invalid;
}

QString time(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonObject toJson(const Alert& a)
{
    return QJsonObject{{QStringLiteral("id"), a.id},
                       {QStringLiteral("kind"), a.kind},
                       {QStringLiteral("name"), a.name},
                       {QStringLiteral("state"), FleetHealth::stateName(a.state)},
                       {QStringLiteral("severity"), FleetHealth::severityName(a.severity)},
                       {QStringLiteral("reason"), a.reason},
                       {QStringLiteral("raised"), time(a.raised)},
                       {QStringLiteral("lastSeen"), time(a.lastSeen)},
                       {QStringLiteral("cleared"), time(a.cleared)},
                       {QStringLiteral("acknowledged"), time(a.acknowledged)},
                       {QStringLiteral("acknowledgedBy"), a.acknowledgedBy}};
}

std::optional<Alert> fromJson(const QJsonObject& o)
{
    Alert a;
    a.id = o.value(QLatin1String("id")).toString();
    a.kind = o.value(QLatin1String("kind")).toString();
    a.name = o.value(QLatin1String("name")).toString();
    a.state = stateFromName(o.value(QLatin1String("state")).toString());
    const QString severity = o.value(QLatin1String("severity")).toString();
    a.severity = severity == QLatin1String("CRITICAL") ? Severity::Critical : severity == QLatin1String("WARNING") ? Severity::Warning
                                                     : severity == QLatin1String("OK")       ? Severity::Ok
                                                                                             : Severity::Unknown;
    a.reason = o.value(QLatin1String("reason")).toString();
    a.raised = QDateTime::fromString(o.value(QLatin1String("raised")).toString(), Qt::ISODateWithMs);
    a.lastSeen = QDateTime::fromString(o.value(QLatin1String("lastSeen")).toString(), Qt::ISODateWithMs);
    a.cleared = QDateTime::fromString(o.value(QLatin1String("cleared")).toString(), Qt::ISODateWithMs);
    a.acknowledged = QDateTime::fromString(o.value(QLatin1String("acknowledged")).toString(), Qt::ISODateWithMs);
    a.acknowledgedBy = o.value(QLatin1String("acknowledgedBy")).toString();
    if (a.id.isEmpty() || a.kind.isEmpty() || a.state == HealthState::Invalid || !a.raised.isValid())
        return std::nullopt;
    return a;
}

} // namespace

AlertBook::AlertBook(QString file) : m_file(std::move(file))
{
    int skipped = 0;
    auto alerts = jsonlines::lastById<Alert>(m_file, &fromJson, [](const Alert& a) { return a.id; }, &skipped);
    if (!alerts) {
        m_loadProblem = tr("The alert history %1 cannot be read: %2").arg(m_file, alerts.error().message);
        return;
    }
    m_alerts = std::move(alerts.value());
    std::stable_sort(m_alerts.begin(), m_alerts.end(), [](const Alert& a, const Alert& b) { return a.raised > b.raised; });
    if (skipped)
        m_loadProblem = tr("%n line(s) of the alert history %1 could not be read.", nullptr, skipped).arg(m_file);
}

const Alert* AlertBook::find(const QString& id) const
{
    const auto it = std::find_if(m_alerts.begin(), m_alerts.end(), [&](const Alert& a) { return a.id == id; });
    return it == m_alerts.end() ? nullptr : &*it;
}

Status AlertBook::write(const Alert& alert) const
{
    if (auto written = jsonlines::append(m_file, toJson(alert)); !written)
        return Error{Error::Code::Io, tr("The alert history %1 cannot be written: %2").arg(m_file, written.error().message)};
    return success();
}

std::vector<Alert> AlertBook::update(const std::vector<HealthItem>& items, const QDateTime& now, Status* written)
{
    std::vector<Alert> raised;
    Status status = success();
    const auto keep = [&](const Alert& a) {
        if (auto w = write(a); !w && status)
            status = w;
    };
    QSet<QString> mentioned;
    for (const HealthItem& item : items) {
        const QString key = item.kind + QLatin1Char('/') + item.name;
        mentioned.insert(key);
        if (item.state == HealthState::Unknown)
            continue;   // nothing new is known about it: its open alerts stay as they are
        bool stillOpen = false;
        for (Alert& a : m_alerts) {
            if (!a.open() || a.kind != item.kind || a.name != item.name)
                continue;
            if (a.state == item.state) {
                stillOpen = true;
                if (a.reason != item.reason || a.severity != item.severity) {
                    a.reason = item.reason;
                    a.severity = item.severity;
                    a.lastSeen = now;
                    keep(a);
                } else {
                    a.lastSeen = now;
                }
            } else {
                a.cleared = now;
                keep(a);
            }
        }
        if (item.severity == Severity::Ok || stillOpen)
            continue;
        Alert a;
        a.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        a.kind = item.kind;
        a.name = item.name;
        a.state = item.state;
        a.severity = item.severity;
        a.reason = item.reason;
        a.raised = now;
        a.lastSeen = now;
        keep(a);
        m_alerts.insert(m_alerts.begin(), a);
        raised.push_back(a);
    }
    for (Alert& a : m_alerts) {
        if (a.open() && !mentioned.contains(a.kind + QLatin1Char('/') + a.name)) {
            a.cleared = now;
            keep(a);
        }
    }
    if (written)
        *written = status;
    return raised;
}

Status AlertBook::acknowledge(const QString& id, const QString& who, const QDateTime& now)
{
    const auto it = std::find_if(m_alerts.begin(), m_alerts.end(), [&](const Alert& a) { return a.id == id; });
    if (it == m_alerts.end())
        return Error{Error::Code::NotFound, tr("There is no alert %1.").arg(id)};
    it->acknowledged = now;
    it->acknowledgedBy = who;
    return write(*it);
}

QJsonObject AlertBook::payload(const Alert& alert, const QString& planName)
{
    QJsonObject o = toJson(alert);
    o.insert(QStringLiteral("source"), QStringLiteral("lifeboat"));
    o.insert(QStringLiteral("plan"), planName);
    o.insert(QStringLiteral("open"), alert.open());
    return o;
}

} // namespace lifeboat::monitor
