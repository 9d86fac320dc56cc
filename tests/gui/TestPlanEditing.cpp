// SPDX-License-Identifier: GPL-3.0-or-later
// Editing the plan through the Plan view's forms, offscreen, on the demo plan: the form's
// text maps to exactly the object it came from, a field the reader cannot take is named
// under it and keeps OK disabled, add / edit / rename / delete are one undo step each, and
// undo gives back exactly the plan before (compared with operator==, field by field).
#include "core/plan/PlanEdit.h"
#include "core/plan/PlanLoader.h"
#include "ui/PlanDocument.h"
#include "ui/presenters/ObjectFormSpec.h"
#include "ui/views/ObjectFormDialog.h"
#include "ui/views/PlanView.h"

#include <QAction>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace lifeboat;
using namespace lifeboat::ui;
using Kind = plan::ObjectRef::Kind;

namespace {

const QString kDemo = QStringLiteral(LIFEBOAT_SOURCE_DIR "/resources/demo/demo.lifeboat.json");
const Kind kKinds[] = {Kind::Domain, Kind::Node, Kind::Dataset, Kind::Repository, Kind::Policy};

bool openDemo(PlanDocument& document)
{
    QSignalSpy loaded(&document, &PlanDocument::loaded);
    document.open(kDemo);
    return loaded.wait(20000);
}

// The dialog the view opened (open(), not exec(): the test goes on while it is up).
ObjectFormDialog* openedForm(PlanView& view)
{
    return view.findChild<ObjectFormDialog*>(QStringLiteral("objectFormDialog"));
}

bool waitChecked(ObjectFormDialog* dialog)
{
    QSignalSpy checked(dialog, &ObjectFormDialog::checked);
    return checked.wait(20000);
}

// What the form found, for a failure message.
QByteArray problemsOf(const ObjectFormDialog* dialog)
{
    QStringList said;
    for (const plan::PlanIssue& i : dialog->result().issues)
        said << i.path + QStringLiteral(": ") + i.message;
    return said.join(QLatin1Char('\n')).toUtf8();
}

} // namespace

class TestPlanEditing : public QObject {
    Q_OBJECT

private slots:
    // The form shows each object as text and turns the text back into the same object.
    void theFormsTextIsTheObject()
    {
        auto loaded = plan::loadAndCheckPlan(kDemo);
        QVERIFY(loaded);
        const plan::Plan& demo = loaded->plan;
        for (Kind kind : kKinds)
            for (int i = 0; i < plan::PlanEdit::count(demo, kind); ++i) {
                const auto text = ObjectFormSpec::toText(kind, plan::PlanEdit::toJson(demo, kind, i));
                const auto r = plan::PlanEdit::put(demo, kind, i, ObjectFormSpec::fromText(kind, text));
                QVERIFY2(r.plan == demo, qPrintable(plan::PlanEdit::objectPath(kind, i)));
                // No reader complaint either (a blank field is absent, not null).
                for (const plan::PlanIssue& issue : r.issues)
                    QVERIFY2(issue.severity != plan::Severity::Error, qPrintable(issue.path + QStringLiteral(": ") + issue.message));
            }
        // Nested keys and lists, as the form writes them.
        const int p = plan::PlanEdit::indexOf(demo, Kind::Policy, QStringLiteral("eval-nightly"));
        const auto text = ObjectFormSpec::toText(Kind::Policy, plan::PlanEdit::toJson(demo, Kind::Policy, p));
        QCOMPARE(text.value(QStringLiteral("repositories")), QStringLiteral("repo-dc1, repo-dc2"));
        QCOMPARE(text.value(QStringLiteral("schedule.cron")), demo.policies[static_cast<std::size_t>(p)].schedule.cron);
        // Its restore drill is in the form too, so editing the policy keeps it.
        QCOMPARE(text.value(QStringLiteral("drill.node")), QStringLiteral("stor-07"));
        QCOMPARE(text.value(QStringLiteral("drill.path")), QStringLiteral("/scratch/lifeboat-drill"));
        QCOMPARE(text.value(QStringLiteral("drill.sample")), QStringLiteral("10%"));
        QCOMPARE(ObjectFormSpec::fieldForIssue(Kind::Policy, QStringLiteral("$.policies[2]"), QStringLiteral("$.policies[2].drill.path")), QStringLiteral("drill.path"));
        const int d = plan::PlanEdit::indexOf(demo, Kind::Dataset, QStringLiteral("corpus-web-v3"));
        QCOMPARE(ObjectFormSpec::toText(Kind::Dataset, plan::PlanEdit::toJson(demo, Kind::Dataset, d)).value(QStringLiteral("locations")),
                 QStringLiteral("stor-01 /data/corpus/web-v3\nstor-09 /data/corpus/web-v3"));
        // Issue paths land on the field that holds them.
        QCOMPARE(ObjectFormSpec::fieldForIssue(Kind::Policy, QStringLiteral("$.policies[2]"), QStringLiteral("$.policies[2].schedule.cron")), QStringLiteral("schedule.cron"));
        QCOMPARE(ObjectFormSpec::fieldForIssue(Kind::Dataset, QStringLiteral("$.datasets[0]"), QStringLiteral("$.datasets[0].locations[1].node")), QStringLiteral("locations"));
        QCOMPARE(ObjectFormSpec::fieldForIssue(Kind::Policy, QStringLiteral("$.policies[2]"), QStringLiteral("$.policies[2].repositories[0]")), QStringLiteral("repositories"));
        QCOMPARE(ObjectFormSpec::fieldForIssue(Kind::Policy, QStringLiteral("$.policies[2]"), QStringLiteral("$.policies[2]")), QString());
    }

