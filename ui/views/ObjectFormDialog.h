// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plan/PlanEdit.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QHash>
#include <QTimer>

class QDialogButtonBox;
class QLabel;

namespace lifeboat::ui {

class PlanDocument;

// Add or edit one domain, node, dataset, repository or policy. Every change is checked at
// once, off the GUI thread, by the same reader and validator a plan file goes through; a
// field's problems are shown under it, and OK stays disabled while any is an error. OK
// puts the edit on the document's undo stack as one step.
class ObjectFormDialog : public QDialog {
    Q_OBJECT
public:
    using Kind = plan::ObjectRef::Kind;
    // `index` -1 adds a new object; `prefill` (optional) starts a new one from these texts.
    ObjectFormDialog(PlanDocument* document, Kind kind, int index, QWidget* parent = nullptr, const QHash<QString, QString>& prefill = {});
    ~ObjectFormDialog() override;

    // For tests and for the keyboard: the editor of a field, its text, what is said under it.
    QWidget* editorFor(const QString& key) const;
    void setText(const QString& key, const QString& text);
    QString problemFor(const QString& key) const;
    QString generalProblems() const;
    bool canAccept() const;
    const plan::PlanEdit::Result& result() const { return m_result; }

    void accept() override;

signals:
    void checked();   // the latest text was validated

private:
    struct Editor;
    QString textOf(const Editor& editor) const;
    QHash<QString, QString> texts() const;
    void textChanged();
    void startCheck();
    void showResult();

    PlanDocument* m_document;
    Kind m_kind;
    int m_index;
    QString m_originalName;
    QList<Editor*> m_editors;
    QLabel* m_general;
    QLabel* m_followed;
    QDialogButtonBox* m_buttons;
    QTimer m_debounce;
    quint64 m_revision = 0;
    quint64 m_checkedRevision = 0;
    plan::PlanEdit::Result m_result;
    QFutureWatcher<std::pair<quint64, plan::PlanEdit::Result>> m_watcher;
};

} // namespace lifeboat::ui
