// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/RetentionPreview.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>
#include <optional>

namespace lifeboat::ui {

class PlanDocument;

// The retention preview of one policy (RetentionPreview), recomputed off the GUI thread when
// the policy chosen or the plan changes.
class RetentionAnalysis : public QObject {
    Q_OBJECT
public:
    explicit RetentionAnalysis(PlanDocument* document, QObject* parent = nullptr);
    ~RetentionAnalysis() override;

    void setPolicy(const QString& policy);
    QString policy() const { return m_policy; }
    const model::RetentionPreviewResult* preview() const { return m_preview ? &*m_preview : nullptr; }
    QString problem() const { return m_problem; }

signals:
    void updated();

private:
    struct Result;
    void start();

    PlanDocument* m_document;
    QString m_policy;
    quint64 m_revision = 0;
    bool m_again = false;
    QFutureWatcher<std::shared_ptr<Result>> m_watcher;
    std::optional<model::RetentionPreviewResult> m_preview;
    QString m_problem;
};

} // namespace lifeboat::ui
