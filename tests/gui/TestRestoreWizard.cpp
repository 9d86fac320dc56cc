// SPDX-License-Identifier: GPL-3.0-or-later
// The restore, backup-now and verify wizards driven offscreen end to end against real
// repositories, the real engine (a child process on this computer, or over a real sshd on
// 127.0.0.1): deleted files come back bit-identical, locally and over SSH; a restore paused
// in the middle, or whose connection is cut, resumes to a bit-identical result; a target
// without enough space is stopped at pre-flight; a snapshot that failed verification is
// not restorable without the override; a sharded dataset restores one complete generation
// to every shard's node; every run lands in the activity log with its reason.
#include "../engine/EngineFixtures.h"
#include "SshdFixture.h"
#include "core/platform/FileSystem.h"
#include "core/repo/PackWriter.h"
#include "ui/FleetConnections.h"
#include "ui/presenters/ActivityStore.h"
#include "ui/presenters/OperationRun.h"
#include "ui/wizards/OperationWizards.h"
#include "ui/wizards/ReportPage.h"
#include "ui/wizards/RestorePages.h"
#include "ui/wizards/RestoreWizard.h"
#include "ui/wizards/ResumeWizard.h"
#include "ui/wizards/RunPage.h"

#include <QCheckBox>
#include <algorithm>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace lifeboat;
using namespace lifeboat::ui;
using namespace lifeboat::testing;
using lifeboat::test::SshdFixture;

namespace {

const QString kCli = QStringLiteral(LIFEBOAT_CLI_PATH);
const QByteArray kPassphrase = "correct horse";

struct CliRun {
    int exit = -1;
    QByteArray out;
    QByteArray err;
};

CliRun runCli(const QStringList& arguments)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LIFEBOAT_PASSWORD"), QString::fromUtf8(kPassphrase));
    p.setProcessEnvironment(env);
    p.start(kCli, arguments);
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, p.readAllStandardOutput(), p.readAllStandardError()};
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

plan::Node node(const QString& name, int port)
{
    plan::Node n;
    n.name = name;
    n.domain = QStringLiteral("r1");
    n.role = QStringLiteral("storage");
    n.address = QStringLiteral("127.0.0.1");
    n.port = port;
    return n;
}

// Files to restore: nested, a name with glob characters, an empty file, a multi-chunk one.
void makeDataset(const QString& root, int files, qsizetype bytesEach, quint64 seed)
{
    for (int i = 0; i < files; ++i)
        writeFile(QStringLiteral("%1/part-%2/shard[%3]*.bin").arg(root).arg(i % 3).arg(i), pseudoRandom(bytesEach, seed + static_cast<quint64>(i)));
    writeFile(root + QStringLiteral("/README"), "corpus v3\n");
    writeFile(root + QStringLiteral("/empty"), {});
}

} // namespace