    void aBadFieldIsNamedUnderItAndKeepsOkDisabled()
    {
        PlanDocument document;
        QVERIFY(openDemo(document));
        PlanView view(&document);
        QVERIFY(view.selectObject({Kind::Node, QStringLiteral("stor-01")}));
        view.editObject();
        ObjectFormDialog* form = openedForm(view);
        QVERIFY(form);
        QVERIFY(waitChecked(form));
        QVERIFY2(form->canAccept(), problemsOf(form).constData());
        QVERIFY(form->problemFor(QStringLiteral("port")).isEmpty());

        form->setText(QStringLiteral("port"), QStringLiteral("twenty-two"));
        QVERIFY(!form->canAccept());   // not until the new text is checked
        QVERIFY(waitChecked(form));
        QVERIFY(!form->canAccept());
        QVERIFY2(form->problemFor(QStringLiteral("port")).contains(QLatin1String("whole number")), qPrintable(form->problemFor(QStringLiteral("port"))));
        QVERIFY(form->problemFor(QStringLiteral("name")).isEmpty());

        form->setText(QStringLiteral("port"), QStringLiteral("70000"));
        QVERIFY(waitChecked(form));
        QVERIFY(!form->canAccept());
        QVERIFY(!form->problemFor(QStringLiteral("port")).isEmpty());

        form->setText(QStringLiteral("port"), QStringLiteral("2222"));
        QVERIFY(waitChecked(form));
        QVERIFY2(form->canAccept(), problemsOf(form).constData());
        QVERIFY(form->problemFor(QStringLiteral("port")).isEmpty());
        form->accept();
        QCOMPARE(document.plan().nodes[static_cast<std::size_t>(plan::PlanEdit::indexOf(document.plan(), Kind::Node, QStringLiteral("stor-01")))].port, 2222);
        QCOMPARE(document.undoStack()->count(), 1);
        QVERIFY(document.isModified());
    }

