// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/fleet/SecretBroker.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

class QDialog;
class QMessageBox;
class QWidget;

namespace lifeboat::ui {

// A node whose host key is not in known_hosts, as the trust dialog shows it.
struct HostKeyCandidate {
    QString node;
    QString address;
    QString keyType;
    QString fingerprint;   // "SHA256:…"
};

// The questions the console asks about reaching the fleet: a secret for a login, trusting
// new host keys, installing the engine, deleting a node. Like Dialogs, each has a test
// seam so GUI tests answer in advance instead of hanging on a modal dialog, and a make*
// builder the screenshot tour shows without running it.
class FleetDialogs {
    Q_DECLARE_TR_FUNCTIONS(FleetDialogs)
public:
    // nullopt: cancelled.
    static std::optional<fleet::SecretAnswer> askSecret(QWidget* parent, const fleet::SecretRequest& request);
    // The nodes whose keys the operator chose to trust (none: cancelled).
    static QStringList confirmHostKeys(QWidget* parent, const QList<HostKeyCandidate>& candidates);
    // `directory` on the nodes: relative to the login's home unless absolute.
    static bool confirmInstallEngine(QWidget* parent, const QStringList& nodes, const QString& build, const QString& version, const QString& directory);
    static bool confirmDeleteNode(QWidget* parent, const QString& node, const QStringList& usedBy);

    static QDialog* makeSecretDialog(QWidget* parent, const fleet::SecretRequest& request);
    static QDialog* makeHostKeyDialog(QWidget* parent, const QList<HostKeyCandidate>& candidates);
    static QMessageBox* makeInstallEngineBox(QWidget* parent, const QStringList& nodes, const QString& build, const QString& version, const QString& directory);

    // Test seams. Answers are used in order, one per question; a question with no answer
    // queued is shown for real. The requests asked are recorded for tests to inspect.
    static void queueSecretAnswer(std::optional<fleet::SecretAnswer> answer);
    static void queueHostKeyAnswer(bool trustAll);
    static void queueConfirmation(bool answer);
    static QList<fleet::SecretRequest> askedSecrets();
    static void reset();

private:
    static QList<std::optional<fleet::SecretAnswer>> s_secretAnswers;
    static QList<bool> s_hostKeyAnswers;
    static QList<bool> s_confirmations;
    static QList<fleet::SecretRequest> s_askedSecrets;
};

} // namespace lifeboat::ui
