// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/fleet/SecretStore.h"
#include "core/plan/Plan.h"
#include "core/plan/PlanIssue.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>
#include <QUndoStack>

#include <memory>

namespace lifeboat::ui {

// The open plan: its content, file, unsaved state (through the undo stack's clean
// state) and the latest validation. Loading, saving and validation run off the GUI
// thread; a result that arrives for an older revision is dropped.
class PlanDocument : public QObject {
    Q_OBJECT
public:
    explicit PlanDocument(QObject* parent = nullptr);
    ~PlanDocument() override;

    const plan::Plan& plan() const { return m_plan; }
    const plan::PlanIssues& issues() const { return m_issues; }
    const QString& filePath() const { return m_filePath; }
    QString displayName() const;
    bool isModified() const { return !m_undoStack.isClean(); }
    bool isLoading() const { return m_loadWatcher.isRunning(); }
    // The file had fields the reader could not take (wrong type or form); saving would
    // write defaults in their place, so the console asks before it does.
    bool hasUnreadFields() const { return plan::hasErrors(m_readerIssues); }
    QUndoStack* undoStack() { return &m_undoStack; }

    // Starts loading; emits loaded() or loadFailed() once, later, on the GUI thread.
    void open(const QString& path);
    void newPlan();
    // Synchronous and atomic (QSaveFile): a plan file is small, and the user waits for
    // "saved" anyway. Returns false with `error` set when the file could not be written.
    bool saveAs(const QString& path, QString* error);

    // Edits go through the undo stack; `field` names a Node member ("address", "port",
    // "user", "role", "disk", "sshAlias", "domain").
    bool setNodeField(int nodeIndex, const QString& field, const QVariant& value);
    static QVariant nodeField(const plan::Node& node, const QString& field);
    static QString nodeFieldLabel(const QString& field);   // for the undo history
    // Through the undo stack. References to the node (dataset locations, repositories) are
    // left as they are: the validator lists them under Problems until they are changed.
    bool removeNode(int nodeIndex);
    // A policy's cron expression, through the undo stack; refused (with `error` set) when
    // it does not parse, so the plan never holds a schedule that cannot run.
    bool setPolicySchedule(int policyIndex, const QString& cron, QString* error = nullptr);
    // What refers to a node, in words ("dataset ckpt70b", "repository repo-dc1").
    QStringList nodeUsers(const QString& node) const;
    // Any edit of the plan's lists (a form's add, edit or delete, a rename that references
    // follow): the lists of `after` that differ replace the plan's, through the undo stack,
    // so undo gives back exactly the plan before. False when nothing differs.
    bool applyEdit(const plan::Plan& after, const QString& description);

signals:
    void loaded();                                     // a new plan replaced the old one
    void loadFailed(const QString& path, const QString& message);
    void nodeChanged(int nodeIndex);
    void nodesChanged();                               // nodes added or removed: indices moved
    void policyChanged(int policyIndex);
    // A whole list was replaced (an object added, edited, removed or renamed).
    void listChanged(lifeboat::plan::ObjectRef::Kind kind);
    void contentChanged();                             // anything in the plan: loaded, new, any edit
    // Saved: the file no longer has nodes for these user@host:port scopes (deleted, or their
    // address changed), so their secrets in the keychain are no longer needed.
    void secretScopesLeft(const QList<lifeboat::fleet::SecretScope>& scopes);
    void issuesChanged();
    void modifiedChanged(bool modified);
    void filePathChanged();

private:
    friend class SetNodeFieldCommand;
    friend class RemoveNodeCommand;
    friend class SetPolicyScheduleCommand;
    friend class PlanEditCommand;
    struct Lists;
    void applyLists(const Lists& lists);
    void applyPolicySchedule(int policyIndex, const QString& cron);
    void applyNodeField(int nodeIndex, const QString& field, const QVariant& value);
    void eraseNode(int nodeIndex);
    void insertNode(int nodeIndex, const plan::Node& node);
    void planChanged();
    void startValidation();
    void rememberSavedScopes();

    plan::Plan m_plan;
    plan::PlanIssues m_issues;
    plan::PlanIssues m_readerIssues;
    QString m_filePath;
    QHash<QString, fleet::SecretScope> m_savedScopes;   // of the nodes in the file as last read or written
    QUndoStack m_undoStack;
    QTimer m_validationTimer;
    quint64 m_revision = 0;
    struct LoadResult;
    QFutureWatcher<std::shared_ptr<LoadResult>> m_loadWatcher;
    QFutureWatcher<std::pair<quint64, plan::PlanIssues>> m_validationWatcher;
};

} // namespace lifeboat::ui