    void addingARepositoryIsOneUndoStep()
    {
        PlanDocument document;
        QVERIFY(openDemo(document));
        const plan::Plan before = document.plan();
        PlanView view(&document);
        view.tabs()->setCurrentWidget(view.tableFor(Kind::Repository));
        QCOMPARE(view.currentKind(), Kind::Repository);
        view.addObject();
        ObjectFormDialog* form = openedForm(view);
        QVERIFY(form);
        QVERIFY(waitChecked(form));
        QVERIFY(!form->canAccept());   // an empty form: no name, node or path
        QVERIFY(!form->problemFor(QStringLiteral("name")).isEmpty());
        form->setText(QStringLiteral("name"), QStringLiteral("repo-dc2-cold"));
        form->setText(QStringLiteral("node"), QStringLiteral("bkp-dc2-02"));
        form->setText(QStringLiteral("path"), QStringLiteral("/backup/cold"));
        form->setText(QStringLiteral("capacity"), QStringLiteral("2 PB"));
        QVERIFY(waitChecked(form));
        QVERIFY2(form->canAccept(), problemsOf(form).constData());
        form->accept();

        QCOMPARE(document.plan().repositories.size(), before.repositories.size() + 1);
        const plan::Repository& added = document.plan().repositories.back();
        QCOMPARE(added.name, QStringLiteral("repo-dc2-cold"));
        QCOMPARE(added.capacityBytes, std::int64_t(2'000'000'000'000'000));
        QCOMPARE(view.tableFor(Kind::Repository)->model()->rowCount(), static_cast<int>(before.repositories.size()) + 1);
        QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Add repository repo-dc2-cold"));

        document.undoStack()->undo();
        QVERIFY(document.plan() == before);
        QVERIFY(!document.isModified());
        QCOMPARE(view.tableFor(Kind::Repository)->model()->rowCount(), static_cast<int>(before.repositories.size()));
        document.undoStack()->redo();
        QCOMPARE(document.plan().repositories.back(), added);
    }

    // Renaming a node takes its repository along; a domain moved to another site keeps its nodes.
    void renamingAndMovingFollowReferencesAndUndoExactly()
    {
        PlanDocument document;
        QVERIFY(openDemo(document));
        const plan::Plan before = document.plan();
        PlanView view(&document);
        QSignalSpy nodesChanged(&document, &PlanDocument::nodesChanged);

        QVERIFY(view.selectObject({Kind::Node, QStringLiteral("bkp-dc1-01")}));
        view.editObject();
        ObjectFormDialog* form = openedForm(view);
        QVERIFY(waitChecked(form));
        form->setText(QStringLiteral("name"), QStringLiteral("backup-dc1-a"));
        QVERIFY(waitChecked(form));
        QVERIFY2(form->canAccept(), problemsOf(form).constData());
        QCOMPARE(form->result().followed, QStringList{QStringLiteral("repository repo-dc1")});
        form->accept();
        delete form;   // WA_DeleteOnClose waits for the event loop
        QCOMPARE(document.plan().repositories[0].node, QStringLiteral("backup-dc1-a"));
        QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Rename node bkp-dc1-01 to backup-dc1-a"));
        QVERIFY(!nodesChanged.isEmpty());

        QVERIFY(view.selectObject({Kind::Domain, QStringLiteral("dc1/r4")}));
        view.editObject();
        form = openedForm(view);
        QVERIFY(waitChecked(form));
        form->setText(QStringLiteral("parent"), QStringLiteral("dc2"));
        QVERIFY(waitChecked(form));
        QVERIFY2(form->canAccept(), problemsOf(form).constData());
        form->accept();
        delete form;
        const auto& domains = document.plan().domains;
        QCOMPARE(domains[static_cast<std::size_t>(plan::PlanEdit::indexOf(document.plan(), Kind::Domain, QStringLiteral("dc1/r4")))].parent, QStringLiteral("dc2"));

        document.undoStack()->undo();
        document.undoStack()->undo();
        QVERIFY(document.plan() == before);
    }

    // A policy refers to nothing-that-refers-to-it: deleted at once. A dataset a policy backs
    // up: asked first, Cancel keeps it, Delete removes it; undo brings back the exact plan.
    void deletingAsksOnlyWhenSomethingRefersToIt()
    {
        PlanDocument document;
        QVERIFY(openDemo(document));
        const plan::Plan before = document.plan();
        PlanView view(&document);
        view.show();

        QVERIFY(view.selectObject({Kind::Policy, QStringLiteral("logs-nightly")}));
        view.deleteObjectAction()->trigger();
        QCOMPARE(plan::PlanEdit::indexOf(document.plan(), Kind::Policy, QStringLiteral("logs-nightly")), -1);

        const auto answer = [&view](QMessageBox::ButtonRole role) {
            QTimer::singleShot(0, &view, [&view, role] {
                auto* box = view.findChild<QMessageBox*>(QStringLiteral("confirmDeleteBox"));
                QVERIFY(box);
                QVERIFY(box->text().contains(QLatin1String("policy index-nightly")));
                for (QAbstractButton* b : box->buttons())
                    if (box->buttonRole(b) == role) {
                        b->click();
                        return;
                    }
            });
        };
        QVERIFY(view.selectObject({Kind::Dataset, QStringLiteral("vector-index")}));
        answer(QMessageBox::RejectRole);
        view.deleteObject();
        QVERIFY(plan::PlanEdit::indexOf(document.plan(), Kind::Dataset, QStringLiteral("vector-index")) >= 0);
        answer(QMessageBox::DestructiveRole);
        view.deleteObject();
        QCOMPARE(plan::PlanEdit::indexOf(document.plan(), Kind::Dataset, QStringLiteral("vector-index")), -1);
        QCOMPARE(document.undoStack()->count(), 2);

        document.undoStack()->undo();
        document.undoStack()->undo();
        QVERIFY(document.plan() == before);
        QVERIFY(!document.isModified());
    }
};

QTEST_MAIN(TestPlanEditing)
#include "TestPlanEditing.moc"
