// SPDX-License-Identifier: GPL-3.0-or-later
#include "FleetDialogs.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lifeboat::ui {

QList<std::optional<fleet::SecretAnswer>> FleetDialogs::s_secretAnswers;
QList<bool> FleetDialogs::s_hostKeyAnswers;
QList<bool> FleetDialogs::s_confirmations;
QList<fleet::SecretRequest> FleetDialogs::s_askedSecrets;

void FleetDialogs::queueSecretAnswer(std::optional<fleet::SecretAnswer> answer) { s_secretAnswers.append(std::move(answer)); }
void FleetDialogs::queueHostKeyAnswer(bool trustAll) { s_hostKeyAnswers.append(trustAll); }
void FleetDialogs::queueConfirmation(bool answer) { s_confirmations.append(answer); }
QList<fleet::SecretRequest> FleetDialogs::askedSecrets() { return s_askedSecrets; }

void FleetDialogs::reset()
{
    s_secretAnswers.clear();
    s_hostKeyAnswers.clear();
    s_confirmations.clear();
    s_askedSecrets.clear();
}

QDialog* FleetDialogs::makeSecretDialog(QWidget* parent, const fleet::SecretRequest& request)
{
    auto* dialog = new QDialog(parent);
    dialog->setWindowTitle(tr("Log in to %1").arg(request.scope.id()));
    auto* layout = new QVBoxLayout(dialog);
    auto* who = new QLabel(tr("Logging in to %1.").arg(request.scope.id()), dialog);
    who->setWordWrap(true);
    layout->addWidget(who);
    auto* prompt = new QLabel(request.prompt, dialog);
    prompt->setWordWrap(true);
    layout->addWidget(prompt);
    auto* edit = new QLineEdit(dialog);
    edit->setObjectName(QStringLiteral("secretLineEdit"));
    edit->setEchoMode(request.name.startsWith(QLatin1String("prompt:")) ? QLineEdit::PasswordEchoOnEdit : QLineEdit::Password);
    layout->addWidget(edit);
    auto* remember = new QCheckBox(tr("Remember in the system keychain"), dialog);
    remember->setObjectName(QStringLiteral("rememberCheckBox"));
    remember->setChecked(request.canRemember);
    remember->setEnabled(request.canRemember);
    remember->setToolTip(tr("Kept only if the login succeeds; never written to a file."));
    layout->addWidget(remember);
    if (!request.canRemember) {
        auto* why = new QLabel(request.whyNotRemembered, dialog);
        why->setObjectName(QStringLiteral("notRememberedLabel"));
        why->setWordWrap(true);
        layout->addWidget(why);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->setMinimumWidth(420);
    return dialog;
}

std::optional<fleet::SecretAnswer> FleetDialogs::askSecret(QWidget* parent, const fleet::SecretRequest& request)
{
    s_askedSecrets.append(request);
    if (!s_secretAnswers.isEmpty())
        return s_secretAnswers.takeFirst();
    QDialog* dialog = makeSecretDialog(parent, request);
    std::optional<fleet::SecretAnswer> answer;
    if (dialog->exec() == QDialog::Accepted) {
        answer = fleet::SecretAnswer{dialog->findChild<QLineEdit*>(QStringLiteral("secretLineEdit"))->text().toUtf8(),
                                     dialog->findChild<QCheckBox*>(QStringLiteral("rememberCheckBox"))->isChecked()};
    }
    delete dialog;
    return answer;
}

QDialog* FleetDialogs::makeHostKeyDialog(QWidget* parent, const QList<HostKeyCandidate>& candidates)
{
    auto* dialog = new QDialog(parent);
    dialog->setWindowTitle(tr("Trust new host keys?"));
    auto* layout = new QVBoxLayout(dialog);
    auto* intro = new QLabel(tr("These nodes are not in known_hosts yet. Anyone between you and a node could be answering in its place, "
                                "so trust a key only after comparing its fingerprint with the node's own: run "
                                "<code>ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub</code> on the node, or ask its administrator."),
                             dialog);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);
    layout->addWidget(intro);
    auto* table = new QTableWidget(static_cast<int>(candidates.size()), 4, dialog);
    table->setObjectName(QStringLiteral("hostKeyTable"));
    table->setHorizontalHeaderLabels({tr("Node"), tr("Address"), tr("Key type"), tr("SHA-256 fingerprint")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (int row = 0; row < candidates.size(); ++row) {
        const HostKeyCandidate& c = candidates.at(row);
        auto* node = new QTableWidgetItem(c.node);
        node->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        node->setCheckState(Qt::Unchecked);   // each key is a decision: nothing is trusted by default
        table->setItem(row, 0, node);
        table->setItem(row, 1, new QTableWidgetItem(c.address));
        table->setItem(row, 2, new QTableWidgetItem(c.keyType));
        auto* fp = new QTableWidgetItem(c.fingerprint);
        fp->setFont(mono);
        table->setItem(row, 3, fp);
    }
    table->horizontalHeader()->setStretchLastSection(true);
    table->resizeColumnsToContents();
    layout->addWidget(table, 1);
    auto* buttons = new QDialogButtonBox(dialog);
    QPushButton* trust = buttons->addButton(tr("Trust Checked Keys"), QDialogButtonBox::AcceptRole);
    trust->setObjectName(QStringLiteral("trustButton"));
    QPushButton* all = buttons->addButton(tr("Check All"), QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    QObject::connect(all, &QPushButton::clicked, table, [table] {
        for (int row = 0; row < table->rowCount(); ++row)
            table->item(row, 0)->setCheckState(Qt::Checked);
    });
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->resize(820, 200 + 30 * std::min<int>(12, static_cast<int>(candidates.size())));
    return dialog;
}

QStringList FleetDialogs::confirmHostKeys(QWidget* parent, const QList<HostKeyCandidate>& candidates)
{
    QStringList nodes;
    if (!s_hostKeyAnswers.isEmpty()) {
        if (s_hostKeyAnswers.takeFirst())
            for (const HostKeyCandidate& c : candidates)
                nodes << c.node;
        return nodes;
    }
    QDialog* dialog = makeHostKeyDialog(parent, candidates);
    if (dialog->exec() == QDialog::Accepted) {
        auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("hostKeyTable"));
        for (int row = 0; row < table->rowCount(); ++row)
            if (table->item(row, 0)->checkState() == Qt::Checked)
                nodes << candidates.at(row).node;
    }
    delete dialog;
    return nodes;
}

QMessageBox* FleetDialogs::makeInstallEngineBox(QWidget* parent, const QStringList& nodes, const QString& build, const QString& version,
                                               const QString& directory)
{
    auto* box = new QMessageBox(QMessageBox::Question, tr("Install the engine?"),
                                tr("Put lifeboat-cli %1 on %2, in %3?").arg(version, nodes.join(QStringLiteral(", ")), directory),
                                QMessageBox::Yes | QMessageBox::Cancel, parent);
    box->setInformativeText(tr("It is copied over SFTP from %1, the build this console runs with (so for the same operating system and processor), "
                               "checked by SHA-256 after the copy and renamed into place; an engine already there is replaced only when the copy is complete.")
                                .arg(build));
    box->button(QMessageBox::Yes)->setText(tr("Install"));
    box->setDefaultButton(QMessageBox::Cancel);
    return box;
}

bool FleetDialogs::confirmInstallEngine(QWidget* parent, const QStringList& nodes, const QString& build, const QString& version, const QString& directory)
{
    if (!s_confirmations.isEmpty())
        return s_confirmations.takeFirst();
    QMessageBox* box = makeInstallEngineBox(parent, nodes, build, version, directory);
    const bool yes = box->exec() == QMessageBox::Yes;
    delete box;
    return yes;
}

bool FleetDialogs::confirmDeleteNode(QWidget* parent, const QString& node, const QStringList& usedBy)
{
    if (!s_confirmations.isEmpty())
        return s_confirmations.takeFirst();
    QMessageBox box(QMessageBox::Warning, tr("Delete node %1?").arg(node),
                    usedBy.isEmpty() ? tr("Node %1 is not used by any dataset or repository.").arg(node)
                                     : tr("%1 is used by: %2. Those references will point nowhere and are listed under Problems until you change them.")
                                           .arg(node, usedBy.join(QStringLiteral(", "))),
                    QMessageBox::Yes | QMessageBox::Cancel, parent);
    box.setInformativeText(tr("Undo brings it back. When the plan is saved without it, the passwords and passphrases kept in the keychain for it are deleted."));
    box.button(QMessageBox::Yes)->setText(tr("Delete"));
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Yes;
}

} // namespace lifeboat::ui
