// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plan/PlanIssue.h"

#include <QWidget>

class QAction;
class QLabel;
class QTabWidget;
class QTableView;

namespace lifeboat::ui {

class PlanDocument;
class PlanTableModel;

// The plan at a glance and in detail: its name and description, and its datasets,
// repositories, policies, failure domains and nodes as sortable tables. Add, Edit and
// Delete work on the current table's selection through forms (ObjectFormDialog); each is
// one step on the undo stack.
class PlanView : public QWidget {
    Q_OBJECT
public:
    explicit PlanView(PlanDocument* document, QWidget* parent = nullptr);

    bool selectObject(const plan::ObjectRef& ref);
    QTableView* tableFor(plan::ObjectRef::Kind kind) const;
    QTabWidget* tabs() const { return m_tabs; }
    plan::ObjectRef::Kind currentKind() const;
    // The plan index of the current table's current row; -1 when none.
    int currentIndex() const;

    QAction* addObjectAction() const { return m_add; }
    QAction* editObjectAction() const { return m_edit; }
    QAction* deleteObjectAction() const { return m_delete; }

public slots:
    void addObject();
    void editObject();
    void deleteObject();

signals:
    void editRefused(const QString& reason);

private:
    QTableView* addTable(PlanTableModel* model, const QString& title, const QString& objectName);
    void updateActions();
    void openForm(plan::ObjectRef::Kind kind, int index);   // index -1: a new object

    PlanDocument* m_document;
    QLabel* m_header;
    QTabWidget* m_tabs;
    QList<QTableView*> m_tables;
    QAction* m_add;
    QAction* m_edit;
    QAction* m_delete;
};

} // namespace lifeboat::ui
