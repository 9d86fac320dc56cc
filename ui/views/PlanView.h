// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plan/PlanIssue.h"

#include <QWidget>

class QLabel;
class QTabWidget;
class QTableView;

namespace lifeboat::ui {

class PlanDocument;
class PlanTableModel;

// The plan at a glance: its name and description, and its datasets, repositories and
// policies as sortable tables.
class PlanView : public QWidget {
    Q_OBJECT
public:
    explicit PlanView(PlanDocument* document, QWidget* parent = nullptr);

    bool selectObject(const plan::ObjectRef& ref);
    QTableView* tableFor(plan::ObjectRef::Kind kind) const;
    QTabWidget* tabs() const { return m_tabs; }

signals:
    void editRefused(const QString& reason);

private:
    QTableView* addTable(PlanTableModel* model, const QString& title, const QString& objectName);

    PlanDocument* m_document;
    QLabel* m_header;
    QTabWidget* m_tabs;
    QTableView* m_datasets = nullptr;
    QTableView* m_repositories = nullptr;
    QTableView* m_policies = nullptr;
};

} // namespace lifeboat::ui