class TestRestoreWizard : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SshdFixture> m_sshd;
    std::unique_ptr<FleetConnections> m_connections;
    std::unique_ptr<ActivityStore> m_activity;
    int m_case = 0;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    // A fresh, encrypted repository holding one backup of `source` for dataset `dataset`
    // as plan node `host` records it.
    QString backedUp(const QString& name, const QString& source, const QString& dataset, const QString& host, const QString& generation = {}) const
    {
        const QString repo = path(name);
        if (!QFileInfo::exists(repo + QStringLiteral("/config")))
            initRepository(repo);
        QStringList args{QStringLiteral("repo"), QStringLiteral("backup"), QStringLiteral("--repo"), repo, QStringLiteral("--dataset"), dataset, QStringLiteral("--host"), host};
        if (!generation.isEmpty())
            args << QStringLiteral("--generation") << generation;
        const CliRun run = runCli(args << source);
        if (run.exit != 0)
            qFatal("backup failed: %s", run.err.constData());
        return repo;
    }

    // What the repository holds now, restored aside to compare the wizard's result with.
    QString pristineCopy(const QString& name, const QString& repo) const
    {
        const QString pristine = path(name);
        QDir().mkpath(pristine);
        if (runCli({QStringLiteral("repo"), QStringLiteral("restore"), QStringLiteral("--repo"), repo, QStringLiteral("latest"), QStringLiteral("--target"), pristine}).exit != 0)
            qFatal("the pristine copy %s could not be restored", qPrintable(name));
        return pristine;
    }

    plan::Plan planFor(const QString& repo, const std::vector<plan::Dataset>& datasets) const
    {
        plan::Plan p;
        p.name = QStringLiteral("restore wizard test");
        p.domains = {{QStringLiteral("r1"), QStringLiteral("rack"), {}, {}}};
        p.nodes = {node(QStringLiteral("n1"), m_sshd->port()), node(QStringLiteral("n2"), m_sshd->port())};
        p.datasets = datasets;
        p.repositories = {{QStringLiteral("repo"), QStringLiteral("n1"), repo, 0, {}}};
        for (const plan::Dataset& d : datasets) {
            plan::Policy policy;
            policy.name = d.name + QStringLiteral("-policy");
            policy.dataset = d.name;
            policy.repositories = {QStringLiteral("repo")};
            p.policies.push_back(policy);
        }
        p.assumptions.restoreBytesPerSecond = 100e6;
        return p;
    }

    static plan::Dataset dataset(const QString& name, std::vector<plan::DatasetLocation> locations, plan::DatasetLayout layout = plan::DatasetLayout::Replicated)
    {
        plan::Dataset d;
        d.name = name;
        d.tier = QStringLiteral("high");
        d.layout = layout;
        d.locations = std::move(locations);
        d.sizeBytes = 50'000'000;
        d.rpo = std::chrono::hours(24);
        return d;
    }

    std::unique_ptr<RestoreWizard> wizardFor(const plan::Plan& p)
    {
        auto wizard = std::make_unique<RestoreWizard>(p, m_connections.get(), m_activity.get());
        wizard->show();
        return wizard;
    }

    // Pages 1 to 3: files lost in `dataset`, the repository read on this computer or on
    // its node, the newest complete point chosen.
    void throughRestorePoint(RestoreWizard& w, int scenario, const QString& subject, bool readOnNode, QString dataset = {})
    {
        if (dataset.isEmpty())
            dataset = subject;
        RestoreScenarioPage* s = w.scenarioPage();
        QCOMPARE(w.currentPage(), static_cast<QWizardPage*>(s));
        s->scenarioBox()->setCurrentIndex(scenario);
        s->subjectBox()->setCurrentIndex(s->subjectBox()->findData(subject));
        QVERIFY(!s->isComplete());   // no reason yet
        s->reasonEdit()->setPlainText(QStringLiteral("INC-%1: files deleted by a cleanup job").arg(++m_case));
        s->ticketEdit()->setText(QStringLiteral("INC-%1").arg(m_case));
        QVERIFY(s->isComplete());
        w.next();
        RestoreAffectedPage* a = w.affectedPage();
        QCOMPARE(w.currentPage(), static_cast<QWizardPage*>(a));
        QCOMPARE(a->table()->item(0, 1)->text(), dataset);
        a->readerBox()->setCurrentIndex(readOnNode ? 0 : 1);
        a->passphraseEdit()->setText(QString::fromUtf8(kPassphrase));
        QSignalSpy loaded(w.pointPage(), &RestorePointPage::pointsLoaded);
        w.next();
        QCOMPARE(w.currentPage(), static_cast<QWizardPage*>(w.pointPage()));
        QVERIFY(loaded.wait(60000));
        QVERIFY2(w.point() != nullptr, qPrintable(w.pointPage()->statusLabel()->text()));
    }

    // Pages 4 to 6: the whole dataset (or the items ticked by `tick`), to the original
    // location or to `target` on this computer; returns when the pre-flight is done.
    void throughPreflight(RestoreWizard& w, const QString& target, bool expectPass = true, const QString& rate = {},
                          engine::ConflictPolicy conflict = engine::ConflictPolicy::Skip)
    {
        w.next();
        QCOMPARE(w.currentPage(), static_cast<QWizardPage*>(w.itemsPage()));
        QVERIFY(w.itemsPage()->wholeButton()->isChecked());
        w.next();
        RestoreTargetPage* t = w.targetPage();
        QCOMPARE(w.currentPage(), static_cast<QWizardPage*>(t));
        if (target.isEmpty()) {
            t->originalButton()->setChecked(true);
        } else {
            t->elsewhereButton()->setChecked(true);
            t->nodeBox()->setCurrentIndex(0);   // this computer
            t->pathEdit()->setText(target);
        }
        t->conflictBox()->setCurrentIndex(t->conflictBox()->findData(static_cast<int>(conflict)));
        t->rateEdit()->setText(rate);
        QSignalSpy checked(w.preflightPage(), &RestorePreflightPage::checked);
        w.next();
        QCOMPARE(w.currentPage(), static_cast<QWizardPage*>(w.preflightPage()));
        QVERIFY(checked.wait(60000));
        QString checks;
        for (int row = 0; row < w.preflightPage()->checks()->rowCount(); ++row)
            checks += w.preflightPage()->checks()->item(row, 2)->text() + QLatin1Char('\n');
        QVERIFY2(checked.first().first().toBool() == expectPass, qPrintable(checks + w.preflightPage()->summaryLabel()->text()));
        QVERIFY(w.preflightPage()->commandText()->toPlainText().contains(QStringLiteral("lifeboat-cli repo restore")));
    }

    // Pages 7 and 8: run to the end, then the check and report; returns the report's verdict.
    bool runToReport(RestoreWizard& w)
    {
        QSignalSpy stopped(w.runPage(), &RunPage::runStopped);
        w.next();
        if (w.currentPage() != w.runPage() || !stopped.wait(120000) || !w.runPage()->run()->allDone()) {
            qWarning() << "run did not finish:" << w.runPage()->stateText() << w.runPage()->run()->log();
            return false;
        }
        QSignalSpy ready(w.reportPage(), &ReportPage::reportReady);
        w.next();
        if (w.currentPage() != w.reportPage() || !ready.wait(120000))
            return false;
        return ready.first().first().toBool();
    }

    // Resume, run to the end, and the check's verdict.
    bool resumeToAVerifiedReport(RestoreWizard& w, QSignalSpy& stopped)
    {
        w.runPage()->resumeButton()->click();
        if (!stopped.wait(120000) || !w.runPage()->run()->allDone()) {
            qWarning() << w.runPage()->run()->log();
            return false;
        }
        QSignalSpy ready(w.reportPage(), &ReportPage::reportReady);
        w.next();
        return ready.wait(60000) && ready.first().first().toBool();
    }

    // Waits until the run has written something, and not everything.
    bool waitUntilHalfway(OperationRun* run, double minimumFiles = 0)
    {
        QSignalSpy progressed(run, &OperationRun::progressed);
        for (int i = 0; i < 400; ++i) {
            const JobProgress c = run->combined();
            if (c.bytesDone > 0 && c.bytesDone < c.bytesTotal && c.filesDone >= minimumFiles)
                return true;
            if (!run->running() || !progressed.wait(30000))
                return false;
        }
        return false;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, path(QStringLiteral("settings")));
        QSettings().clear();
        m_sshd = std::make_unique<SshdFixture>(path(QStringLiteral("sshd")));
        const QString problem = m_sshd->start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QByteArray pub = readAll(path(QStringLiteral("sshd/hostkey_a.pub"))).trimmed();
        const QString knownHosts = path(QStringLiteral("known_hosts"));
        writeFile(knownHosts, QStringLiteral("[127.0.0.1]:%1 ").arg(m_sshd->port()).toUtf8() + pub.left(pub.lastIndexOf(' ')) + '\n');
        QSettings s;
        s.setValue(QStringLiteral("fleet/knownHostsFile"), knownHosts);
        s.setValue(QStringLiteral("fleet/identityFile"), m_sshd->identity());
        s.setValue(QStringLiteral("fleet/sshConfigFile"), m_sshd->hostileConfig());
        // The engine on a node reaches a repository on another node over SFTP with the
        // node's own key and known_hosts: here the fixture's, through the environment.
        const QString engine = path(QStringLiteral("node-engine"));
        writeFile(engine, QStringLiteral("#!/bin/sh\nexport LIFEBOAT_KNOWN_HOSTS='%1' LIFEBOAT_SSH_IDENTITY='%2'\nexec '%3' \"$@\"\n")
                              .arg(knownHosts, m_sshd->identity(), kCli)
                              .toUtf8());
        QFile(engine).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        s.setValue(QStringLiteral("fleet/enginePath"), engine);
        s.setValue(QStringLiteral("fleet/engineBuild"), kCli);
        s.setValue(QStringLiteral("fleet/timeoutSeconds"), 5);
        m_connections = std::make_unique<FleetConnections>();
        m_activity = std::make_unique<ActivityStore>(path(QStringLiteral("activity.jsonl")));
    }

    void cleanupTestCase()
    {
        m_connections.reset();
        m_sshd.reset();
    }

    void deletedFilesComeBackFromALocalRepository()
    {
        const QString root = path(QStringLiteral("local"));
        makeDataset(root + QStringLiteral("/corpus"), 9, 300 * 1024, 1);
        const QString repo = backedUp(QStringLiteral("local-repo"), root + QStringLiteral("/corpus"), QStringLiteral("corpus"), QStringLiteral("n1"));
        const QString pristine = pristineCopy(QStringLiteral("local-pristine"), repo);
        QVERIFY(QFile::remove(root + QStringLiteral("/corpus/part-1/shard[4]*.bin")));
        QVERIFY(QFile::remove(root + QStringLiteral("/corpus/README")));
        QVERIFY(QDir(root + QStringLiteral("/corpus/part-2")).removeRecursively());
        QVERIFY(!compareTrees(pristine + QStringLiteral("/corpus"), root + QStringLiteral("/corpus"), false).isEmpty());

        const plan::Plan p = planFor(repo, {dataset(QStringLiteral("corpus"), {{QStringLiteral("n1"), root + QStringLiteral("/corpus")}})});
        auto w = wizardFor(p);
        throughRestorePoint(*w, 2, QStringLiteral("corpus"), false);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(w->pointPage()->table()->item(0, 4)->text(), QStringLiteral("verified"));
        QVERIFY(w->pointPage()->table()->item(0, 1)->text().contains(QStringLiteral("within the RPO")));
        throughPreflight(*w, root);
        if (QTest::currentTestFailed())
            return;
        // 3 of 9 shard files and the README are missing: the dry run says so before anything is written.
        QVERIFY2(w->preflightPage()->summaryLabel()->text().contains(QStringLiteral("Every check passed")), qPrintable(w->preflightPage()->summaryLabel()->text()));
        QVERIFY(w->preflightPage()->checks()->item(0, 2)->text().startsWith(QStringLiteral("✓ reached this computer, engine ")));
        QVERIFY(w->preflightPage()->checks()->item(0, 2)->text().size() > QStringLiteral("✓ reached this computer, engine ").size());
        const QString command = w->preflightPage()->commandText()->toPlainText();
        QVERIFY2(command.contains(QStringLiteral("--target '%1'").arg(root)), qPrintable(command));
        QVERIFY(runToReport(*w));
        QCOMPARE(compareTrees(pristine + QStringLiteral("/corpus"), root + QStringLiteral("/corpus"), false), QStringList());
        QVERIFY2(w->reportPage()->summary().contains(QStringLiteral("Verified")), qPrintable(w->reportPage()->summary()));
        // The command shown is the real one: run from a shell, it finds nothing left to do.
        QProcess sh;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LIFEBOAT_PASSWORD"), QString::fromUtf8(kPassphrase));
        env.insert(QStringLiteral("PATH"), QFileInfo(kCli).path() + QLatin1Char(':') + env.value(QStringLiteral("PATH")));
        sh.setProcessEnvironment(env);
        sh.start(QStringLiteral("sh"), {QStringLiteral("-c"), QString(command).replace(QStringLiteral(" -- '"), QStringLiteral(" --json -- '"))});
        QVERIFY(sh.waitForFinished(60000));
        QCOMPARE(sh.exitCode(), 0);
        QVERIFY(sh.readAllStandardOutput().contains("\"filesWritten\":0"));

        // The report, in the activity log and on disk.
        const activity::ActivityEntry* e = m_activity->find(w->entry().id);
        QVERIFY(e);
        QCOMPARE(e->outcome, activity::Outcome::Succeeded);
        QVERIFY(e->reason.contains(QStringLiteral("files deleted by a cleanup job")));
        QCOMPARE(e->kind, QStringLiteral("restore"));
        QVERIFY(e->finished.isValid());
        QVERIFY(w->saveReport(path(QStringLiteral("report.html"))));
        QVERIFY(readAll(path(QStringLiteral("report.html"))).contains("Verified"));
        QVERIFY(w->saveReport(path(QStringLiteral("report.pdf"))));
        QVERIFY(readAll(path(QStringLiteral("report.pdf"))).startsWith("%PDF"));
    }

    void deletedFilesComeBackOverSsh()
    {
        const QString root = path(QStringLiteral("remote"));
        makeDataset(root + QStringLiteral("/corpus"), 6, 200 * 1024, 100);
        const QString repo = backedUp(QStringLiteral("remote-repo"), root + QStringLiteral("/corpus"), QStringLiteral("corpus"), QStringLiteral("n1"));
        const QString pristine = pristineCopy(QStringLiteral("remote-pristine"), repo);
        QVERIFY(QDir(root + QStringLiteral("/corpus/part-0")).removeRecursively());
        // A file that now differs is left as it is under the skip policy, and the report says so.
        writeFile(root + QStringLiteral("/corpus/README"), "edited since the backup\n");

        auto w = wizardFor(planFor(repo, {dataset(QStringLiteral("corpus"), {{QStringLiteral("n1"), root + QStringLiteral("/corpus")}})}));
        throughRestorePoint(*w, 2, QStringLiteral("corpus"), true);
        if (QTest::currentTestFailed())
            return;
        throughPreflight(*w, {});   // the original location, by the engine on n1 over SSH
        if (QTest::currentTestFailed())
            return;
        QVERIFY(w->preflightPage()->commandText()->toPlainText().startsWith(QStringLiteral("ssh -p %1 -- '127.0.0.1' 'lifeboat-cli").arg(m_sshd->port())));
        QVERIFY(runToReport(*w));
        QCOMPARE(readAll(root + QStringLiteral("/corpus/README")), QByteArray("edited since the backup\n"));
        writeFile(root + QStringLiteral("/corpus/README"), readAll(pristine + QStringLiteral("/corpus/README")));
        QFile::setPermissions(root + QStringLiteral("/corpus/README"), QFileInfo(pristine + QStringLiteral("/corpus/README")).permissions());
        QStringList differences = compareTrees(pristine + QStringLiteral("/corpus"), root + QStringLiteral("/corpus"), false);
        differences.removeIf([](const QString& d) { return d.contains(QStringLiteral("README")) && d.contains(QStringLiteral("mtime")); });
        QCOMPARE(differences, QStringList());
        QVERIFY2(w->reportPage()->summary().contains(QStringLiteral("left as they were")), qPrintable(w->reportPage()->summary()));
    }

    void aPausedRestoreResumesToTheSameBytes()
    {
        const QString root = path(QStringLiteral("pause"));
        makeDataset(root + QStringLiteral("/ckpt"), 12, 2 * 1024 * 1024, 200);
        const QString repo = backedUp(QStringLiteral("pause-repo"), root + QStringLiteral("/ckpt"), QStringLiteral("ckpt"), QStringLiteral("n1"));
        const QString target = path(QStringLiteral("pause-target"));
        auto w = wizardFor(planFor(repo, {dataset(QStringLiteral("ckpt"), {{QStringLiteral("n1"), root + QStringLiteral("/ckpt")}})}));
        throughRestorePoint(*w, 3, QStringLiteral("ckpt"), false);
        if (QTest::currentTestFailed())
            return;
        // 24 MiB at 6 MiB/s: about four seconds, so there is a middle to pause in.
        throughPreflight(*w, target, true, QStringLiteral("6MiB/s"));
        if (QTest::currentTestFailed())
            return;
        QSignalSpy stopped(w->runPage(), &RunPage::runStopped);
        w->next();
        OperationRun* run = w->runPage()->run();
        QVERIFY(waitUntilHalfway(run));
        QVERIFY(w->runPage()->pauseButton()->isEnabled());
        w->runPage()->pauseButton()->click();
        QVERIFY(stopped.wait(60000));
        QVERIFY(!run->allDone());
        QVERIFY(w->runPage()->resumeButton()->isEnabled());
        QVERIFY2(w->runPage()->stateText().contains(QStringLiteral("partial restore")), qPrintable(w->runPage()->stateText()));
        QCOMPARE(m_activity->find(w->entry().id)->outcome, activity::Outcome::Paused);
        // Really partial: the engine's own comparison says files are missing.
        const CliRun dry = runCli({QStringLiteral("repo"), QStringLiteral("restore"), QStringLiteral("--repo"), repo, QStringLiteral("latest"), QStringLiteral("--target"),
                                   target, QStringLiteral("--dry-run"), QStringLiteral("--json")});
        QCOMPARE(dry.exit, 1);
        const QJsonObject partial = QJsonDocument::fromJson(dry.out.trimmed().split('\n').last()).object();
        QCOMPARE(partial.value(QStringLiteral("type")).toString(), QStringLiteral("result"));
        QVERIFY2(partial.value(QStringLiteral("filesMissing")).toInt() > 0, dry.out.constData());
        // No half-written file is ever visible under its own name.
        for (const QFileInfo& f : QDir(target + QStringLiteral("/ckpt/part-0")).entryInfoList(QDir::Files))
            QVERIFY2(!f.fileName().startsWith(QStringLiteral("shard")) || f.size() == 2 * 1024 * 1024, qPrintable(f.fileName()));

        QVERIFY(resumeToAVerifiedReport(*w, stopped));
        QCOMPARE(compareTrees(root + QStringLiteral("/ckpt"), target + QStringLiteral("/ckpt"), false), QStringList());
        QCOMPARE(m_activity->find(w->entry().id)->outcome, activity::Outcome::Succeeded);
    }

    void aCutConnectionResumesToTheSameBytes()
    {
        const QString root = path(QStringLiteral("cut"));
        makeDataset(root + QStringLiteral("/ckpt"), 12, 2 * 1024 * 1024, 300);
        const QString repo = backedUp(QStringLiteral("cut-repo"), root + QStringLiteral("/ckpt"), QStringLiteral("ckpt"), QStringLiteral("n1"));
        const QString pristine = pristineCopy(QStringLiteral("cut-pristine"), repo);
        QVERIFY(QDir(root + QStringLiteral("/ckpt")).removeRecursively());   // the node lost the dataset
        auto w = wizardFor(planFor(repo, {dataset(QStringLiteral("ckpt"), {{QStringLiteral("n1"), root + QStringLiteral("/ckpt")}})}));
        throughRestorePoint(*w, 2, QStringLiteral("ckpt"), true);
        if (QTest::currentTestFailed())
            return;
        throughPreflight(*w, {}, true, QStringLiteral("6MiB/s"));
        if (QTest::currentTestFailed())
            return;
        QSignalSpy stopped(w->runPage(), &RunPage::runStopped);
        w->next();
        OperationRun* run = w->runPage()->run();
        QVERIFY(waitUntilHalfway(run));
        m_sshd->killConnections();
        QVERIFY(stopped.wait(60000));
        QCOMPARE(run->progress().front().state, JobState::Failed);
        QVERIFY2(w->runPage()->stateText().contains(QStringLiteral("Resume")), qPrintable(w->runPage()->stateText()));
        QCOMPARE(m_activity->find(w->entry().id)->outcome, activity::Outcome::Failed);
        QVERIFY(resumeToAVerifiedReport(*w, stopped));   // logs in again
        QCOMPARE(compareTrees(pristine + QStringLiteral("/ckpt"), root + QStringLiteral("/ckpt"), false), QStringList());
    }

    void aTargetWithoutTheSpaceIsStoppedAtPreflight()
    {
        // A snapshot holding one file larger than this disk's free space: one 4 MiB chunk
        // repeated, as a file of repeating blocks deduplicates (so the repository is small).
        const QString repoPath = path(QStringLiteral("big-repo"));
        auto repository = initRepository(repoPath);
        const QString target = path(QStringLiteral("big-target"));
        QVERIFY(QDir().mkpath(target));
        const auto free = platform::FileSystem::freeBytes(platform::FileSystem::encodeName(target));
        QVERIFY(free);
        const QByteArray block = pseudoRandom(4 << 20, 400);
        const repo::ContentId id = repository->blobId(repo::bytesOf(block));
        const repo::EncodedChunk encoded = repo::ChunkCodecs::encode(repo::bytesOf(block), 3);
        QByteArray stored;
        repository->storeBlobInto(stored, repo::BlobType::Data, id, repo::bytesOf(encoded.bytes));
        repo::PackWriter writer(*repository);
        QVERIFY(writer.add(repo::BlobType::Data, id, encoded.codec, static_cast<std::uint32_t>(block.size()), repo::bytesOf(stored)));
        repo::TreeNode file;
        file.name = "huge.bin";
        file.type = repo::NodeType::File;
        file.mode = 0644;
        const std::uint64_t blocks = free.value() / block.size() + 64;
        file.content.assign(blocks, id);
        file.sizeBytes = blocks * static_cast<std::uint64_t>(block.size());
        const QByteArray tree = repo::TreeFormat::encode({file});
        const repo::ContentId treeId = repository->blobId(repo::bytesOf(tree));
        const repo::EncodedChunk encodedTree = repo::ChunkCodecs::encode(repo::bytesOf(tree), 3);
        QByteArray storedTree;
        repository->storeBlobInto(storedTree, repo::BlobType::Tree, treeId, repo::bytesOf(encodedTree.bytes));
        QVERIFY(writer.add(repo::BlobType::Tree, treeId, encodedTree.codec, static_cast<std::uint32_t>(tree.size()), repo::bytesOf(storedTree)));
        auto entries = writer.finish();
        QVERIFY(entries && repository->saveMetadata(QStringLiteral("index"), repo::IndexFormat::encode(entries.value())));
        repo::Snapshot snapshot;
        snapshot.time = QDateTime::currentDateTimeUtc();
        snapshot.hostname = QStringLiteral("n1");
        snapshot.dataset = QStringLiteral("model");
        snapshot.paths = {path(QStringLiteral("models"))};
        snapshot.tree = treeId;
        snapshot.summary.files = 1;
        snapshot.summary.bytes = file.sizeBytes;
        QVERIFY(repository->saveSnapshot(snapshot));

        auto w = wizardFor(planFor(repoPath, {dataset(QStringLiteral("model"), {{QStringLiteral("n1"), path(QStringLiteral("models"))}})}));
        throughRestorePoint(*w, 3, QStringLiteral("model"), false);
        if (QTest::currentTestFailed())
            return;
        throughPreflight(*w, target, false);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(!w->preflightPage()->isComplete());
        QVERIFY(!w->button(QWizard::CommitButton)->isEnabled());
        QString failures;
        for (int row = 0; row < w->preflightPage()->checks()->rowCount(); ++row)
            failures += w->preflightPage()->checks()->item(row, 2)->text() + QLatin1Char('\n');
        QVERIFY2(failures.contains(QStringLiteral("not enough space: the restore writes")), qPrintable(failures));
        QVERIFY2(failures.contains(QStringLiteral("this computer: %1").arg(target)), qPrintable(failures));
        QCOMPARE(QDir(target).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
    }

    void aDamagedSnapshotNeedsTheOverride()
    {
        const QString root = path(QStringLiteral("damaged"));
        makeDataset(root + QStringLiteral("/eval"), 3, 64 * 1024, 500);
        const QString repo = backedUp(QStringLiteral("damaged-repo"), root + QStringLiteral("/eval"), QStringLiteral("eval"), QStringLiteral("n1"));
        QStringList before;
        for (const QFileInfo& dir : QDir(repo + QStringLiteral("/data")).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot))
            for (const QFileInfo& pack : QDir(dir.filePath()).entryInfoList(QDir::Files))
                before << pack.filePath();
        // Larger than a pack (1 MiB here): the newest backup writes packs of this file's data only.
        writeFile(root + QStringLiteral("/eval/new-results.bin"), pseudoRandom(3 * 1024 * 1024, 501));
        backedUp(QStringLiteral("damaged-repo"), root + QStringLiteral("/eval"), QStringLiteral("eval"), QStringLiteral("n1"));
        // Lose one pack that only the newest backup wrote, and that holds no directory.
        auto repository = openRepository(repo);
        QVERIFY(repository && repository->loadIndex());
        int removed = 0;
        for (const QFileInfo& dir : QDir(repo + QStringLiteral("/data")).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            for (const QFileInfo& pack : QDir(dir.filePath()).entryInfoList(QDir::Files)) {
                repo::ContentId id;
                if (before.contains(pack.filePath()) || removed || !repo::Repository::packIdFromName(QStringLiteral("data/%1/%2").arg(dir.fileName(), pack.fileName()), id))
                    continue;
                auto header = repository->readPackHeader(id);
                QVERIFY(header);
                if (std::all_of(header->begin(), header->end(), [](const repo::PackEntry& e) { return e.type == repo::BlobType::Data; }))
                    removed += QFile::remove(pack.filePath()) ? 1 : 0;
            }
        }
        QCOMPARE(removed, 1);

        auto w = wizardFor(planFor(repo, {dataset(QStringLiteral("eval"), {{QStringLiteral("n1"), root + QStringLiteral("/eval")}})}));
        throughRestorePoint(*w, 3, QStringLiteral("eval"), false);
        if (QTest::currentTestFailed())
            return;
        RestorePointPage* page = w->pointPage();
        QCOMPARE(page->table()->rowCount(), 2);
        QCOMPARE(page->table()->item(0, 4)->text(), QStringLiteral("FAILED verification"));
        QCOMPARE(page->table()->item(1, 4)->text(), QStringLiteral("verified"));
        QCOMPARE(page->table()->currentRow(), 1);   // the newest good point is preselected
        page->table()->selectRow(0);
        QVERIFY(!page->isComplete());
        QVERIFY(!w->button(QWizard::NextButton)->isEnabled());
        QVERIFY(page->overrideBox()->isEnabled());
        page->overrideBox()->setChecked(true);
        QVERIFY(page->isComplete());
        // With the override the pre-flight goes on, and says what was overridden.
        throughPreflight(*w, path(QStringLiteral("damaged-target")));
        if (QTest::currentTestFailed())
            return;
        QString checks;
        for (int row = 0; row < w->preflightPage()->checks()->rowCount(); ++row)
            checks += w->preflightPage()->checks()->item(row, 2)->text() + QLatin1Char('\n');
        QVERIFY2(checks.contains(QStringLiteral("failed verification; restoring it anyway")), qPrintable(checks));
        // Back to the good point, the compare button shows what changed between the two.
        w->back();
        w->back();
        w->back();
        QCOMPARE(w->currentPage(), static_cast<QWizardPage*>(page));
        page->table()->selectRow(1);
        QVERIFY(!page->overrideBox()->isChecked());
        QVERIFY(page->isComplete());
    }

    void aShardedCheckpointRestoresOneCompleteGeneration()
    {
        const QString root = path(QStringLiteral("sharded"));
        const QString shard1 = root + QStringLiteral("/gpu1/ckpt");
        const QString shard2 = root + QStringLiteral("/gpu2/ckpt");
        makeDataset(shard1, 3, 256 * 1024, 600);
        makeDataset(shard2, 3, 256 * 1024, 700);
        const QString repo = backedUp(QStringLiteral("sharded-repo"), shard1, QStringLiteral("ckpt"), QStringLiteral("n1"), QStringLiteral("step-100"));
        backedUp(QStringLiteral("sharded-repo"), shard2, QStringLiteral("ckpt"), QStringLiteral("n2"), QStringLiteral("step-100"));
        const QString pristine = path(QStringLiteral("sharded-pristine"));
        QVERIFY(QDir().mkpath(pristine));
        QVERIFY(QProcess::execute(QStringLiteral("cp"), {QStringLiteral("-a"), root + QStringLiteral("/gpu1"), root + QStringLiteral("/gpu2"), pristine}) == 0);
        // Step 200 reached only shard 1 before the failure: not a consistent checkpoint.
        writeFile(shard1 + QStringLiteral("/step-200.marker"), "200");
        backedUp(QStringLiteral("sharded-repo"), shard1, QStringLiteral("ckpt"), QStringLiteral("n1"), QStringLiteral("step-200"));
        QVERIFY(QDir(root).removeRecursively());

        plan::Dataset ckpt = dataset(QStringLiteral("ckpt"), {{QStringLiteral("n1"), shard1}, {QStringLiteral("n2"), shard2}}, plan::DatasetLayout::Sharded);
        auto w = wizardFor(planFor(repo, {ckpt}));
        throughRestorePoint(*w, 0, QStringLiteral("n2"), true, QStringLiteral("ckpt"));   // node n2 was lost
        if (QTest::currentTestFailed())
            return;
        RestorePointPage* page = w->pointPage();
        QCOMPARE(page->table()->rowCount(), 2);
        QCOMPARE(page->table()->item(0, 2)->text(), QStringLiteral("step-200"));
        QCOMPARE(page->table()->item(0, 4)->text(), QStringLiteral("incomplete"));
        QVERIFY(page->table()->item(0, 4)->toolTip().contains(QStringLiteral("Shard 2 (n2:%1) has no snapshot of generation step-200").arg(shard2)));
        QCOMPARE(page->table()->item(1, 2)->text(), QStringLiteral("step-100"));
        QCOMPARE(page->table()->currentRow(), 1);
        page->table()->selectRow(0);
        QVERIFY(!page->isComplete());
        QVERIFY(!page->overrideBox()->isEnabled());   // a missing shard cannot be overridden
        page->table()->selectRow(1);
        throughPreflight(*w, {});
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(w->runJobs().size(), std::size_t(2));
        QVERIFY(runToReport(*w));
        // Both shards back at step 100, each on its own node; nothing of step 200.
        QCOMPARE(compareTrees(pristine + QStringLiteral("/gpu1/ckpt"), shard1, false), QStringList());
        QCOMPARE(compareTrees(pristine + QStringLiteral("/gpu2/ckpt"), shard2, false), QStringList());
        QVERIFY(!QFileInfo::exists(shard1 + QStringLiteral("/step-200.marker")));
    }

    void closingTheWizardMidRunSaysWhatIsLeft()
    {
        const QString root = path(QStringLiteral("closing"));
        makeDataset(root + QStringLiteral("/ckpt"), 8, 2 * 1024 * 1024, 800);
        const QString repo = backedUp(QStringLiteral("closing-repo"), root + QStringLiteral("/ckpt"), QStringLiteral("ckpt"), QStringLiteral("n1"));
        auto w = wizardFor(planFor(repo, {dataset(QStringLiteral("ckpt"), {{QStringLiteral("n1"), root + QStringLiteral("/ckpt")}})}));
        throughRestorePoint(*w, 3, QStringLiteral("ckpt"), false);
        if (QTest::currentTestFailed())
            return;
        throughPreflight(*w, path(QStringLiteral("closing-target")), true, QStringLiteral("4MiB/s"));
        if (QTest::currentTestFailed())
            return;
        w->next();
        QVERIFY(waitUntilHalfway(w->runPage()->run(), 3));
        QSignalSpy finished(w.get(), &QWizard::finished);
        w->reject();
        QVERIFY(finished.wait(60000));
        const activity::ActivityEntry* e = m_activity->find(w->entry().id);
        QVERIFY(e);
        QCOMPARE(e->outcome, activity::Outcome::Cancelled);
        QVERIFY2(e->summary.contains(QStringLiteral("partial restore")), qPrintable(e->summary));
        // It survives a restart of the console.
        ActivityStore reopened(m_activity->file());
        QCOMPARE(reopened.find(e->id)->outcome, activity::Outcome::Cancelled);
        QCOMPARE(reopened.find(e->id)->reason, e->reason);

        // And resumes from there, in a new wizard (as the Activity view opens it), on the same entry.
        QVERIFY(ResumeWizard::canResume(*reopened.find(e->id)));
        const QString id = e->id;
        const QStringList earlierLog = e->log;
        ResumeWizard resume(w->plan(), m_connections.get(), &reopened, *reopened.find(id));
        w.reset();
        resume.show();
        resume.resumePage()->passphraseEdit()->setText(QString::fromUtf8(kPassphrase));
        QSignalSpy stopped(resume.runPage(), &RunPage::runStopped);
        resume.next();
        QVERIFY(stopped.wait(120000));
        QVERIFY2(resume.runPage()->run()->allDone(), qPrintable(resume.runPage()->run()->log().join(QLatin1Char('\n'))));
        // Files the first run finished were not written again.
        double skipped = 0;
        for (const JobProgress& p : resume.runPage()->run()->progress())
            skipped += p.result.value(QStringLiteral("filesAlreadyCorrect")).toDouble();
        QVERIFY(skipped > 0);
        QSignalSpy ready(resume.reportPage(), &ReportPage::reportReady);
        resume.next();
        QVERIFY(ready.wait(60000));
        QVERIFY2(ready.first().first().toBool(), qPrintable(resume.reportPage()->summary()));
        QCOMPARE(compareTrees(root + QStringLiteral("/ckpt"), path(QStringLiteral("closing-target")) + QStringLiteral("/ckpt"), false), QStringList());
        const activity::ActivityEntry* after = reopened.find(id);
        QCOMPARE(after->outcome, activity::Outcome::Succeeded);
        QCOMPARE(after->log.mid(0, earlierLog.size()), earlierLog);
        QCOMPARE(reopened.entries().size(), m_activity->entries().size());   // the same entry, not a new one
    }

    void closingAfterTheRunButBeforeTheCheckIsNotVerified()
    {
        const QString root = path(QStringLiteral("unchecked"));
        makeDataset(root + QStringLiteral("/eval"), 2, 16 * 1024, 950);
        const QString repo = backedUp(QStringLiteral("unchecked-repo"), root + QStringLiteral("/eval"), QStringLiteral("eval"), QStringLiteral("n1"));
        auto w = wizardFor(planFor(repo, {dataset(QStringLiteral("eval"), {{QStringLiteral("n1"), root + QStringLiteral("/eval")}})}));
        throughRestorePoint(*w, 3, QStringLiteral("eval"), false);
        if (QTest::currentTestFailed())
            return;
        throughPreflight(*w, path(QStringLiteral("unchecked-target")));
        if (QTest::currentTestFailed())
            return;
        QSignalSpy stopped(w->runPage(), &RunPage::runStopped);
        w->next();
        QVERIFY(stopped.wait(60000));
        QVERIFY(w->runPage()->run()->allDone());
        QCOMPARE(m_activity->find(w->entry().id)->outcome, activity::Outcome::Running);
        w->reject();
        const activity::ActivityEntry* e = m_activity->find(w->entry().id);
        QCOMPARE(e->outcome, activity::Outcome::Cancelled);
        QVERIFY2(e->summary.contains(QStringLiteral("not verified")), qPrintable(e->summary));
        QVERIFY(e->finished.isValid());
    }

    void aReplicatedDatasetGoesBackToTheCopyChosen()
    {
        const QString root = path(QStringLiteral("replicas"));
        makeDataset(root + QStringLiteral("/a/corpus"), 1, 1024, 990);
        const QString repo = backedUp(QStringLiteral("replicas-repo"), root + QStringLiteral("/a/corpus"), QStringLiteral("corpus"), QStringLiteral("n1"));
        auto w = wizardFor(planFor(repo, {dataset(QStringLiteral("corpus"), {{QStringLiteral("n1"), root + QStringLiteral("/a/corpus")},
                                                                               {QStringLiteral("n2"), root + QStringLiteral("/b/corpus")}})}));
        throughRestorePoint(*w, 2, QStringLiteral("corpus"), false);
        if (QTest::currentTestFailed())
            return;
        w->next();
        w->next();
        RestoreTargetPage* t = w->targetPage();
        QCOMPARE(w->currentPage(), static_cast<QWizardPage*>(t));
        QCOMPARE(t->locationBox()->count(), 2);
        QCOMPARE(t->locationBox()->currentIndex(), 0);   // the copy the files were lost from
        t->locationBox()->setCurrentIndex(1);
        QVERIFY(t->validatePage());
        // Read on this computer, the repository cannot be reached from n2: said before anything runs.
        auto unreachable = w->restoreJobs(false);
        QVERIFY(!unreachable);
        QVERIFY2(unreachable.error().message.contains(QStringLiteral("n2")), qPrintable(unreachable.error().message));
        // Read on its node n1, n2's engine reaches it over SFTP.
        w->choices().readOnRepositoryNode = true;
        auto jobs = w->restoreJobs(false);
        QVERIFY(jobs);
        QCOMPARE(jobs->size(), std::size_t(1));
        QCOMPARE(jobs->front().place.node, QStringLiteral("n2"));
        QCOMPARE(jobs->front().target, root + QStringLiteral("/b"));
        QCOMPARE(jobs->front().repository, QStringLiteral("sftp://127.0.0.1:%1%2").arg(m_sshd->port()).arg(repo));
    }

    void backUpNowThenVerify()
    {
        const QString root = path(QStringLiteral("backup-now"));
        makeDataset(root + QStringLiteral("/eval"), 2, 32 * 1024, 900);
        const QString repo = path(QStringLiteral("backup-now-repo"));
        initRepository(repo);
        const plan::Plan p = planFor(repo, {dataset(QStringLiteral("eval"), {{QStringLiteral("n1"), root + QStringLiteral("/eval")}})});
        {
            BackupWizard w(p, m_connections.get(), m_activity.get());
            w.show();
            SelectionPage* s = w.selectionPage();
            s->list()->item(0)->setCheckState(Qt::Checked);
            s->placeBox()->setCurrentIndex(0);   // on n1, over SSH
            s->passphraseEdit()->setText(QString::fromUtf8(kPassphrase));
            s->extraEdit()->setText(QStringLiteral("step-7"));
            QVERIFY(!s->isComplete());
            s->reasonEdit()->setPlainText(QStringLiteral("before the upgrade"));
            QSignalSpy stopped(w.runPage(), &RunPage::runStopped);
            w.next();
            QVERIFY(stopped.wait(60000));
            QVERIFY2(w.runPage()->run()->allDone(), qPrintable(w.runPage()->run()->log().join(QLatin1Char('\n'))));
            QSignalSpy ready(w.reportPage(), &ReportPage::reportReady);
            w.next();
            QVERIFY(ready.count() == 1 || ready.wait(10000));
            QVERIFY2(ready.first().first().toBool(), qPrintable(w.reportPage()->summary()));
        }
        const CliRun listed = runCli({QStringLiteral("repo"), QStringLiteral("snapshots"), QStringLiteral("--repo"), repo, QStringLiteral("--json")});
        const QJsonArray snapshots = QJsonDocument::fromJson(listed.out.trimmed().split('\n').last()).object().value(QStringLiteral("snapshots")).toArray();
        QCOMPARE(snapshots.size(), 1);
        QCOMPARE(snapshots.first().toObject().value(QStringLiteral("dataset")).toString(), QStringLiteral("eval"));
        QCOMPARE(snapshots.first().toObject().value(QStringLiteral("hostname")).toString(), QStringLiteral("n1"));
        QCOMPARE(snapshots.first().toObject().value(QStringLiteral("generation")).toString(), QStringLiteral("step-7"));

        for (const bool damage : {false, true}) {
            if (damage) {
                for (const QFileInfo& dir : QDir(repo + QStringLiteral("/data")).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot))
                    for (const QFileInfo& pack : QDir(dir.filePath()).entryInfoList(QDir::Files))
                        QFile::remove(pack.filePath());
            }
            VerifyWizard w(p, m_connections.get(), m_activity.get());
            w.show();
            SelectionPage* s = w.selectionPage();
            s->list()->item(0)->setCheckState(Qt::Checked);
            s->placeBox()->setCurrentIndex(1);   // this computer
            s->optionBox()->setCurrentIndex(2);  // every byte
            s->passphraseEdit()->setText(QString::fromUtf8(kPassphrase));
            s->reasonEdit()->setPlainText(QStringLiteral("monthly check"));
            QSignalSpy stopped(w.runPage(), &RunPage::runStopped);
            w.next();
            QVERIFY(stopped.wait(60000));
            QSignalSpy ready(w.reportPage(), &ReportPage::reportReady);
            w.next();
            QVERIFY(ready.count() == 1 || ready.wait(10000));
            QCOMPARE(ready.first().first().toBool(), !damage);
            QVERIFY2(w.reportPage()->summary().contains(damage ? QStringLiteral("DAMAGE FOUND") : QStringLiteral("no damage found")), qPrintable(w.reportPage()->summary()));
            QCOMPARE(m_activity->find(w.entry().id)->outcome, damage ? activity::Outcome::Failed : activity::Outcome::Succeeded);
        }
    }
};

QTEST_MAIN(TestRestoreWizard)
#include "TestRestoreWizard.moc"
