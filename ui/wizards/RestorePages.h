// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QWizardPage>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QSortFilterProxyModel;
class QStandardItem;
class QStandardItemModel;
class QTableWidget;
class QTreeView;

namespace lifeboat::ui {

class RestoreWizard;

// 1. What happened, and why this restore (recorded in the activity).
class RestoreScenarioPage : public QWizardPage {
    Q_OBJECT
public:
    explicit RestoreScenarioPage(RestoreWizard* wizard);
    QComboBox* scenarioBox() const { return m_scenario; }
    QComboBox* subjectBox() const { return m_subject; }
    QPlainTextEdit* reasonEdit() const { return m_reason; }
    QLineEdit* ticketEdit() const { return m_ticket; }
    bool isComplete() const override;
    bool validatePage() override;

private:
    void fillSubjects();
    RestoreWizard* m_wizard;
    QComboBox* m_scenario;
    QLabel* m_subjectLabel;
    QComboBox* m_subject;
    QLineEdit* m_ticket;
    QPlainTextEdit* m_reason;
    QLabel* m_problem;
};

// 2. What is affected, in order of tier, with the recommended source and the estimate.
class RestoreAffectedPage : public QWizardPage {
    Q_OBJECT
public:
    explicit RestoreAffectedPage(RestoreWizard* wizard);
    QTableWidget* table() const { return m_table; }
    QComboBox* sourceBox() const { return m_source; }
    QComboBox* readerBox() const { return m_reader; }
    QLineEdit* passphraseEdit() const { return m_passphrase; }
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void fillSources();
    RestoreWizard* m_wizard;
    QTableWidget* m_table;
    QComboBox* m_source;
    QComboBox* m_reader;
    QLineEdit* m_passphrase;
    QLabel* m_note;
};

// 3. The restore point: snapshots (or generations of a sharded dataset) with size, age
// against the RPO, verification and the difference from the previous one.
class RestorePointPage : public QWizardPage {
    Q_OBJECT
public:
    explicit RestorePointPage(RestoreWizard* wizard);
    QTableWidget* table() const { return m_table; }
    QCheckBox* overrideBox() const { return m_override; }
    QPushButton* diffButton() const { return m_diff; }
    QLabel* statusLabel() const { return m_status; }
    QLabel* diffLabel() const { return m_diffText; }
    bool loaded() const { return m_loaded; }
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

signals:
    void pointsLoaded();
    void diffShown();

private:
    void load();
    void onListed(const QJsonObject& result);
    void onVerified(const QJsonObject& result);
    void showPoints();
    void showDiff();
    RestoreWizard* m_wizard;
    QTableWidget* m_table;
    QLabel* m_status;
    QCheckBox* m_override;
    QPushButton* m_diff;
    QPushButton* m_retry;
    QLabel* m_diffText;
    QLabel* m_problems;
    qint64 m_listRequest = 0;
    qint64 m_verifyRequest = 0;
    qint64 m_diffRequest = 0;
    bool m_loaded = false;
    bool m_verified = false;          // the structure check answered (clean or not)
};

// 4. The whole dataset or chosen paths, from a searchable tree of the snapshot.
class RestoreItemsPage : public QWizardPage {
    Q_OBJECT
public:
    explicit RestoreItemsPage(RestoreWizard* wizard);
    QRadioButton* wholeButton() const { return m_whole; }
    QRadioButton* selectedButton() const { return m_selected; }
    QLineEdit* searchEdit() const { return m_search; }
    QTreeView* tree() const { return m_tree; }
    QStandardItemModel* model() const { return m_model; }
    QSortFilterProxyModel* filter() const { return m_filter; }
    bool loaded() const { return m_loaded; }
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

signals:
    void treeLoaded();

private:
    void addEntry(const QJsonObject& entry);
    RestoreWizard* m_wizard;
    QRadioButton* m_whole;
    QRadioButton* m_selected;
    QLineEdit* m_search;
    QTreeView* m_tree;
    QStandardItemModel* m_model;
    QSortFilterProxyModel* m_filter;
    QLabel* m_status;
    QHash<QString, QStandardItem*> m_items;   // directories by snapshot path
    QString m_loadedSnapshot;
    qint64 m_request = 0;
    qint64 m_entries = 0;
    bool m_loaded = false;
};

// 5. Where to: the original locations or elsewhere, the conflict policy, a rate limit,
// and the free space there.
class RestoreTargetPage : public QWizardPage {
    Q_OBJECT
public:
    explicit RestoreTargetPage(RestoreWizard* wizard);
    QRadioButton* originalButton() const { return m_original; }
    QRadioButton* elsewhereButton() const { return m_elsewhere; }
    QComboBox* nodeBox() const { return m_node; }
    QComboBox* locationBox() const { return m_location; }
    QLineEdit* pathEdit() const { return m_path; }
    QComboBox* conflictBox() const { return m_conflict; }
    QLineEdit* rateEdit() const { return m_rate; }
    QLabel* spaceLabel() const { return m_space; }
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

signals:
    void spaceShown();

private:
    void checkSpace();
    RestoreWizard* m_wizard;
    QRadioButton* m_original;
    QRadioButton* m_elsewhere;
    QLabel* m_originalText;
    QComboBox* m_location;          // a replicated dataset: which copy's place
    QComboBox* m_node;
    QLineEdit* m_path;
    QComboBox* m_conflict;
    QLineEdit* m_rate;
    QLabel* m_space;
    QLabel* m_problem;
    QHash<qint64, int> m_spaceRequests;
};

// 6. Pre-flight: every target reached, engine version, the repository readable there and
// not locked, the chosen snapshot's metadata verified, the free space against what a dry
// run says the restore writes, the estimated duration, and the equivalent command.
class RestorePreflightPage : public QWizardPage {
    Q_OBJECT
public:
    explicit RestorePreflightPage(RestoreWizard* wizard);
    QTableWidget* checks() const { return m_checks; }
    QPlainTextEdit* commandText() const { return m_command; }
    QLabel* summaryLabel() const { return m_summary; }
    bool finished() const { return m_outstanding == 0 && m_started; }
    bool passed() const { return finished() && m_failures == 0; }
    void initializePage() override;
    bool isComplete() const override;

signals:
    void checked(bool passed);

private:
    struct JobFacts {
        double freeBytes = -1;
        double bytesToWrite = -1;
        double filesMissing = 0;
        double filesDifferent = 0;
        bool verified = false;
    };
    void addCheck(int job, const QString& what, const QString& result, bool ok, bool warning = false);
    void onFinished(qint64 id, const QJsonObject& result, int exit);
    void onFailed(qint64 id, int code, const QString& message);
    void concludeJob(int job);
    void conclude();
    RestoreWizard* m_wizard;
    QTableWidget* m_checks;
    QLabel* m_summary;
    QPlainTextEdit* m_command;
    QHash<qint64, std::pair<int, QString>> m_requests;   // id → (job, "status"|"verify"|"dry-run")
    std::vector<JobFacts> m_facts;
    std::vector<int> m_outstandingPerJob;
    int m_outstanding = 0;
    int m_failures = 0;
    bool m_started = false;
};

} // namespace lifeboat::ui
