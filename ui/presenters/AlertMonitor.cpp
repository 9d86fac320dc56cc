// SPDX-License-Identifier: GPL-3.0-or-later
#include "AlertMonitor.h"

#include "WebhookSender.h"

#include "core/activity/ActivityLog.h"

#include <QSettings>
#include <QStandardPaths>

namespace lifeboat::ui {

namespace {
const char* const kUrlKey = "alerts/webhookUrl";
const char* const kEnabledKey = "alerts/webhookEnabled";
}

AlertMonitor::AlertMonitor(QString file, QObject* parent) : QObject(parent), m_book(std::move(file)), m_webhook(new WebhookSender(this))
{
    connect(m_webhook, &WebhookSender::delivered, this, &AlertMonitor::webhookResult);
}

QString AlertMonitor::defaultFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/alerts.jsonl");
}

QString AlertMonitor::webhookUrl() const
{
    return QSettings().value(QLatin1String(kUrlKey)).toString();
}

bool AlertMonitor::webhookEnabled() const
{
    return QSettings().value(QLatin1String(kEnabledKey), false).toBool();
}

void AlertMonitor::setWebhook(const QString& url, bool enabled)
{
    QSettings s;
    s.setValue(QLatin1String(kUrlKey), url);
    s.setValue(QLatin1String(kEnabledKey), enabled);
}

void AlertMonitor::assess(const plan::Plan& plan, const std::vector<fleet::NodeReport>& reports)
{
    const auto items = monitor::FleetHealth::assess(plan, reports, QDateTime::currentDateTimeUtc());
    m_measured = monitor::FleetHealth::measuredRestores(items);
    Status written = success();
    const auto raised = m_book.update(items, QDateTime::currentDateTimeUtc(), &written);
    if (!written)
        emit problem(written.error().message);
    for (const monitor::Alert& alert : raised) {
        emit alertRaised(alert);
        if (webhookEnabled() && !webhookUrl().isEmpty())
            m_webhook->post(QUrl(webhookUrl()), monitor::AlertBook::payload(alert, plan.name));
    }
    emit changed();
}

Status AlertMonitor::acknowledge(const QString& id)
{
    Status done = m_book.acknowledge(id, activity::ActivityLog::currentUser(), QDateTime::currentDateTimeUtc());
    emit changed();
    return done;
}

bool AlertMonitor::sendTest(const QString& planName)
{
    monitor::Alert test;
    test.id = QStringLiteral("test");
    test.kind = QStringLiteral("test");
    test.name = QStringLiteral("webhook");
    test.state = monitor::HealthState::Ok;
    test.severity = monitor::Severity::Ok;
    test.reason = tr("A test from the Lifeboat console: if you read this, alerts will reach you here.");
    test.raised = QDateTime::currentDateTimeUtc();
    test.lastSeen = test.raised;
    return m_webhook->post(QUrl(webhookUrl()), monitor::AlertBook::payload(test, planName));
}

} // namespace lifeboat::ui
