// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/PlanExposure.h"
#include "core/monitor/AlertBook.h"

#include <QObject>

namespace lifeboat::ui {

class WebhookSender;

// Turns each finished fleet check into alerts: judges the answers against the plan
// (FleetHealth), raises and clears alerts in the history (AlertBook), and for each new one
// tells the window (a desktop notification) and, when set, the webhook. Settings: QSettings
// "alerts/webhookUrl" and "alerts/webhookEnabled".
class AlertMonitor : public QObject {
    Q_OBJECT
public:
    explicit AlertMonitor(QString file, QObject* parent = nullptr);
    static QString defaultFile();
    monitor::AlertBook& book() { return m_book; }
    WebhookSender* webhook() const { return m_webhook; }
    void assess(const plan::Plan& plan, const std::vector<fleet::NodeReport>& reports);
    // From the newest assessment: what each drilled dataset's last good drill measured.
    const QHash<QString, model::MeasuredRestore>& measuredRestores() const { return m_measured; }
    Status acknowledge(const QString& id);
    // Sends a test document to the configured webhook; the answer comes as webhookResult.
    bool sendTest(const QString& planName);
    QString webhookUrl() const;
    bool webhookEnabled() const;
    void setWebhook(const QString& url, bool enabled);

signals:
    void changed();
    void alertRaised(const lifeboat::monitor::Alert& alert);
    void webhookResult(bool ok, const QString& message);
    void problem(const QString& message);

private:
    monitor::AlertBook m_book;
    WebhookSender* m_webhook;
    QHash<QString, model::MeasuredRestore> m_measured;
};

} // namespace lifeboat::ui
