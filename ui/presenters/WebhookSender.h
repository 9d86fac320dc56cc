// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace lifeboat::ui {

// POSTs a JSON document to an operator's webhook (chat, paging, a ticket system), with a
// deadline, and says in words whether it arrived. Only http and https.
class WebhookSender : public QObject {
    Q_OBJECT
public:
    explicit WebhookSender(QObject* parent = nullptr);
    static constexpr int kTimeoutMs = 10000;
    // False (and `delivered` with the reason, later) for a URL that is not http(s).
    bool post(const QUrl& url, const QJsonObject& document);

signals:
    void delivered(bool ok, const QString& message);

private:
    QNetworkAccessManager* m_network;
};

} // namespace lifeboat::ui
