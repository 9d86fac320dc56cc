// SPDX-License-Identifier: GPL-3.0-or-later
#include "WebhookSender.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace lifeboat::ui {

WebhookSender::WebhookSender(QObject* parent) : QObject(parent), m_network(new QNetworkAccessManager(this)) {}

bool WebhookSender::post(const QUrl& url, const QJsonObject& document)
{
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        const QString why = tr("The webhook address \"%1\" is not an http or https URL.").arg(url.toString());
        QTimer::singleShot(0, this, [this, why] { emit delivered(false, why); });
        return false;
    }
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Lifeboat"));
    request.setTransferTimeout(kTimeoutMs);
    QNetworkReply* reply = m_network->post(request, QJsonDocument(document).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [this, reply, url] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() == QNetworkReply::NoError && status >= 200 && status < 300)
            emit delivered(true, tr("Delivered to %1 (HTTP %2).").arg(url.host()).arg(status));
        else if (status > 0)
            emit delivered(false, tr("%1 answered HTTP %2: %3").arg(url.host()).arg(status).arg(QString::fromUtf8(reply->readAll().left(200))));
        else
            emit delivered(false, tr("Not delivered to %1: %2").arg(url.host(), reply->errorString()));
    });
    return true;
}

} // namespace lifeboat::ui
