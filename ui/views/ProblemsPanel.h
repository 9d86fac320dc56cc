// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plan/PlanIssue.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace lifeboat::ui {

class IssueListModel;
class PlanDocument;

// The validation results; choosing one asks the window to select what it is about.
class ProblemsPanel : public QWidget {
    Q_OBJECT
public:
    explicit ProblemsPanel(PlanDocument* document, QWidget* parent = nullptr);

    QTableView* tableView() const { return m_table; }
    IssueListModel* model() const { return m_model; }

signals:
    void objectChosen(const lifeboat::plan::ObjectRef& ref);

private:
    void updateSummary();

    PlanDocument* m_document;
    IssueListModel* m_model;
    QTableView* m_table;
    QLabel* m_summary;
};

} // namespace lifeboat::ui
